"""What a feature may use of the window it is plugged into, and nothing else.

Features (orders today; watch lists and insights later) are written against ``WindowHost`` and
never import the main window: what they add goes through these calls, and what they hear of the
window comes through its two signals. ``MainWindow`` implements it; a test can plug a feature into
a small fake window instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from teleaccounthub.api import Product


@dataclass(frozen=True, slots=True)
class PurchaseRequest:
    """A feature asks for the checkout dialog (an alert's "Buy…", "Buy again"): the dialog opens
    pre-filled and the customer still confirms — nothing is bought by the request itself."""

    product: Product
    category_id: int | None = None
    quantity: int | None = None
    """The quantity to put in the field (judged there like a typed one); None: the default."""
    note: str = ""
    """A line shown at the top of the dialog (why it opened, what changed since)."""


# Adds a feature's entries to the product context menu for the product it was opened on.
ProductMenuSection = Callable[[QMenu, Product], None]


class WindowHost(Protocol):
    # ``buy_requested(Product)``: the customer asked to buy the selected product.
    buy_requested: SignalInstance
    # ``purchase_requested(PurchaseRequest)``: a feature asked for a pre-filled checkout.
    purchase_requested: SignalInstance
    # ``closed()``: the window has closed; close whatever the feature opened.
    closed: SignalInstance

    def window(self) -> QWidget:
        """The window itself, to parent dialogs and tray icons to and to bring forward."""
        ...

    def add_panel(self, widget: QWidget) -> None:
        """Put ``widget`` below the products, as the window's lower panel (once)."""
        ...

    def add_notice(self, widget: QWidget) -> None:
        """Put a notice strip under the message banner, above the content."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """Keep ``widget`` in the status bar (to the right, beside the catalog's status)."""
        ...

    def show_status(self, text: str, ms: int) -> None:
        """Show ``text`` in the status bar for ``ms`` milliseconds."""
        ...

    def show_banner(self, text: str, *, kind: str, topic: str) -> None:
        """Show ``text`` in the message banner (``kind`` "warning" or "error") under ``topic``."""
        ...

    def add_menu_actions(self, menu: str, actions: Sequence[QAction]) -> None:
        """Add ``actions`` as their own section of the menu named ``menu`` (e.g. "orders")."""
        ...

    def action(self, name: str) -> QAction:
        """The window's action with the object name ``name`` (e.g. "downloadAction")."""
        ...

    def set_buy_blocked(self, reason: str) -> None:
        """Keep buying disabled, saying ``reason`` when asked why ("" lifts it)."""
        ...

    def request_purchase(self, request: PurchaseRequest) -> None:
        """Open the checkout dialog pre-filled from ``request`` (emits ``purchase_requested``)."""
        ...

    def notify(self, title: str, body: str) -> str:
        """Tell the customer something happened (a tray message where there is a tray, the
        status bar otherwise); returns the channel used ("tray" or "status")."""
        ...

    def set_attention_count(self, count: int) -> None:
        """How many things wait for the customer (orders ready to save), for the tray icon."""
        ...

    def add_product_menu_section(self, section: ProductMenuSection) -> None:
        """Let ``section`` add entries to the product context menu (after the window's own)."""
        ...

    def set_watched_products(self, product_ids: frozenset[int]) -> None:
        """Show a bell beside the star of these products in the product table (filled; every
        other row gets an outlined one). A click on a bell triggers ``watchAction`` with its
        row selected."""

    def show_product(self, category_id: int, product_id: int) -> bool:
        """Open category ``category_id`` and select product ``product_id`` in it once its
        products are shown (clearing a filter that hides it); False if there is no such
        category."""
        ...

    def selected_product(self) -> Product | None: ...

    def selected_category_id(self) -> int | None: ...


# Ctrl+1 … Ctrl+9 put account N in use. The account feature makes these window actions; a
# feature's own window adds them (``host.action(switch_action_name(n))``) so the keys work there.
ACCOUNT_SHORTCUTS = 9


def switch_action_name(number: int) -> str:
    return f"switchAccount{number}Action"
