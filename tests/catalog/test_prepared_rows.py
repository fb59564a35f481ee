"""Rows prepared on the worker thread in pieces: every few thousand rows the worker lets go of
the GIL (``product_model._breathe``), and the sorts still give what ``sorted`` gives, also past
the sizes where the pieces are merged step by step (more than 32,768 distinct names)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from teleaccounthub.ui.catalog import product_model
from teleaccounthub.ui.catalog.product_model import Column, ProductModel, prepare_rows
from tests.catalog.generated import generated_products

pytestmark = pytest.mark.usefixtures("qapp")

COUNT = 40_000


def test_a_big_category_is_prepared_in_pieces_and_sorted_as_sorted_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    products = generated_products(COUNT, seed=3)
    breaths = 0

    def breathe() -> None:
        nonlocal breaths
        breaths += 1

    monkeypatch.setattr(product_model, "_breathe", breathe)
    pinned = frozenset({products[5].product_id, products[30_000].product_id})
    prepared = prepare_rows(products, pinned)
    # The row loop, the ranks and the sorts of four columns each breathe every few thousand rows.
    assert breaths >= 4 * COUNT // 2048

    model = ProductModel()
    model.set_prepared(prepared)
    keys = {
        Column.NAME: lambda p: p.product_name.casefold(),
        Column.STOCK: lambda p: (p.total_stock, p.product_name.casefold()),
        Column.PRICE: lambda p: (p.retail_price_usd, p.product_name.casefold()),
    }
    for column, key in keys.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            expected = sorted(products, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
            expected = [p for p in expected if p.product_id in pinned] + [
                p for p in expected if p.product_id not in pinned
            ]
            shown = [model.product(row).product_id for row in range(model.rowCount())]
            assert shown == [p.product_id for p in expected], (column, order)


def test_the_unique_names_pass_the_step_by_step_merge() -> None:
    """More distinct names than one merge takes: the names go through ``heapq.merge``."""
    names = [f"name {number:06d}" for number in range(70_000)][::-1]
    assert product_model._sorted_in_pieces(names) == sorted(names)
