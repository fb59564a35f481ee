"""The cache's JSON: exact Decimals, written in pieces and read value by value when big."""

from __future__ import annotations

from decimal import Decimal

from teleaccounthub.api import Product, ProductList
from teleaccounthub.local import catalog_json


def big_list(count: int) -> ProductList:
    return ProductList(
        7,
        tuple(
            Product(i, f"Lot {i} · ✓", i % 50, Decimal("0.7245"), "$0.72", "$0.72")
            for i in range(count)
        ),
    )


def test_a_big_category_is_written_in_pieces_that_join_to_the_whole_document() -> None:
    document = catalog_json.products_to_json(big_list(5_000))
    chunks = list(catalog_json.dump_chunks(document))
    assert len(chunks) > 5
    assert max(len(c) for c in chunks) < 2 * catalog_json.CHUNK_CHARS
    assert catalog_json.loads("".join(chunks)) == document  # Decimals back exactly


def test_a_big_category_reads_back_exactly() -> None:
    products = big_list(5_000)
    text = "".join(catalog_json.dump_chunks(catalog_json.products_to_json(products)))
    assert len(text) > 64 * 1024  # read value by value, not in one json.loads
    again = ProductList.from_json(catalog_json.loads(text.encode("utf-8")))
    assert again == products
    assert again.products[3].retail_price_usd == Decimal("0.7245")
