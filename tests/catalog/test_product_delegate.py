"""The product table's delegate paints plain cells from the prepared strings: exactly what
``QStyledItemDelegate`` paints from the model's roles, without asking the model per cell."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyledItemDelegate

from teleaccounthub.api import Product
from teleaccounthub.ui.catalog.product_model import Column, ProductModel
from teleaccounthub.ui.catalog.product_panel import ProductPanel
from teleaccounthub.ui.theme import apply_theme
from tests.catalog.generated import generated_products


def product(product_id: int, name: str, stock: int, price: str) -> Product:
    value = Decimal(price)
    shown = f"${value.quantize(Decimal('0.01'))}"
    return Product(product_id, name, stock, value, shown, shown)


PRODUCTS = [
    product(1, "Philippines +63", 15242, "0.7245"),
    product(2, "Nigeria +234", 0, "9.99"),  # sold out: dimmed
    product(3, "Jamaica +1 876", 12, "10.00"),  # pinned: a blue star
    product(4, "Österreich +43", 3, "100.50"),
    product(5, "Philippines +63 (aged) with a name far too long for its column", 1402, "0.72"),
    product(6, "الإمارات +971", 395, "2.10"),  # right-to-left script in a left-to-right table
    product(7, "日本 +81", 0, "3.60"),
]


@pytest.fixture
def panel(qapp: QApplication) -> Iterator[ProductPanel]:
    apply_theme(qapp)  # the app's style sheet pads the cells: the delegate must follow it
    panel = ProductPanel()
    panel.resize(560, 320)
    panel.show_category("Test")
    panel.set_products(PRODUCTS, frozenset({3}))
    panel.show()
    qapp.processEvents()
    yield panel
    panel.close()
    panel.deleteLater()


def grab(panel: ProductPanel) -> QImage:
    QApplication.processEvents()
    return panel.table.viewport().grab().toImage()


def styled_grab(panel: ProductPanel) -> QImage:
    """The same table painted by a plain ``QStyledItemDelegate`` (the model's roles)."""
    delegate = panel.table.itemDelegate()
    plain = QStyledItemDelegate(panel.table)
    panel.table.setItemDelegate(plain)
    try:
        return grab(panel)
    finally:
        panel.table.setItemDelegate(delegate)


def differing_pixels(one: QImage, other: QImage) -> int:
    assert one.size() == other.size()
    width, height = one.width(), one.height()
    return sum(one.pixel(x, y) != other.pixel(x, y) for y in range(height) for x in range(width))


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param(lambda panel: None, id="plain"),
        pytest.param(lambda panel: panel.model.set_watched(frozenset({1})), id="bells"),
        pytest.param(
            lambda panel: (panel.table.selectRow(2), panel.table.setFocus()), id="selected"
        ),
        pytest.param(lambda panel: panel.table.setColumnWidth(Column.PRICE, 30), id="elided"),
        pytest.param(lambda panel: panel.table.setEnabled(False), id="disabled"),
        pytest.param(lambda panel: panel.proxy.set_filter_text("phil"), id="filtered"),
    ],
)
def test_the_delegate_paints_exactly_what_the_styled_delegate_paints(
    panel: ProductPanel, setup: Callable[[ProductPanel], Any]
) -> None:
    setup(panel)
    fast = grab(panel)
    assert differing_pixels(fast, styled_grab(panel)) == 0
    # Not blank: the rows' texts are there (a table without them differs from the painted one).
    panel.model.clear()
    assert differing_pixels(fast, grab(panel)) > 500


def test_the_painted_texts_follow_the_model(panel: ProductPanel) -> None:
    """A change in the model (a pin, a new sort) is what the next frame paints."""
    before = grab(panel)
    panel.set_favourite(1, True)
    pinned = grab(panel)
    assert differing_pixels(before, pinned) > 0
    assert differing_pixels(pinned, styled_grab(panel)) == 0
    panel.table.sortByColumn(Column.PRICE, panel.model.sort_order())
    assert differing_pixels(grab(panel), styled_grab(panel)) == 0


def test_a_repaint_asks_the_model_nothing_per_cell(
    panel: ProductPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel.set_products(generated_products(20_000), frozenset())
    grab(panel)
    calls = 0
    cell = ProductModel.cell

    def counted(model: ProductModel, row: int, column: int, role: int) -> Any:
        nonlocal calls
        calls += 1
        return cell(model, row, column, role)

    monkeypatch.setattr(ProductModel, "cell", counted)
    panel.table.viewport().repaint()
    assert calls == 0
    # The same frame through QStyledItemDelegate asks several roles of every visible cell.
    styled_grab(panel)
    visible_rows = panel.table.rowAt(panel.table.viewport().height() - 1) + 1
    assert calls >= 5 * visible_rows * len(Column)
    # A keystroke's frame: a new filter, then the paint of its rows.
    calls = 0
    panel.filter_edit.setText("germany")
    QApplication.processEvents()
    panel.table.viewport().repaint()
    assert panel.proxy.rowCount() > 0
    assert calls == 0
