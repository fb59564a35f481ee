"""A checkout is never sent twice: only a connection that was never made is retried."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from teleaccounthub.api import (
    ApiError,
    CheckoutOutcomeUnknown,
    Client,
    InsufficientBalance,
    InvalidProduct,
    RateLimited,
    RetryPolicy,
    TransportError,
    Unauthorized,
)
from teleaccounthub.sandbox import SandboxServer
from tests.api.helpers import CountingRandom, refused_url
from tests.api.scripted_server import Reply, ScriptedServer, ok

CHECKOUT = "/api/v1/securetd/checkout"
START = Decimal("315.56")
PRICE = Decimal("0.7245")  # product 56, Philippines +63


def checkouts(sandbox: SandboxServer) -> int:
    return sum(1 for record in sandbox.requests if record.path == CHECKOUT)


async def test_checkout_sends_the_documented_body(scripted: ScriptedServer) -> None:
    scripted.script(
        CHECKOUT,
        Reply(
            200,
            '{"ok": true, "order": {"id": 74, "order_number": "10094", "status": "processing",'
            ' "product_id": 2281, "product_name": "Nigeria +234", "quantity": 1,'
            ' "download_ready": false}, "local_order_id": 376, "charged_usd": 0.299,'
            ' "charged_display": "$0.30"}',
        ),
    )
    async with Client(scripted.url, "tgsk_abc") as client:
        result = await client.checkout(2281, 1, category_id=86)
    assert result.charged_usd == Decimal("0.299")
    (seen,) = scripted.requests
    assert seen.method == "POST"
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["authorization"] == "Bearer tgsk_abc"
    assert json.loads(seen.body) == {"product_id": 2281, "quantity": 1, "category_id": 86}


async def test_a_connection_dropped_after_processing_is_outcome_unknown(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    sandbox.faults.drop(path=CHECKOUT, when="after_processing")
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown) as caught:
            await client.checkout(56, 1, category_id=1)
    assert checkouts(sandbox) == 1
    assert sandbox.balance(sandbox.api_key) == START - PRICE  # charged exactly once
    assert "may or may not" in caught.value.message


async def test_a_timed_out_checkout_is_outcome_unknown(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    sandbox.faults.hang(3.0, path=CHECKOUT, after_processing=True)
    async with Client(sandbox.url, sandbox.api_key, timeout=0.3, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown):
            await client.checkout(56, 1)
    assert checkouts(sandbox) == 1
    assert sandbox.balance(sandbox.api_key) == START - PRICE


@pytest.mark.parametrize("body", ["json", "html"])
async def test_a_5xx_on_checkout_is_outcome_unknown_and_not_resent(
    sandbox: SandboxServer, fast_retry: RetryPolicy, body: str
) -> None:
    sandbox.faults.status(502, path=CHECKOUT, body=body)  # type: ignore[arg-type]
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown) as caught:
            await client.checkout(56, 1)
    assert caught.value.status_code == 502
    assert checkouts(sandbox) == 1


async def test_a_malformed_success_is_outcome_unknown(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    sandbox.faults.malformed_json(path=CHECKOUT)
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown):
            await client.checkout(56, 1)
    assert checkouts(sandbox) == 1
    assert sandbox.balance(sandbox.api_key) == START - PRICE


async def test_a_mid_body_drop_is_outcome_unknown(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    sandbox.faults.drop(path=CHECKOUT, when="mid_body")
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown):
            await client.checkout(56, 1)
    assert checkouts(sandbox) == 1


async def test_a_refused_connection_is_retried_and_reported(
    fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    async with Client(refused_url(), "tgsk_k", max_retries=2, retry=fast_retry) as client:
        with pytest.raises(TransportError) as caught:
            await client.checkout(56, 1)
    assert not isinstance(caught.value, CheckoutOutcomeUnknown)
    assert backoffs.draws == 2  # connection never made: provably not sent, so tried again


async def test_a_dropped_connection_before_any_answer_is_not_resent(
    sandbox: SandboxServer, fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    """The server got the request (and could have acted on it): one try only."""
    sandbox.faults.drop(path=CHECKOUT, when="before_response")
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(CheckoutOutcomeUnknown):
            await client.checkout(56, 1)
    assert checkouts(sandbox) == 1
    assert backoffs.draws == 0


@pytest.mark.parametrize(
    ("key_balance", "product", "expected"),
    [
        (Decimal("0.01"), 56, InsufficientBalance),
        (None, 987_654, InvalidProduct),
    ],
)
async def test_documented_refusals_are_raised_once(
    sandbox: SandboxServer,
    fast_retry: RetryPolicy,
    key_balance: Decimal | None,
    product: int,
    expected: type[ApiError],
) -> None:
    key = sandbox.api_key if key_balance is None else sandbox.add_key(key_balance)
    async with Client(sandbox.url, key, retry=fast_retry) as client:
        with pytest.raises(expected):
            await client.checkout(product, 1)
    assert checkouts(sandbox) == 1


async def test_a_rate_limited_checkout_is_not_retried(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    sandbox.faults.status(429, path=CHECKOUT, retry_after="1")
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        with pytest.raises(RateLimited) as caught:
            await client.checkout(56, 1)
    assert caught.value.retry_after == 1.0
    assert checkouts(sandbox) == 1
    assert sandbox.balance(sandbox.api_key) == START


async def test_an_unauthorized_checkout(sandbox: SandboxServer) -> None:
    async with Client(sandbox.url, "tgsk_wrong") as client:
        with pytest.raises(Unauthorized):
            await client.checkout(56, 1)
    async with Client(sandbox.url) as client:
        with pytest.raises(Unauthorized):
            await client.checkout(56, 1)
    assert checkouts(sandbox) == 1  # the keyless one was refused before sending


async def test_each_checkout_uses_a_fresh_connection(scripted: ScriptedServer) -> None:
    order = {
        "id": 74,
        "order_number": "10094",
        "status": "processing",
        "product_id": 56,
        "product_name": "Philippines +63",
        "quantity": 1,
        "download_ready": False,
    }
    scripted.script(
        CHECKOUT,
        ok(order=order, local_order_id=376, charged_usd=1, charged_display="$1.00"),
    )
    scripted.script("/api/v1/balance", ok(balance_usd=5, balance_display="$5.00"))
    async with Client(scripted.url, "tgsk_k") as client:
        await client.balance()
        await client.balance()
        await client.checkout(56, 1)
        await client.checkout(56, 1)
        await client.balance()
    gets = [seen.client_port for seen in scripted.requests if seen.method == "GET"]
    posts = [seen.client_port for seen in scripted.requests if seen.method == "POST"]
    assert len(set(gets)) == 1  # GETs share a pooled keep-alive connection...
    assert len(set(posts)) == 2  # ...each checkout opened its own...
    assert not set(posts) & set(gets)  # ...never the pooled one
    assert all(
        seen.headers.get("connection") == "close"
        for seen in scripted.requests
        if seen.method == "POST"
    )
