"""The sandbox's control endpoint, outside the API's paths: restock or reprice a product.

``POST /sandbox/control/products/{product_id}`` with ``{"stock": 25}``, ``{"price": "0.35"}`` or
both answers the product as the API now lists it. Only from loopback; nothing under ``/api/``
changes shape. A person uses it with curl (README, "Sandbox"), a test with
``SandboxServer.set_stock`` / ``set_price``.
"""

from __future__ import annotations

import ipaddress
import json
from decimal import Decimal, InvalidOperation
from typing import Any

from aiohttp import web

from teleaccounthub.sandbox.errors import SandboxHttpError
from teleaccounthub.sandbox.responses import json_response
from teleaccounthub.sandbox.shop import Shop

CONTROL_PRODUCT = "/sandbox/control/products/{product_id:\\d+}"
MAX_BODY = 4096
MAX_STOCK = 10_000_000
MAX_PRICE = Decimal("1000000")


def add_control_routes(app: web.Application, shop: Shop) -> None:
    app.router.add_post(CONTROL_PRODUCT, _Control(shop).product)


class _Control:
    def __init__(self, shop: Shop) -> None:
        self._shop = shop

    async def product(self, request: web.Request) -> web.Response:
        if not _from_loopback(request.remote):
            raise SandboxHttpError(403, "The sandbox control answers only this computer.")
        product_id = int(request.match_info["product_id"])
        body = await request.content.read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            raise SandboxHttpError(413, "The request body is too large.")
        stock, price = _changes(body)
        try:
            if stock is not None:
                self._shop.set_stock(product_id, stock)
            if price is not None:
                self._shop.set_price(product_id, price)
            return json_response({"ok": True, "product": self._shop.product(product_id)})
        except KeyError:
            raise SandboxHttpError(404, f"Product {product_id} does not exist.") from None


def _from_loopback(remote: str | None) -> bool:
    try:
        return remote is not None and ipaddress.ip_address(remote).is_loopback
    except ValueError:
        return False


def _changes(body: bytes) -> tuple[int | None, Decimal | None]:
    try:
        data: Any = json.loads(body.decode("utf-8"), parse_float=Decimal)
    except ValueError:
        raise SandboxHttpError(400, 'Send JSON like {"stock": 25} or {"price": "0.35"}.') from None
    if not isinstance(data, dict) or not ({"stock", "price"} & data.keys()):
        raise SandboxHttpError(400, 'Send "stock" (a whole number), "price" (text), or both.')
    stock, price = data.get("stock"), data.get("price")
    if stock is not None and (
        isinstance(stock, bool) or not isinstance(stock, int) or not 0 <= stock <= MAX_STOCK
    ):
        raise SandboxHttpError(400, f'"stock" must be a whole number from 0 to {MAX_STOCK}.')
    if price is None:
        return stock, None
    try:
        amount = Decimal(price) if isinstance(price, str) else None
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_PRICE:
        raise SandboxHttpError(400, f'"price" must be text like "0.35", from 0 to {MAX_PRICE}.')
    return stock, amount
