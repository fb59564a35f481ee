"""Each failure maps to its error class, carrying the server's error code and message."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.api import (
    ApiError,
    BadRequest,
    Client,
    InsufficientBalance,
    InvalidProduct,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    UnexpectedResponse,
)
from teleaccounthub.sandbox import SandboxServer
from tests.api.helpers import names
from tests.api.scripted_server import Reply, ScriptedServer

CATEGORIES = "/api/v1/catalog/securetd/categories"
BALANCE = "/api/v1/balance"


# ---- the documented errors, as the sandbox gives them


async def test_400_bad_request(sandbox: SandboxServer, tmp_path: Path) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        result = await client.checkout(56, 1)
        with pytest.raises(BadRequest) as caught:  # the order is not completed yet
            await client.download(result.order.id, tmp_path / "early.zip")
    assert caught.value.status_code == 400
    assert caught.value.error == "BAD_REQUEST"
    assert "ready" in caught.value.message
    assert names(tmp_path) == []


async def test_401_unauthorized(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, "tgsk_not_a_key") as client:
        with pytest.raises(Unauthorized) as caught:
            await client.balance()
    assert caught.value.status_code == 401
    assert caught.value.error == "UNAUTHORIZED"


async def test_402_insufficient_balance(sandbox: SandboxServer) -> None:
    poor = sandbox.add_key(Decimal("0.10"))
    async with Client(sandbox.url, poor) as client:
        with pytest.raises(InsufficientBalance) as caught:
            await client.checkout(56, 1, category_id=1)
    assert caught.value.error == "INSUFFICIENT_BALANCE"
    assert sandbox.balance(poor) == Decimal("0.10")


async def test_404_not_found(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        with pytest.raises(NotFound) as caught:
            await client.order(999_999)
    assert caught.value.status_code == 404


async def test_422_invalid_product(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, sandbox.api_key) as client:
        with pytest.raises(InvalidProduct) as caught:
            await client.checkout(987_654, 1)
    assert caught.value.error == "invalid_product"
    assert caught.value.message == "This product is no longer available."


async def test_429_rate_limited_carries_retry_after(sandbox: SandboxServer) -> None:
    sandbox.faults.status(429, path=BALANCE, retry_after="30")
    async with Client(sandbox.url, sandbox.api_key) as client:
        with pytest.raises(RateLimited) as caught:
            await client.balance()
    assert caught.value.retry_after == 30.0
    assert caught.value.error == "RATE_LIMITED"


async def test_5xx_server_error(sandbox: SandboxServer) -> None:
    sandbox.faults.status(503, path=CATEGORIES, times=None)
    async with Client(sandbox.url, max_retries=0) as client:
        with pytest.raises(ServerError) as caught:
            await client.categories()
    assert caught.value.status_code == 503


async def test_html_error_page_is_a_server_error(sandbox: SandboxServer) -> None:
    sandbox.faults.status(502, path=CATEGORIES, body="html", times=None)
    async with Client(sandbox.url, max_retries=0) as client:
        with pytest.raises(ServerError) as caught:
            await client.categories()
    assert caught.value.status_code == 502
    assert "error page" in caught.value.message
    assert "<html" not in caught.value.message


async def test_malformed_json_is_unexpected(sandbox: SandboxServer) -> None:
    sandbox.faults.malformed_json(path=CATEGORIES)
    async with Client(sandbox.url) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.categories()
    assert "JSON" in caught.value.message
    assert caught.value.__cause__ is not None  # the JSON error is kept as the cause, not raised


# ---- answers the sandbox never gives


@pytest.mark.parametrize(
    ("reply", "expected", "words"),
    [
        (Reply(200, "<html><body>Hello</body></html>", "text/html"), UnexpectedResponse, "HTML"),
        (Reply(200, "just text", "text/plain"), UnexpectedResponse, "JSON"),
        (Reply(200, b""), UnexpectedResponse, "empty"),
        (Reply(200, b"\xff\xfe\x00garbage"), UnexpectedResponse, "JSON"),
        (Reply(200, [1, 2, 3]), UnexpectedResponse, "not a JSON object"),
        (Reply(200, "NaN"), UnexpectedResponse, "JSON"),
        (Reply(200, {"categories": []}), UnexpectedResponse, "ok"),
        (Reply(200, {"ok": False, "error": "X", "message": "no"}), UnexpectedResponse, "ok"),
        (Reply(200, {"ok": "true", "categories": []}), UnexpectedResponse, "ok"),
        (Reply(404, "<h1>Not Found</h1>", "text/html"), UnexpectedResponse, "HTTP 404"),
        (
            Reply(418, {"ok": False, "error": "TEAPOT", "message": "Short and stout."}),
            ApiError,
            "stout",
        ),
        (Reply(500, {"ok": False, "error": "INTERNAL", "message": "Broke."}), ServerError, "Broke"),
        (Reply(503, "Service Unavailable", "text/plain"), ServerError, "error page"),
        (Reply(429, "<h1>slow down</h1>", "text/html"), RateLimited, "wait"),
        (Reply(401, {"detail": "nope"}), Unauthorized, "API key"),
    ],
)
async def test_odd_answers_map_to_clear_errors(
    scripted: ScriptedServer, reply: Reply, expected: type[ApiError], words: str
) -> None:
    scripted.script(CATEGORIES, reply)
    async with Client(scripted.url, max_retries=0) as client:
        with pytest.raises(ApiError) as caught:
            await client.categories()
    assert type(caught.value) is expected
    assert words in caught.value.message
    assert caught.value.status_code == reply.status


async def test_the_server_error_code_and_message_are_kept(scripted: ScriptedServer) -> None:
    scripted.script(
        BALANCE,
        Reply(402, {"ok": False, "error": "INSUFFICIENT_BALANCE", "message": "Add $1.20."}),
    )
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(InsufficientBalance) as caught:
            await client.balance()
    assert (caught.value.error, caught.value.message) == ("INSUFFICIENT_BALANCE", "Add $1.20.")


# ---- shapes and numbers


async def test_money_is_exact_decimal(scripted: ScriptedServer) -> None:
    scripted.script(
        "/api/v1/catalog/securetd/categories/86/products",
        Reply(
            200,
            '{"ok": true, "category_id": 86, "products": [{"product_id": 2281, '
            '"product_name": "Nigeria +234", "total_stock": 5, "retail_price_usd": 0.299, '
            '"wallet_price": "$0.30", "wallet_unit_price": "$0.30"}]}',
        ),
    )
    async with Client(scripted.url) as client:
        products = await client.products(86)
    price = products.products[0].retail_price_usd
    assert isinstance(price, Decimal)
    assert price == Decimal("0.299")
    assert price * 3 == Decimal("0.897")  # 0.299 * 3 as a float is 0.8969999999999999


async def test_unknown_fields_are_ignored(scripted: ScriptedServer) -> None:
    scripted.script(
        BALANCE,
        Reply(
            200,
            {
                "ok": True,
                "balance_usd": 12,
                "balance_display": "$12.00",
                "currency": "USD",
                "extra": {"nested": [1, 2]},
            },
        ),
    )
    async with Client(scripted.url, "tgsk_k") as client:
        balance = await client.balance()
    assert balance.balance_usd == Decimal(12)
    assert balance.balance_display == "$12.00"


@pytest.mark.parametrize(
    "balance",
    [
        {"ok": True, "balance_usd": "315.56", "balance_display": "$315.56"},
        {"ok": True, "balance_usd": True, "balance_display": "$1"},
        {"ok": True, "balance_display": "$315.56"},
        {"ok": True, "balance_usd": 1.5, "balance_display": None},
    ],
)
async def test_missing_or_wrong_typed_fields_are_unexpected(
    scripted: ScriptedServer, balance: dict[str, object]
) -> None:
    scripted.script(BALANCE, Reply(200, balance))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse):
            await client.balance()


async def test_an_order_answer_without_an_order_is_unexpected(scripted: ScriptedServer) -> None:
    scripted.script("/api/v1/securetd/orders/74", Reply(200, {"ok": True, "order": [74]}))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse):
            await client.order(74)


@pytest.mark.parametrize("bad", [True, -1, "74/../balance", 7.0])
async def test_ids_must_be_whole_numbers(scripted: ScriptedServer, bad: object) -> None:
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(BadRequest):
            await client.order(bad)  # type: ignore[arg-type]
        with pytest.raises(BadRequest):
            await client.checkout(56, bad)  # type: ignore[arg-type]
    assert scripted.requests == []
