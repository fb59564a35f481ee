"""An order's row says when the store refused it for good or its answer could not be read."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.orders.order_model import (
    Column,
    OrderTableModel,
    Role,
    stopped_text,
    unreadable_text,
)
from teleaccounthub.ui.orders.orders_panel import summary_text
from tests.fixtures.gui import MainWindowFactory
from tests.orders.builders import KEY_A, LIVE_URL, at, checkout_result, order
from tests.orders.conftest import ORDER_PATHS, order_gets
from tests.orders.test_orders_window import orders, ready_to_buy

STOP_403 = "The store refuses access to this order (403). It is no longer checked."


def test_a_note_replaces_the_status_until_a_newer_record_arrives(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel(clock=lambda: at(2))
    qtmodeltester.check(model)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        first = book.record_checkout(account, checkout_result(70), placed_at=at(0))
        second = book.record_checkout(account, checkout_result(71), placed_at=at(1))
        model.set_orders(account, [first, second])
        assert model.processing_count() == 2
        status = model.index(model.row_of(70) or 0, Column.STATUS)

        with qtbot.waitSignal(model.dataChanged) as changed:
            assert model.mark_stopped(70, STOP_403)
        assert changed.args[0] == status
        assert status.data() == stopped_text()
        assert status.data(Qt.ItemDataRole.ToolTipRole) == STOP_403
        assert status.data(Role.PROGRESS) is None  # no progress bar on a stopped order
        assert isinstance(status.data(Qt.ItemDataRole.DecorationRole), QIcon)
        assert model.index(status.row(), Column.NUMBER).data() == "10090"
        assert model.processing_count() == 1
        assert model.stopped_count() == 1
        assert summary_text(model) == "1 order processing · 1 order no longer checked"

        assert model.mark_unreadable(71, "The answer could not be read.")
        unreadable = model.index(model.row_of(71) or 0, Column.STATUS)
        assert unreadable.data() == unreadable_text()
        assert unreadable.data(Qt.ItemDataRole.ToolTipRole) == "The answer could not be read."
        assert model.processing_count() == 1  # still followed
        assert not model.mark_stopped(99, STOP_403)  # not in the list: nothing to say

        # A newer record of the order (Check now answered) replaces the note.
        assert model.upsert(book.update_from_server(account, order(70, status="completed")))
        assert model.note(70) is None
        assert model.index(model.row_of(70) or 0, Column.STATUS).data() == "Ready"
        model.set_orders(account, book.orders(account))
        assert model.note(71) is None


@pytest.mark.expected_log(r"^Order 74 is no longer polled: the store answered 403")
def test_an_order_refused_with_403_says_stopped_on_its_row(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = orders(window)
    ready_to_buy(qtbot, window)
    sandbox.faults.status(403, path=ORDER_PATHS, times=None)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    order_id = placed.args[0].order_id
    status = feature.model.index(0, Column.STATUS)
    qtbot.waitUntil(lambda: status.data() == stopped_text(), timeout=5000)
    assert status.data(Qt.ItemDataRole.ToolTipRole).startswith(STOP_403)
    assert STOP_403 in window.statusBar().currentMessage()
    assert feature.summary_label.text() == "1 order no longer checked"
    assert not feature.tracker.is_watching(order_id)
    assert order_gets(sandbox, order_id) == 1

    # "Check now" on the row asks once more; once the store answers, the row is an order again.
    sandbox.faults.clear()
    sandbox.complete_order(order_id)
    assert feature.panel.select_order(order_id)
    with qtbot.waitSignal(feature.tracker.order_ready, timeout=5000):
        feature.panel.check_action.trigger()
    assert status.data() == "Ready"
    assert feature.model.note(order_id) is None
