"""A download's redirects are followed one checked hop at a time: https, or http on loopback,
never down from https, at most five hops, the key only to the store's own origin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from teleaccounthub.api import Client, UnexpectedResponse
from teleaccounthub.api.redirects import MAX_REDIRECTS, next_hop, same_origin
from tests.api.helpers import names, zip_bytes
from tests.api.scripted_server import Reply, ScriptedServer

DOWNLOAD = "/api/v1/securetd/orders/74/download"
KEY = "tgsk_redirect_key"


def moved(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", "text/plain", headers={"Location": location})


@pytest.fixture
def elsewhere() -> Iterator[ScriptedServer]:
    """A second loopback server: another origin (another port)."""
    with ScriptedServer() as server:
        yield server


async def test_a_redirect_to_plain_http_elsewhere_is_refused_in_words(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    scripted.script(DOWNLOAD, moved("http://files.example.com/order-74.zip?token=abc"))
    async with Client(scripted.url, KEY) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.download(74, tmp_path / "order.zip")
    assert caught.value.message == (
        "The store redirected the download to an insecure address "
        "(http://files.example.com/…); it was not followed."
    )
    assert names(tmp_path) == []
    assert len(scripted.requests) == 1  # refused, not retried


async def test_a_hop_to_another_loopback_origin_is_followed_without_the_key(
    scripted: ScriptedServer, elsewhere: ScriptedServer, tmp_path: Path
) -> None:
    body = zip_bytes()
    scripted.script(DOWNLOAD, moved(f"{elsewhere.url}/files/74.zip", 307))
    elsewhere.script("/files/74.zip", moved(f"{scripted.url}/back/74.zip"))
    scripted.script("/back/74.zip", Reply(200, body, "application/zip"))
    async with Client(scripted.url, KEY) as client:
        saved = await client.download(74, tmp_path / "order.zip")
    assert saved.read_bytes() == body
    [away] = elsewhere.requests
    assert "authorization" not in away.headers
    first, back = scripted.requests
    assert first.headers["authorization"] == back.headers["authorization"] == f"Bearer {KEY}"


async def test_more_than_five_hops_are_refused(scripted: ScriptedServer, tmp_path: Path) -> None:
    scripted.script(DOWNLOAD, moved(DOWNLOAD))  # a loop: relative, back to itself
    async with Client(scripted.url, KEY) as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.download(74, tmp_path / "order.zip")
    assert "more than 5 times" in caught.value.message
    assert len(scripted.requests) == MAX_REDIRECTS + 1
    assert names(tmp_path) == []


@pytest.mark.parametrize(
    ("current", "location", "followed"),
    [
        ("https://shop.example/d", "https://cdn.example/f.zip", True),
        ("https://shop.example/d", "/f.zip", True),
        ("http://127.0.0.1:8080/d", "http://localhost:9000/f.zip", True),
        ("http://127.0.0.1:8080/d", "https://cdn.example/f.zip", True),
        ("https://shop.example/d", "http://cdn.example/f.zip", False),
        ("https://shop.example/d", "http://127.0.0.1/f.zip", False),  # never down from https
        ("http://127.0.0.1:8080/d", "http://10.0.0.5/f.zip", False),
        ("https://shop.example/d", "ftp://shop.example/f.zip", False),
        ("https://shop.example/d", "javascript:alert(1)", False),
        ("https://shop.example/d", "file:///etc/passwd", False),
    ],
)
def test_each_hop_is_checked(current: str, location: str, followed: bool) -> None:
    if followed:
        assert next_hop(httpx.URL(current), location) == httpx.URL(current).join(location)
    else:
        with pytest.raises(UnexpectedResponse, match="it was not followed"):
            next_hop(httpx.URL(current), location)


def test_the_origin_compares_scheme_host_and_port() -> None:
    assert same_origin(httpx.URL("https://a.example/x"), httpx.URL("https://a.example:443/y"))
    assert not same_origin(httpx.URL("https://a.example"), httpx.URL("https://a.example:8443"))
    assert not same_origin(httpx.URL("https://a.example"), httpx.URL("http://a.example"))
    assert not same_origin(httpx.URL("https://a.example"), httpx.URL("https://b.example"))
