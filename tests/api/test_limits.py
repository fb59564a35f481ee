"""Deadlines, stalls and size caps: whatever the store does, every call ends, and bounded."""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import (
    CheckoutOutcomeUnknown,
    Client,
    RetryPolicy,
    TransportError,
    UnexpectedResponse,
)
from tests.api.helpers import names, refused_url, zip_bytes
from tests.api.scripted_server import Reply, ScriptedServer, ok

BALANCE = "/api/v1/balance"
CHECKOUT = "/api/v1/securetd/checkout"
PRODUCTS = "/api/v1/catalog/securetd/categories/1/products"
BALANCE_BODY = {"ok": True, "balance_usd": 1, "balance_display": "$1.00"}


def download_path(order_id: int) -> str:
    return f"/api/v1/securetd/orders/{order_id}/download"


def product(product_id: int) -> dict[str, object]:
    return {
        "product_id": product_id,
        "product_name": f"Philippines +63 #{product_id}",
        "total_stock": 3,
        "retail_price_usd": 0.5,
        "wallet_price": "$0.50",
        "wallet_unit_price": "$0.50",
    }


# ---- a total deadline per call, beside the per-read timeout


async def test_a_get_that_drips_one_byte_at_a_time_ends_at_its_deadline(
    scripted: ScriptedServer,
) -> None:
    # ~50 bytes, one every 0.5 s: every read is quick, the whole answer takes ~25 s.
    scripted.script(BALANCE, Reply(200, BALANCE_BODY, drip=0.5))
    started = time.monotonic()
    async with Client(scripted.url, "tgsk_k", deadline=1.5, max_retries=0) as client:
        with pytest.raises(TransportError) as caught:
            await client.balance()
    print(f"dripping GET ended after {time.monotonic() - started:.2f} s (deadline 1.5 s)")
    assert caught.value.message == "The store did not answer within 1.5 s."


async def test_a_checkout_answer_that_drips_is_an_unknown_outcome_at_its_deadline(
    scripted: ScriptedServer,
) -> None:
    scripted.script(CHECKOUT, Reply(200, {"ok": True, "padding": "x" * 60}, drip=0.5))
    started = time.monotonic()
    async with Client(scripted.url, "tgsk_k", deadline=1.5) as client:
        with pytest.raises(CheckoutOutcomeUnknown) as caught:
            await client.checkout(56, 1)
    print(f"dripping checkout ended after {time.monotonic() - started:.2f} s (deadline 1.5 s)")
    assert "did not answer the purchase within 1.5 s" in caught.value.message
    assert len(scripted.requests) == 1  # never sent twice


def test_the_deadline_holds_on_the_qasync_loop(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, scripted: ScriptedServer
) -> None:
    scripted.script(BALANCE, Reply(200, BALANCE_BODY, drip=0.5))

    async def balance() -> None:
        async with Client(scripted.url, "tgsk_k", deadline=1.0, max_retries=0) as client:
            await client.balance()

    task = qt_loop.create_task(balance())
    qtbot.waitUntil(task.done, timeout=10_000)
    assert isinstance(task.exception(), TransportError)


@pytest.mark.parametrize("bad", [0, -1.0, float("nan"), float("inf"), 10.0**9])
def test_deadline_and_stall_times_must_be_sane(bad: float) -> None:
    with pytest.raises(ValueError, match="deadline"):
        Client("https://shop.example", deadline=bad)
    with pytest.raises(ValueError, match="stall_timeout"):
        Client("https://shop.example", stall_timeout=bad)


# ---- a download has no deadline, but may not stall


