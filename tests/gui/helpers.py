"""Small waits and reads shared by the GUI tests."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from teleaccounthub.api import Product
from teleaccounthub.ui.main_window import MainWindow

ASIA = 1
EUROPE = 12
BULK = 97
PHILIPPINES = 56  # the API page's example product: "Philippines +63", $0.72, stock 15242


def wait_for_categories(qtbot: QtBot, window: MainWindow, *, live: bool = True) -> None:
    def loaded() -> bool:
        snapshot = window.catalog.categories()
        return (
            snapshot is not None
            and snapshot.live == live
            and window.categories.category_count() == len(snapshot.value.categories) > 0
        )

    qtbot.waitUntil(loaded, timeout=10_000)


def wait_for_products(
    qtbot: QtBot, window: MainWindow, category_id: int, *, live: bool = True, timeout: int = 10_000
) -> None:
    """Until the table holds the (live) products of ``category_id``."""

    def loaded() -> bool:
        snapshot = window.catalog.products()
        return (
            snapshot is not None
            and snapshot.value.category_id == category_id
            and snapshot.live == live
            and window.products.model.rowCount() == len(snapshot.value.products)
        )

    qtbot.waitUntil(loaded, timeout=timeout)


def open_category(qtbot: QtBot, window: MainWindow, category_id: int) -> None:
    wait_for_categories(qtbot, window)
    assert window.categories.select(category_id)
    wait_for_products(qtbot, window, category_id)


def shown_products(window: MainWindow) -> list[Product]:
    """The products in the table, top to bottom, as the customer sees them (filtered)."""
    proxy = window.products.proxy
    return [proxy.product(row) for row in range(proxy.rowCount())]


def shown_names(window: MainWindow) -> list[str]:
    return [product.product_name for product in shown_products(window)]


def shown_prices(window: MainWindow) -> list[Decimal]:
    return [product.retail_price_usd for product in shown_products(window)]


def type_filter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type into ``productFilter`` and wait until the (debounced) filter applied."""
    edit = window.products.filter_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    wanted = " ".join(text.casefold().split())
    qtbot.waitUntil(lambda: window.products.proxy.filter_text() == wanted)
