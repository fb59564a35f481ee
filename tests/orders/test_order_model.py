"""The order list model: newest first, one account only, honest status text, sane for Qt."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.ui import actions
from teleaccounthub.ui.orders.order_model import (
    Column,
    OrderTableModel,
    Role,
    elapsed_text,
)
from teleaccounthub.ui.orders.orders_panel import OrdersPanel, summary_text
from tests.orders.builders import KEY_A, KEY_B, LIVE_URL, at, checkout_result, order

SANDBOX_URL = "http://127.0.0.1:8765"


#: The window's action table names saving (the Orders menu and the order list say the same).
SAVE = actions.spec("downloadAction").text


def test_newest_first_and_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    book = OrderBook(tmp_path / "orders.sqlite3")
    book.record_checkout(account, checkout_result(80), placed_at=at(1))
    book.record_checkout(account, checkout_result(81), placed_at=at(5))
    model = OrderTableModel(clock=lambda: at(6))
    qtmodeltester.check(model)

    model.set_orders(account, book.orders(account))
    assert [model.record_at(r).order_id for r in range(model.rowCount())] == [81, 80]
    assert model.columnCount() == len(Column) == 8
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)] == [
        "Order #",
        "ID",
        "Product",
        "Qty",
        "Charged",
        "Status",
        "Placed",
        "Saved to",
    ]

    # An order placed between the two lands between them; an update changes the row in place.
    middle = book.record_checkout(account, checkout_result(82), placed_at=at(3))
    assert model.upsert(middle)
    assert [model.record_at(r).order_id for r in range(3)] == [81, 82, 80]
    done = book.update_from_server(account, order(80, status="completed"))
    assert model.upsert(done)
    assert model.index(2, 0).data(Role.ORDER).status == "completed"
    assert model.index(2, Column.STATUS).data() == "Ready"
    book.close()


def test_status_text_progress_and_elapsed(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    now = [at(0) + timedelta(seconds=12)]
    model = OrderTableModel(clock=lambda: now[0])
    qtmodeltester.check(model)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        processing = book.record_checkout(account, checkout_result(90), placed_at=at(0))
        model.set_orders(account, [processing])
        index = model.index(0, Column.STATUS)
        assert index.data() == "Processing · 0:12"
        early = index.data(Role.PROGRESS)
        assert 0.0 < early < 1.0
        now[0] = at(0) + timedelta(minutes=5, seconds=3)  # read again at the next repaint
        assert index.data() == "Processing · 5:03"
        assert early < index.data(Role.PROGRESS) < 1.0
        assert model.index(0, 0).data(Role.PROGRESS) is None

        completed = book.update_from_server(account, order(90, status="completed"))
        model.upsert(completed)
        assert index.data() == "Ready"
        assert index.data(Role.PROGRESS) is None
        saved = book.record_download(account, 90, tmp_path / "order-90.zip", 123, "ab" * 32)
        model.upsert(saved)
        assert index.data() == "Saved"
        assert model.index(0, Column.SAVED).data() == "order-90.zip"
        assert str(tmp_path / "order-90.zip") in model.index(0, Column.SAVED).data(
            Qt.ItemDataRole.ToolTipRole
        )
    assert elapsed_text(3725) == "1:02:05"


def test_model_never_shows_another_accounts_or_stores_orders(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    a_live = AccountRef.from_key(LIVE_URL, KEY_A)
    b_live = AccountRef.from_key(LIVE_URL, KEY_B)
    a_sandbox = AccountRef.from_key(SANDBOX_URL, KEY_A)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        mine = book.record_checkout(a_live, checkout_result(74))
        theirs = book.record_checkout(b_live, checkout_result(75))
        sandboxed = book.record_checkout(a_sandbox, checkout_result(76))

        model = OrderTableModel()
        qtmodeltester.check(model)
        model.set_orders(a_live, [mine, theirs, sandboxed])
        assert [r.order_id for r in model.records()] == [74]
        assert not model.upsert(theirs)
        assert not model.upsert(sandboxed)
        assert [r.order_id for r in model.records()] == [74]

        model.set_orders(a_sandbox, book.orders(a_sandbox))
        assert [r.order_id for r in model.records()] == [76]
        model.set_orders(None, [mine])
        assert model.rowCount() == 0
        assert not model.upsert(mine)


def test_summary_counts_processing_and_ready(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel()
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        model.set_orders(account, [])
        assert panel.summary() == ""
        with qtbot.waitSignal(panel.summary_changed) as changed:
            model.upsert(book.record_checkout(account, checkout_result(1)))
        assert changed.args == ["1 order processing"]
        model.upsert(book.record_checkout(account, checkout_result(2)))
        assert panel.summary() == "2 orders processing"
        model.upsert(book.update_from_server(account, order(1, status="completed")))
        assert summary_text(model) == "1 order processing · 1 order ready to save"


def test_context_menu_offers_what_each_order_allows(qtbot: QtBot, tmp_path: Path) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel()
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        processing = book.record_checkout(account, checkout_result(5), placed_at=at(1))
        ready = book.update_from_server(account, order(6, status="completed"), now=at(2))
        model.set_orders(account, [processing, ready])

    def enabled(record: OrderRecord) -> dict[str, bool]:
        menu = panel.context_menu_for(record)
        return {a.text(): a.isEnabled() for a in menu.actions()}

    assert enabled(processing) == {
        SAVE: False,
        "Open folder": False,
        "Copy order number": True,
        "Check now": True,
        "Buy again…": True,
    }
    assert enabled(ready)[SAVE]
    assert panel.select_order(6)
    with qtbot.waitSignal(panel.save_requested) as save:
        panel.save_action.trigger()
    assert save.args[0].order_id == 6
    panel.copy_order_number()
    assert QGuiApplication.clipboard().text() == ready.order_number
    assert panel.select_order(5)
    with qtbot.waitSignal(panel.check_now_requested) as check:
        panel.check_action.trigger()
    assert check.args == [5]


def test_an_empty_order_list_explains_itself_and_gives_way_to_the_table(
    qtbot: QtBot, tmp_path: Path
) -> None:
    model = OrderTableModel(clock=lambda: at(6))
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    assert panel.stack.showing_empty()
    assert "Track order by id" in panel.empty_label.text()

    account = AccountRef.from_key(LIVE_URL, KEY_A)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        book.record_checkout(account, checkout_result(80), placed_at=at(1))
        model.set_orders(account, book.orders(account))
    assert not panel.stack.showing_empty()


def test_only_processing_rows_show_an_elapsed_time_to_repaint(qtbot: QtBot, tmp_path: Path) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel(clock=lambda: at(9))
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        records = [
            book.record_checkout(account, checkout_result(i), placed_at=at(i)) for i in (1, 2, 3, 4)
        ]
        records[1] = book.update_from_server(account, order(2, status="completed"))
    model.set_orders(account, records)  # rows: 4, 3, 2 (ready), 1
    assert model.live_runs() == [(0, 1), (3, 3)]
    assert model.live_runs(1, 2) == [(1, 1)]  # only the rows in view
    model.mark_unreadable(4, "unreadable")  # a noted row shows its note, not a time
    assert model.live_runs() == [(1, 1), (3, 3)]


def test_the_ticker_runs_only_while_processing_orders_can_be_seen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel(clock=lambda: at(9))
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        processing = book.record_checkout(account, checkout_result(1), placed_at=at(1))
        model.set_orders(account, [processing])
        assert not panel.is_ticking()  # not shown yet
        panel.show()
        qtbot.waitExposed(panel)
        assert panel.is_ticking()
        panel.hide()
        assert not panel.is_ticking()
        panel.show()
        assert panel.is_ticking()
        panel.showMinimized()
        qtbot.waitUntil(lambda: not panel.is_ticking())
        panel.showNormal()
        qtbot.waitUntil(panel.is_ticking)
        model.upsert(book.update_from_server(account, order(1, status="completed")))
        assert not panel.is_ticking()  # nothing is processing


def test_the_ticker_stops_while_the_window_around_the_panel_is_minimised(
    qtbot: QtBot, tmp_path: Path
) -> None:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    model = OrderTableModel(clock=lambda: at(9))
    window = QWidget()
    qtbot.addWidget(window)
    panel = OrdersPanel(model, window)
    QVBoxLayout(window).addWidget(panel)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        model.set_orders(account, [book.record_checkout(account, checkout_result(1))])
    window.show()
    qtbot.waitExposed(window)
    assert panel.is_ticking()
    window.showMinimized()
    qtbot.waitUntil(lambda: not panel.is_ticking())
    window.showNormal()
    qtbot.waitUntil(panel.is_ticking)
    window.hide()
    assert not panel.is_ticking()


def test_every_orders_toolbar_action_is_in_view_beside_the_details(qtbot: QtBot) -> None:
    """As wide as the list is beside the details pane in a 1180 px window: no orders action
    hides behind a toolbar's overflow button."""
    panel = OrdersPanel(OrderTableModel())
    qtbot.addWidget(panel)
    panel.resize(520, 300)
    panel.show()
    qtbot.waitExposed(panel)
    for toolbar in (panel.toolbar, panel.list_toolbar):
        for action in toolbar.actions():
            button = toolbar.widgetForAction(action)
            assert button is not None
            assert button.isVisible(), action.text()
    assert panel.track_action in panel.list_toolbar.actions()
    assert panel.export_action in panel.list_toolbar.actions()
