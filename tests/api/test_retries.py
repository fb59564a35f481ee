"""GETs are retried on network failures, 5xx and 429 (honouring Retry-After), within limits."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Iterator

import pytest

from teleaccounthub.api import (
    Client,
    RateLimited,
    RetryPolicy,
    ServerError,
    TransportError,
)
from teleaccounthub.api.retry import (
    MAX_RETRY_AFTER,
    MIN_RETRY_AFTER,
    clamp_retry_after,
    parse_retry_after,
)
from teleaccounthub.sandbox import SandboxServer
from tests.api.helpers import CountingRandom, refused_url
from tests.api.scripted_server import Reply, ScriptedServer

CATEGORIES = "/api/v1/catalog/securetd/categories"
BALANCE = "/api/v1/balance"


def hits(sandbox: SandboxServer, path: str) -> int:
    return sum(1 for record in sandbox.requests if record.path == path)


@pytest.mark.parametrize("code", [500, 502, 503, 504])
async def test_get_is_retried_after_a_5xx(
    sandbox: SandboxServer, fast_retry: RetryPolicy, code: int
) -> None:
    sandbox.faults.status(code, path=CATEGORIES, times=2)
    async with Client(sandbox.url, retry=fast_retry) as client:
        categories = await client.categories()
    assert categories.categories
    assert hits(sandbox, CATEGORIES) == 3


async def test_retries_are_limited(
    sandbox: SandboxServer, fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    sandbox.faults.status(500, path=CATEGORIES, times=None)
    async with Client(sandbox.url, max_retries=2, retry=fast_retry) as client:
        with pytest.raises(ServerError):
            await client.categories()
    assert hits(sandbox, CATEGORIES) == 3
    assert backoffs.draws == 2


async def test_get_is_retried_after_429_waiting_as_asked(
    sandbox: SandboxServer, fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    sandbox.faults.status(429, path=BALANCE, retry_after="1")
    loop = asyncio.get_running_loop()
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        started = loop.time()
        await client.balance()
        waited = loop.time() - started
    assert hits(sandbox, BALANCE) == 2
    assert waited >= 0.95  # the Retry-After, not the 20 ms backoff
    assert backoffs.draws == 0


async def test_429_without_retry_after_backs_off(
    sandbox: SandboxServer, fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    sandbox.faults.status(429, path=BALANCE)
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        await client.balance()
    assert hits(sandbox, BALANCE) == 2
    assert backoffs.draws == 1


async def test_a_long_retry_after_raises_at_once(
    sandbox: SandboxServer, fast_retry: RetryPolicy
) -> None:
    later = email.utils.formatdate(time.time() + 60, usegmt=True)
    sandbox.faults.status(429, path=BALANCE, retry_after=later)
    loop = asyncio.get_running_loop()
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        started = loop.time()
        with pytest.raises(RateLimited) as caught:
            await client.balance()
        elapsed = loop.time() - started
    assert hits(sandbox, BALANCE) == 1
    assert caught.value.retry_after is not None
    assert 55 <= caught.value.retry_after <= 61
    assert elapsed < 5


async def test_rate_limited_after_the_last_retry_keeps_retry_after(
    scripted: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted.script(CATEGORIES, Reply(429, {"ok": False}, headers={"Retry-After": "0"}))
    async with Client(scripted.url, max_retries=1, retry=fast_retry) as client:
        with pytest.raises(RateLimited) as caught:
            await client.categories()
    assert caught.value.retry_after == MIN_RETRY_AFTER  # "0" would be a request storm
    assert len(scripted.requests) == 2


@pytest.mark.parametrize("when", ["before_response", "mid_body"])
async def test_get_is_retried_after_a_dropped_connection(
    sandbox: SandboxServer, fast_retry: RetryPolicy, when: str
) -> None:
    sandbox.faults.drop(path=CATEGORIES, when=when)  # type: ignore[arg-type]
    async with Client(sandbox.url, retry=fast_retry) as client:
        categories = await client.categories()
    assert categories.categories
    assert hits(sandbox, CATEGORIES) == 2


async def test_get_is_retried_after_a_timeout(
    scripted: ScriptedServer, fast_retry: RetryPolicy
) -> None:
    scripted.script(
        BALANCE,
        Reply(200, {"ok": True}, delay=2.0),
        Reply(200, {"ok": True, "balance_usd": 1, "balance_display": "$1.00"}),
    )
    async with Client(scripted.url, "tgsk_k", timeout=0.3, retry=fast_retry) as client:
        balance = await client.balance()
    assert balance.balance_display == "$1.00"
    assert len(scripted.requests) == 2


async def test_a_refused_connection_is_retried_then_reported(
    fast_retry: RetryPolicy, backoffs: CountingRandom
) -> None:
    async with Client(refused_url(), max_retries=3, retry=fast_retry) as client:
        with pytest.raises(TransportError) as caught:
            await client.categories()
    assert backoffs.draws == 3
    assert "connect" in caught.value.message.lower()
    assert isinstance(caught.value.__cause__, Exception)


async def test_a_timeout_is_reported_in_words(scripted: ScriptedServer) -> None:
    scripted.script(CATEGORIES, Reply(200, {"ok": True}, delay=2.0))
    async with Client(scripted.url, timeout=0.2, max_retries=0) as client:
        with pytest.raises(TransportError) as caught:
            await client.categories()
    assert "did not answer in time" in caught.value.message


# ---- the schedule itself


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    class Recording(CountingRandom):
        def __init__(self) -> None:
            super().__init__()
            self.ranges: list[tuple[float, float]] = []

        def uniform(self, a: float, b: float) -> float:
            self.ranges.append((a, b))
            return super().uniform(a, b)

    recording = Recording()
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, random=recording)
    delays = [policy.backoff(n) for n in range(7)]
    assert recording.ranges == [(0.0, c) for c in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0)]
    assert all(0.0 <= d <= high for d, (_, high) in zip(delays, recording.ranges, strict=True))
    assert policy.backoff(10_000) <= 8.0  # no overflow for absurd retry numbers
    draws = [RetryPolicy(base_delay=0.5, max_delay=8.0).backoff(3) for _ in range(200)]
    assert all(0.0 <= d <= 4.0 for d in draws)
    assert min(draws) < 1.0 < 3.0 < max(draws)  # spread over the whole range, not a fixed wait


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("2", 2.0),
        (" 120 ", 120.0),
        ("0.5", 0.5),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),  # in the past: at once
        ("-3", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_parsing(header: str | None, seconds: float | None) -> None:
    now = email.utils.parsedate_to_datetime("Wed, 21 Oct 2015 07:28:00 GMT").timestamp()
    assert parse_retry_after(header, now=now) == seconds


@pytest.mark.parametrize("field", ["base_delay", "max_delay", "max_retry_after"])
def test_retry_policy_refuses_negative_numbers(field: str) -> None:
    with pytest.raises(ValueError, match=field):
        RetryPolicy(**{field: -1.0})  # type: ignore[arg-type]


def test_max_retries_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        Client("https://shop.example", max_retries=-1)


# ---- Retry-After is clamped everywhere


@pytest.mark.parametrize(
    ("seconds", "clamped"),
    [
        (None, None),
        (0.0, MIN_RETRY_AFTER),
        (-5.0, MIN_RETRY_AFTER),
        (float("nan"), MIN_RETRY_AFTER),
        (0.2, MIN_RETRY_AFTER),
        (30.0, 30.0),
        (1_735_689_600.0, MAX_RETRY_AFTER),  # epoch seconds where a delay was meant
        (float("inf"), MAX_RETRY_AFTER),
    ],
)
def test_clamp_retry_after(seconds: float | None, clamped: float | None) -> None:
    assert clamp_retry_after(seconds) == clamped


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("1735689600", MAX_RETRY_AFTER),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
        ("9" * 400, MAX_RETRY_AFTER),
        ("0", MIN_RETRY_AFTER),
        ("Wed, 21 Oct 2015 07:28:00 GMT", MIN_RETRY_AFTER),  # long past
        ("-1", None),
        ("NaN", None),
    ],
)
async def test_a_rate_limit_carries_a_clamped_retry_after(
    scripted: ScriptedServer, header: str, expected: float | None
) -> None:
    scripted.script(CATEGORIES, Reply(429, {"ok": False}, headers={"Retry-After": header}))
    async with Client(scripted.url, max_retries=0) as client:
        with pytest.raises(RateLimited) as caught:
            await client.categories()
    assert caught.value.retry_after == expected


def test_a_rate_limit_made_by_hand_is_clamped_too() -> None:
    assert RateLimited("wait", retry_after=1_735_689_600).retry_after == MAX_RETRY_AFTER
    assert RateLimited("wait", retry_after=-3).retry_after == MIN_RETRY_AFTER
    assert RateLimited("wait").retry_after is None


class LoggedWaits(logging.Handler):
    """The waits the client announces before each retry ("retrying in %.2f s")."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.waits: list[float] = []
        self.announced = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if "retrying in" in record.msg and isinstance(record.args, tuple):
            self.waits.append(float(record.args[-1]))  # type: ignore[arg-type]
            self.announced.set()


