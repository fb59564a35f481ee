"""The one table of the window's actions: from it come the menus, the toolbar, the shortcuts,
the tooltips, the Help → Keyboard shortcuts list and the shortcut hints in placeholder texts.

Add an action here (and connect it where it is used); never repeat its text, key or tooltip
elsewhere. Keys that are not window actions (Enter in the product table, Ctrl+C in the order
list, …) are listed in ``OTHER_KEYS`` so that the Help list is complete.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget


class Menu(enum.Enum):
    FILE = ("&File", "fileMenu")
    VIEW = ("&View", "viewMenu")
    ORDERS = ("&Orders", "ordersMenu")
    HELP = ("&Help", "helpMenu")

    @property
    def title(self) -> str:
        return self.value[0]

    @property
    def object_name(self) -> str:
        return self.value[1]


class Place(enum.Enum):
    """Where on the main toolbar an action stands (left group, right group), if at all."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    """The action's objectName (public: tests and accessibility tools use it)."""
    text: str
    description: str
    """What it does, in a few words: the tooltip, the status tip and the Help list."""
    shortcut: str | None = None
    menu: Menu | None = None
    toolbar: Place = Place.NONE
    separator_before: bool = False
    checkable: bool = False
    enabled: bool = True

    @property
    def tooltip(self) -> str:
        return f"{self.description} ({self.shortcut})" if self.shortcut else self.description


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "apiKeyAction",
        "&API key…",
        "Enter, test or remove your API key",
        "Ctrl+Shift+K",
        Menu.FILE,
        Place.RIGHT,
    ),
    ActionSpec("settingsAction", "&Settings…", "Settings", "Ctrl+,", Menu.FILE),
    ActionSpec("quitAction", "&Quit", "Quit", "Ctrl+Q", Menu.FILE, separator_before=True),
    ActionSpec(
        "refreshAction",
        "&Refresh",
        "Reload the catalog and the balance",
        "F5",
        Menu.VIEW,
        Place.LEFT,
    ),
    ActionSpec("findAction", "&Filter products", "Filter the products", "Ctrl+F", Menu.VIEW),
    ActionSpec(
        "searchAction",
        "&Search the store…",
        "Search every category for a product, country or dial code",
        "Ctrl+K",
        Menu.VIEW,
        Place.LEFT,
    ),
    ActionSpec(
        "inStockAction",
        "In stock &only",
        "Show only products in stock",
        menu=Menu.VIEW,
        checkable=True,
    ),
    ActionSpec(
        "favouriteAction",
        "&Pin product",
        "Pin or unpin the selected product",
        "Ctrl+D",
        Menu.VIEW,
    ),
    ActionSpec(
        "buyAction",
        "&Buy…",
        "Buy the selected product",
        "Ctrl+B",
        Menu.ORDERS,
        Place.LEFT,
        separator_before=True,
        enabled=False,
    ),
    ActionSpec(
        "downloadAction",
        "&Save ZIP…",
        "Save the selected order's ZIP",
        "Ctrl+S",
        Menu.ORDERS,
        Place.LEFT,
        enabled=False,
    ),
    ActionSpec(
        "shortcutsAction", "&Keyboard shortcuts", "Show the keyboard shortcuts", None, Menu.HELP
    ),
    ActionSpec("aboutAction", "&About TeleAccountHub", "About TeleAccountHub", None, Menu.HELP),
)

#: Keys that work without being window actions, for the Help list: (keys, what they do).
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "Buy the product under the cursor (in the product table)"),
    ("Ctrl+C", "Copy the selected order number (in the order list)"),
    ("Up / Down, Enter", "Move through the results and open the product (in the store search)"),
    ("Tab / Shift+Tab", "Move between the category list, the filter, the products and the orders"),
    ("Escape", "Close a dialog"),
)

_BY_NAME: Mapping[str, ActionSpec] = {spec.name: spec for spec in ACTIONS}


def spec(name: str) -> ActionSpec:
    return _BY_NAME[name]


def shortcut_of(name: str) -> str:
    """The key of action ``name`` as people read it, e.g. "Ctrl+F" (for placeholder texts)."""
    key = _BY_NAME[name].shortcut
    if key is None:
        raise KeyError(f"{name} has no shortcut")
    return key


def create_action(spec: ActionSpec, parent: QObject) -> QAction:
    """One action from its row of the table: text, objectName, key, tips, checkable, enabled."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    if spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setToolTip(spec.tooltip)
    action.setStatusTip(spec.tooltip)
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    if isinstance(parent, QWidget):
        parent.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


def create_actions(parent: QObject) -> dict[str, QAction]:
    return {row.name: create_action(row, parent) for row in ACTIONS}


def build_menus(bar: QMenuBar, actions: Mapping[str, QAction]) -> dict[Menu, QMenu]:
    menus: dict[Menu, QMenu] = {}
    for menu in Menu:
        widget = bar.addMenu(menu.title)
        widget.setObjectName(menu.object_name)
        menus[menu] = widget
    for row in ACTIONS:
        if row.menu is None:
            continue
        widget = menus[row.menu]
        if row.separator_before and not widget.isEmpty():
            widget.addSeparator()
        widget.addAction(actions[row.name])
    return menus


def toolbar_actions(place: Place, actions: Mapping[str, QAction]) -> list[QAction]:
    return [actions[row.name] for row in ACTIONS if row.toolbar is place]


def fill_toolbar(
    toolbar: QToolBar, actions: Mapping[str, QAction], middle: Iterable[QWidget] = ()
) -> None:
    """Left group (separated where the table says), then ``middle`` widgets, then the right."""
    first = True
    for row in ACTIONS:
        if row.toolbar is not Place.LEFT:
            continue
        if row.separator_before and not first:
            toolbar.addSeparator()
        toolbar.addAction(actions[row.name])
        first = False
    for widget in middle:
        toolbar.addWidget(widget)
    for action in toolbar_actions(Place.RIGHT, actions):
        toolbar.addAction(action)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a key, then the other keys: the Help list."""
    rows = [(row.shortcut, row.description) for row in ACTIONS if row.shortcut]
    return [(keys, what) for keys, what in rows if keys is not None] + list(OTHER_KEYS)
