"""Fixtures of the network tests: real HTTP and SOCKS5 proxies on loopback (``proxies.py``)."""

from tests.network.proxies import (
    http_proxy,
    http_proxy_with_password,
    proxy_loopback,
    socks_proxy,
    socks_proxy_with_password,
)

__all__ = [
    "http_proxy",
    "http_proxy_with_password",
    "proxy_loopback",
    "socks_proxy",
    "socks_proxy_with_password",
]
