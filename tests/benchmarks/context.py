"""What every benchmark gets: sizes, a sandbox store of their size, a rich key, a work folder.

The sandbox runs in this (the harness's) process, on a thread; everything measured runs in child
processes, so the store's work never competes with the app's event loop for a GIL. Orders stay
"processing" until a benchmark completes them (``order_delay`` is an hour).
"""

from __future__ import annotations

import asyncio
import itertools
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import httpx

from teleaccounthub.api import CheckoutResult, Client, Order, Product
from teleaccounthub.local import AccountRef, DataDir, OrderBook
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.sandbox.regions import BULK_CATEGORY_ID, HUGE_CATEGORY_ID
from tests.benchmarks.processes import REPO, child_env, python
from tests.benchmarks.sizes import Sizes

ORDER_DELAY = 3600.0
RICH_BALANCE = Decimal("100000.00")


@dataclass(slots=True)
class BenchContext:
    sizes: Sizes
    server: SandboxServer
    api_key: str
    workdir: Path
    _names: Iterator[int]

    @property
    def base_url(self) -> str:
        return self.server.url

    @property
    def bulk_category_id(self) -> int:
        return BULK_CATEGORY_ID

    @property
    def huge_category_id(self) -> int:
        return HUGE_CATEGORY_ID

    def products_url(self, category_id: int) -> str:
        return f"{self.base_url}/api/v1/catalog/securetd/categories/{category_id}/products"

    @property
    def account(self) -> AccountRef:
        return AccountRef.from_key(self.base_url, self.api_key)

    def env(self, extra: Mapping[str, str] | None = None) -> dict[str, str]:
        return child_env(self.workdir, extra)

    def folder(self, name: str) -> Path:
        """A new empty folder under the work folder (a fresh data dir, a download target)."""
        path = self.workdir / f"{name}-{next(self._names)}"
        path.mkdir(parents=True)
        return path

    def discard(self, path: Path) -> None:
        shutil.rmtree(path, ignore_errors=True)

    def place_orders(self, count: int) -> list[CheckoutResult]:
        """``count`` checkouts of one unit of a well-stocked product, through the real client."""
        return asyncio.run(_place_orders(self.base_url, self.api_key, count))

    def seed_order_book(self, data_dir: Path, results: list[CheckoutResult]) -> None:
        """Write checkouts into the order book of ``data_dir`` as the app would have."""
        with OrderBook(DataDir(data_dir).orders_db) as book:
            for result in results:
                book.record_checkout(self.account, result)

    def completed_order(self, data_dir: Path | None = None) -> int:
        """Place an order and complete it; with ``data_dir``, also put it (completed) in that
        data dir's order book, as if the app had placed and polled it."""
        (result,) = self.place_orders(1)
        self.server.complete_order(result.order.id)
        order = asyncio.run(_fetch_order(self.base_url, self.api_key, result.order.id))
        if data_dir is not None:
            with OrderBook(DataDir(data_dir).orders_db) as book:
                book.record_checkout(self.account, result)
                book.update_from_server(self.account, order)
        return order.id

    def download_url(self, order_id: int) -> str:
        return f"{self.base_url}/api/v1/securetd/orders/{order_id}/download"

    def auth_header(self) -> str:
        return f"Authorization: Bearer {self.api_key}"

    def warm_download(self, order_id: int) -> None:
        """Fetch the order's ZIP once and drop it: the sandbox builds it on the first request,
        and its file is in the page cache for every measured download after."""
        headers = {"Authorization": f"Bearer {self.api_key}"}
        with httpx.stream("GET", self.download_url(order_id), headers=headers) as response:
            response.raise_for_status()
            for _chunk in response.iter_raw(1 << 20):
                pass


@contextmanager
def bench_context(sizes: Sizes) -> Iterator[BenchContext]:
    config = SandboxConfig(
        order_delay=ORDER_DELAY,
        zip_size=sizes.zip_bytes,
        large_category_size=sizes.category_products,
        huge_category_size=sizes.huge_category_products,
        seed=1,
    )
    workdir = Path(tempfile.mkdtemp(prefix="teleaccounthub-bench-"))
    try:
        with SandboxServer(config) as server:
            key = server.add_key(RICH_BALANCE)
            context = BenchContext(sizes, server, key, workdir, itertools.count(1))
            warm_bytecode(context)
            yield context
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


#: Everything the measured processes import, lazily imported modules included.
MODULES = (
    "teleaccounthub.startup",
    "teleaccounthub.sandbox",
    "teleaccounthub.local.keyring_store",
    "teleaccounthub.ui.orders.feature",
    "anyio._backends._asyncio",
    "PySide6.QtTest",
    "tests.benchmarks.download_probe",
    "tests.benchmarks.fetch_probe",
    "tests.benchmarks.responsiveness_probe",
    "tests.benchmarks.table_probe",
    "tests.benchmarks.search_probe",
)


def warm_bytecode(ctx: BenchContext) -> None:
    """Import every module once in a child, so its bytecode is cached before anything is timed
    (the first run on a machine compiles them; later runs find them compiled)."""
    subprocess.run(
        [*python("-c", f"import {', '.join(MODULES)}")],
        env=ctx.env(),
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=300,
    )


async def _place_orders(base_url: str, api_key: str, count: int) -> list[CheckoutResult]:
    async with Client(base_url, api_key) as client:
        product, category_id = await _well_stocked(client)
        return [
            await client.checkout(product.product_id, 1, category_id=category_id)
            for _ in range(count)
        ]


async def _well_stocked(client: Client) -> tuple[Product, int]:
    """The product with the most stock outside the Bulk and Huge categories, and its category."""
    best: tuple[Product, int] | None = None
    for category in (await client.categories()).categories:
        if category.category_id in (BULK_CATEGORY_ID, HUGE_CATEGORY_ID):
            continue
        for product in (await client.products(category.category_id)).products:
            if best is None or product.total_stock > best[0].total_stock:
                best = (product, category.category_id)
    if best is None:
        raise RuntimeError("the sandbox has no product to buy")
    return best


async def _fetch_order(base_url: str, api_key: str, order_id: int) -> Order:
    async with Client(base_url, api_key) as client:
        return await client.order(order_id)
