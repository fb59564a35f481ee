"""``SandboxConfig(state_file=...)``: wallets, stock and orders outlive a restart of the server."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.sandbox.persistence import load_state
from tests.sandbox.helpers import (
    BALANCE,
    CHECKOUT,
    client,
    download,
    exact,
    order,
    products,
    wait_until,
)

PRODUCT = 56  # Philippines +63 in category 1, as on the page
CATEGORY = 1


def config(state_file: Path | None, port: int = 0, order_delay: float = 0.5) -> SandboxConfig:
    return SandboxConfig(
        port=port,
        order_delay=order_delay,
        zip_size=4096,
        large_category_size=0,
        state_file=state_file,
    )


def stock_of(api: httpx.Client, product_id: int) -> int:
    listed = api.get(products(CATEGORY)).json()["products"]
    stock: int = next(item for item in listed if item["product_id"] == product_id)["total_stock"]
    return stock


def balance_of(api: httpx.Client) -> Decimal:
    amount: Decimal = exact(api.get(BALANCE))["balance_usd"]
    return amount


def buy(api: httpx.Client, quantity: int = 2) -> dict[str, object]:
    response = api.post(CHECKOUT, json={"product_id": PRODUCT, "quantity": quantity})
    assert response.status_code == 200, response.text
    body: dict[str, object] = exact(response)
    return body


def order_state(api: httpx.Client, order_id: int) -> dict[str, object]:
    response = api.get(order(order_id))
    assert response.status_code == 200, response.text
    state: dict[str, object] = response.json()["order"]
    return state


def test_orders_balance_stock_and_ids_survive_a_restart(tmp_path: Path) -> None:
    state_file = tmp_path / "sandbox" / "state.json"
    with SandboxServer(config(state_file)) as first:
        port = int(first.url.rsplit(":", 1)[1])
        with client(first.url, first.api_key) as api:
            stock_before = stock_of(api, PRODUCT)
            balance_before = balance_of(api)
            placed = buy(api)
            order_id = placed["order"]["id"]  # type: ignore[index]
            assert order_id == 74
            assert order_state(api, order_id)["status"] == "processing"
            balance_after = balance_of(api)
            assert balance_after == balance_before - placed["charged_usd"]  # type: ignore[operator]
            assert stock_of(api, PRODUCT) == stock_before - 2
        assert state_file.exists()

    with SandboxServer(config(state_file, port=port)) as second:
        assert second.url == first.url
        with client(second.url, second.api_key) as api:
            # Placed before the restart, it completes after it: the delay counts from checkout.
            wait_until(lambda: order_state(api, order_id)["status"] == "completed")
            restored = order_state(api, order_id)
            assert restored["product_id"] == PRODUCT
            assert restored["quantity"] == 2
            assert restored["download_filename"] == f"order-{order_id}.zip"
            assert balance_of(api) == balance_after
            assert stock_of(api, PRODUCT) == stock_before - 2

            response = api.get(download(order_id))
            assert response.status_code == 200
            with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
                assert archive.testzip() is None
                assert archive.namelist()

            following = buy(api, quantity=1)
            assert following["order"]["id"] == order_id + 1  # type: ignore[index]
            assert following["local_order_id"] == placed["local_order_id"] + 1  # type: ignore[operator]

        # Someone else's key still cannot see it.
        other = second.add_key(Decimal("1"))
        with client(second.url, other) as stranger:
            assert stranger.get(order(order_id)).status_code == 404


def test_the_state_file_is_small_exact_json(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    with SandboxServer(config(state_file, order_delay=60)) as sandbox:
        key = sandbox.add_key(Decimal("10.1234"))
        with client(sandbox.url, key) as api:
            buy(api, quantity=3)
        saved = json.loads(state_file.read_text())
    assert saved["wallets"][key] == str(Decimal("10.1234") - 3 * Decimal("0.7245"))
    assert saved["orders"][0]["charged"] == "2.1735"
    assert saved["orders"][0]["completed"] is False
    assert saved["next_order_id"] == 75
    assert list(saved["stock"]) == [str(PRODUCT)]  # only what changed, not the whole catalog
    assert not (tmp_path / "state.json.tmp").exists()
    assert state_file.stat().st_mode & 0o077 == 0
    state = load_state(state_file, seed=1)
    assert state is not None
    assert state.wallets[key] == Decimal("7.9499")


def test_a_completion_is_saved(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    sandbox = SandboxServer(config(state_file, order_delay=3600))
    with sandbox, client(sandbox.url, sandbox.api_key) as api:
        order_id = buy(api)["order"]["id"]  # type: ignore[index]
        sandbox.complete_order(order_id)
    state = load_state(state_file, seed=1)
    assert state is not None
    assert state.orders[0].completed


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"version": 1}', json.dumps({"version": 99}).encode(), b"\xff\xfe"],
)
@pytest.mark.expected_log(r"^Sandbox state .* is not a valid sandbox state")
def test_a_corrupt_state_file_starts_fresh_and_is_kept_aside(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    state_file = tmp_path / "state.json"
    state_file.write_bytes(content)
    sandbox = SandboxServer(config(state_file))
    with caplog.at_level(logging.WARNING), sandbox, client(sandbox.url, sandbox.api_key) as api:
        assert balance_of(api) == Decimal("315.56")
        assert buy(api)["order"]["id"] == 74  # type: ignore[index]
    assert (tmp_path / "state.json.bad").read_bytes() == content
    assert "starting fresh" in caplog.text
    fresh = load_state(state_file, seed=1)
    assert fresh is not None
    assert [stored.id for stored in fresh.orders] == [74]


@pytest.mark.expected_log(r"^Sandbox state .* belongs to catalog seed")
def test_a_state_of_another_catalog_seed_is_not_used(tmp_path: Path) -> None:
    state_file = tmp_path / "state.json"
    with SandboxServer(config(state_file)) as sandbox, client(sandbox.url, sandbox.api_key) as api:
        buy(api)
    other_seed = SandboxConfig(large_category_size=0, seed=2, state_file=state_file)
    with SandboxServer(other_seed) as sandbox, client(sandbox.url, sandbox.api_key) as api:
        assert buy(api)["order"]["id"] == 74  # type: ignore[index]
    assert (tmp_path / "state.json.bad").exists()


def test_without_a_state_file_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with SandboxServer(config(None)) as sandbox, client(sandbox.url, sandbox.api_key) as api:
        order_id = buy(api)["order"]["id"]  # type: ignore[index]
        sandbox.complete_order(order_id)
    assert list(tmp_path.iterdir()) == []