async def test_a_download_that_stalls_fails_in_words_and_leaves_nothing(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    body = zip_bytes(size=64 * 1024)
    scripted.script(download_path(74), Reply(200, body, "application/zip", hang_after=1000))
    async with Client(scripted.url, "tgsk_k", stall_timeout=0.5, max_retries=0) as client:
        with pytest.raises(TransportError) as caught:
            await client.download(74, tmp_path / "order.zip")
    assert caught.value.message == "The download stalled: no data for 0.5 s."
    assert names(tmp_path) == []


async def test_a_slow_download_outlives_the_json_deadline(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    # 8 pieces 0.2 s apart: longer than the deadline, never a stall.
    body = zip_bytes(size=7 * 8 * 1024)
    scripted.script(download_path(74), Reply(200, body, "application/zip", trickle=0.2))
    async with Client(scripted.url, "tgsk_k", deadline=0.5, stall_timeout=5) as client:
        saved = await client.download(74, tmp_path / "order.zip")
    assert saved.read_bytes() == body


# ---- size caps


async def test_a_declared_length_over_the_cap_is_refused_before_the_body(
    scripted: ScriptedServer,
) -> None:
    # 10 MiB that would take minutes to arrive: refused on its Content-Length alone.
    huge = {"ok": True, "padding": "x" * (10 << 20)}
    scripted.script(BALANCE, Reply(200, huge, trickle=0.5))
    async with Client(scripted.url, "tgsk_k", max_body_bytes=1 << 20, deadline=5) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.balance()
    assert caught.value.message == (
        "The store's answer was too large (over 1 MiB); it was not read."
    )


async def test_an_undeclared_body_is_counted_while_it_streams(scripted: ScriptedServer) -> None:
    body = {**BALANCE_BODY, "padding": "x" * 5000}
    scripted.script(BALANCE, Reply(200, body, declare_length=False))
    async with Client(scripted.url, "tgsk_k", max_body_bytes=1000, max_retries=0) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.balance()
    assert "too large (over 1,000 bytes)" in caught.value.message


async def test_a_compressed_body_is_capped_by_what_it_expands_to(
    scripted: ScriptedServer,
) -> None:
    body = gzip.compress(json.dumps({**BALANCE_BODY, "padding": " " * 100_000}).encode())
    assert len(body) < 1000
    scripted.script(BALANCE, Reply(200, body, headers={"Content-Encoding": "gzip"}))
    async with Client(scripted.url, "tgsk_k", max_body_bytes=10_000) as client:
        with pytest.raises(UnexpectedResponse, match="too large"):
            await client.balance()


async def test_the_product_list_has_its_own_larger_cap(scripted: ScriptedServer) -> None:
    products = [product(n) for n in range(1, 200)]
    assert len(json.dumps(products)) > 30_000
    scripted.script(PRODUCTS, ok(category_id=1, products=products))
    scripted.script(BALANCE, Reply(200, {**BALANCE_BODY, "padding": "x" * 40_000}))
    async with Client(
        scripted.url, "tgsk_k", max_body_bytes=30_000, max_products_bytes=100_000
    ) as client:
        listed = await client.products(1)
        with pytest.raises(UnexpectedResponse, match="too large"):
            await client.balance()
    assert len(listed.products) == 199


def test_the_default_caps_fit_the_largest_real_catalog() -> None:
    from teleaccounthub.api.defaults import MAX_BODY_BYTES, MAX_PRODUCTS_BODY_BYTES

    assert MAX_PRODUCTS_BODY_BYTES >= 2 * 47_000_000  # a 300,000-product category, twice over
    assert 1 << 20 <= MAX_BODY_BYTES <= 16 << 20


async def test_a_checkout_answer_over_the_cap_is_an_unknown_outcome(
    scripted: ScriptedServer,
) -> None:
    scripted.script(CHECKOUT, Reply(200, {"ok": True, "padding": "x" * 5000}))
    async with Client(scripted.url, "tgsk_k", max_body_bytes=1000) as client:
        with pytest.raises(CheckoutOutcomeUnknown) as caught:
            await client.checkout(56, 1)
    assert "too large" in caught.value.message
    assert len(scripted.requests) == 1


async def test_a_downloads_error_answer_is_capped_too(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    page = Reply(500, {"ok": False, "padding": "x" * 5000}, declare_length=False)
    scripted.script(download_path(74), page)
    async with Client(scripted.url, "tgsk_k", max_body_bytes=1000, max_retries=0) as client:
        with pytest.raises(UnexpectedResponse, match="too large"):
            await client.download(74, tmp_path / "order.zip")
    assert names(tmp_path) == []


class HighestDraw(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b


async def test_a_checkout_whose_deadline_passes_before_sending_says_nothing_was_sent() -> None:
    # Nothing listens: each try is refused, and the wait before the next outlasts the deadline.
    patient = RetryPolicy(base_delay=30.0, max_delay=30.0, random=HighestDraw())
    async with Client(refused_url(), "tgsk_k", retry=patient, deadline=0.5) as client:
        with pytest.raises(TransportError) as caught:
            await client.checkout(56, 1)
    assert not isinstance(caught.value, CheckoutOutcomeUnknown)
    assert caught.value.message == (
        "Could not reach the store within 0.5 s; the purchase was not sent."
    )
