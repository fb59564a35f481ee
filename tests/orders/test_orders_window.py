"""The orders feature in the main window, end to end against the sandbox."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from teleaccounthub.local import DataDir
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.checkout import OutcomeKind
from teleaccounthub.services.order_tracker import PollPolicy
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.orders.order_model import Column
from tests.fixtures.gui import MainWindowFactory
from tests.fixtures.sandbox import TEST_CONFIG
from tests.gui.helpers import ASIA, PHILIPPINES, open_category
from tests.orders.conftest import CHECKOUT_PATH, FAST_POLLING, posts

NEVER_POLL = PollPolicy(first_delay=3600.0, max_delay=3600.0)


def orders(window: MainWindow, revealed: list[Path] | None = None) -> OrdersFeature:
    """The window's orders feature, installed by the factory as start-up installs it."""
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    if revealed is not None:
        feature.reveal = revealed.append
    return feature


def ready_to_buy(qtbot: QtBot, window: MainWindow, product_id: int = PHILIPPINES) -> None:
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(product_id)
    qtbot.waitUntil(lambda: window.balance.current() is not None, timeout=5000)
    qtbot.waitUntil(window.buy_action.isEnabled)


def settle(qtbot: QtBot, window: MainWindow, feature: OrdersFeature) -> None:
    """Until nothing the window started is still talking to the sandbox."""
    qtbot.waitUntil(
        lambda: (
            not window.catalog.is_loading()
            and not window.session.tasks.running("balance")
            and not feature.tracker.watching()
        ),
        timeout=5000,
    )


def dialogs(window: MainWindow) -> list[CheckoutDialog]:
    return [d for d in window.findChildren(CheckoutDialog) if d.isVisible()]


def test_browse_buy_poll_save(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    revealed: list[Path] = []
    feature = orders(window, revealed=revealed)
    zips = tmp_path / "zips"
    zips.mkdir()
    window.settings.last_save_folder = zips
    ready_to_buy(qtbot, window)

    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert dialog.objectName() == "checkoutDialog"
    assert dialog.quantity_spin.objectName() == "quantitySpin"
    dialog.quantity_spin.setValue(2)
    assert dialog.total_label.text() == "$1.45 (exactly $1.449)"
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    # At once: the new order is the top row of the order list, and selected.
    order_id = placed.args[0].order_id
    table = feature.panel.table
    assert table.objectName() == "orderTable"
    assert table.model().index(0, 0).data() == placed.args[0].order_number
    assert feature.panel.selected_record().order_id == order_id
    assert feature.summary_label.text() == "1 order processing"
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)

    with qtbot.waitSignal(feature.tracker.order_ready, timeout=5000):
        pass
    assert feature.model.index(0, Column.STATUS).data() == "Ready"
    assert "is ready" in window.statusBar().currentMessage()
    qtbot.waitUntil(window.download_action.isEnabled)

    window.download_action.trigger()
    save_dialog = window.findChild(QFileDialog, "saveOrderDialog")
    assert save_dialog is not None
    assert save_dialog.isVisible()
    assert save_dialog.selectedFiles() == [str(zips / f"order-{order_id}.zip")]
    with qtbot.waitSignal(feature.downloads.saved, timeout=5000) as saved:
        save_dialog.accept()
    target = zips / f"order-{order_id}.zip"
    assert saved.args[0].saved_path == str(target)
    assert zipfile.is_zipfile(target)
    assert feature.model.index(0, Column.STATUS).data() == "Saved"
    row = feature.progress.row(order_id)
    assert row is not None
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert revealed == [target]
    assert posts(sandbox) == 1


