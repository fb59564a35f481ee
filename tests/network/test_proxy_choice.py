"""What the customer types for a manual proxy is judged in words, and which proxy a request
takes: the system's (environment, Windows and macOS settings through urllib), none, or manual;
loopback always direct."""

from __future__ import annotations

import pytest

from teleaccounthub.api.proxy import (
    PROXY_LOOPBACK_ENV,
    ProxyConfig,
    ProxyMode,
    ProxyScheme,
    manual_proxy,
    proxy_for,
)

STORE = "https://shop.example"
SOCKS = ProxyScheme.SOCKS5


@pytest.mark.parametrize(
    ("host", "port", "user", "password", "message"),
    [
        ("", "1080", "", "", "Enter the proxy's address"),
        ("   ", "1080", "", "", "Enter the proxy's address"),
        ("proxy example.com", "1080", "", "", "cannot contain spaces"),
        ("socks5://proxy.example.com", "1080", "", "", "without http://"),
        ("proxy.example.com:1080", "1080", "", "", "Put the port in the Port field"),
        ("a" * 254, "1080", "", "", "too long"),
        ("user@proxy", "1080", "", "", "can only be a name"),
        ("proxy.example.com", "", "", "", "Enter the proxy's port"),
        ("proxy.example.com", "port", "", "", "from 1 to 65535"),
        ("proxy.example.com", "-1", "", "", "from 1 to 65535"),
        ("proxy.example.com", "0", "", "", "from 1 to 65535"),
        ("proxy.example.com", "65536", "", "", "from 1 to 65535"),
        ("proxy.example.com", "99999999999999999999", "", "", "from 1 to 65535"),
        ("proxy.example.com", "１０８０", "", "", "from 1 to 65535"),  # full-width digits
        ("proxy.example.com", "1080", " buyer", "", "cannot start or end with a space"),
        ("proxy.example.com", "1080", "", "secret", "Enter the user name"),
        ("proxy.example.com", "1080", "b" * 256, "", "user name is too long"),
        ("proxy.example.com", "1080", "buyer", "p" * 256, "password is too long"),
        ("proxy.example.com", "1080", "buyer", "line\nbreak", "characters a password cannot"),
    ],
)
def test_a_manual_proxy_that_does_not_check_out_says_why(
    host: str, port: str, user: str, password: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        manual_proxy(SOCKS, host, port, user, password)


def test_a_manual_proxy_keeps_what_was_typed_and_quotes_the_credentials() -> None:
    config = manual_proxy(SOCKS, " proxy.example.com ", " 1080 ", "me@work", "p:a ss/wörd")
    assert (config.host, config.port, config.user) == ("proxy.example.com", 1080, "me@work")
    assert config.url() == "socks5://me%40work:p%3Aa%20ss%2Fw%C3%B6rd@proxy.example.com:1080"
    assert "p:a ss" not in repr(config)
    assert manual_proxy(ProxyScheme.HTTP, "[::1]", "3128").url() == "http://[::1]:3128"


def test_the_system_proxy_comes_from_the_platform_and_its_exceptions() -> None:
    found = {"https": "corp-proxy:3128", "http": "http://other:80"}
    assert proxy_for(ProxyConfig(), STORE, system=lambda: found, bypass=lambda _h: False) == (
        "http://corp-proxy:3128"  # Windows writes "host:port": an HTTP proxy
    )
    assert proxy_for(ProxyConfig(), STORE, system=lambda: found, bypass=lambda _h: True) is None
    socks = {"all": "socks://corp:1080"}
    assert proxy_for(ProxyConfig(), STORE, system=lambda: socks, bypass=lambda _h: False) == (
        "socks5://corp:1080"
    )
    odd = {"https": "ftp://corp:21"}
    assert proxy_for(ProxyConfig(), STORE, system=lambda: odd, bypass=lambda _h: False) is None


def test_the_system_proxy_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "https_proxy"):
        monkeypatch.setenv(name, "http://env-proxy:8080")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.setenv(name, "intranet.example")
    assert proxy_for(ProxyConfig(), STORE) == "http://env-proxy:8080"
    assert proxy_for(ProxyConfig(), "https://intranet.example") is None
    assert proxy_for(ProxyConfig(ProxyMode.NONE), STORE) is None


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9"])
@pytest.mark.parametrize("mode", list(ProxyMode))
def test_loopback_is_never_proxied(
    url: str, mode: ProxyMode, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PROXY_LOOPBACK_ENV, raising=False)
    config = manual_proxy(SOCKS, "corp", "1080") if mode is ProxyMode.MANUAL else ProxyConfig(mode)
    everything = {"http": "http://corp:3128", "all": "http://corp:3128"}
    assert proxy_for(config, url, system=lambda: everything, bypass=lambda _h: False) is None


def test_a_manual_proxy_is_used_for_the_store() -> None:
    config = manual_proxy(SOCKS, "corp", "1080", "me", "pw")
    assert proxy_for(config, STORE) == "socks5://me:pw@corp:1080"
