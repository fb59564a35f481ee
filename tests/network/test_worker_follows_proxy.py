"""The catalog's worker thread asks for the proxy before each request: a proxy applied in
Settings reaches the catalog's next request without a restart."""

from __future__ import annotations

import pytest

from teleaccounthub.api.proxy import ProxyConfig, ProxyMode
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.catalog_worker import CatalogWorker
from tests.network.proxies import ProxyServer

pytestmark = pytest.mark.usefixtures("proxy_loopback")


async def test_a_new_proxy_reaches_the_next_catalog_request(
    socks_proxy_with_password: ProxyServer, sandbox: SandboxServer
) -> None:
    proxy = socks_proxy_with_password
    port = int(sandbox.url.rsplit(":", 1)[1])
    current = [ProxyConfig(ProxyMode.NONE)]
    worker = CatalogWorker(sandbox.url, max_retries=0, proxy=lambda: current[0])
    try:
        assert (await worker.categories()).categories
        current[0] = proxy.config()
        assert (await worker.categories()).categories
        proxy.wait_until(lambda: proxy.forwarded_to(port) >= 1)
        assert proxy.forwarded_to(port) == 1  # the first request went direct
    finally:
        await worker.aclose()
