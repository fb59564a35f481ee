"""The sandbox store's catalog, generated deterministically from a seed.

Every region of ``regions.REGIONS`` becomes a category with one product per country plus a few
variants ("Philippines +63 (aged)"); prices have four decimals, some products are out of stock. An
optional "Bulk" category holds ``large_category_size`` products for tests of big tables, and an
optional "Huge" one ``huge_category_size`` (300,000 products make a 47 MB answer).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from teleaccounthub.sandbox.regions import (
    BULK_CATEGORY_ID,
    BULK_CATEGORY_NAME,
    HUGE_CATEGORY_ID,
    HUGE_CATEGORY_NAME,
    PINNED_PRODUCTS,
    REGIONS,
    VARIANTS,
)

_REGULAR_IDS = range(100, 9000)  # product ids of the regional categories (pinned ones aside)
_BULK_FIRST_ID = 100_001
_HUGE_FIRST_ID = 1_000_001  # after any Bulk category of up to 900,000 products
_ZERO_STOCK_SHARE = 0.12


@dataclass(slots=True)
class CatalogProduct:
    """One product. ``stock`` changes as orders are placed (guarded by the shop's lock)."""

    product_id: int
    category_id: int
    name: str
    dial_code: str
    price: Decimal  # retail_price_usd, four decimals
    stock: int


@dataclass(slots=True)
class CatalogCategory:
    category_id: int
    name: str
    products: list[CatalogProduct] = field(default_factory=list)

    @property
    def total_stock(self) -> int:
        return sum(product.stock for product in self.products)


@dataclass(slots=True)
class Catalog:
    categories: list[CatalogCategory]
    products: dict[int, CatalogProduct]

    def category(self, category_id: int) -> CatalogCategory | None:
        for category in self.categories:
            if category.category_id == category_id:
                return category
        return None


def generate_catalog(seed: int, large_category_size: int, huge_category_size: int = 0) -> Catalog:
    rng = random.Random(seed)
    pinned = {(pin.category_id, pin.country): pin for pin in PINNED_PRODUCTS}
    pinned_ids = {pin.product_id for pin in PINNED_PRODUCTS}
    free_ids = iter(rng.sample([i for i in _REGULAR_IDS if i not in pinned_ids], k=1000))
    categories: list[CatalogCategory] = []
    for region in REGIONS:
        category = CatalogCategory(region.category_id, region.name)
        for country, dial_code in region.countries:
            pin = pinned.get((region.category_id, country))
            if pin is None:
                product_id, price, stock = next(free_ids), _price(rng), _stock(rng)
            else:
                product_id, price, stock = pin.product_id, Decimal(pin.price), pin.stock
            base = f"{country} {dial_code}"
            category.products.append(
                CatalogProduct(product_id, region.category_id, base, dial_code, price, stock)
            )
            for variant in rng.sample(VARIANTS, k=rng.choice((0, 0, 1, 1, 2))):
                category.products.append(
                    CatalogProduct(
                        next(free_ids),
                        region.category_id,
                        f"{base} {variant}",
                        dial_code,
                        _price(rng),
                        _stock(rng),
                    )
                )
        _ensure_one_sold_out(category, rng, keep=pinned_ids)
        category.products.sort(key=lambda product: product.product_id)
        categories.append(category)
    if large_category_size:
        categories.append(
            _bulk_category(
                rng, BULK_CATEGORY_ID, BULK_CATEGORY_NAME, _BULK_FIRST_ID, large_category_size
            )
        )
    if huge_category_size:
        categories.append(
            _bulk_category(
                rng, HUGE_CATEGORY_ID, HUGE_CATEGORY_NAME, _HUGE_FIRST_ID, huge_category_size
            )
        )
    products = {p.product_id: p for category in categories for p in category.products}
    return Catalog(categories, products)


def _price(rng: random.Random) -> Decimal:
    """$0.0400 to $3.6000 in steps of $0.0001 (``random()`` is several times cheaper than
    ``randint`` and the Bulk category draws thousands)."""
    return Decimal(400 + int(rng.random() * 35_601)).scaleb(-4)


def _stock(rng: random.Random) -> int:
    if rng.random() < _ZERO_STOCK_SHARE:
        return 0
    return int(rng.lognormvariate(6.5, 1.6)) + 1


def _ensure_one_sold_out(category: CatalogCategory, rng: random.Random, keep: set[int]) -> None:
    """Every region shows at least one sold-out product, whatever the seed."""
    if any(product.stock == 0 for product in category.products):
        return
    candidates = [p for p in category.products if p.product_id not in keep]
    rng.choice(candidates).stock = 0


def _bulk_category(
    rng: random.Random, category_id: int, name: str, first_id: int, size: int
) -> CatalogCategory:
    countries = [country for region in REGIONS for country in region.countries]
    category = CatalogCategory(category_id, name)
    for index in range(size):
        country, dial_code = countries[index % len(countries)]
        stock = 0 if rng.random() < _ZERO_STOCK_SHARE else 1 + int(rng.random() * 900)
        category.products.append(
            CatalogProduct(
                first_id + index,
                category_id,
                f"{country} {dial_code} · lot {index + 1:05d}",
                dial_code,
                _price(rng),
                stock,
            )
        )
    return category
