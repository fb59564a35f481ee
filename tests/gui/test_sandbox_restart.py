"""``--sandbox`` across restarts: the same URL (so the order book finds its orders) and the same
store state (so they can still be polled and downloaded), or a fallback when the port is busy."""

from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest

from teleaccounthub.local import DataDir
from teleaccounthub.startup import SANDBOX_PORT, _sandbox_if
from tests.sandbox.helpers import BALANCE, CHECKOUT, client, exact, order


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_the_sandbox_keeps_its_url_and_orders_across_restarts(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path)
    port = free_port()
    with _sandbox_if(True, data_dir, preferred_port=port) as sandbox:
        assert sandbox is not None
        first_url = sandbox.url
        with client(sandbox.url, sandbox.api_key) as api:
            placed = api.post(CHECKOUT, json={"product_id": 56, "quantity": 1})
            assert placed.status_code == 200, placed.text
            order_id = placed.json()["order"]["id"]
            balance = exact(api.get(BALANCE))["balance_usd"]
    assert first_url.endswith(f":{port}")
    assert (tmp_path / "sandbox" / "state.json").exists()

    with _sandbox_if(True, DataDir(tmp_path), preferred_port=port) as sandbox:
        assert sandbox is not None
        assert sandbox.url == first_url
        with client(sandbox.url, sandbox.api_key) as api:
            status = api.get(order(order_id))
            assert status.status_code == 200, status.text
            assert status.json()["order"]["product_id"] == 56
            assert exact(api.get(BALANCE))["balance_usd"] == balance


@pytest.mark.expected_log(r"^Sandbox port \d+ is busy")
def test_a_busy_port_falls_back_to_a_free_one_without_touching_the_state(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as other_instance:
        other_instance.bind(("127.0.0.1", 0))
        other_instance.listen()
        busy = other_instance.getsockname()[1]
        with (
            caplog.at_level(logging.WARNING),
            _sandbox_if(True, DataDir(tmp_path), preferred_port=busy) as sandbox,
        ):
            assert sandbox is not None
            assert not sandbox.url.endswith(f":{busy}")
            with client(sandbox.url, sandbox.api_key) as api:
                placed = api.post(CHECKOUT, json={"product_id": 56, "quantity": 1})
                assert placed.status_code == 200, placed.text
    assert f"Sandbox port {busy} is busy" in caplog.text
    assert not (tmp_path / "sandbox" / "state.json").exists()


def test_the_preferred_port_is_fixed() -> None:
    assert SANDBOX_PORT == 47635
