"""The generated catalog: deterministic, realistic, and consistent with the stock it reports."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from teleaccounthub.api.models import dial_code
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.sandbox.catalog import Catalog, generate_catalog
from teleaccounthub.sandbox.money import display
from tests.sandbox.helpers import CATEGORIES, client, exact, products

REGIONS = {"Asia", "Africa", "Europe", "Americas", "Middle East", "Oceania"}


def _listing(catalog: Catalog) -> list[tuple[int, str, str, Decimal, int]]:
    return [
        (p.product_id, p.name, p.dial_code, p.price, p.stock)
        for category in catalog.categories
        for p in category.products
    ]


def test_same_seed_same_catalog_other_seed_other_catalog() -> None:
    assert _listing(generate_catalog(1, 50)) == _listing(generate_catalog(1, 50))
    assert _listing(generate_catalog(1, 50)) != _listing(generate_catalog(2, 50))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_regions_hold_a_few_hundred_realistic_products(seed: int) -> None:
    catalog = generate_catalog(seed, 0)
    assert {c.name for c in catalog.categories} == REGIONS
    regular = [p for c in catalog.categories for p in c.products]
    assert 200 <= len(regular) <= 600
    assert len({p.product_id for p in regular}) == len(regular)
    for category in catalog.categories:
        assert any(p.stock == 0 for p in category.products), category.name
        assert any(p.stock > 0 for p in category.products), category.name
    for product in regular:
        assert product.dial_code in product.name
        assert dial_code(product.name) == product.dial_code.replace(" ", "")
        assert product.price.as_tuple().exponent == -4
        assert Decimal("0.01") < product.price < Decimal("10")


def test_names_include_non_ascii_countries() -> None:
    names = {p.name for c in generate_catalog(1, 0).categories for p in c.products}
    for name in ("Côte d’Ivoire +225", "Türkiye +90", "België +32", "日本 +81", "مصر +20"):
        assert name in names
    assert "Philippines +63" in names


def test_bulk_category_has_the_configured_size() -> None:
    assert "Bulk" not in {c.name for c in generate_catalog(1, 0).categories}
    bulk = generate_catalog(1, 20_000).categories[-1]
    assert bulk.name == "Bulk"
    assert len(bulk.products) == 20_000
    assert len({p.product_id for p in bulk.products}) == 20_000
    assert all(dial_code(p.name) for p in bulk.products)


def test_huge_category_has_its_own_size_and_ids() -> None:
    assert "Huge" not in {c.name for c in generate_catalog(1, 10).categories}
    catalog = generate_catalog(1, 2_000, 3_000)
    bulk, huge = catalog.categories[-2:]
    assert (bulk.name, len(bulk.products)) == ("Bulk", 2_000)
    assert (huge.name, len(huge.products)) == ("Huge", 3_000)
    assert {p.category_id for p in huge.products} == {huge.category_id} != {bulk.category_id}
    assert len(catalog.products) == sum(len(c.products) for c in catalog.categories)  # no id twice
    with pytest.raises(ValueError, match="huge_category_size"):
        SandboxConfig(huge_category_size=-1)


def test_category_stock_is_the_sum_of_its_products(sandbox: SandboxServer) -> None:
    with client(sandbox.url) as api:
        body = api.get(CATEGORIES).json()
        assert body["has_purchasable_products"] is True
        names = {c["category_name"] for c in body["categories"]}
        assert names == REGIONS | {"Bulk"}
        for category in body["categories"]:
            listed = api.get(products(category["category_id"])).json()["products"]
            assert category["total_stock"] == sum(p["total_stock"] for p in listed)
        bulk = next(c for c in body["categories"] if c["category_name"] == "Bulk")
        assert len(api.get(products(bulk["category_id"])).json()["products"]) == 5000


def test_wallet_prices_are_the_rounded_retail_price(sandbox: SandboxServer) -> None:
    with client(sandbox.url) as api:
        listed = exact(api.get(products(86)))["products"]
    for product in listed:
        assert re.fullmatch(r"\$\d+\.\d\d", product["wallet_price"])
        assert product["wallet_price"] == display(product["retail_price_usd"])
        assert product["wallet_unit_price"] == product["wallet_price"]


def test_nothing_purchasable_when_all_stock_is_gone() -> None:
    config = SandboxConfig(large_category_size=0, message="Restocking at 18:00 UTC.")
    with SandboxServer(config) as server, client(server.url) as api:
        assert api.get(CATEGORIES).json()["has_purchasable_products"] is True
        for category in api.get(CATEGORIES).json()["categories"]:
            for product in api.get(products(category["category_id"])).json()["products"]:
                server.set_stock(product["product_id"], 0)
        body = api.get(CATEGORIES).json()
    assert body["has_purchasable_products"] is False
    assert body["message"] == "Restocking at 18:00 UTC."
    assert all(c["total_stock"] == 0 for c in body["categories"])
