"""The item models: qtbot's model tester, sorting in the source model, cheap filtering."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Category, Product
from teleaccounthub.ui.catalog import category_model
from teleaccounthub.ui.catalog.category_model import CategoryModel
from teleaccounthub.ui.catalog.product_filter import ProductFilterProxy
from teleaccounthub.ui.catalog.product_model import Column, ProductModel, Role

pytestmark = pytest.mark.usefixtures("qapp")


def product(product_id: int, name: str, stock: int, price: str) -> Product:
    value = Decimal(price)
    shown = f"${value.quantize(Decimal('0.01'))}"
    return Product(product_id, name, stock, value, shown, shown)


PRODUCTS = [
    product(1, "Philippines +63", 15242, "0.7245"),
    product(2, "Nigeria +234", 0, "9.99"),
    product(3, "Jamaica +1 876", 12, "10.00"),
    product(4, "Österreich +43", 3, "100.50"),
    product(5, "Philippines +63 (aged)", 1402, "0.7200"),
    product(6, "United Kingdom +44", 395, "2.10"),
]


def names(model: ProductModel | ProductFilterProxy) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_product_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ProductModel()
    proxy = ProductFilterProxy(model)
    model.set_products(PRODUCTS, frozenset({3}))
    qtmodeltester.check(model)
    qtmodeltester.check(proxy, force_py=True)  # a second tester: the Python one
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    model.set_favourite(1, True)
    proxy.set_filter_text("phil")
    proxy.set_in_stock_only(True)
    proxy.set_filter_text("")
    model.clear()


def test_category_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = CategoryModel()
    asia, europe = Category(1, "Asia", 53489), Category(12, "Europe", 0)
    model.set_categories([asia, europe])
    qtmodeltester.check(model)
    model.set_categories([Category(1, "Asia", 53000), europe])  # counts only
    model.set_categories([europe])
    assert model.index(0, 0).data(category_model.Role.CATEGORY) == europe


def test_category_counts_update_in_place_and_keep_api_order(qtbot: QtBot) -> None:
    model = CategoryModel()
    model.set_categories([Category(5, "Zeta", 1), Category(1, "Alpha", 53489)])
    assert [model.index(r, 0).data() for r in range(2)] == ["Zeta", "Alpha"]  # API order
    assert model.index(1, 1).data() == "53,489"
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_categories([Category(5, "Zeta", 2), Category(1, "Alpha", 7)])
    assert model.index(0, 1).data() == "2"


def test_price_sorts_by_decimal_not_by_text() -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset())
    model.sort(Column.PRICE, Qt.SortOrder.AscendingOrder)
    # As text "$10.00" < "$100.50" < "$2.10" < "$9.99"; by value it is the other way round.
    # 0.7200 and 0.7245 both show "$0.72" but sort by their exact Decimal value.
    assert names(model) == [
        "Philippines +63 (aged)",
        "Philippines +63",
        "United Kingdom +44",
        "Nigeria +234",
        "Jamaica +1 876",
        "Österreich +43",
    ]
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Österreich +43"


def test_stock_sorts_numerically_though_shown_with_grouped_digits() -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset())
    model.sort(Column.STOCK, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, Column.STOCK).data() for r in range(6)] == [
        "0",
        "3",
        "12",
        "395",
        "1,402",
        "15,242",
    ]


def test_dial_code_sorts_numerically() -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset())
    model.sort(Column.DIAL_CODE, Qt.SortOrder.AscendingOrder)
    codes = [model.index(r, Column.DIAL_CODE).data() for r in range(6)]
    assert codes == ["+43", "+44", "+63", "+63", "+234", "+1876"]


def test_favourites_sort_first_in_either_direction(qtbot: QtBot) -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset({2}))
    model.sort(Column.PRICE, Qt.SortOrder.AscendingOrder)
    assert names(model)[0] == "Nigeria +234"
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Nigeria +234"
    assert model.index(0, Column.STAR).data(Role.FAVOURITE) is True

    model.set_favourite(6, True)
    assert names(model)[:2] == ["Nigeria +234", "United Kingdom +44"]  # both by price, desc
    model.set_favourite(2, False)
    assert names(model)[0] == "United Kingdom +44"
    assert names(model)[1] == "Österreich +43"


def test_sorting_moves_persistent_indexes_with_their_rows() -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset())
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    row = model.row_of(4)
    assert row is not None
    kept = QPersistentModelIndex(model.index(row, Column.PRICE))
    model.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0
    assert kept.data(Role.PRODUCT).product_id == 4


def test_filter_matches_name_or_dial_code_case_insensitively() -> None:
    model = ProductModel()
    proxy = ProductFilterProxy(model)
    model.set_products(PRODUCTS, frozenset())
    model.sort(Column.NAME)

    proxy.set_filter_text("+63")
    assert names(proxy) == ["Philippines +63", "Philippines +63 (aged)"]
    proxy.set_filter_text("PHIL")
    assert names(proxy) == ["Philippines +63", "Philippines +63 (aged)"]
    proxy.set_filter_text("österreich")
    assert names(proxy) == ["Österreich +43"]
    proxy.set_filter_text("phil aged")  # every word must match
    assert names(proxy) == ["Philippines +63 (aged)"]
    proxy.set_filter_text("+1876")  # "+1 876" is dial code +1876
    assert names(proxy) == ["Jamaica +1 876"]


def test_in_stock_only_and_filter_combine() -> None:
    model = ProductModel()
    proxy = ProductFilterProxy(model)
    model.set_products(PRODUCTS, frozenset())
    proxy.set_in_stock_only(True)
    assert "Nigeria +234" not in names(proxy)
    assert proxy.rowCount() == 5
    proxy.set_filter_text("nigeria")
    assert proxy.rowCount() == 0
    proxy.set_in_stock_only(False)
    assert names(proxy) == ["Nigeria +234"]


def test_the_proxy_hands_sorting_to_the_source_model() -> None:
    model = ProductModel()
    proxy = ProductFilterProxy(model)
    model.set_products(PRODUCTS, frozenset())
    proxy.set_filter_text("+")
    proxy.sort(Column.PRICE, Qt.SortOrder.DescendingOrder)
    assert model.sort_column() is Column.PRICE
    assert proxy.sortColumn() == -1  # the proxy keeps the source order
    assert names(proxy) == names(model)
    assert not proxy.dynamicSortFilter()


def test_out_of_stock_rows_are_dimmed_and_numbers_right_aligned() -> None:
    model = ProductModel()
    model.set_products(PRODUCTS, frozenset())
    row = model.row_of(2)
    assert row is not None
    assert model.index(row, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    in_stock = model.row_of(1)
    assert in_stock is not None
    assert model.index(in_stock, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert (
        model.headerData(Column.PRICE, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
        == right
    )


def test_every_sort_matches_a_plain_stable_sort_with_favourites_first() -> None:
    """The counting sorts give exactly what ``sorted`` by (favourite, value, name) would,
    ties in input order, both ways, for every column."""
    rng = random.Random(7)
    countries = ["Philippines +63", "Nigeria +234", "Österreich +43"]
    catalog = [
        product(
            n,
            f"{rng.choice(countries)} {rng.randrange(9)}",
            rng.choice([0, 3, 3, 12]),
            rng.choice(["0.7245", "0.72", "9.99", "0.72450"]),
        )
        for n in range(300)
    ]
    pinned = frozenset(rng.sample(range(300), 20))
    model = ProductModel()
    model.set_products(catalog, pinned)
    keys = {
        Column.NAME: lambda p: p.product_name.casefold(),
        Column.DIAL_CODE: lambda p: (int(p.dial_code.strip("+")), p.product_name.casefold()),
        Column.STOCK: lambda p: (p.total_stock, p.product_name.casefold()),
        Column.PRICE: lambda p: (p.retail_price_usd, p.product_name.casefold()),
    }
    for column, key in keys.items():
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            expected = sorted(catalog, key=key, reverse=descending)
            expected = [p for p in expected if p.product_id in pinned] + [
                p for p in expected if p.product_id not in pinned
            ]
            shown = [model.product(row).product_id for row in range(model.rowCount())]
            assert shown == [p.product_id for p in expected], (column, order)
