"""Checkout: input and key checks, stock and balance reservation, orders and their completion."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import httpx
import pytest

from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from tests.sandbox.helpers import (
    BALANCE,
    CHECKOUT,
    PAGE_CHECKOUT_BODY,
    assert_error,
    client,
    download,
    exact,
    order,
    products,
    wait_until,
)

NIGERIA = 2281  # $0.2990, category 86


@pytest.fixture(scope="module")
def unchanged() -> Iterator[SandboxServer]:
    """One server for the many requests that must change nothing (each test checks it didn't)."""
    with SandboxServer(SandboxConfig(large_category_size=0)) as server:
        yield server


@pytest.fixture
def unchanged_api(unchanged: SandboxServer) -> Iterator[httpx.Client]:
    with client(unchanged.url, unchanged.api_key) as authorized:
        yield authorized


def stock_of(api: httpx.Client, category_id: int, product_id: int) -> int:
    listed = api.get(products(category_id)).json()["products"]
    stock: int = next(p["total_stock"] for p in listed if p["product_id"] == product_id)
    return stock


def category_stock(api: httpx.Client, category_id: int) -> int:
    categories = api.get("/api/v1/catalog/securetd/categories").json()["categories"]
    stock: int = next(c["total_stock"] for c in categories if c["category_id"] == category_id)
    return stock


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        (b"not json", "JSON"),
        (b"[1, 2]", "JSON object"),
        (b"\xff\xfe", "JSON"),
        (json.dumps({"quantity": 1}).encode(), "product_id is required"),
        (json.dumps({"product_id": NIGERIA}).encode(), "quantity is required"),
        (json.dumps({"product_id": str(NIGERIA), "quantity": 1}).encode(), "product_id"),
        (json.dumps({"product_id": 2281.0, "quantity": 1}).encode(), "product_id"),
        (json.dumps({"product_id": True, "quantity": 1}).encode(), "product_id"),
        (json.dumps({"product_id": NIGERIA, "quantity": True}).encode(), "quantity"),
        (json.dumps({"product_id": NIGERIA, "quantity": 0}).encode(), "quantity"),
        (json.dumps({"product_id": NIGERIA, "quantity": -2}).encode(), "quantity"),
        (json.dumps({"product_id": NIGERIA, "quantity": 1.5}).encode(), "quantity"),
        (json.dumps({"product_id": NIGERIA, "quantity": None}).encode(), "quantity"),
        (json.dumps({"product_id": NIGERIA, "quantity": 1, "category_id": "86"}).encode(), "cat"),
        (json.dumps({"product_id": NIGERIA, "quantity": 1, "category_id": False}).encode(), "cat"),
    ],
)
def test_invalid_input_is_400_and_charges_nothing(
    unchanged: SandboxServer, unchanged_api: httpx.Client, body: bytes, mentions: str
) -> None:
    before = stock_of(unchanged_api, 86, NIGERIA)
    headers = {"Content-Type": "application/json"}
    response = unchanged_api.post(CHECKOUT, content=body, headers=headers)
    assert mentions in assert_error(response, 400, "BAD_REQUEST")
    assert unchanged.balance(unchanged.api_key) == Decimal("315.56")
    assert stock_of(unchanged_api, 86, NIGERIA) == before


def test_category_id_is_optional_and_may_be_null(api: httpx.Client) -> None:
    assert api.post(CHECKOUT, json={"product_id": NIGERIA, "quantity": 1}).status_code == 200
    body = {"product_id": NIGERIA, "quantity": 1, "category_id": None}
    assert api.post(CHECKOUT, json=body).status_code == 200


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer tgsk_not_a_key", "Basic dXNlcjpwYXNz", "tgsk_demo_without_scheme"],
)
def test_a_missing_or_wrong_key_is_401_before_anything_else(
    unchanged: SandboxServer, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"Authorization": authorization}
    with client(unchanged.url) as anonymous:
        anonymous.headers.update(headers)
        for response in (
            anonymous.get(BALANCE),
            anonymous.post(CHECKOUT, json=PAGE_CHECKOUT_BODY),
            anonymous.post(CHECKOUT, content=b"not json"),
            anonymous.get(order(74)),
            anonymous.get(download(74)),
        ):
            assert_error(response, 401, "UNAUTHORIZED")
            assert response.headers["www-authenticate"] == "Bearer"
    assert unchanged.balance(unchanged.api_key) == Decimal("315.56")


def test_the_bearer_scheme_is_case_insensitive(
    sandbox: SandboxServer, anonymous: httpx.Client
) -> None:
    response = anonymous.get(BALANCE, headers={"Authorization": f"bearer {sandbox.api_key}"})
    assert response.status_code == 200