@pytest.fixture
def logged_waits() -> Iterator[LoggedWaits]:
    handler = LoggedWaits()
    client_log = logging.getLogger("teleaccounthub.api.client")
    previous = client_log.level
    client_log.addHandler(handler)
    client_log.setLevel(logging.INFO)
    yield handler
    client_log.removeHandler(handler)
    client_log.setLevel(previous)


async def test_retry_after_zero_waits_a_second_not_a_storm(
    scripted: ScriptedServer, fast_retry: RetryPolicy, logged_waits: LoggedWaits
) -> None:
    scripted.script(
        BALANCE,
        Reply(429, {"ok": False}, headers={"Retry-After": "0"}),
        Reply(200, {"ok": True, "balance_usd": 1, "balance_display": "$1.00"}),
    )
    async with Client(scripted.url, "tgsk_k", retry=fast_retry) as client:
        await client.balance()
    assert logged_waits.waits == [MIN_RETRY_AFTER]


async def test_the_clients_own_waits_are_clamped(
    scripted: ScriptedServer, logged_waits: LoggedWaits
) -> None:
    """An absurd backoff policy still waits at most MAX_RETRY_AFTER: the wait is announced,
    then the test cancels it rather than sitting through it."""
    scripted.script(CATEGORIES, Reply(503, {"ok": False}))
    absurd = RetryPolicy(base_delay=1e12, max_delay=1e12, random=FixedHigh())
    async with Client(scripted.url, retry=absurd, deadline=3600) as client:
        task = asyncio.ensure_future(client.categories())
        await logged_waits.announced.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert logged_waits.waits == [MAX_RETRY_AFTER]


class FixedHigh(random.Random):
    def uniform(self, a: float, b: float) -> float:
        return b
