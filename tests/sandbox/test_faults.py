"""Each fault switch, its ``times`` and path glob, and that every endpoint honours them."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from decimal import Decimal

import httpx
import pytest

from teleaccounthub.sandbox import SandboxServer
from tests.sandbox.helpers import (
    BALANCE,
    CATEGORIES,
    CHECKOUT,
    PAGE_CHECKOUT_BODY,
    assert_error,
    download,
    order,
    products,
    wait_until,
)

DEMO_BALANCE = Decimal("315.56")
AFTER_ONE_NIGERIA = DEMO_BALANCE - Decimal("0.2990")


@pytest.fixture(autouse=True)
def quiet_server(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Faults are answers the server means to give: they log no warnings or errors."""
    caplog.set_level(logging.WARNING)
    yield
    # Runs after the sandbox fixture stopped the server (autouse fixtures are set up first).
    records = caplog.get_records("setup") + caplog.get_records("call") + caplog.records
    noisy = [r for r in records if r.name.startswith(("aiohttp", "teleaccounthub", "asyncio"))]
    assert noisy == [], [r.getMessage() for r in noisy]


def test_latency_delays_matching_paths_until_cleared(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.latency(0.3, path="*/balance")
    for _ in range(2):
        started = time.monotonic()
        assert api.get(BALANCE).status_code == 200
        assert time.monotonic() - started >= 0.3
    sandbox.faults.clear()
    sandbox.faults.latency(5, path="*/balance")
    assert api.get(CATEGORIES, timeout=2).status_code == 200  # another path: not delayed
    sandbox.faults.clear()
    assert api.get(BALANCE, timeout=2).status_code == 200


def test_latency_times_counts_requests(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.latency(0.3, times=1)
    started = time.monotonic()
    api.get(BALANCE)
    assert time.monotonic() - started >= 0.3
    sandbox.faults.latency(5, path="/never")
    assert api.get(BALANCE, timeout=2).status_code == 200


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (500, "SERVER_ERROR"),
        (502, "BAD_GATEWAY"),
        (503, "SERVICE_UNAVAILABLE"),
        (429, "RATE_LIMITED"),
    ],
)
def test_status_answers_json_once_without_running_the_handler(
    sandbox: SandboxServer, api: httpx.Client, code: int, error: str
) -> None:
    sandbox.faults.status(code, path=CHECKOUT)
    assert_error(api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY), code, error)
    assert sandbox.balance(sandbox.api_key) == DEMO_BALANCE
    assert api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY).status_code == 200
    assert sandbox.balance(sandbox.api_key) == AFTER_ONE_NIGERIA


@pytest.mark.parametrize("retry_after", ["2", "Wed, 21 Oct 2026 07:28:00 GMT"])
def test_status_sends_retry_after(
    sandbox: SandboxServer, api: httpx.Client, retry_after: str
) -> None:
    sandbox.faults.status(429, retry_after=retry_after)
    response = api.get(BALANCE)
    assert response.status_code == 429
    assert response.headers["retry-after"] == retry_after
    sandbox.faults.status(503, retry_after=7)
    assert api.get(BALANCE).headers["retry-after"] == "7"