def test_buy_triggered_twice_and_enter_twice_send_one_post(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    sandbox.faults.latency(0.4, path=CHECKOUT_PATH)
    window.buy_action.trigger()
    window.buy_action.trigger()
    assert len(dialogs(window)) == 1
    dialog = feature.checkout_dialog
    assert dialog is not None
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
    assert feature.checkout.busy
    assert not window.buy_action.isEnabled()
    # The window re-enables Buy on a new selection; not while the checkout is in flight.
    assert window.products.select_product(next(p.product_id for p in _others(window)))
    assert not window.buy_action.isEnabled()
    window.buy_action.trigger()
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
    with qtbot.waitSignal(feature.checkout.finished, timeout=5000):
        pass
    assert posts(sandbox) == 1
    assert window.buy_action.isEnabled()
    assert len(feature.model.records()) == 1
    settle(qtbot, window, feature)


def _others(window: MainWindow) -> Iterator[object]:
    proxy = window.products.proxy
    for row in range(proxy.rowCount()):
        product = proxy.product(row)
        if product.product_id != PHILIPPINES and product.total_stock > 0:
            yield product


@pytest.mark.expected_log(r"^Checkout outcome unknown: ")
def test_unknown_outcome_offers_tracking_and_never_reposts(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    sandbox.faults.drop(path=CHECKOUT_PATH, when="after_processing")
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.UNKNOWN
    # The balance is refreshed so the customer can see whether they were charged.
    qtbot.waitUntil(
        lambda: (
            window.balance.current() is not None
            and window.balance.current().balance_usd == Decimal("315.56") - Decimal("0.7245")
        ),
        timeout=5000,
    )
    qtbot.mouseClick(dialog.track_button, Qt.MouseButton.LeftButton)
    track = feature.track_dialog
    assert track is not None
    assert track.objectName() == "trackOrderDialog"
    track.set_order_id(74)
    with qtbot.waitSignal(track.tracked, timeout=5000):
        track.submit()
    assert [r.order_id for r in feature.model.records()] == [74]
    with qtbot.waitSignal(feature.tracker.order_ready, timeout=5000):
        pass
    assert posts(sandbox) == 1


@pytest.mark.expected_log(r"^Unauthorized: ")
def test_refused_key_at_checkout_opens_the_key_dialog(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    sandbox.faults.status(401, path=CHECKOUT_PATH)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    dialog.confirm()
    qtbot.waitUntil(lambda: window.key_dialog() is not None and window.key_dialog().isVisible())
    assert feature.model.records() == []
    settle(qtbot, window, feature)


def test_a_new_window_on_the_same_data_shows_the_orders_and_resumes_polling(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    first = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "data", poll_policy=NEVER_POLL
    )
    feature = orders(first)
    ready_to_buy(qtbot, first)
    first.buy_action.trigger()
    assert feature.checkout_dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        feature.checkout_dialog.confirm()
    order_id = placed.args[0].order_id
    main_window_factory.close(first)  # the app closes before the order completed

    second = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "data", poll_policy=FAST_POLLING
    )
    resumed = orders(second)
    assert [r.order_id for r in resumed.model.records()] == [order_id]
    assert resumed.model.records()[0].is_processing
    assert resumed.tracker.watching() == [order_id]
    with qtbot.waitSignal(resumed.tracker.order_ready, timeout=5000):
        pass
    assert resumed.model.index(0, Column.STATUS).data() == "Ready"


def test_other_accounts_and_stores_never_show_each_others_orders(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = main_window_factory(sandbox.url, sandbox.api_key, data, poll_policy=FAST_POLLING)
    feature = orders(first)
    ready_to_buy(qtbot, first)
    first.buy_action.trigger()
    assert feature.checkout_dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000):
        feature.checkout_dialog.confirm()
    main_window_factory.close(first)

    other_key = sandbox.add_key(Decimal("10.00"))
    other_account = main_window_factory(sandbox.url, other_key, data, poll_policy=FAST_POLLING)
    assert orders(other_account).model.records() == []
    main_window_factory.close(other_account)

    # The same key on another store (a second sandbox on another port: "live" for this test).
    with SandboxServer(TEST_CONFIG) as other_store:
        assert other_store.api_key == sandbox.api_key
        elsewhere = main_window_factory(
            other_store.url, sandbox.api_key, data, poll_policy=FAST_POLLING
        )
        assert orders(elsewhere).model.records() == []
        main_window_factory.close(elsewhere)

    again = main_window_factory(sandbox.url, sandbox.api_key, data, poll_policy=FAST_POLLING)
    assert len(orders(again).model.records()) == 1


def test_ready_orders_are_saved_automatically_when_asked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    auto = tmp_path / "auto"
    window.settings.auto_save_folder = auto
    feature = orders(window)
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    assert feature.checkout_dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        feature.checkout_dialog.confirm()
    with qtbot.waitSignal(feature.downloads.saved, timeout=10_000) as saved:
        pass
    order_id = placed.args[0].order_id
    assert saved.args[0].saved_path == str(auto / f"order-{order_id}.zip")
    assert zipfile.is_zipfile(auto / f"order-{order_id}.zip")

    exported = feature.export_csv_to(tmp_path / "orders.csv")
    assert exported == 1
    assert f"order-{order_id}.zip" in (tmp_path / "orders.csv").read_text(encoding="utf-8-sig")


def test_closing_the_app_waits_for_a_checkout_in_flight(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    window = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "data", poll_policy=FAST_POLLING
    )
    feature = orders(window)
    ready_to_buy(qtbot, window)
    sandbox.faults.latency(0.5, path=CHECKOUT_PATH)
    window.buy_action.trigger()
    assert feature.checkout_dialog is not None
    feature.checkout_dialog.confirm()
    assert feature.checkout.busy
    main_window_factory.close(window)  # the app's own shut-down path
    with OrderBook(DataDir(tmp_path / "data").orders_db) as book:
        account = AccountRef.from_key(sandbox.url, sandbox.api_key)
        assert len(book.orders(account)) == 1
    assert posts(sandbox) == 1
