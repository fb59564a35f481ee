"""Lifecycle, ports, the request log, routing errors and the optional rate limit."""

from __future__ import annotations

import socket
import threading
from decimal import Decimal

import httpx
import pytest

from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.sandbox.server import demo_key_for
from tests.sandbox.helpers import (
    BALANCE,
    CATEGORIES,
    CHECKOUT,
    assert_error,
    client,
    order,
    products,
)

SMALL = SandboxConfig(large_category_size=0)


def sandbox_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sandbox-server"]


def refuses_connections(url: str) -> bool:
    try:
        with client(url, timeout=2) as plain:
            plain.get(CATEGORIES)
    except httpx.ConnectError:
        return True
    return False


def test_start_and_stop_leave_no_thread_and_no_listener() -> None:
    before = sandbox_threads()
    server = SandboxServer(SMALL)
    server.start()
    assert len(sandbox_threads()) == len(before) + 1
    url, second_url = server.url, server.second_url
    with client() as plain:  # a kept-alive connection does not hold the stop up
        assert plain.get(url + CATEGORIES).status_code == 200
        server.stop()
    assert sandbox_threads() == before
    assert refuses_connections(url)
    assert refuses_connections(second_url)
    server.stop()  # twice is fine


def test_stop_does_not_wait_for_a_hanging_request() -> None:
    server = SandboxServer(SMALL)
    server.start()
    server.faults.hang(60)
    failures: list[BaseException] = []

    def call() -> None:
        try:
            with client(server.url, timeout=30) as plain:
                plain.get(CATEGORIES)
        except httpx.HTTPError as exc:
            failures.append(exc)

    caller = threading.Thread(target=call)
    caller.start()
    while not server.requests:
        caller.join(0.01)
    server.stop()
    caller.join(10)
    assert not caller.is_alive()
    assert len(failures) == 1
    assert isinstance(failures[0], httpx.RemoteProtocolError)
    assert not sandbox_threads()


def test_ports_are_ephemeral_loopback_and_distinct() -> None:
    with SandboxServer(SMALL) as one, SandboxServer(SMALL) as two:
        urls = {one.url, one.second_url, two.url, two.second_url}
        assert len(urls) == 4
        assert all(url.startswith("http://127.0.0.1:") for url in urls)


def test_a_configured_port_is_used_and_a_busy_one_fails_cleanly() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        busy = SandboxServer(SandboxConfig(port=port, large_category_size=0))
        probe.listen()
        with pytest.raises(RuntimeError, match="could not start"):
            busy.start()
    assert not sandbox_threads()
    with SandboxServer(SandboxConfig(port=port, large_category_size=0)) as server:
        assert server.url == f"http://127.0.0.1:{port}"


def test_a_server_starts_once_and_has_no_url_before() -> None:
    server = SandboxServer(SMALL)
    with pytest.raises(RuntimeError, match="not running"):
        _ = server.url
    with server, pytest.raises(RuntimeError, match="only once"):
        server.start()


def test_config_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="order_delay"):
        SandboxConfig(order_delay=-1)
    with pytest.raises(ValueError, match="zip_size"):
        SandboxConfig(zip_size=-1)
    with pytest.raises(ValueError, match="port"):
        SandboxConfig(port=70000)
    with pytest.raises(ValueError, match="rate_limit"):
        SandboxConfig(rate_limit_per_second=0)


def test_demo_key_and_new_keys(sandbox: SandboxServer) -> None:
    assert sandbox.api_key == demo_key_for(sandbox.config.seed)
    assert sandbox.api_key.startswith("tgsk_")
    assert demo_key_for(1) != demo_key_for(2)
    assert sandbox.balance(sandbox.api_key) == Decimal("315.56")
    key = sandbox.add_key(Decimal("1.00"))
    assert key.startswith("tgsk_")
    assert key != sandbox.api_key
    assert sandbox.balance(key) == Decimal("1.00")
    with pytest.raises(KeyError):
        sandbox.balance("tgsk_unknown")
    with SandboxServer(SandboxConfig(demo_key="tgsk_mine", large_category_size=0)) as custom:
        assert custom.api_key == "tgsk_mine"


def test_the_request_log_records_everything_with_the_key(
    sandbox: SandboxServer, api: httpx.Client, anonymous: httpx.Client
) -> None:
    api.get(BALANCE, params={"x": "1"})
    anonymous.get(CATEGORIES, headers={"X-Mixed-Case": "yes"})
    anonymous.delete(CHECKOUT)
    records = sandbox.requests
    assert [(r.method, r.path, r.origin) for r in records] == [
        ("GET", BALANCE, "main"),
        ("GET", CATEGORIES, "main"),
        ("DELETE", CHECKOUT, "main"),
    ]
    assert records[0].headers["authorization"] == f"Bearer {sandbox.api_key}"
    assert records[0].query == "x=1"
    assert "authorization" not in records[1].headers
    assert records[1].headers["x-mixed-case"] == "yes"
    records.clear()
    assert len(sandbox.requests) == 3  # a snapshot, not the log itself


def test_unknown_paths_and_ids_are_json_404(anonymous: httpx.Client, api: httpx.Client) -> None:
    for path in ("/", "/api/v1/nothing", products(999), products(1) + "/", order(1) + "x"):
        assert_error(anonymous.get(path), 404, "NOT_FOUND")
    assert_error(api.get("/api/v1/securetd/orders/abc"), 404, "NOT_FOUND")


def test_a_wrong_method_is_json_405_with_allow(anonymous: httpx.Client) -> None:
    response = anonymous.get(CHECKOUT)
    assert_error(response, 405, "METHOD_NOT_ALLOWED")
    assert response.headers["allow"] == "POST"
    response = anonymous.post(CATEGORIES)
    assert_error(response, 405, "METHOD_NOT_ALLOWED")
    assert "GET" in response.headers["allow"]


def test_no_rate_limit_by_default(anonymous: httpx.Client) -> None:
    assert {anonymous.get(CATEGORIES).status_code for _ in range(30)} == {200}


def test_rate_limit_is_per_client_and_says_when_to_retry() -> None:
    config = SandboxConfig(rate_limit_per_second=2, large_category_size=0)
    with SandboxServer(config) as server, client(server.url) as api:
        answers = [api.get(CATEGORIES) for _ in range(6)]
        assert [a.status_code for a in answers[:2]] == [200, 200]
        limited = [a for a in answers if a.status_code == 429]
        assert limited
        assert limited[0].headers["retry-after"] == "1"
        keyed = api.get(BALANCE, headers={"Authorization": f"Bearer {server.api_key}"})
        assert keyed.status_code == 200  # another client (its key) has its own bucket
