"""A generated catalog like the sandbox's Bulk category: every country's dial code, repeated
names, sold-out rows, prices to the ten-thousandth."""

from __future__ import annotations

import random
from decimal import Decimal

from teleaccounthub.api import Product
from teleaccounthub.sandbox.regions import REGIONS

VARIANTS = ("", " (aged)", " · lot {n:05d}", " Business", " eSIM · lot {n:05d}")


def generated_products(count: int, seed: int = 7) -> list[Product]:
    rng = random.Random(seed)
    countries = [country for region in REGIONS for country in region.countries]
    products = []
    for number in range(count):
        country, dial_code = countries[number % len(countries)]
        variant = rng.choice(VARIANTS).format(n=number)
        price = Decimal(400 + rng.randrange(35_601)).scaleb(-4)
        shown = f"${price.quantize(Decimal('0.01'))}"
        stock = 0 if rng.random() < 0.15 else rng.randrange(1, 5_000)
        name = f"{country} {dial_code}{variant}"
        products.append(Product(10_000 + number, name, stock, price, shown, shown))
    return products
