"""The catalog models back in the API's own JSON shape, with money as exact JSON numbers.

``json.dumps`` cannot write a ``Decimal`` as a number without going through ``float`` (which would
turn 0.7245 into whatever the nearest binary fraction prints as). ``dump_chunks`` writes Decimals
from their own digits, so ``loads("".join(dump_chunks(x)))`` gives back exactly ``x``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from teleaccounthub.api import CategoryList, ProductList
from teleaccounthub.api.json_text import decode_json


def categories_to_json(categories: CategoryList) -> dict[str, Any]:
    """The answer of ``GET …/categories`` that ``CategoryList.from_json`` reads back."""
    return {
        "ok": True,
        "has_purchasable_products": categories.has_purchasable_products,
        "message": categories.message,
        "categories": [
            {
                "category_id": c.category_id,
                "category_name": c.category_name,
                "total_stock": c.total_stock,
            }
            for c in categories.categories
        ],
    }


def products_to_json(products: ProductList) -> dict[str, Any]:
    """The answer of ``GET …/products`` that ``ProductList.from_json`` reads back."""
    return {
        "ok": True,
        "category_id": products.category_id,
        "products": [
            {
                "product_id": p.product_id,
                "product_name": p.product_name,
                "total_stock": p.total_stock,
                "retail_price_usd": p.retail_price_usd,
                "wallet_price": p.wallet_price,
                "wallet_unit_price": p.wallet_unit_price,
            }
            for p in products.products
        ],
    }


# ``dump_chunks`` yields pieces of about this many characters.
CHUNK_CHARS = 16 * 1024


def dump_chunks(value: Any) -> Iterator[str]:
    """JSON text of ``value`` (``Decimal`` as a JSON number with exactly its digits), in pieces
    of about ``CHUNK_CHARS``: writing a 300,000-product category never
    holds the GIL for one long join or encode (the cache is written on a worker thread while
    the GUI thread paints)."""
    parts: list[str] = []
    size = 0
    for part in _parts(value):
        parts.append(part)
        size += len(part)
        if size >= CHUNK_CHARS:
            yield "".join(parts)
            parts, size = [], 0
    if parts:
        yield "".join(parts)


def loads(text: str | bytes) -> Any:
    """Parse JSON with every non-integer number as an exact ``Decimal``; NaN/Infinity refused.

    Large documents are decoded value by value (``api.json_text.decode_json``), so reading a
    big cached category on a worker thread does not stall the GUI thread for the whole parse.
    """
    body = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return decode_json(body)


def _parts(value: Any) -> Iterator[str]:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as a JSON number")
        yield str(value)
    elif value is None or isinstance(value, bool | int | str):
        yield json.dumps(value, ensure_ascii=False)
    elif isinstance(value, Mapping):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
            yield ", " if index else ""
            yield json.dumps(key, ensure_ascii=False)
            yield ": "
            yield from _parts(item)
        yield "}"
    elif isinstance(value, Sequence):
        yield "["
        for index, item in enumerate(value):
            yield ", " if index else ""
            yield from _parts(item)
        yield "]"
    else:
        raise TypeError(f"{type(value).__name__} cannot be written as JSON")