def test_unavailable_products_are_422(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.set_stock(NIGERIA, 0)
    no_longer = "This product is no longer available."
    for body in (
        {"product_id": 999_999, "quantity": 1},
        {"product_id": NIGERIA, "quantity": 1},
        {"product_id": 56, "quantity": 1, "category_id": 86},  # 56 is in category 1
    ):
        assert assert_error(api.post(CHECKOUT, json=body), 422, "invalid_product") == no_longer
    sandbox.set_stock(NIGERIA, 3)
    message = assert_error(
        api.post(CHECKOUT, json={"product_id": NIGERIA, "quantity": 4}), 422, "invalid_product"
    )
    assert "3 left" in message
    assert sandbox.balance(sandbox.api_key) == Decimal("315.56")
    assert stock_of(api, 86, NIGERIA) == 3


def test_insufficient_balance_is_402_with_the_amount_needed(
    sandbox: SandboxServer, anonymous: httpx.Client
) -> None:
    key = sandbox.add_key(Decimal("1.00"))
    headers = {"Authorization": f"Bearer {key}"}
    body = {"product_id": NIGERIA, "quantity": 4}  # 4 × 0.2990 = 1.196
    message = assert_error(
        anonymous.post(CHECKOUT, json=body, headers=headers), 402, "INSUFFICIENT_BALANCE"
    )
    assert "$1.20" in message  # the cost
    assert "$1.00" in message  # the balance
    assert "$0.20" in message  # what to add: 0.196 rounded up
    assert sandbox.balance(key) == Decimal("1.00")
    body["quantity"] = 3  # 0.897 fits
    assert anonymous.post(CHECKOUT, json=body, headers=headers).status_code == 200
    assert sandbox.balance(key) == Decimal("0.103")


def test_checkout_reserves_stock_and_balance_exactly(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    stock, total = stock_of(api, 1, 56), category_stock(api, 1)
    first = exact(api.post(CHECKOUT, json={"product_id": 56, "quantity": 3, "category_id": 1}))
    assert first["charged_usd"] == Decimal("2.1735")
    assert stock_of(api, 1, 56) == stock - 3
    assert category_stock(api, 1) == total - 3
    second = exact(api.post(CHECKOUT, json={"product_id": 2290, "quantity": 1}))
    assert second["charged_usd"] == Decimal("0.125")
    assert second["charged_display"] == "$0.13"
    assert sandbox.balance(sandbox.api_key) == Decimal("315.56") - Decimal("2.2985")
    assert exact(api.get(BALANCE))["balance_usd"] == Decimal("313.2615")
    assert [first["order"]["id"], second["order"]["id"]] == [74, 75]
    assert [first["local_order_id"], second["local_order_id"]] == [376, 377]
    assert second["order"]["order_number"] == "10095"
    assert second["order"]["quantity"] == 1


def test_concurrent_checkouts_never_oversell(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.set_stock(NIGERIA, 5)
    body = {"product_id": NIGERIA, "quantity": 1}
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(lambda _: api.post(CHECKOUT, json=body).status_code, range(12)))
    assert sorted(statuses) == [200] * 5 + [422] * 7
    assert stock_of(api, 86, NIGERIA) == 0
    assert sandbox.balance(sandbox.api_key) == Decimal("315.56") - 5 * Decimal("0.2990")


def test_someone_elses_order_is_not_found(sandbox: SandboxServer, anonymous: httpx.Client) -> None:
    mine = {"Authorization": f"Bearer {sandbox.api_key}"}
    theirs = {"Authorization": f"Bearer {sandbox.add_key(Decimal('5'))}"}
    order_id = anonymous.post(CHECKOUT, json=PAGE_CHECKOUT_BODY, headers=mine).json()["order"]["id"]
    sandbox.complete_order(order_id)
    assert anonymous.get(order(order_id), headers=mine).status_code == 200
    assert_error(anonymous.get(order(order_id), headers=theirs), 404, "NOT_FOUND")
    assert_error(anonymous.get(download(order_id), headers=theirs), 404, "NOT_FOUND")
    assert_error(anonymous.get(order(order_id + 1), headers=mine), 404, "NOT_FOUND")


def test_order_completes_after_the_delay(sandbox: SandboxServer, api: httpx.Client) -> None:
    placed = time.monotonic()
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    first: dict[str, Any] = api.get(order(74)).json()["order"]
    assert (first["status"], first["download_ready"]) == ("processing", False)
    wait_until(lambda: api.get(order(74)).json()["order"]["status"] == "completed")
    assert time.monotonic() - placed >= sandbox.config.order_delay
    done = api.get(order(74)).json()["order"]
    assert done["download_ready"] is True
    assert done["download_filename"] == "order-74.zip"


def test_complete_order_finishes_an_order_now() -> None:
    config = SandboxConfig(order_delay=3600, large_category_size=0)
    with SandboxServer(config) as server, client(server.url, server.api_key) as api:
        api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
        assert api.get(order(74)).json()["order"]["status"] == "processing"
        server.complete_order(74)
        assert api.get(order(74)).json()["order"]["status"] == "completed"
        with pytest.raises(KeyError):
            server.complete_order(75)
