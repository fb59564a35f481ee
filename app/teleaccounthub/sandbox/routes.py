"""The sandbox's two web applications.

The main origin serves the API page's endpoints. The second origin stands in for the file host a
real store redirects downloads to: it serves ZIPs by signed link and needs no API key, so a client
that forwards its key there is caught by the request log.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from aiohttp import web
from aiohttp.typedefs import Middleware

from teleaccounthub.sandbox.checkout_input import parse_checkout
from teleaccounthub.sandbox.errors import SandboxHttpError
from teleaccounthub.sandbox.faults import Faults
from teleaccounthub.sandbox.middleware import apply_faults, json_errors, rate_limit, record_requests
from teleaccounthub.sandbox.ratelimit import RateLimiter
from teleaccounthub.sandbox.records import RequestLog
from teleaccounthub.sandbox.responses import ZipResponse, json_response
from teleaccounthub.sandbox.shop import ReadyOrder, Shop
from teleaccounthub.sandbox.zips import ZipCache

CATEGORIES = "/api/v1/catalog/securetd/categories"
PRODUCTS = "/api/v1/catalog/securetd/categories/{category_id:\\d+}/products"
BALANCE = "/api/v1/balance"
CHECKOUT = "/api/v1/securetd/checkout"
ORDER = "/api/v1/securetd/orders/{order_id:\\d+}"
DOWNLOAD = "/api/v1/securetd/orders/{order_id:\\d+}/download"
SECOND_ORIGIN_FILE = "/files/{order_id:\\d+}/{filename}"


@dataclass(slots=True)
class SandboxContext:
    shop: Shop
    faults: Faults
    requests: RequestLog
    zips: ZipCache
    second_port: int = 0  # set once the second origin listens
    link_secret: bytes = field(default_factory=lambda: secrets.token_bytes(32))

    def link_token(self, order_id: int) -> str:
        return hmac.new(self.link_secret, str(order_id).encode(), hashlib.sha256).hexdigest()


def build_main_app(context: SandboxContext, limiter: RateLimiter | None) -> web.Application:
    middlewares: list[Middleware] = [
        record_requests(context.requests, "main"),
        apply_faults(context.faults),
    ]
    if limiter is not None:
        middlewares.append(rate_limit(limiter))
    middlewares.append(json_errors)
    app = web.Application(middlewares=middlewares)
    api = _MainOrigin(context)
    app.router.add_get(CATEGORIES, api.categories)
    app.router.add_get(PRODUCTS, api.products)
    app.router.add_get(BALANCE, api.balance)
    app.router.add_post(CHECKOUT, api.checkout)
    app.router.add_get(ORDER, api.order)
    app.router.add_get(DOWNLOAD, api.download)
    return app


def build_second_app(context: SandboxContext) -> web.Application:
    app = web.Application(
        middlewares=[
            record_requests(context.requests, "second"),
            apply_faults(context.faults),
            json_errors,
        ]
    )
    app.router.add_get(SECOND_ORIGIN_FILE, _SecondOrigin(context).file)
    return app


class _MainOrigin:
    def __init__(self, context: SandboxContext) -> None:
        self._context = context
        self._shop = context.shop

    async def categories(self, request: web.Request) -> web.Response:
        return json_response(self._shop.categories())

    async def products(self, request: web.Request) -> web.Response:
        return json_response(self._shop.products(int(request.match_info["category_id"])))

    async def balance(self, request: web.Request) -> web.Response:
        key = self._shop.authenticate(request.headers.get("Authorization"))
        return json_response(self._shop.balance_of(key))

    async def checkout(self, request: web.Request) -> web.Response:
        key = self._shop.authenticate(request.headers.get("Authorization"))
        checkout = parse_checkout(await request.read())
        return json_response(self._shop.checkout(key, checkout))

    async def order(self, request: web.Request) -> web.Response:
        key = self._shop.authenticate(request.headers.get("Authorization"))
        return json_response(self._shop.order_status(key, int(request.match_info["order_id"])))

    async def download(self, request: web.Request) -> web.StreamResponse:
        key = self._shop.authenticate(request.headers.get("Authorization"))
        order = self._shop.ready_order(key, int(request.match_info["order_id"]))
        if self._context.faults.redirects_downloads:
            return web.Response(status=302, headers={"Location": self._link(request, order)})
        path = await self._context.zips.path_for(order)
        return ZipResponse(path, order.view.download_filename)

    def _link(self, request: web.Request, order: ReadyOrder) -> str:
        """A signed link on the second origin, at the host name the client used for this one."""
        url = (
            request.url.with_port(self._context.second_port)
            .with_path(f"/files/{order.view.id}/{order.view.download_filename}")
            .with_query(token=self._context.link_token(order.view.id))
        )
        return str(url)


class _SecondOrigin:
    def __init__(self, context: SandboxContext) -> None:
        self._context = context

    async def file(self, request: web.Request) -> web.StreamResponse:
        order_id = int(request.match_info["order_id"])
        token = request.query.get("token", "")
        if not hmac.compare_digest(token, self._context.link_token(order_id)):
            raise SandboxHttpError(403, "This download link is not valid.")
        order = self._context.shop.completed_order(order_id)
        if order is None or request.match_info["filename"] != order.view.download_filename:
            raise SandboxHttpError(404, "No such file.")
        path = await self._context.zips.path_for(order)
        return ZipResponse(path, order.view.download_filename)
