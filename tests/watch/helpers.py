"""Small pieces shared by the watch tests: a clock to move by hand, runs on the qasync loop,
and counts of the sandbox's products requests."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from decimal import Decimal
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot

from teleaccounthub.api import Product
from teleaccounthub.sandbox import SandboxServer
from tests.sandbox.helpers import client

T = TypeVar("T")

ASIA = 1
EUROPE = 12
PHILIPPINES = 56  # in ASIA: "Philippines +63", $0.7245, 15,242 in stock


class Clock:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def run(qtbot: QtBot, coro: Coroutine[Any, Any, T], timeout: int = 10_000) -> T:
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


def products_path(category_id: int) -> str:
    return f"/api/v1/catalog/securetd/categories/{category_id}/products"


def product_requests(sandbox: SandboxServer, category_id: int | None = None) -> int:
    """How many products requests reached the sandbox (of one category, or of any)."""
    if category_id is not None:
        return sum(1 for r in sandbox.requests if r.path == products_path(category_id))
    return sum(1 for r in sandbox.requests if r.path.endswith("/products"))


def listed(sandbox: SandboxServer, category_id: int, product_id: int | None = None) -> Product:
    """A product of ``category_id`` as the sandbox lists it now (the first, by default);
    read through a plain client and not counted by the tests that count requests."""
    with client(sandbox.url) as plain:
        data = json.loads(plain.get(products_path(category_id)).content, parse_float=Decimal)
    items = data["products"]
    item = (
        items[0] if product_id is None else next(i for i in items if i["product_id"] == product_id)
    )
    return Product.from_json(item)
