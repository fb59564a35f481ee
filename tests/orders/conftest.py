"""The orders feature's components wired to a real client, order book and sandbox store."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client, Product
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.checkout import CheckoutService
from teleaccounthub.services.downloads import DownloadService
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.tasks import TaskOwner
from tests.fixtures.gui import FAST_POLLING

T = TypeVar("T")


CHECKOUT_PATH = "/api/v1/securetd/checkout"
ORDER_PATHS = "/api/v1/securetd/orders/*"
DOWNLOAD_PATHS = "/api/v1/securetd/orders/*/download"


def posts(sandbox: SandboxServer) -> int:
    """How many checkouts reached the sandbox."""
    return sum(1 for r in sandbox.requests if r.method == "POST" and r.path == CHECKOUT_PATH)


def order_gets(sandbox: SandboxServer, order_id: int) -> int:
    path = f"/api/v1/securetd/orders/{order_id}"
    return sum(1 for r in sandbox.requests if r.method == "GET" and r.path == path)


def context_of(
    client: Client, book: OrderBook, account: AccountRef, tasks: TaskOwner
) -> tuple[OrderContext, list[str]]:
    """A context for one fixed client and account, and the 401s reported through it."""
    refused: list[str] = []
    return OrderContext(lambda: client, book, lambda: account, tasks, refused.append), refused


def run(qtbot: QtBot, coro: Coroutine[Any, Any, T], timeout: int = 10_000) -> T:
    """Run a coroutine on the qasync loop while Qt events are processed; return its result."""
    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=timeout)
    return task.result()


@dataclass
class Rig:
    """Every orders service of one session, as the app wires them."""

    sandbox: SandboxServer
    data_dir: Path
    client: Client
    book: OrderBook
    account: AccountRef
    tasks: TaskOwner
    context: OrderContext
    #: What the services reported as a refused key (the session's ``report_unauthorized``).
    unauthorized: list[str]
    tracker: OrderTracker
    checkout: CheckoutService
    downloads: DownloadService
    balance_refreshes: list[str] = field(default_factory=list)
    category_refreshes: list[int] = field(default_factory=list)
    on_balance_refresh: list[Callable[[], None]] = field(default_factory=list)

    def product(self, qtbot: QtBot, product_id: int, category_id: int) -> Product:
        """The product as the store lists it now."""
        listing = run(qtbot, self.client.products(category_id))
        return next(p for p in listing.products if p.product_id == product_id)


def make_client(base_url: str, api_key: str | None) -> Client:
    return Client(base_url, api_key, timeout=5.0, max_retries=0)


def build_rig(
    qtbot: QtBot, sandbox: SandboxServer, data_dir: Path, api_key: str, client: Client
) -> Rig:
    book = OrderBook(data_dir / "orders.sqlite3")
    account = AccountRef.from_key(sandbox.url, api_key)
    tasks = TaskOwner("orders-test")
    context, unauthorized = context_of(client, book, account, tasks)
    tracker = OrderTracker(context, policy=FAST_POLLING)
    rig_ref: list[Rig] = []

    def refresh_balance() -> None:
        rig_ref[0].balance_refreshes.append("balance")
        for hook in rig_ref[0].on_balance_refresh:
            hook()

    def refresh_category(category_id: int) -> None:
        rig_ref[0].category_refreshes.append(category_id)

    checkout = CheckoutService(
        context,
        tracker=tracker,
        refresh_balance=refresh_balance,
        refresh_category=refresh_category,
    )
    downloads = DownloadService(context)
    rig = Rig(
        sandbox,
        data_dir,
        client,
        book,
        account,
        tasks,
        context,
        unauthorized,
        tracker,
        checkout,
        downloads,
    )
    rig_ref.append(rig)
    return rig


def close_rig(qtbot: QtBot, rig: Rig) -> None:
    run(qtbot, rig.tasks.aclose())
    run(qtbot, rig.client.aclose())
    rig.book.close()


RigFactory = Callable[..., Rig]


@pytest.fixture
def rig_factory(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> Iterator[RigFactory]:
    """``rig_factory(api_key=None, data_dir=None)``: services for a key (default: the demo key)."""
    rigs: list[Rig] = []

    def make(api_key: str | None = None, data_dir: Path | None = None) -> Rig:
        key = api_key or sandbox.api_key
        client = make_client(sandbox.url, key)
        rig = build_rig(qtbot, sandbox, data_dir or tmp_path / "data", key, client)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        close_rig(qtbot, rig)


@pytest.fixture
def rig(rig_factory: RigFactory) -> Rig:
    return rig_factory()
