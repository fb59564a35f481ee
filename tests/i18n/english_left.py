"""Find visible words still in English in a widget tree (for the tests run under Russian).

``english_texts(root, allowed)`` walks ``root`` and its children: window titles, labels,
buttons, group boxes, tab titles, placeholders, tooltips, accessible names, combo items, the
actions of menus, toolbars and widgets, and the header texts of item views. Table cells are
data, not UI, and are left out. ``allowed`` holds data shown in labels (product names from the
store, the data folder path): text equal to one of them, or containing it, is not flagged
for that part.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.i18n.test_translations import KEPT, PLACEHOLDER

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def english_texts(root: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """Each text under ``root`` with a Latin word that is not a kept term or allowed data."""
    kept = sorted((a for a in allowed if a), key=len, reverse=True)
    found = []
    for where, text in _texts(root):
        rest = text
        for data in kept:
            rest = rest.replace(data, "")
        rest = KEPT.sub("", PLACEHOLDER.sub("", re.sub(r"<[^>]+>", "", rest)))
        if LATIN_WORD.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        yield from _widget_texts(name, widget)
        for action in widget.actions():
            yield from _action_texts(name, action)


def _widget_texts(name: str, widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", widget.toolTip()
    yield f"{name} accessible name", widget.accessibleName()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield f"{name} placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield f"{name} item", widget.itemText(index)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield f"{name} tab", widget.tabText(index)
            yield f"{name} tab tooltip", widget.tabToolTip(index)
    elif isinstance(widget, QMenu):
        yield f"{name} menu", widget.title()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(column, Qt.Orientation.Horizontal, role)
                if isinstance(value, str):
                    yield f"{name} header {column}", value


def _action_texts(name: str, action: QAction) -> Iterator[tuple[str, str]]:
    label = action.objectName() or action.text()
    yield f"{name} action {label}", action.text()
    yield f"{name} action {label} tooltip", action.toolTip()
    yield f"{name} action {label} status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{name} menu", menu.title()
        for child in menu.actions():
            yield from _action_texts(f"{name} › {menu.title()}", child)
