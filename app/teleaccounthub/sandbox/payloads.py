"""The JSON objects of the API page, field for field and in the page's order."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from teleaccounthub.sandbox.catalog import CatalogCategory, CatalogProduct
from teleaccounthub.sandbox.money import display


@dataclass(frozen=True, slots=True)
class OrderView:
    """An order as the API shows it at one moment."""

    id: int
    order_number: str
    completed: bool
    product_id: int
    product_name: str
    quantity: int

    @property
    def download_filename(self) -> str:
        return f"order-{self.id}.zip"


def category(item: CatalogCategory) -> dict[str, Any]:
    return {
        "category_id": item.category_id,
        "category_name": item.name,
        "total_stock": item.total_stock,
    }


def category_list(categories: list[CatalogCategory], message: str | None) -> dict[str, Any]:
    items = [category(item) for item in categories]
    return {
        "ok": True,
        "has_purchasable_products": any(item["total_stock"] > 0 for item in items),
        "message": message,
        "categories": items,
    }


def product(item: CatalogProduct) -> dict[str, Any]:
    price = display(item.price)
    return {
        "product_id": item.product_id,
        "product_name": item.name,
        "total_stock": item.stock,
        "retail_price_usd": item.price,
        "wallet_price": price,
        "wallet_unit_price": price,
    }


def product_list(item: CatalogCategory) -> dict[str, Any]:
    return {
        "ok": True,
        "category_id": item.category_id,
        "products": [product(p) for p in item.products],
    }


def balance(amount: Decimal) -> dict[str, Any]:
    return {"ok": True, "balance_usd": amount, "balance_display": display(amount)}


def order(view: OrderView) -> dict[str, Any]:
    """The order object; only a completed order has ``download_filename``."""
    body: dict[str, Any] = {
        "id": view.id,
        "order_number": view.order_number,
        "status": "completed" if view.completed else "processing",
        "product_id": view.product_id,
        "product_name": view.product_name,
        "quantity": view.quantity,
        "download_ready": view.completed,
    }
    if view.completed:
        body["download_filename"] = view.download_filename
    return body


def order_status(view: OrderView) -> dict[str, Any]:
    return {"ok": True, "order": order(view)}


def checkout(view: OrderView, local_order_id: int, charged: Decimal) -> dict[str, Any]:
    return {
        "ok": True,
        "order": order(view),
        "local_order_id": local_order_id,
        "charged_usd": charged,
        "charged_display": display(charged),
    }
