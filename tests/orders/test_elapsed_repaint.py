"""The elapsed time of processing orders is repainted by the view alone, once a second, for the
status cells of the processing rows in view — and not at all once nothing is processing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent, QRegion
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.ui.orders.order_model import Column, OrderTableModel
from teleaccounthub.ui.orders.orders_panel import OrdersPanel
from tests.orders.builders import KEY_A, LIVE_URL, at, checkout_result, order


class Paints(QObject):
    """The regions of the paint events a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRegion] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.regions.append(QRegion(event.region()))
        return False


def test_a_tick_repaints_the_processing_status_cells_and_signals_nothing(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel(clock=lambda: at(9))
    qtmodeltester.check(model)
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        records = [
            book.record_checkout(account, checkout_result(i), placed_at=at(i)) for i in (1, 2, 3)
        ]
        records[1] = book.update_from_server(account, order(2, status="completed"))
        model.set_orders(account, records)  # rows: 3 (processing), 2 (ready), 1 (processing)
        signals: list[str] = []
        for name in ("dataChanged", "layoutChanged", "modelReset", "rowsInserted"):
            getattr(model, name).connect(lambda *_args, name=name: signals.append(name))
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.is_ticking()

        table = panel.table
        expected = QRegion()
        for row in (0, 2):
            expected += table.visualRect(model.index(row, Column.STATUS))
        assert panel.elapsed_region(0, model.rowCount() - 1) == expected
        paints = Paints()
        table.viewport().installEventFilter(paints)
        # A tick paints just the two processing status cells (after the first paint of all).
        qtbot.waitUntil(lambda: expected in paints.regions, timeout=3000)
        assert signals == []  # the time moving on is no change of the model's data

        # The last processing orders complete (one polling round): the ticking stops.
        done = [book.update_from_server(account, order(i, status="completed")) for i in (1, 3)]
        model.upsert_many(done)
        assert signals == ["dataChanged"]
        assert not panel.is_ticking()
        assert panel.elapsed_region(0, model.rowCount() - 1).isEmpty()
