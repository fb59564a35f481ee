"""The one table of the window's actions: from it come the menus, the toolbar, the shortcuts,
the tooltips, the Help → Keyboard shortcuts list and the shortcut hints in placeholder texts.

Add an action here (and connect it where it is used); never repeat its text, key or tooltip
elsewhere. Keys that are not window actions (Enter in the product table, Ctrl+C in the order
list, …) are listed in ``other_keys()`` so that the Help list is complete. Texts are kept as
functions, evaluated in the language shown (``retranslate_actions`` re-applies them).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.icons import ThemedIcons

WindowMenuText = TrContext("WindowMenuText")

Text = Callable[[], str]
"""A text in the language shown now: the table keeps these, not strings, so that a language
change re-applies them (``retranslate_actions``, ``retranslate_menus``)."""


class Menu(enum.Enum):
    FILE = "fileMenu"
    VIEW = "viewMenu"
    ORDERS = "ordersMenu"
    HELP = "helpMenu"

    @property
    def title(self) -> str:
        if self is Menu.FILE:
            return WindowMenuText.tr("&File")
        if self is Menu.VIEW:
            return WindowMenuText.tr("&View")
        if self is Menu.ORDERS:
            return WindowMenuText.tr("&Orders")
        return WindowMenuText.tr("&Help")

    @property
    def object_name(self) -> str:
        return self.value


class Place(enum.Enum):
    """Where on the main toolbar an action stands (left group, right group), if at all."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    """The action's objectName (public: tests and accessibility tools use it)."""
    say_text: Text
    say_description: Text
    """What it does, in a few words: the tooltip, the status tip and the Help list."""
    shortcut: str | None = None
    menu: Menu | None = None
    toolbar: Place = Place.NONE
    separator_before: bool = False
    checkable: bool = False
    enabled: bool = True
    icon: str | None = None
    """The name of its icon in ``ui/icons.py`` (toolbar and menus), if it has one."""
    say_icon_text: Text | None = None
    """The toolbar button's words, where a language needs them shorter than the menu's (None:
    the menu's text, as Qt shows it on a button)."""

    @property
    def text(self) -> str:
        return self.say_text()

    @property
    def description(self) -> str:
        return self.say_description()

    @property
    def tooltip(self) -> str:
        return f"{self.description} ({self.shortcut})" if self.shortcut else self.description


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "apiKeyAction",
        lambda: WindowMenuText.tr("&Accounts…"),
        lambda: WindowMenuText.tr("Add, switch, test or remove accounts (API keys)"),
        "Ctrl+Shift+K",
        Menu.FILE,
        Place.RIGHT,
        icon="key",
    ),
    ActionSpec(
        "settingsAction",
        lambda: WindowMenuText.tr("&Settings…"),
        lambda: WindowMenuText.tr("Settings"),
        "Ctrl+,",
        Menu.FILE,
        icon="settings",
    ),
    ActionSpec(
        "quitAction",
        lambda: WindowMenuText.tr("&Quit"),
        lambda: WindowMenuText.tr("Quit"),
        "Ctrl+Q",
        Menu.FILE,
        separator_before=True,
        icon="quit",
    ),
    ActionSpec(
        "refreshAction",
        lambda: WindowMenuText.tr("&Refresh"),
        lambda: WindowMenuText.tr("Reload the catalog and the balance"),
        "F5",
        Menu.VIEW,
        Place.LEFT,
        icon="refresh",
    ),
    ActionSpec(
        "findAction",
        lambda: WindowMenuText.tr("&Filter products"),
        lambda: WindowMenuText.tr("Filter the products"),
        "Ctrl+F",
        Menu.VIEW,
        icon="filter",
    ),
    ActionSpec(
        "searchAction",
        lambda: WindowMenuText.tr("&Search the store…"),
        lambda: WindowMenuText.tr("Search every category for a product, country or dial code"),
        "Ctrl+K",
        Menu.VIEW,
        Place.LEFT,
        icon="search",
        say_icon_text=lambda: WindowMenuText.tr(
            "Search the store", "the toolbar button: as short as the language allows"
        ),
    ),
    ActionSpec(
        "inStockAction",
        lambda: WindowMenuText.tr("In stock &only"),
        lambda: WindowMenuText.tr("Show only products in stock"),
        menu=Menu.VIEW,
        checkable=True,
    ),
    ActionSpec(
        "favouriteAction",
        lambda: WindowMenuText.tr("&Pin product"),
        lambda: WindowMenuText.tr("Pin or unpin the selected product"),
        "Ctrl+D",
        Menu.VIEW,
        icon="pin",
    ),
    ActionSpec(
        "insightsAction",
        lambda: WindowMenuText.tr("&Insights"),
        lambda: WindowMenuText.tr("Show what this account spent and its balance over time"),
        menu=Menu.VIEW,
        separator_before=True,
        icon="chart",
    ),
    ActionSpec(
        "buyAction",
        lambda: WindowMenuText.tr("&Buy…"),
        lambda: WindowMenuText.tr("Buy the selected product"),
        "Ctrl+B",
        Menu.ORDERS,
        Place.LEFT,
        separator_before=True,
        enabled=False,
        icon="cart",
    ),
    ActionSpec(
        "downloadAction",
        lambda: WindowMenuText.tr("&Save ZIP…"),
        lambda: WindowMenuText.tr("Save the selected order's ZIP"),
        "Ctrl+S",
        Menu.ORDERS,
        Place.LEFT,
        enabled=False,
        icon="download",
    ),
    ActionSpec(
        "shortcutsAction",
        lambda: WindowMenuText.tr("&Keyboard shortcuts"),
        lambda: WindowMenuText.tr("Show the keyboard shortcuts"),
        None,
        Menu.HELP,
        icon="keyboard",
    ),
    ActionSpec(
        "aboutAction",
        lambda: WindowMenuText.tr("&About TeleAccountHub"),
        lambda: WindowMenuText.tr("About TeleAccountHub"),
        None,
        Menu.HELP,
        icon="about",
    ),
    ActionSpec(
        "watchAction",
        lambda: WindowMenuText.tr("&Watch product…"),
        lambda: WindowMenuText.tr(
            "Get an alert when the selected product is back in stock or cheaper"
        ),
        "Ctrl+Shift+W",
        Menu.VIEW,
        separator_before=True,
        icon="bell",
    ),
    ActionSpec(
        "watchListAction",
        lambda: WindowMenuText.tr("Watch list and &alerts"),
        lambda: WindowMenuText.tr("Show the watched products and their alerts"),
        "Ctrl+Shift+A",
        Menu.VIEW,
    ),
)


