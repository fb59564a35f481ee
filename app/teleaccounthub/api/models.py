"""Frozen models of the store's API responses, with the API's own field names.

Money is ``Decimal`` parsed exactly from the JSON text (0.7245 stays 0.7245). Unknown fields are
ignored; a missing or wrongly typed field raises ``UnexpectedResponse``. Every string is made valid
Unicode (lone surrogates become U+FFFD). In a list, an item that cannot be read is skipped and
counted (``skipped``), so one bad product does not hide its whole category.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from teleaccounthub.api.errors import ApiText, UnexpectedResponse
from teleaccounthub.api.text import valid_unicode

T = TypeVar("T")
log = logging.getLogger(__name__)

_DIAL_CODE = re.compile(r"\+\d{1,4}(?:[\s-]?\d{1,4})?")


# ``where`` and ``name`` are the API's own field names, shown as they are.
def _missing(where: str, name: str) -> UnexpectedResponse:
    return UnexpectedResponse(
        ApiText.tr("Unexpected response from the store: {where} has no {name}.").format(
            where=where, name=repr(name)
        )
    )


def _wrong_type(where: str, name: str, kind: str, got: str | None = None) -> UnexpectedResponse:
    if got is None:
        text = ApiText.tr("Unexpected response from the store: {field} should be {kind}.")
    else:
        text = ApiText.tr(
            "Unexpected response from the store: {field} should be {kind}, got {got}."
        )
    return UnexpectedResponse(text.format(field=f"{where}.{name}", kind=kind, got=got))


def _field(data: Mapping[str, Any], name: str, kind: type[T], *, where: str) -> T:
    if name not in data:
        raise _missing(where, name)
    value = data[name]
    # bool is an int in Python; the API never sends a bool where it promises a number.
    if isinstance(value, bool) and kind is not bool:
        raise _wrong_type(where, name, kind.__name__)
    if not isinstance(value, kind):
        raise _wrong_type(where, name, kind.__name__, type(value).__name__)
    if isinstance(value, str):
        return valid_unicode(value)  # type: ignore[return-value]  # T is str here
    return value


def _optional_str(data: Mapping[str, Any], name: str, *, where: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UnexpectedResponse(
            ApiText.tr("Unexpected response from the store: {field} should be a string.").format(
                field=f"{where}.{name}"
            )
        )
    return valid_unicode(value)


def _money(data: Mapping[str, Any], name: str, *, where: str) -> Decimal:
    if name not in data:
        raise _missing(where, name)
    value = data[name]
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise UnexpectedResponse(
            ApiText.tr("Unexpected response from the store: {field} should be a number.").format(
                field=f"{where}.{name}"
            )
        )
    result = Decimal(value)
    if not result.is_finite():
        raise UnexpectedResponse(
            ApiText.tr(
                "Unexpected response from the store: {field} is not a finite number."
            ).format(field=f"{where}.{name}")
        )
    return result


def _object(value: Any, *, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise UnexpectedResponse(
            ApiText.tr("Unexpected response from the store: {where} is not an object.").format(
                where=where
            )
        )
    return value


def _list(data: Mapping[str, Any], name: str, *, where: str) -> list[Any]:
    return _field(data, name, list, where=where)


def _readable_items(
    items: list[Any], parse: Callable[[Any], T], *, what: str
) -> tuple[tuple[T, ...], int]:
    """The items ``parse`` can read, and how many it could not (logged once for the list)."""
    kept: list[T] = []
    skipped = 0
    first: Exception | None = None
    for item in items:
        try:
            kept.append(parse(item))
        except Exception as error:  # any way an item can be broken: skip it, keep the rest
            skipped += 1
            first = first or error
    if skipped:
        log.warning(
            "%d of %d %s could not be read and were skipped (first: %s)",
            skipped,
            len(items),
            what,
            first,
        )
    return tuple(kept), skipped


def dial_code(product_name: str) -> str:
    """The dial code in a product name ("Philippines +63" → "+63"), or "" if it has none."""
    match = _DIAL_CODE.search(product_name)
    return match.group(0).replace(" ", "").replace("-", "") if match else ""


@dataclass(frozen=True, slots=True)
class Category:
    category_id: int
    category_name: str
    total_stock: int

    @classmethod
    def from_json(cls, value: Any) -> Category:
        data = _object(value, where="category")
        return cls(
            category_id=_field(data, "category_id", int, where="category"),
            category_name=_field(data, "category_name", str, where="category"),
            total_stock=_field(data, "total_stock", int, where="category"),
        )


@dataclass(frozen=True, slots=True)
class CategoryList:
    """The answer of ``GET /api/v1/catalog/securetd/categories``."""

    has_purchasable_products: bool
    message: str | None
    categories: tuple[Category, ...]
    skipped: int = 0  # categories in the answer that could not be read

    @classmethod
    def from_json(cls, value: Any) -> CategoryList:
        data = _object(value, where="response")
        categories, skipped = _readable_items(
            _list(data, "categories", where="response"), Category.from_json, what="categories"
        )
        return cls(
            has_purchasable_products=_field(
                data, "has_purchasable_products", bool, where="response"
            ),
            message=_optional_str(data, "message", where="response"),
            categories=categories,
            skipped=skipped,
        )


@dataclass(frozen=True, slots=True)
class Product:
    product_id: int
    product_name: str
    total_stock: int
    retail_price_usd: Decimal
    wallet_price: str
    wallet_unit_price: str

    @property
    def dial_code(self) -> str:
        return dial_code(self.product_name)

    @classmethod
    def from_json(cls, value: Any) -> Product:
        data = _object(value, where="product")
        return cls(
            product_id=_field(data, "product_id", int, where="product"),
            product_name=_field(data, "product_name", str, where="product"),
            total_stock=_field(data, "total_stock", int, where="product"),
            retail_price_usd=_money(data, "retail_price_usd", where="product"),
            wallet_price=_field(data, "wallet_price", str, where="product"),
            wallet_unit_price=_field(data, "wallet_unit_price", str, where="product"),
        )


@dataclass(frozen=True, slots=True)
class ProductList:
    """The answer of ``GET /api/v1/catalog/securetd/categories/{category_id}/products``."""

    category_id: int
    products: tuple[Product, ...]
    skipped: int = 0  # products in the answer that could not be read

    @classmethod
    def from_json(cls, value: Any) -> ProductList:
        data = _object(value, where="response")
        category_id = _field(data, "category_id", int, where="response")
        products, skipped = _readable_items(
            _list(data, "products", where="response"), Product.from_json, what="products"
        )
        return cls(category_id=category_id, products=products, skipped=skipped)


@dataclass(frozen=True, slots=True)
class Balance:
    balance_usd: Decimal
    balance_display: str

    @classmethod
    def from_json(cls, value: Any) -> Balance:
        data = _object(value, where="response")
        return cls(
            balance_usd=_money(data, "balance_usd", where="response"),
            balance_display=_field(data, "balance_display", str, where="response"),
        )


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    order_number: str
    status: str
    product_id: int
    product_name: str
    quantity: int
    download_ready: bool
    download_filename: str | None = None

    @property
    def is_completed(self) -> bool:
        return self.status == "completed"

    @classmethod
    def from_json(cls, value: Any) -> Order:
        data = _object(value, where="order")
        return cls(
            id=_field(data, "id", int, where="order"),
            order_number=_field(data, "order_number", str, where="order"),
            status=_field(data, "status", str, where="order"),
            product_id=_field(data, "product_id", int, where="order"),
            product_name=_field(data, "product_name", str, where="order"),
            quantity=_field(data, "quantity", int, where="order"),
            download_ready=_field(data, "download_ready", bool, where="order"),
            download_filename=_optional_str(data, "download_filename", where="order"),
        )


@dataclass(frozen=True, slots=True)
class CheckoutResult:
    """The answer of ``POST /api/v1/securetd/checkout``."""

    order: Order
    local_order_id: int
    charged_usd: Decimal
    charged_display: str

    @classmethod
    def from_json(cls, value: Any) -> CheckoutResult:
        data = _object(value, where="response")
        return cls(
            order=Order.from_json(data.get("order")),
            local_order_id=_field(data, "local_order_id", int, where="response"),
            charged_usd=_money(data, "charged_usd", where="response"),
            charged_display=_field(data, "charged_display", str, where="response"),
        )
