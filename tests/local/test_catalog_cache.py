from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.api import Category, CategoryList, Product, ProductList
from teleaccounthub.local.catalog_cache import Cached, CatalogCache
from tests.local.builders import LIVE_URL, SANDBOX_URL

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

CATEGORIES = CategoryList(
    has_purchasable_products=True,
    message="Stock refreshed — 5 minutes ago",
    categories=(
        Category(1, "Asia", 53489),
        Category(2, "Europe / Європа", 0),
        Category(86, "Africa", 12),
    ),
)
PRODUCTS = ProductList(
    category_id=1,
    products=(
        Product(56, "Philippines +63", 15242, Decimal("0.7245"), "$0.72", "$0.72"),
        Product(57, "日本 +81", 0, Decimal("12.50"), "$12.50", "$12.50"),
        Product(58, "Free +1", 3, Decimal("0"), "$0.00", "$0.00"),
        Product(59, "Big +7", 1, Decimal("123456789012345678.000000001"), "$1.2e17", "$1.2e17"),
        Product(60, "Tiny +44", 1, Decimal("1E-7"), "$0.00", "$0.00"),
    ),
)


def test_categories_round_trip_exactly(tmp_path: Path) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    assert cache.load_categories() is None
    cache.save_categories(CATEGORIES, saved_at=T0)
    assert CatalogCache(tmp_path, LIVE_URL + "/").load_categories() == Cached(CATEGORIES, T0)


def test_products_round_trip_exactly_with_decimals_as_json_numbers(tmp_path: Path) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    cache.save_products(PRODUCTS, saved_at=T0)
    loaded = cache.load_products(1)
    assert loaded == Cached(PRODUCTS, T0)
    assert loaded is not None
    assert [str(p.retail_price_usd) for p in loaded.value.products] == [
        "0.7245", "12.50", "0", "123456789012345678.000000001", "1E-7",
    ]  # fmt: skip
    assert cache.load_products(2) is None

    # The file is the API's own shape: prices are JSON numbers, read by any JSON parser.
    (path,) = [p for p in tmp_path.rglob("products-1.json")]
    document = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    assert document["ok"] is True
    assert document["category_id"] == 1
    assert document["products"][0] == {
        "product_id": 56,
        "product_name": "Philippines +63",
        "total_stock": 15242,
        "retail_price_usd": Decimal("0.7245"),
        "wallet_price": "$0.72",
        "wallet_unit_price": "$0.72",
    }
    assert '"retail_price_usd": 0.7245' in path.read_text(encoding="utf-8")
    assert ProductList.from_json(document) == PRODUCTS


def test_age(tmp_path: Path) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    cache.save_categories(CATEGORIES, saved_at=T0)
    loaded = cache.load_categories()
    assert loaded is not None
    assert loaded.age(T0 + timedelta(minutes=3)) == timedelta(minutes=3)
    assert loaded.age() > timedelta(0)
    cache.save_categories(CATEGORIES)
    fresh = cache.load_categories()
    assert fresh is not None
    assert fresh.age() < timedelta(minutes=1)
    assert fresh.saved_at.utcoffset() == timedelta(0)


def test_each_store_has_its_own_cache(tmp_path: Path) -> None:
    CatalogCache(tmp_path, LIVE_URL).save_categories(CATEGORIES, saved_at=T0)
    sandbox = CatalogCache(tmp_path, SANDBOX_URL)
    assert sandbox.load_categories() is None
    other = CategoryList(True, None, (Category(5, "Sandbox", 1),))
    sandbox.save_categories(other, saved_at=T0)
    live = CatalogCache(tmp_path, LIVE_URL).load_categories()
    assert live is not None
    assert live.value == CATEGORIES
    assert len(list((tmp_path / "catalog").iterdir())) == 2


@pytest.mark.parametrize(
    "contents",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"ok": true, "category_id": 1, "products": [{"product_id": "56"}]}',
        b'{"ok": true, "category_id": 1, "products": [], "saved_at": "yesterday"}',
        b'{"ok": true, "category_id": 1, "products": [], "saved_at": "2025-01-01T00:00:00"}',
        b'{"ok": true, "category_id": 1, "products": [{"product_id": 1, "product_name": "x", '
        b'"total_stock": 1, "retail_price_usd": NaN, "wallet_price": "", "wallet_unit_price": ""}],'
        b' "saved_at": "2025-01-01T00:00:00+00:00"}',
    ],
)
def test_a_corrupt_cache_file_counts_as_absent_and_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, contents: bytes
) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    cache.save_products(PRODUCTS, saved_at=T0)
    (path,) = list(tmp_path.rglob("products-1.json"))
    path.write_bytes(contents)
    with caplog.at_level(logging.WARNING, logger="teleaccounthub.local.catalog_cache"):
        assert cache.load_products(1) is None
    assert any(path.name in r.getMessage() for r in caplog.records)
    cache.save_products(PRODUCTS, saved_at=T0)  # and the next save repairs it
    assert cache.load_products(1) == Cached(PRODUCTS, T0)


@pytest.mark.expected_log(r"^Catalog cache .* is corrupt; dropped")
@pytest.mark.expected_log(r"^Catalog cache for category 2 holds another category")
def test_a_cache_file_of_another_store_or_category_is_ignored(tmp_path: Path) -> None:
    live, sandbox = CatalogCache(tmp_path, LIVE_URL), CatalogCache(tmp_path, SANDBOX_URL)
    live.save_categories(CATEGORIES, saved_at=T0)
    live.save_products(PRODUCTS, saved_at=T0)
    sandbox.folder.mkdir(parents=True)
    for name in ("categories.json", "products-1.json"):
        (sandbox.folder / name).write_bytes((live.folder / name).read_bytes())
    assert sandbox.load_categories() is None
    (live.folder / "products-2.json").write_bytes((live.folder / "products-1.json").read_bytes())
    assert live.load_products(2) is None


@pytest.mark.expected_log(r"^Catalog cache .* is (corrupt|unreadable)")
def test_an_unreadable_cache_is_absent(tmp_path: Path) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    (cache.folder / "categories.json").mkdir(parents=True)  # a folder where the file should be
    assert cache.load_categories() is None


@pytest.mark.parametrize("name", ["categories.json", "products-1.json"])
@pytest.mark.expected_log(r"^Catalog cache .* is corrupt; dropped")
def test_a_deeply_nested_cache_file_is_dropped_not_raised(tmp_path: Path, name: str) -> None:
    cache = CatalogCache(tmp_path, LIVE_URL)
    cache.save_categories(CATEGORIES, saved_at=T0)
    cache.save_products(PRODUCTS, saved_at=T0)
    path = cache.folder / name
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    loaded = cache.load_categories() if name == "categories.json" else cache.load_products(1)
    assert loaded is None  # the catalog then loads from the network, as with no cache
    assert not path.exists()  # dropped: not parsed again at every start
