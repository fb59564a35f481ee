"""The body of ``POST /api/v1/securetd/checkout``, checked the way the page describes it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from teleaccounthub.sandbox.errors import SandboxHttpError


@dataclass(frozen=True, slots=True)
class CheckoutRequest:
    product_id: int
    quantity: int
    category_id: int | None


def parse_checkout(body: bytes) -> CheckoutRequest:
    """The checkout fields, or ``SandboxHttpError`` 400 naming what is wrong."""
    try:
        data = json.loads(body.decode("utf-8"), parse_float=Decimal)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SandboxHttpError(400, "The request body must be a JSON object.") from None
    if not isinstance(data, dict):
        raise SandboxHttpError(400, "The request body must be a JSON object.")
    category_id = data.get("category_id")
    if category_id is not None and not _is_integer(category_id):
        raise SandboxHttpError(400, "category_id must be an integer.")
    return CheckoutRequest(
        product_id=_positive_integer(data, "product_id"),
        quantity=_positive_integer(data, "quantity"),
        category_id=category_id,
    )


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _positive_integer(data: dict[str, Any], name: str) -> int:
    if name not in data or data[name] is None:
        raise SandboxHttpError(400, f"{name} is required.")
    value = data[name]
    if not _is_integer(value) or value < 1:
        raise SandboxHttpError(400, f"{name} must be a positive integer.")
    assert isinstance(value, int)
    return value
