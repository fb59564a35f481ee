"""The catalog models back in the API's own JSON shape, with money as exact JSON numbers.

``json.dumps`` cannot write a ``Decimal`` as a number without going through ``float`` (which would
turn 0.7245 into whatever the nearest binary fraction prints as). ``dumps`` writes Decimals from
their own digits, so ``json.loads(dumps(x), parse_float=Decimal)`` gives back exactly ``x``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from teleaccounthub.api import CategoryList, ProductList


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


def dumps(value: Any) -> str:
    """JSON text of ``value``; ``Decimal`` becomes a JSON number with exactly its digits."""
    parts: list[str] = []
    _write(value, parts)
    return "".join(parts)


def loads(text: str) -> Any:
    """Parse JSON with every non-integer number as an exact ``Decimal``; NaN/Infinity refused."""
    return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _write(value: Any, parts: list[str]) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as a JSON number")
        parts.append(str(value))
    elif value is None or isinstance(value, bool | int | str):
        parts.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, Mapping):
        parts.append("{")
        for index, (key, item) in enumerate(value.items()):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
            parts.append(", " if index else "")
            parts.append(json.dumps(key, ensure_ascii=False))
            parts.append(": ")
            _write(item, parts)
        parts.append("}")
    elif isinstance(value, Sequence):
        parts.append("[")
        for index, item in enumerate(value):
            parts.append(", " if index else "")
            _write(item, parts)
        parts.append("]")
    else:
        raise TypeError(f"{type(value).__name__} cannot be written as JSON")
