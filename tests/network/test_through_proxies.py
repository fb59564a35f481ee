"""The client reaches the sandbox through a real HTTP and a real SOCKS5 proxy (pproxy), with and
without a password; a wrong password or a proxy that is not there is said in words; loopback goes
direct unless the tests opt in (``proxy_loopback``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.api import Client, TransportError
from teleaccounthub.api.network import proxy_refused_credentials
from teleaccounthub.api.proxy import ProxyConfig, ProxyMode, ProxyScheme, manual_proxy
from teleaccounthub.api.redaction import redact
from teleaccounthub.sandbox import SandboxServer
from tests.network.proxies import PASSWORD, ProxyServer, free_port

pytestmark = pytest.mark.usefixtures("proxy_loopback")


def port_of(sandbox: SandboxServer) -> int:
    return int(sandbox.url.rsplit(":", 1)[1])


@pytest.mark.parametrize("kind", ["http_proxy", "socks_proxy"])
async def test_the_categories_come_through_the_proxy(
    kind: str, request: pytest.FixtureRequest, sandbox: SandboxServer
) -> None:
    proxy: ProxyServer = request.getfixturevalue(kind)
    async with Client(sandbox.url, proxy=proxy.config()) as client:
        categories = await client.categories()
    assert categories.categories
    proxy.wait_until(lambda: proxy.forwarded_to(port_of(sandbox)) >= 1)


@pytest.mark.parametrize("kind", ["http_proxy_with_password", "socks_proxy_with_password"])
async def test_a_purchase_and_its_zip_come_through_a_proxy_with_a_password(
    kind: str, request: pytest.FixtureRequest, sandbox: SandboxServer, tmp_path: Path
) -> None:
    proxy: ProxyServer = request.getfixturevalue(kind)
    async with Client(sandbox.url, sandbox.api_key, proxy=proxy.config()) as client:
        before = (await client.balance()).balance_usd
        categories = await client.categories()
        listing = await client.products(categories.categories[0].category_id)
        product = next(p for p in listing.products if p.total_stock > 0)
        result = await client.checkout(product.product_id, 1)
        after = (await client.balance()).balance_usd
        sandbox.complete_order(result.order.id)
        saved = await client.download(result.order.id, tmp_path / "order.zip")
    assert before - after == result.charged_usd > Decimal(0)
    assert saved.stat().st_size > 0
    # The JSON calls share a pooled connection; the checkout and the download have their own.
    proxy.wait_until(lambda: proxy.forwarded_to(port_of(sandbox)) >= 3)
    assert proxy.refused_credentials() == 0


@pytest.mark.parametrize("kind", ["http_proxy_with_password", "socks_proxy_with_password"])
async def test_a_wrong_password_is_said_in_words(
    kind: str, request: pytest.FixtureRequest, sandbox: SandboxServer
) -> None:
    proxy: ProxyServer = request.getfixturevalue(kind)
    async with Client(sandbox.url, proxy=proxy.config(password="wrong"), max_retries=0) as client:
        with pytest.raises(TransportError) as raised:
            await client.categories()
    assert raised.value.message == proxy_refused_credentials()
    proxy.wait_for("Unauthorized")
    assert proxy.refused_credentials() == 1
    assert proxy.forwarded_to(port_of(sandbox)) == 0  # logged before "Unauthorized" if at all


async def test_a_purchase_refused_by_the_socks_proxy_was_not_sent(
    socks_proxy_with_password: ProxyServer, sandbox: SandboxServer
) -> None:
    """SOCKS5 refuses before a byte of the request leaves: "not sent", in words. (An HTTP proxy
    answers 407 to the request itself, and may cut the connection before reading all of it:
    that stays "outcome unknown", as the client cannot tell where the request got to.)"""
    config = socks_proxy_with_password.config(password="wrong")
    async with Client(sandbox.url, sandbox.api_key, proxy=config, max_retries=0) as client:
        with pytest.raises(TransportError, match="refused the user name or password"):
            await client.checkout(1, 1)
    assert not [r for r in sandbox.requests if r.method == "POST"]


@pytest.mark.parametrize("scheme", list(ProxyScheme))
async def test_no_proxy_at_the_address_is_said_in_words(
    scheme: ProxyScheme, sandbox: SandboxServer
) -> None:
    port = free_port()  # nothing listens there
    config = manual_proxy(scheme, "127.0.0.1", str(port))
    async with Client(sandbox.url, proxy=config, max_retries=0) as client:
        with pytest.raises(TransportError) as raised:
            await client.categories()
    assert (
        raised.value.message == f"No proxy answers at 127.0.0.1:{port}. Check its address and port."
    )


async def test_the_proxy_password_is_redacted_from_the_logs(
    socks_proxy_with_password: ProxyServer, sandbox: SandboxServer
) -> None:
    async with Client(sandbox.url, proxy=socks_proxy_with_password.config()):
        assert PASSWORD not in redact(f"connecting with {PASSWORD!r}")


@pytest.mark.parametrize("mode", [ProxyMode.SYSTEM, ProxyMode.NONE, ProxyMode.MANUAL])
async def test_loopback_is_never_proxied_without_the_opt_in(
    mode: ProxyMode,
    socks_proxy: ProxyServer,
    sandbox: SandboxServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("TELEACCOUNTHUB_PROXY_LOOPBACK")
    address = f"socks5://127.0.0.1:{socks_proxy.port}"
    for name in ("ALL_PROXY", "HTTP_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, address)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    config = socks_proxy.config() if mode is ProxyMode.MANUAL else ProxyConfig(mode)
    async with Client(sandbox.url, proxy=config) as client:
        assert (await client.categories()).categories
    # A control request through the proxy: once it is in the log, an earlier one would be too.
    monkeypatch.setenv("TELEACCOUNTHUB_PROXY_LOOPBACK", "1")
    async with Client(sandbox.url, proxy=socks_proxy.config()) as control:
        await control.categories()
    socks_proxy.wait_until(lambda: socks_proxy.forwarded_to(port_of(sandbox)) >= 1)
    assert socks_proxy.forwarded_to(port_of(sandbox)) == 1