def test_status_bodies_can_be_html_or_text(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.status(502, body="html")
    sandbox.faults.status(503, body="text")
    html = api.get(BALANCE)
    assert (html.status_code, html.headers["content-type"]) == (502, "text/html; charset=utf-8")
    assert "<h1>502 Bad Gateway</h1>" in html.text
    text = api.get(BALANCE)
    assert (text.status_code, text.headers["content-type"]) == (503, "text/plain; charset=utf-8")
    assert text.text == "503 Service Unavailable\n"
    assert api.get(BALANCE).status_code == 200
    sandbox.faults.status(599, body="text")
    sandbox.faults.status(599, body="json")
    assert api.get(BALANCE).text == "599 Error\n"
    assert_error(api.get(BALANCE), 599, "ERROR")


def test_times_none_lasts_until_cleared(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.status(503, times=None)
    assert [api.get(BALANCE).status_code for _ in range(3)] == [503, 503, 503]
    sandbox.faults.clear()
    assert api.get(BALANCE).status_code == 200


def test_times_counts_requests(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.status(500, times=2)
    assert [api.get(BALANCE).status_code for _ in range(3)] == [500, 500, 200]


def test_every_endpoint_honours_faults(sandbox: SandboxServer, api: httpx.Client) -> None:
    paths = [CATEGORIES, products(1), products(999), BALANCE, order(74), download(74), "/nope"]
    for path in paths:
        sandbox.faults.status(503, path=path)
        response = api.get(path)
        assert response.status_code == 503, path
        assert_error(response, 503, "SERVICE_UNAVAILABLE")
    sandbox.faults.status(503, path=CHECKOUT)
    assert_error(api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY), 503, "SERVICE_UNAVAILABLE")
    assert sandbox.balance(sandbox.api_key) == DEMO_BALANCE


def test_the_first_matching_switch_decides(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.status(500, path="*/balance")
    sandbox.faults.status(503)
    assert api.get(BALANCE).status_code == 500
    assert api.get(BALANCE).status_code == 503
    assert api.get(BALANCE).status_code == 200


def test_drop_before_response_never_reaches_the_handler(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.drop(path=CHECKOUT, when="before_response")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    assert sandbox.balance(sandbox.api_key) == DEMO_BALANCE
    assert_error(api.get(order(74)), 404, "NOT_FOUND")
    assert [r.path for r in sandbox.requests].count(CHECKOUT) == 1
    assert api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY).json()["order"]["id"] == 74


def test_drop_after_processing_places_and_charges_the_order(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.drop(path=CHECKOUT, when="after_processing")
    with pytest.raises(httpx.RemoteProtocolError):
        api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    assert sandbox.balance(sandbox.api_key) == AFTER_ONE_NIGERIA
    assert api.get(order(74)).json()["order"]["product_id"] == 2281


def test_drop_mid_body_cuts_a_json_answer(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.drop(path=CATEGORIES, when="mid_body")
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        api.get(CATEGORIES)
    assert api.get(CATEGORIES).status_code == 200


def test_drop_mid_body_cuts_a_download(sandbox: SandboxServer, api: httpx.Client) -> None:
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    sandbox.complete_order(74)
    sandbox.faults.drop(path=download(74), when="mid_body")
    received: list[bytes] = []
    with api.stream("GET", download(74)) as response:
        assert response.status_code == 200
        assert int(response.headers["content-length"]) == sandbox.config.zip_size
        with pytest.raises(httpx.RemoteProtocolError):
            received.extend(response.iter_bytes())
    assert 0 < sum(len(chunk) for chunk in received) < sandbox.config.zip_size
    assert len(api.get(download(74)).content) == sandbox.config.zip_size


def test_hang_after_processing_times_the_client_out_but_charges(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.hang(5, path=CHECKOUT)
    with pytest.raises(httpx.ReadTimeout):
        api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY, timeout=0.3)
    assert sandbox.balance(sandbox.api_key) == AFTER_ONE_NIGERIA
    assert api.get(order(74)).status_code == 200


def test_hang_before_processing_answers_late(sandbox: SandboxServer, api: httpx.Client) -> None:
    sandbox.faults.hang(0.3, path=CHECKOUT, after_processing=False)
    started = time.monotonic()
    response = api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    assert time.monotonic() - started >= 0.3
    assert response.status_code == 200


def test_hang_before_processing_skips_a_client_that_gave_up(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.hang(0.5, path=CHECKOUT, after_processing=False)
    sandbox.faults.latency(0.8, path="/api/v1/catalog/*", times=1)
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY, timeout=0.1)
    # The hang is over once this slower request is answered; nothing was charged meanwhile.
    api.get(CATEGORIES)
    assert time.monotonic() - started >= 0.8
    assert sandbox.balance(sandbox.api_key) == DEMO_BALANCE


def test_malformed_json_is_a_cut_answer_after_the_handler_ran(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    sandbox.faults.malformed_json(path=CHECKOUT)
    response = api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert response.text.startswith('{"ok":true,"order":{"id":74')
    assert sandbox.balance(sandbox.api_key) == AFTER_ONE_NIGERIA
    assert api.get(BALANCE).json()["ok"] is True


def test_clear_removes_every_switch(sandbox: SandboxServer, api: httpx.Client) -> None:
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    sandbox.complete_order(74)
    sandbox.faults.status(503, times=None)
    sandbox.faults.malformed_json(times=None)
    sandbox.faults.drop(times=None)
    sandbox.faults.hang(5, times=None)
    sandbox.faults.latency(5)
    sandbox.faults.redirect_downloads()
    sandbox.faults.clear()
    assert api.get(BALANCE, timeout=2).json()["ok"] is True
    assert api.get(download(74), timeout=2).status_code == 200


def test_switches_reject_nonsense(sandbox: SandboxServer) -> None:
    faults = sandbox.faults
    with pytest.raises(ValueError, match="times"):
        faults.status(500, times=0)
    with pytest.raises(ValueError, match="4xx or 5xx"):
        faults.status(200)
    with pytest.raises(ValueError, match="body"):
        faults.status(500, body="xml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="drop point"):
        faults.drop(when="sometime")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        faults.latency(-1)


def test_faults_apply_to_the_second_origin_too(sandbox: SandboxServer, api: httpx.Client) -> None:
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    sandbox.complete_order(74)
    sandbox.faults.redirect_downloads()
    sandbox.faults.status(503, path="/files/*")
    response = api.get(download(74), follow_redirects=True)
    assert_error(response, 503, "SERVICE_UNAVAILABLE")
    wait_until(lambda: any(r.origin == "second" for r in sandbox.requests))
