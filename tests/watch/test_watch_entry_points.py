"""Every way into the watch dialog in the whole app: the bell before a product's name (a click,
like the star), Ctrl+Shift+W, and the context menu of a pinned favourite; and watch alerts
follow the customer's notification setting as ready orders do."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.watch import Alert
from teleaccounthub.ui.catalog.product_model import Column, Role
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.settings_dialog import SettingsDialog
from teleaccounthub.ui.watch.watch_dialog import WatchDialog
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import open_category
from tests.watch.helpers import ASIA, PHILIPPINES
from tests.watch.test_watch_feature import feature_of, restock


def name_cell(window: MainWindow, product_id: int) -> QPoint:
    """The proxy row of ``product_id``'s name cell; asserts it is shown."""
    row = window.products.model.row_of(product_id)
    assert row is not None
    source = window.products.model.index(row, Column.NAME)
    index = window.products.proxy.mapFromSource(source)
    assert index.isValid()
    return QPoint(index.row(), index.column())


def bell_point(window: MainWindow, product_id: int) -> QPoint:
    cell = name_cell(window, product_id)
    index = window.products.proxy.index(cell.x(), cell.y())
    window.products.table.scrollTo(index)
    rect = window.products.bell_delegate.bell_rect(index)
    assert not rect.isEmpty()
    return rect.center()


def text_point(window: MainWindow, product_id: int) -> QPoint:
    """A point on the name's text, well right of the bell."""
    cell = name_cell(window, product_id)
    index = window.products.proxy.index(cell.x(), cell.y())
    rect = window.products.table.visualRect(index)
    return QPoint(rect.left() + rect.width() // 2, rect.center().y())


def open_dialog(window: MainWindow) -> WatchDialog | None:
    return feature_of(window).dialog


def heading(dialog: WatchDialog) -> str:
    label = dialog.findChild(QLabel, "watchProductLabel")
    assert label is not None
    return label.text()


def test_a_click_on_the_bell_watches_changes_and_stops_and_a_click_on_the_name_does_not(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    open_category(qtbot, window, ASIA)
    viewport = window.products.table.viewport()
    model = window.products.model

    # Every row has a bell to click once the watch feature is in: outlined, not watched.
    row = model.row_of(PHILIPPINES)
    assert row is not None
    name = model.index(row, Column.NAME)
    assert name.data(Role.BELL) is True
    assert name.data(Role.WATCHED) is False
    assert "Click the bell" in name.data(Qt.ItemDataRole.ToolTipRole)

    # A click on the name only selects the row.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=text_point(window, PHILIPPINES))
    selected = window.selected_product()
    assert selected is not None
    assert selected.product_id == PHILIPPINES
    assert open_dialog(window) is None

    # A click on the bell of another row selects it and opens its watch dialog.
    other = window.products.proxy.product(0 if name_cell(window, PHILIPPINES).x() else 1)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=bell_point(window, other.product_id))
    dialog = open_dialog(window)
    assert isinstance(dialog, WatchDialog)
    assert dialog.windowTitle() == "Watch product"
    assert other.product_name in heading(dialog)
    assert dialog.stop_button is None
    selected = window.selected_product()
    assert selected is not None
    assert selected.product_id == other.product_id
    dialog.reject()

    # Watch through the bell, then the bell (filled now) changes and stops the watch.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=bell_point(window, PHILIPPINES))
    dialog = open_dialog(window)
    assert dialog is not None
    dialog.confirm()  # back in stock
    assert [w.product_id for w in feature.service.watches()] == [PHILIPPINES]
    assert name.data(Role.WATCHED) is True
    assert "click the bell to change or stop" in name.data(Qt.ItemDataRole.ToolTipRole)

    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=bell_point(window, PHILIPPINES))
    dialog = open_dialog(window)
    assert dialog is not None
    assert dialog.windowTitle() == "Change watch"
    assert dialog.watch_button.text() == "Save"
    assert dialog.stop_button is not None
    dialog.stop_button.click()
    assert feature.service.watches() == []
    assert open_dialog(window) is None
    assert name.data(Role.WATCHED) is False
    assert window.statusBar().currentMessage() == "Stopped watching Philippines +63."


def checkout_of(orders: OrdersFeature) -> CheckoutDialog | None:
    return orders.checkout_dialog


