"""Downloads: real ZIPs of the configured size, from disk, and the redirect to a second origin."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from tests.sandbox.helpers import (
    CHECKOUT,
    PAGE_CHECKOUT_BODY,
    assert_error,
    client,
    download,
    order,
)


def place(api: httpx.Client, product_id: int = 56, quantity: int = 1) -> int:
    response = api.post(CHECKOUT, json={"product_id": product_id, "quantity": quantity})
    assert response.status_code == 200, response.text
    order_id: int = response.json()["order"]["id"]
    return order_id


def test_download_before_completion_is_400(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = place(api)
    message = assert_error(api.get(download(order_id)), 400, "BAD_REQUEST")
    assert "not ready" in message
    assert_error(api.get(download(999)), 404, "NOT_FOUND")


def test_zip_has_readme_one_entry_per_unit_and_the_configured_size(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = place(api, product_id=56, quantity=3)
    sandbox.complete_order(order_id)
    response = api.get(download(order_id))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == f'attachment; filename="order-{order_id}.zip"'
    assert int(response.headers["content-length"]) == len(response.content)
    assert len(response.content) == sandbox.config.zip_size
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert names == [
            "README.txt",
            "accounts/0001.json",
            "accounts/0002.json",
            "accounts/0003.json",
            "padding.bin",
        ]
        assert "Philippines +63" in archive.read("README.txt").decode()
        account = json.loads(archive.read("accounts/0002.json"))
        assert account["phone"].startswith("+63")
        assert account["product"] == "Philippines +63"


def test_a_large_zip_streams_with_its_exact_size() -> None:
    size = 3 * 1024 * 1024 + 17
    config = SandboxConfig(order_delay=0, zip_size=size, large_category_size=0)
    with SandboxServer(config) as server, client(server.url, server.api_key) as api:
        order_id = place(api)
        received = 0
        with api.stream("GET", download(order_id)) as response:
            assert int(response.headers["content-length"]) == size
            for chunk in response.iter_bytes():
                received += len(chunk)
    assert received == size


def test_each_zip_is_built_once_and_served_the_same(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    order_id = place(api)
    sandbox.complete_order(order_id)
    with ThreadPoolExecutor(max_workers=4) as pool:
        bodies = list(pool.map(lambda _: api.get(download(order_id)).content, range(4)))
    assert len(set(bodies)) == 1
    assert api.get(download(order_id)).content == bodies[0]


def test_range_requests_resume_a_download(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = place(api)
    sandbox.complete_order(order_id)
    whole = api.get(download(order_id)).content
    tail = api.get(download(order_id), headers={"Range": "bytes=1000-"})
    assert tail.status_code == 206
    assert tail.content == whole[1000:]


def test_zips_are_removed_when_the_server_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    config = SandboxConfig(order_delay=0, zip_size=4096, large_category_size=0)
    with SandboxServer(config) as server, client(server.url, server.api_key) as api:
        assert api.get(download(place(api))).status_code == 200
        assert [p.name for p in tmp_path.glob("*/*.zip")] == ["order-74.zip"]
    assert list(tmp_path.iterdir()) == []


def test_redirected_download_reaches_the_second_origin_without_the_key(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    sandbox.complete_order(74)
    direct = api.get(download(74)).content
    sandbox.faults.redirect_downloads()
    redirect = api.get(download(74))
    assert redirect.status_code == 302
    location = redirect.headers["location"]
    assert location.startswith(sandbox.second_url + "/files/74/order-74.zip?token=")
    assert sandbox.api_key not in location
    # httpx drops Authorization on a cross-origin redirect, as the app must.
    followed = api.get(download(74), follow_redirects=True)
    assert followed.status_code == 200
    assert followed.content == direct
    second = [r for r in sandbox.requests if r.origin == "second"]
    assert len(second) == 1
    assert "authorization" not in second[0].headers
    # A client that forwards the key is seen doing it.
    api.get(location)
    leaked = [r for r in sandbox.requests if r.origin == "second"][-1]
    assert leaked.headers["authorization"] == f"Bearer {sandbox.api_key}"
    sandbox.faults.redirect_downloads(enabled=False)
    assert api.get(download(74)).status_code == 200


def test_second_origin_refuses_a_bad_link(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = place(api)
    sandbox.complete_order(order_id)
    sandbox.faults.redirect_downloads()
    location = httpx.URL(api.get(download(order_id)).headers["location"])
    with client() as stranger:
        forged = location.copy_set_param("token", "0" * 64)
        assert_error(stranger.get(forged), 403, "FORBIDDEN")
        other_file = location.copy_with(path=f"/files/{order_id}/other.zip")
        assert_error(stranger.get(other_file), 404, "NOT_FOUND")
        assert stranger.get(location).status_code == 200


def test_order_status_and_download_agree(sandbox: SandboxServer, api: httpx.Client) -> None:
    order_id = place(api)
    sandbox.complete_order(order_id)
    filename = api.get(order(order_id)).json()["order"]["download_filename"]
    disposition = api.get(download(order_id)).headers["content-disposition"]
    assert disposition == f'attachment; filename="{filename}"'
