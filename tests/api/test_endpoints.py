"""Every endpoint of the API page, against the sandbox over a real loopback socket."""

from __future__ import annotations

import inspect
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.api import (
    DEFAULT_TIMEOUT,
    LIVE_BASE_URL,
    USER_AGENT,
    Balance,
    CategoryList,
    CheckoutResult,
    Client,
    NotFound,
    Order,
    ProductList,
    Unauthorized,
)
from teleaccounthub.sandbox import SandboxServer
from tests.api.helpers import names

CATALOG = "/api/v1/catalog/securetd/categories"


async def test_categories(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url) as client:
        categories = await client.categories()
    assert isinstance(categories, CategoryList)
    assert categories.categories
    assert all(category.total_stock >= 0 for category in categories.categories)
    assert sandbox.requests[-1].path == CATALOG
    assert sandbox.requests[-1].headers["user-agent"] == USER_AGENT


async def test_products_have_exact_decimal_prices(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url) as client:
        products = await client.products(1)
    assert isinstance(products, ProductList)
    assert products.category_id == 1
    philippines = next(p for p in products.products if p.product_id == 56)
    assert philippines.retail_price_usd == Decimal("0.7245")
    assert isinstance(philippines.retail_price_usd, Decimal)
    assert philippines.dial_code == "+63"
    assert sandbox.requests[-1].path == f"{CATALOG}/1/products"


async def test_balance(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        balance = await client.balance()
    assert balance == Balance(Decimal("315.56"), "$315.56")


async def test_balance_without_key_raises_without_a_request(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url) as client:
        with pytest.raises(Unauthorized):
            await client.balance()
        with pytest.raises(Unauthorized):
            await client.order(74)
    assert sandbox.requests == []


async def test_checkout_order_and_download(sandbox: SandboxServer, tmp_path: Path) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        result = await client.checkout(56, 2, category_id=1)
        assert isinstance(result, CheckoutResult)
        assert result.charged_usd == Decimal("0.7245") * 2
        assert result.order.status == "processing"
        assert not result.order.download_ready
        assert sandbox.balance(sandbox.api_key) == Decimal("315.56") - Decimal("1.4490")

        sandbox.complete_order(result.order.id)
        order = await client.order(result.order.id)
        assert isinstance(order, Order)
        assert order.is_completed
        assert order.download_ready
        assert order.download_filename == f"order-{order.id}.zip"

        progress: list[tuple[int, int | None]] = []
        target = tmp_path / "order.zip"
        saved = await client.download(
            order.id, target, lambda done, total: progress.append((done, total))
        )
    assert saved == target
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    size = target.stat().st_size
    assert progress[0] == (0, size)
    assert progress[-1] == (size, size)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert names(tmp_path) == [target.name]
    checkout = [r for r in sandbox.requests if r.method == "POST"]
    assert len(checkout) == 1
    assert checkout[0].path == "/api/v1/securetd/checkout"


async def test_checkout_without_category(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        result = await client.checkout(56, 1)
    assert result.order.product_id == 56


async def test_new_key_applies_to_the_next_request(sandbox: SandboxServer) -> None:
    other = sandbox.add_key(Decimal("1.00"))
    async with Client(sandbox.url, sandbox.api_key) as client:
        assert (await client.balance()).balance_usd == Decimal("315.56")
        client.api_key = f"  {other}\n"
        assert client.api_key == other
        assert (await client.balance()).balance_usd == Decimal("1.00")
        client.api_key = ""
        assert client.api_key is None
        with pytest.raises(Unauthorized):
            await client.balance()
    assert sandbox.requests[-1].headers["authorization"] == f"Bearer {other}"


@pytest.mark.parametrize(
    ("given", "normalised"),
    [
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        ("  https://shop.example/api/  ", "https://shop.example/api"),
        (LIVE_BASE_URL + "/", LIVE_BASE_URL),
    ],
)
async def test_base_url_is_normalised(given: str, normalised: str) -> None:
    async with Client(given) as client:
        assert client.base_url == normalised


async def test_a_base_url_path_prefix_is_kept(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url + "/prefix/") as client:
        with pytest.raises(NotFound):  # the sandbox serves no /prefix: it answers 404
            await client.categories()
    assert sandbox.requests[-1].path == "/prefix" + CATALOG


def test_default_timeouts_are_connect_5_read_20() -> None:
    assert DEFAULT_TIMEOUT.connect == 5.0
    assert DEFAULT_TIMEOUT.read == 20.0
    assert inspect.signature(Client).parameters["timeout"].default is DEFAULT_TIMEOUT
