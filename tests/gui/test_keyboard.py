"""The window with the keyboard alone: panes by Tab, rows by arrows, Enter, Escape, the menu key.

Keys go to whatever has the focus (``press``), as a customer's keyboard sends them; only the
system's boundaries are replaced: the file manager (``reveal``) and the save folder.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QTableView, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.order_model import Column as OrderColumn
from teleaccounthub.ui.orders.order_model import OrderTableModel
from teleaccounthub.ui.orders.orders_panel import OrdersPanel
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category, shown_products, wait_for_categories
from tests.orders.builders import KEY_A, LIVE_URL, at, checkout_result
from tests.orders.conftest import FAST_POLLING, posts
from tests.orders.test_orders_window import orders, ready_to_buy

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key on whatever has the focus, as the customer's keyboard sends it."""
    qtbot.keyClick(focused(), key, modifier)


def app_window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> MainWindow:
    window = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "data", poll_policy=FAST_POLLING
    )
    window.activateWindow()
    return window


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def test_tab_walks_the_panes_and_ctrl_tab_keeps_the_selection(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    open_category(qtbot, window, ASIA)
    focus(qtbot, window.categories.tree)
    walked = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
        walked.append(focused().objectName())
    assert walked == ["productFilter", "inStockToggle", "productTable", "categoryTree"]
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused().objectName() == "productTable"

    # Arrows move inside the table; Tab leaves it (not cell by cell).
    press(qtbot, Qt.Key.Key_Down)
    first = window.selected_product()
    press(qtbot, Qt.Key.Key_Down)
    chosen = window.selected_product()
    assert first is not None
    assert chosen is not None
    rows = shown_products(window)
    assert rows.index(chosen) == rows.index(first) + 1
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert focused().objectName() == "categoryTree"
    assert window.selected_product() == chosen
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused().objectName() == "productTable"
    assert window.selected_product() == chosen


def test_escape_clears_and_leaves_the_filter(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    open_category(qtbot, window, ASIA)
    total = window.products.proxy.rowCount()
    focus(qtbot, window.products.table)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.products.filter_edit
    qtbot.keyClicks(focused(), "+63")
    qtbot.waitUntil(lambda: window.products.proxy.rowCount() < total)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.products.filter_edit.text() == ""
    assert window.products.proxy.rowCount() == total
    assert focused() is window.products.table
    assert window.selected_product() is not None


def test_enter_on_a_product_opens_the_checkout_and_never_buys(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    qtbot.waitUntil(window.buy_action.isEnabled)
    focus(qtbot, window.products.table)
    press(qtbot, Qt.Key.Key_Return)
    dialog = orders(window).checkout_dialog
    assert isinstance(dialog, CheckoutDialog)
    assert dialog.isVisible()
    # Enter held down: its repeats reach the dialog, which must not take them as "Buy".
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    held = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, NO_MODIFIER, "\r", True)
    QApplication.sendEvent(focused(), held)
    assert not orders(window).checkout.busy
    dialog.reject()
    assert posts(sandbox) == 0


def test_find_buy_watch_save_and_open_the_folder_with_keys_only(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    revealed: list[Path] = []
    feature = orders(window, revealed=revealed)
    zips = tmp_path / "zips"
    zips.mkdir()
    window.settings.last_save_folder = zips
    wait_for_categories(qtbot, window)
    qtbot.waitUntil(lambda: window.selected_category_id() == ASIA)
    qtbot.waitUntil(lambda: window.products.proxy.rowCount() > 0)
    qtbot.waitUntil(lambda: window.balance.current() is not None)
    focus(qtbot, window.categories.tree)

    # Find: Ctrl+F, type, Enter goes to the first match.
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Philippines")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is window.products.table
    product = window.selected_product()
    assert product is not None
    assert product.product_id == PHILIPPINES
    qtbot.waitUntil(window.buy_action.isEnabled)

    # Buy: Enter opens the checkout; Enter there confirms what it shows (1 unit).
    press(qtbot, Qt.Key.Key_Return)
    dialog = feature.checkout_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        press(qtbot, Qt.Key.Key_Return)
    record = placed.args[0]
    assert isinstance(record, OrderRecord)
    assert record.quantity == 1
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)

    # Watch: Tab from the products reaches the order list, the new order selected. (The
    # window manager gives the window back its focus when the dialog closes.)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.products.table)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is feature.panel.table
    assert feature.panel.selected_record() is not None
    assert feature.panel.selected_record().order_id == record.order_id
    qtbot.waitUntil(lambda: feature.panel.selected_record().is_completed, timeout=5000)

    # Save: Enter on the order asks where; Enter in the dialog saves there.
    press(qtbot, Qt.Key.Key_Return)
    save_dialog = window.findChild(QFileDialog, "saveOrderDialog")
    assert save_dialog is not None
    qtbot.waitUntil(lambda: focused().window() is save_dialog)
    with qtbot.waitSignal(feature.downloads.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Return)
    target = zips / f"order-{record.order_id}.zip"
    assert saved.args[0].saved_path == str(target)
    assert zipfile.is_zipfile(target)

    # Open the folder: Enter on the saved order.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is feature.panel.table)
    press(qtbot, Qt.Key.Key_Return)
    assert revealed == [target]
    assert posts(sandbox) == 1


def tab_walk(qtbot: QtBot, start: QWidget, *, backwards: bool = False) -> list[str]:
    """The object names Tab (Shift+Tab) reaches from ``start`` until it comes back."""
    focus(qtbot, start)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else NO_MODIFIER
    walked: list[str] = []
    while len(walked) < 40:
        press(qtbot, Qt.Key.Key_Tab, modifier)
        walked.append(focused().objectName() or type(focused()).__name__)
        if focused() is start:
            break
    return walked


PANES = ["productFilter", "inStockToggle", "productTable", "orderTable"]
DETAILS_BUTTONS = [
    "detailsSaveButton",
    "detailsOpenFolderButton",
    "detailsCopyButton",
    "detailsBuyAgainButton",
    "detailsCheckNowButton",
]


def test_tab_walks_the_orders_and_their_details_in_reading_order(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    feature = orders(window)
    zips = tmp_path / "zips"
    zips.mkdir()
    window.settings.last_save_folder = zips
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: (record := feature.panel.selected_record()) is not None and record.is_completed,
        timeout=5000,
    )
    tree = window.categories.tree

    # Not saved yet: no Open folder, and the empty path and hash fields are no Tab stops.
    unsaved = [*PANES, *(b for b in DETAILS_BUTTONS if b != "detailsOpenFolderButton")]
    assert tab_walk(qtbot, tree) == [*unsaved, "categoryTree"]

    with qtbot.waitSignal(feature.downloads.saved, timeout=5000):
        feature.panel.save_action.trigger()
        save_dialog = window.findChild(QFileDialog, "saveOrderDialog")
        assert save_dialog is not None
        save_dialog.accept()
    qtbot.waitUntil(lambda: feature.details.entry_model.rowCount() > 0, timeout=5000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Saved: the copyable path and hash, Verify again, the files of the ZIP (left by one Tab
    # however many they are), then the download's own buttons below.
    chain = [
        *PANES,
        *DETAILS_BUTTONS,
        "savedPathText",
        "sha256Text",
        "verifyAgainButton",
        "zipEntries",
        "openFolderButton",
        "dismissDownloadButton",
    ]
    assert tab_walk(qtbot, tree) == [*chain, "categoryTree"]
    assert tab_walk(qtbot, tree, backwards=True) == [*reversed(chain), "categoryTree"]


def test_no_table_of_any_window_keeps_tab_to_itself(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    for name in ("watchListAction", "insightsAction", "searchAction"):
        window.action(name).trigger()
    window.open_key_dialog()
    tables = [w for w in QApplication.allWidgets() if isinstance(w, QTableView)]
    names = {table.objectName() for table in tables}
    assert {"productTable", "orderTable", "zipEntries", "topProducts", "accountTable"} <= names
    trapping = [
        table.objectName()
        for table in tables
        if table.tabKeyNavigation() and table.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert trapping == []


def three_orders(qtbot: QtBot, tmp_path: Path) -> tuple[OrdersPanel, list[OrderRecord]]:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        records = [
            book.record_checkout(account, checkout_result(70 + n), placed_at=at(n))
            for n in range(3)
        ]
    model = OrderTableModel(clock=lambda: at(5))
    model.set_orders(account, records)
    panel = OrdersPanel(model)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, records


def open_menu(panel: OrdersPanel) -> QMenu:
    menu = panel.findChild(QMenu, "orderContextMenu")
    assert menu is not None
    assert menu.isVisible()
    return menu


def test_the_menu_key_acts_on_the_selected_order(qtbot: QtBot, tmp_path: Path) -> None:
    panel, _records = three_orders(qtbot, tmp_path)
    table = panel.table
    assert panel.select_order(71)
    focus(qtbot, table)
    for opening in (
        lambda: qtbot.keyClick(table, Qt.Key.Key_Menu),
        lambda: qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier),
        # What Qt sends for the menu key: in the table's coordinates, not the viewport's.
        lambda: QApplication.sendEvent(
            table,
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), table.mapToGlobal(QPoint(5, 5))
            ),
        ),
    ):
        opening()
        menu = open_menu(panel)
        assert panel.selected_record() is not None
        assert panel.selected_record().order_id == 71
        with qtbot.waitSignal(panel.check_now_requested) as checked:
            panel.check_action.trigger()
        assert checked.args == [71]
        menu.close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
        menu.deleteLater()
        qtbot.waitUntil(lambda: panel.findChild(QMenu, "orderContextMenu") is None)


def test_a_right_click_selects_its_row_before_the_menu(qtbot: QtBot, tmp_path: Path) -> None:
    panel, _records = three_orders(qtbot, tmp_path)
    table = panel.table
    assert panel.select_order(72)
    row = panel.model.row_of(70)
    assert row is not None
    point = table.visualRect(panel.model.index(row, OrderColumn.NUMBER)).center()
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, table.viewport().mapToGlobal(point)
        ),
    )
    menu = open_menu(panel)
    assert panel.selected_record() is not None
    assert panel.selected_record().order_id == 70
    with qtbot.waitSignal(panel.check_now_requested) as checked:
        panel.check_action.trigger()
    assert checked.args == [70]
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_the_menu_key_on_a_product_is_for_the_selected_product(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = app_window(main_window_factory, sandbox, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    focus(qtbot, window.products.table)
    with qtbot.waitSignal(window.products.context_menu_requested):
        press(qtbot, Qt.Key.Key_Menu)
    menu = window.findChild(QMenu, "productMenu")
    assert menu is not None
    selected = window.selected_product()
    assert selected is not None
    assert selected.product_id == PHILIPPINES
    menu.close()
