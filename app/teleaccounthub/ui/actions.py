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

from teleaccounthub.ui.icons import ThemedIcons


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
    icon: str | None = None
    """The name of its icon in ``ui/icons.py`` (toolbar and menus), if it has one."""

    @property
    def tooltip(self) -> str:
        return f"{self.description} ({self.shortcut})" if self.shortcut else self.description


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "apiKeyAction",
        "&Accounts…",
        "Add, switch, test or remove accounts (API keys)",
        "Ctrl+Shift+K",
        Menu.FILE,
        Place.RIGHT,
        icon="key",
    ),
    ActionSpec("settingsAction", "&Settings…", "Settings", "Ctrl+,", Menu.FILE, icon="settings"),
    ActionSpec(
        "quitAction", "&Quit", "Quit", "Ctrl+Q", Menu.FILE, separator_before=True, icon="quit"
    ),
    ActionSpec(
        "refreshAction",
        "&Refresh",
        "Reload the catalog and the balance",
        "F5",
        Menu.VIEW,
        Place.LEFT,
        icon="refresh",
    ),
    ActionSpec(
        "findAction", "&Filter products", "Filter the products", "Ctrl+F", Menu.VIEW, icon="filter"
    ),
    ActionSpec(
        "searchAction",
        "&Search the store…",
        "Search every category for a product, country or dial code",
        "Ctrl+K",
        Menu.VIEW,
        Place.LEFT,
        icon="search",
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
        icon="pin",
    ),
    ActionSpec(
        "insightsAction",
        "&Insights",
        "Show what this account spent and its balance over time",
        menu=Menu.VIEW,
        separator_before=True,
        icon="chart",
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
        icon="cart",
    ),
    ActionSpec(
        "downloadAction",
        "&Save ZIP…",
        "Save the selected order's ZIP",
        "Ctrl+S",
        Menu.ORDERS,
        Place.LEFT,
        enabled=False,
        icon="download",
    ),
    ActionSpec(
        "shortcutsAction",
        "&Keyboard shortcuts",
        "Show the keyboard shortcuts",
        None,
        Menu.HELP,
        icon="keyboard",
    ),
    ActionSpec(
        "aboutAction",
        "&About TeleAccountHub",
        "About TeleAccountHub",
        None,
        Menu.HELP,
        icon="about",
    ),
    ActionSpec(
        "watchAction",
        "&Watch product…",
        "Get an alert when the selected product is back in stock or cheaper",
        "Ctrl+Shift+W",
        Menu.VIEW,
        separator_before=True,
        icon="bell",
    ),
    ActionSpec(
        "watchListAction",
        "Watch list and &alerts",
        "Show the watched products and their alerts",
        "Ctrl+Shift+A",
        Menu.VIEW,
    ),
)

# Keys that work without being window actions, for the Help list: (keys, what they do).
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    (
        "Enter",
        "In the products: open the checkout for the selected product (you still confirm). "
        "In the orders: save the selected order (once saved: open its folder)",
    ),
    ("Ctrl+C", "Copy the selected order number (in the order list)"),
    (
        "Tab / Shift+Tab",
        "Move to the next or previous pane: categories, filter, products, orders, order details",
    ),
    ("Arrow keys", "Move inside a list or table"),
    ("Menu key / Shift+F10", "Open the menu of the selected product or order"),
    ("Escape", "In the filter: clear it and go to the products; in a dialog: close it"),
    ("Ctrl+1 … Ctrl+9", "Switch to account 1 … 9 (as listed under the account button)"),
    ("Up / Down, Enter", "Move through the results and open the product (in the store search)"),
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


def create_action(spec: ActionSpec, parent: QObject, icons: ThemedIcons | None = None) -> QAction:
    """One action from its row of the table: text, objectName, key, tips, checkable, enabled;
    its icon too when ``icons`` is given (which then keeps it matching the palette)."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    if spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setToolTip(spec.tooltip)
    action.setStatusTip(spec.tooltip)
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    if icons is not None and spec.icon is not None:
        icons.bind(action, spec.icon)
    if isinstance(parent, QWidget):
        parent.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


def create_actions(parent: QObject, icons: ThemedIcons | None = None) -> dict[str, QAction]:
    return {row.name: create_action(row, parent, icons) for row in ACTIONS}


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
