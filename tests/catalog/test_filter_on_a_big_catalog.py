"""The product filter on a generated 20,000-product catalog: the same rows as the plain
per-row matching (``services.search_text.matching_rows``) in every sort, with favourites, and
a model that stays consistent (qtbot's model tester) through filters, sorts and pins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from teleaccounthub.services.search_text import Query, matching_rows
from teleaccounthub.ui.catalog.product_filter import ProductFilterProxy
from teleaccounthub.ui.catalog.product_model import Column, ProductModel, prepare_rows
from tests.catalog.generated import generated_products

pytestmark = pytest.mark.usefixtures("qapp")

PRODUCTS = generated_products(20_000)
QUERIES = [
    "p",
    "ph",
    "phil",
    "philippines lot",
    "+63",
    "+1 876",
    "germany",
    "deutschland",
    "DE",  # the ISO code only
    "de",  # a word: Deutschland, Bangladesh, …
    "KR",
    "日本",
    "japan aged",
    "Österreich",
    "esim",
    "lot 01",
    "nothing like this",
    "",
]


def expected(model: ProductModel, text: str, in_stock_only: bool) -> list[int]:
    """The per-row matching the filter replaced, over the rows as shown."""
    rows = range(model.rowCount())
    if in_stock_only:
        rows = [row for row in rows if model.product(row).total_stock]
    query = Query.parse(text)
    if not query:
        return list(rows)
    prepared = model._prepared  # the texts the rows were prepared with, in the shown order
    haystacks = [prepared.haystacks[item] for item in model._order]
    dials = [prepared.texts[Column.DIAL_CODE][item] for item in model._order]
    return matching_rows(query, rows, haystacks, lambda: dials, prepared.countries)


@pytest.fixture(scope="module")
def model() -> ProductModel:
    model = ProductModel()
    model.set_prepared(prepare_rows(PRODUCTS, frozenset({10_003, 10_500, 19_999})))
    return model


@pytest.mark.parametrize(
    ("column", "order"),
    [
        (Column.NAME, Qt.SortOrder.AscendingOrder),
        (Column.PRICE, Qt.SortOrder.DescendingOrder),
        (Column.DIAL_CODE, Qt.SortOrder.AscendingOrder),
    ],
)
def test_every_query_finds_the_rows_the_per_row_matching_found(
    model: ProductModel, column: Column, order: Qt.SortOrder
) -> None:
    model.sort(column, order)
    for text in QUERIES:
        for in_stock_only in (False, True):
            found = model.rows_matching(Query.parse(text), in_stock_only)
            assert found == expected(model, text, in_stock_only), (text, in_stock_only)
    assert model.rows_matching(Query.parse("p"), False)  # the queries find something


def test_a_pin_moves_the_found_rows_with_it(model: ProductModel) -> None:
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    before = model.rows_matching(Query.parse("+63"), False)
    pinned = model.product(before[-1]).product_id
    model.set_favourite(pinned, True)
    after = model.rows_matching(Query.parse("+63"), False)
    assert after == expected(model, "+63", False)
    shown = [model.product(row).product_id for row in after]
    assert shown.index(pinned) < len(before) - 1  # it moved up, among the favourites
    model.set_favourite(pinned, False)
    assert model.rows_matching(Query.parse("+63"), False) == before


def test_the_filtered_table_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ProductModel()
    proxy = ProductFilterProxy(model)
    model.set_prepared(prepare_rows(PRODUCTS[:3_000], frozenset({10_001})))
    qtmodeltester.check(proxy)  # watches every change from here on
    for text in ("p", "ph", "phil", "", "+63", "DE", "nothing"):
        proxy.set_filter_text(text)
        qtmodeltester.check(proxy)
    proxy.set_in_stock_only(True)
    proxy.set_filter_text("+4")
    proxy.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    model.set_favourite(PRODUCTS[10].product_id, True)
    model.set_watched(frozenset({PRODUCTS[11].product_id}))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == len(model.rows_matching(Query.parse("+4"), True))