def test_a_double_click_on_the_bell_never_opens_the_checkout(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    open_category(qtbot, window, ASIA)
    table = window.products.table
    delegate = window.products.bell_delegate
    cell = name_cell(window, PHILIPPINES)
    index = window.products.proxy.index(cell.x(), cell.y())
    table.scrollTo(index)
    option = QStyleOptionViewItem()
    option.initFrom(table.viewport())
    option.rect = table.visualRect(index)
    option.decorationSize = QSize(16, 16)

    def double_click_taken(point: QPoint) -> bool:
        event = QMouseEvent(
            QEvent.Type.MouseButtonDblClick,
            QPointF(point),
            QPointF(table.viewport().mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        return delegate.editorEvent(event, window.products.proxy, option, index)

    # The view asks the delegate first: taken on the bell, so no "activated" (no checkout).
    assert double_click_taken(bell_point(window, PHILIPPINES)) is True
    assert double_click_taken(text_point(window, PHILIPPINES)) is False

    # A double click on the name is the row's "Buy…" (the table's own rule).
    orders = window.findChild(OrdersFeature)
    assert orders is not None
    activated: list[bool] = []
    window.products.activated.connect(lambda: activated.append(True))
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=text_point(window, PHILIPPINES)
    )
    qtbot.mouseDClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=text_point(window, PHILIPPINES)
    )
    assert activated == [True]
    qtbot.waitUntil(lambda: checkout_of(orders) is not None)
    checkout = checkout_of(orders)
    assert checkout is not None
    checkout.reject()


def test_ctrl_shift_w_opens_the_watch_dialog_of_the_selected_product(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    open_category(qtbot, window, ASIA)
    assert window.action("watchAction").shortcut() == QKeySequence("Ctrl+Shift+W")
    assert window.products.select_product(PHILIPPINES)
    window.products.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.products.table)
    qtbot.keyClick(
        window.products.table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: open_dialog(window) is not None)
    dialog = open_dialog(window)
    assert dialog is not None
    assert "Philippines +63" in heading(dialog)


def open_product_menu(qtbot: QtBot, window: MainWindow) -> QMenu:
    """The product context menu, opened as the customer does from the keyboard (Menu key)."""
    table = window.products.table
    table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu.objectName() == "productMenu"
    return menu


def close_menu(qtbot: QtBot, menu: QMenu) -> None:
    menu.close()
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


# The offscreen platform says so when a popup menu opens: a limit of the test platform.
@pytest.mark.qt_log_ignore(r"This plugin does not support grabbing the keyboard")
def test_a_pinned_favourite_offers_watch_in_its_menu_and_its_bell_works(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    window.action("favouriteAction").trigger()
    assert window.products.proxy.product(0).product_id == PHILIPPINES  # pinned: first
    assert window.products.proxy.index(0, Column.STAR).data(Role.FAVOURITE) is True

    # The window's own context menu of the pinned row has the watch section.
    menu = open_product_menu(qtbot, window)
    names = [action.objectName() for action in menu.actions()]
    assert "watchMenuAction" in names
    watch = next(a for a in menu.actions() if a.objectName() == "watchMenuAction")
    assert watch.text() == "Watch…"
    close_menu(qtbot, menu)
    watch.trigger()
    dialog = open_dialog(window)
    assert dialog is not None
    dialog.confirm()
    assert [w.product_id for w in feature.service.watches()] == [PHILIPPINES]

    # Watched and pinned: the menu says so, and the bell of the pinned row opens "Change watch".
    menu = open_product_menu(qtbot, window)
    texts = [a.text() for a in menu.actions() if a.objectName().endswith("MenuAction")]
    assert texts == ["Change watch…", "Stop watching"]
    close_menu(qtbot, menu)
    viewport = window.products.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=bell_point(window, PHILIPPINES))
    dialog = open_dialog(window)
    assert dialog is not None
    assert dialog.windowTitle() == "Change watch"
    dialog.reject()


def test_watch_alerts_follow_the_notification_setting_and_are_listed_either_way(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.set_stock(PHILIPPINES, 0)
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    told: list[tuple[str, str]] = []
    real_notify = window.notify

    def notify(title: str, body: str) -> str:
        told.append((title, body))
        return real_notify(title, body)

    window.notify = notify  # type: ignore[method-assign]
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    window.action("watchAction").trigger()
    dialog = open_dialog(window)
    assert dialog is not None
    dialog.confirm()

    settings = window.open_settings()
    assert isinstance(settings, SettingsDialog)
    assert "watch alert" in settings.notifications_check.text()
    settings.notifications_check.setChecked(False)
    settings.accept()
    assert window.settings.notifications_enabled is False

    alerts: list[Alert] = []
    feature.service.alert.connect(alerts.append)
    restock(sandbox, PHILIPPINES, stock=25)
    window.catalog.refresh()
    qtbot.waitUntil(lambda: len(alerts) == 1, timeout=10_000)
    assert told == []  # off: no tray message, no status-bar notice
    assert "is back in stock" not in window.statusBar().currentMessage()
    assert feature.alerts.rowCount() == 1  # but listed, and counted on the status button
    assert feature.status_button.text() == "Watch alerts: 1"

    # On again: the next crossing is told.
    window.settings.notifications_enabled = True
    restock(sandbox, PHILIPPINES, stock=0)
    window.catalog.refresh()
    qtbot.waitUntil(
        lambda: (now := feature.service.latest(PHILIPPINES)) is not None and now.total_stock == 0,
        timeout=10_000,
    )
    restock(sandbox, PHILIPPINES, stock=9)
    window.catalog.refresh()
    qtbot.waitUntil(lambda: len(alerts) == 2, timeout=10_000)
    assert [title for title, _body in told] == ["Philippines +63 is back in stock"]
    assert feature.alerts.rowCount() == 2