def other_keys() -> tuple[tuple[str, str], ...]:
    """Keys that work without being window actions, for the Help list: (keys, what they do)."""
    return (
        (
            WindowMenuText.tr("Enter"),
            WindowMenuText.tr(
                "In the products: open the checkout for the selected product (you still "
                "confirm). In the orders: save the selected order (once saved: open its folder)"
            ),
        ),
        ("Ctrl+C", WindowMenuText.tr("Copy the selected order number (in the order list)")),
        (
            WindowMenuText.tr("Tab / Shift+Tab"),
            WindowMenuText.tr(
                "Move to the next or previous pane: categories, filter, products, orders, order "
                "details"
            ),
        ),
        (WindowMenuText.tr("Arrow keys"), WindowMenuText.tr("Move inside a list or table")),
        (
            WindowMenuText.tr("Menu key / Shift+F10"),
            WindowMenuText.tr("Open the menu of the selected product or order"),
        ),
        (
            WindowMenuText.tr("Escape"),
            WindowMenuText.tr(
                "In the filter: clear it and go to the products; in a dialog: close it"
            ),
        ),
        (
            WindowMenuText.tr("Ctrl+1 … Ctrl+9"),
            WindowMenuText.tr("Switch to account 1 … 9 (as listed under the account button)"),
        ),
        (
            WindowMenuText.tr("Up / Down, Enter"),
            WindowMenuText.tr(
                "Move through the results and open the product (in the store search)"
            ),
        ),
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
    action = QAction(parent)
    action.setObjectName(spec.name)
    if spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    retranslate_action(spec, action)
    action.setCheckable(spec.checkable)
    action.setEnabled(spec.enabled)
    if icons is not None and spec.icon is not None:
        icons.bind(action, spec.icon)
    if isinstance(parent, QWidget):
        parent.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


def retranslate_action(spec: ActionSpec, action: QAction) -> None:
    """Text, tooltip and status tip in the language shown now."""
    action.setText(spec.text)
    if spec.say_icon_text is not None:
        action.setIconText(spec.say_icon_text())
    action.setToolTip(spec.tooltip)
    action.setStatusTip(spec.tooltip)


def retranslate_actions(actions: Mapping[str, QAction]) -> None:
    for row in ACTIONS:
        action = actions.get(row.name)
        if action is not None:
            retranslate_action(row, action)


def retranslate_menus(menus: Mapping[Menu, QMenu]) -> None:
    for menu, widget in menus.items():
        widget.setTitle(menu.title)


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
    return [(keys, what) for keys, what in rows if keys is not None] + list(other_keys())
