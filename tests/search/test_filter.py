"""The product table's filter finds a product by its country's English or native name, its ISO
code (whole) and its dial code."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester

from teleaccounthub.api import Product
from teleaccounthub.ui.catalog.product_filter import ProductFilterProxy
from teleaccounthub.ui.catalog.product_model import ProductModel

NAMES = (
    "Deutschland +49",
    "대한민국 +82",
    "Bangladesh +880",
    "Danmark +45",
    "Sweden +46",
    "United States +1",
    "Canada +1",
    "Jamaica +1 876",
    "Қазақстан +7",
    "España +34",
)


def product(number: int, name: str) -> Product:
    return Product(number, name, 10, Decimal("0.50"), "$0.50", "$0.50")


@pytest.fixture
def proxy(qapp: object) -> ProductFilterProxy:
    model = ProductModel()
    model.set_products([product(n, name) for n, name in enumerate(NAMES, 1)], frozenset())
    return ProductFilterProxy(model)


def found(proxy: ProductFilterProxy, text: str) -> set[str]:
    proxy.set_filter_text(text)
    return {proxy.product(row).product_name for row in range(proxy.rowCount())}


@pytest.mark.parametrize("text", ["germany", "Germany", "deutschland", "DE", "+49", "49"])
def test_germany_is_found_by_every_name_its_code_and_its_dial_code(
    proxy: ProductFilterProxy, text: str
) -> None:
    assert found(proxy, text) == {"Deutschland +49"}


def test_korea_finds_the_korean_product(proxy: ProductFilterProxy) -> None:
    assert found(proxy, "korea") == {"대한민국 +82"}
    assert found(proxy, "KR") == {"대한민국 +82"}
    assert found(proxy, "대한") == {"대한민국 +82"}


def test_an_iso_code_in_capitals_is_a_whole_code_in_lower_case_a_word(
    proxy: ProductFilterProxy,
) -> None:
    # "DE" is Germany's code: not Bangladesh, not Danmark (its English name starts "De…").
    assert found(proxy, "DE") == {"Deutschland +49"}
    # "de" is typed like any word: it narrows as the customer types "deutschland".
    assert {"Deutschland +49", "Bangladesh +880", "Sweden +46"} <= found(proxy, "de")
    # Two capitals that are no ISO code are an ordinary word.
    assert found(proxy, "XX") == set()


def test_shared_dial_codes_match_every_country_they_reach(proxy: ProductFilterProxy) -> None:
    plus_one = {"United States +1", "Canada +1", "Jamaica +1 876"}
    assert found(proxy, "+1") == plus_one
    # A "+1" number may be any country of the plan; "+1 876" is Jamaica only.
    assert found(proxy, "canada") == {"United States +1", "Canada +1"}
    assert found(proxy, "jamaica") == plus_one
    assert found(proxy, "russia") == {"Қазақстан +7"}
    assert found(proxy, "россия") == {"Қазақстан +7"}


def test_accents_and_every_word_must_match(proxy: ProductFilterProxy) -> None:
    assert found(proxy, "espana") == {"España +34"}
    assert found(proxy, "spain +34") == {"España +34"}
    assert found(proxy, "spain +49") == set()
    assert proxy.filter_text() == "spain +49"


def test_the_filtered_proxy_passes_the_model_tester(
    proxy: ProductFilterProxy, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(proxy, force_py=True)  # the Python tester follows every change
    for text in ("germany", "DE", "+1", "", "nothing at all", "KR"):
        proxy.set_filter_text(text)
    assert found(proxy, "KR") == {"대한민국 +82"}
