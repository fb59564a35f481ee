"""The one action table: menus, toolbar, keys, tooltips and the Help list all come from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui import actions
from teleaccounthub.ui.help import shortcuts_html
from tests.fixtures.gui import MainWindowFactory


def test_every_action_of_the_table_is_in_the_window_with_its_key_tip_and_menu(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    menus = {
        menu: window.menuBar().findChild(type(window.orders_menu), menu.object_name)
        for menu in actions.Menu
    }
    for row in actions.ACTIONS:
        action = window.findChild(QAction, row.name)
        assert action is not None, row.name
        expected = QKeySequence(row.shortcut) if row.shortcut else QKeySequence()
        assert action.shortcut() == expected, row.name
        if row.name != "buyAction":  # Buy's tooltip says why it is disabled
            assert action.toolTip() == row.tooltip, row.name
        if row.menu is not None:
            assert action in menus[row.menu].actions(), row.name
        in_toolbar = action in window.toolbar.actions()
        assert in_toolbar == (row.toolbar is not actions.Place.NONE), row.name


def test_the_help_list_names_every_key_once() -> None:
    html = shortcuts_html()
    for keys, what in actions.shortcut_rows():
        assert html.count(f"<b>{keys}</b>") == 1, keys
        assert what in html
    assert "<b>Enter</b>" in html
    assert "<b>Ctrl+C</b>" in html


def test_placeholder_texts_take_their_keys_from_the_table(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    assert f"({actions.shortcut_of('findAction')})" in window.products.filter_edit.placeholderText()
