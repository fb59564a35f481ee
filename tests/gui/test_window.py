"""Desktop manners: names for automation and accessibility, remembered layout, shortcuts, menus,
periodic refresh while visible, the light/dark scheme, the hooks the orders feature plugs into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from teleaccounthub import __version__
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.actions import ACTIONS, shortcut_rows
from teleaccounthub.ui.application import app_icon
from teleaccounthub.ui.catalog.product_model import Column
from teleaccounthub.ui.theme import DARK, LIGHT, apply_theme, follow_system_scheme
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"
AUTOMATION_NAMES = ("categoryTree", "productTable", "productFilter", "balanceLabel")


def test_the_automation_contract_names_exist_with_accessible_names(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    for name in AUTOMATION_NAMES:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    for name in ("buyAction", "downloadAction"):
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert not action.isEnabled()  # nothing selected, no key
    assert window.findChild(QAction, "buyAction").shortcut().toString() == "Ctrl+B"
    assert window.key_action.objectName() == "apiKeyAction"
    dialog = window.open_key_dialog()
    assert dialog.objectName() == "apiKeyDialog"
    assert dialog.accessibleName()


def test_every_control_has_an_accessible_name(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    for parent in (window, window.open_key_dialog(), window.open_settings()):
        controls = [
            w
            for w in parent.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit | QLabel | QProgressBar)
            or (isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView))
        ]
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in controls
            if not w.accessibleName()
            # Buttons that show their action's text are named by it (toolbar buttons).
            and not (isinstance(w, QAbstractButton) and w.text())
            # Form labels name the field next to them; static texts speak for themselves.
            and not (isinstance(w, QLabel) and w.text() and not w.objectName())
            # Qt's own pieces: spin box editors, extension buttons, a line edit's clear button.
            and not w.objectName().startswith("qt_")
            and not isinstance(w.parent(), QLineEdit)
        ]
        assert unnamed == [], parent.objectName()


def test_layout_sort_and_columns_are_remembered(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path, orders=False)
    orders = QLabel("orders go here")
    orders.setAccessibleName("Orders")
    window.add_panel(orders)
    open_category(qtbot, window, ASIA)
    window.resize(790, 560)  # the offscreen screen is 800 × 600
    window.main_splitter.setSizes([333, 600])
    window.content_splitter.setSizes([300, 250])
    header = window.products.table.horizontalHeader()
    header.resizeSection(Column.PRICE, 123)
    header.setSortIndicator(Column.STOCK, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: window.size().width() == 790)
    main_sizes = window.main_splitter.sizes()
    content_sizes = window.content_splitter.sizes()
    main_window_factory.close(window)

    again = main_window_factory(sandbox.url, None, tmp_path, orders=False)
    again.add_panel(QLabel("orders"))
    assert again.size().width() == 790
    assert again.size().height() == 560
    assert again.main_splitter.sizes() == main_sizes
    assert again.content_splitter.sizes() == content_sizes
    header = again.products.table.horizontalHeader()
    assert header.sectionSize(Column.PRICE) == 123
    assert again.products.model.sort_column() is Column.STOCK
    assert again.products.model.sort_order() == Qt.SortOrder.DescendingOrder


def test_the_orders_panel_goes_below_the_products_once(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path, orders=False)
    panel = QLabel("orders")
    window.add_panel(panel)
    assert window.content_splitter.widget(0) is window.products
    assert window.content_splitter.widget(1) is panel
    with pytest.raises(RuntimeError):
        window.add_panel(QLabel("twice"))


def test_double_click_and_the_context_menu_buy(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    open_category(qtbot, window, ASIA)
    qtbot.waitUntil(lambda: window.balance.current() is not None)
    table = window.products.table
    window.products.select_product(PHILIPPINES)
    row = table.selectionModel().selectedRows()[0].row()
    point = table.visualRect(window.products.proxy.index(row, Column.NAME)).center()
    with qtbot.waitSignal(window.buy_requested) as bought:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert bought.args[0].product_id == PHILIPPINES
    assert window.selected_category_id() == ASIA

    window.products.context_menu_requested.emit(table.viewport().mapToGlobal(point))
    menu = window.findChild(QWidget, "productMenu")
    assert menu is not None
    assert window.buy_action in menu.actions()  # type: ignore[attr-defined]
    menu.close()


def test_the_catalog_refreshes_periodically_only_while_visible(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.catalog.auto_refreshing()
    assert window.balance.auto_refreshing()
    before = sum(r.path == CATEGORIES_PATH for r in sandbox.requests)
    window.catalog.periodic.wake()  # its period is up
    qtbot.waitUntil(lambda: sum(r.path == CATEGORIES_PATH for r in sandbox.requests) > before)

    window.hide()
    assert not window.catalog.auto_refreshing()
    assert not window.balance.auto_refreshing()
    window.show()
    assert window.catalog.auto_refreshing()


def test_settings_apply_the_refresh_interval(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    dialog = window.open_settings()
    assert dialog.objectName() == "settingsDialog"
    dialog.interval_spin.setValue(120)
    dialog.notifications_check.setChecked(False)
    dialog.folder_edit.setText(str(tmp_path / "zips"))
    dialog.accept()
    assert window.catalog.refresh_interval() == 120
    assert window.balance.refresh_interval() == 120
    assert not window.settings.notifications_enabled
    assert window.settings.auto_save_folder == tmp_path / "zips"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_help_lists_the_shortcuts_and_about_shows_the_version(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    shortcuts = {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    }
    listed = {row.shortcut for row in ACTIONS if row.shortcut}
    assert {"Ctrl+F", "F5", "Ctrl+B", "Ctrl+,", "Ctrl+Q"} <= listed
    assert listed <= shortcuts  # every listed shortcut is real

    window.shortcuts_action.trigger()
    box = window.findChild(QMessageBox, "shortcutsBox")
    assert box is not None
    for keys, _what in shortcut_rows():
        assert keys in box.text()
    box.close()
    window.about_action.trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    assert about is not None
    assert __version__ in about.text()
    about.close()


def test_the_app_icon_comes_from_the_resources(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert 256 in {size.width() for size in icon.availableSizes()}


def test_ctrl_q_closes_the_window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    with qtbot.waitSignal(window.closed):
        window.quit_action.trigger()
    assert not window.isVisible()
    window.close()  # closing again (as shutdown does) is not a second "closed"
    assert closed == [True]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"


@pytest.fixture
def restore_scheme(qapp: QApplication) -> Iterator[None]:
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        yield
    finally:
        QGuiApplication.styleHints().unsetColorScheme()
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)


@pytest.mark.usefixtures("restore_scheme")
def test_the_theme_follows_the_system_colour_scheme(qapp: QApplication) -> None:
    follow_system_scheme(qapp)
    hints = QGuiApplication.styleHints()
    # What the platform says when the desktop switches (offscreen cannot switch by itself).
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    assert DARK.pill_bg in qapp.styleSheet()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == LIGHT.base
    assert apply_theme(qapp, Qt.ColorScheme.Dark) is DARK
