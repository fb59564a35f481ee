"""Which proxy the requests to the store go through, and how certificates are checked.

``ProxyConfig`` is the customer's choice: the system's proxy (the default: environment variables
and, through ``urllib.request.getproxies``, the Windows and macOS system settings), no proxy, or
a manual HTTP or SOCKS5 proxy with an optional user name and password. ``proxy_for`` gives the
proxy URL for one address under it, or None for a direct connection. Loopback (the sandbox) is
never proxied, unless ``PROXY_LOOPBACK_ENV`` is set: tests and demonstrations use it to send the
sandbox's traffic through a local proxy, which is otherwise impossible to observe.

``tls_context`` verifies against the operating system's trust store (``truststore``), so a
company's inspecting proxy works once the company's root is installed in the system, and a
self-signed server is still refused.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Final
from urllib.parse import quote, urlsplit

from teleaccounthub.api.errors import ApiText
from teleaccounthub.api.urls import is_loopback_host

if TYPE_CHECKING:
    import ssl

log = logging.getLogger(__name__)

# Set to 1 to proxy loopback addresses too (tests and demonstrations only).
PROXY_LOOPBACK_ENV: Final = "TELEACCOUNTHUB_PROXY_LOOPBACK"

MAX_HOST_LENGTH: Final = 253
# SOCKS5 allows 255 bytes each for the user name and the password.
MAX_CREDENTIAL_BYTES: Final = 255

# The patterns httpx mounts to go direct: loopback whatever the proxy.
LOOPBACK_PATTERNS: Final = ("all://127.0.0.1", "all://localhost", "all://[::1]")


class ProxyMode(StrEnum):
    SYSTEM = "system"
    NONE = "none"
    MANUAL = "manual"


class ProxyScheme(StrEnum):
    HTTP = "http"
    SOCKS5 = "socks5"


@dataclass(frozen=True, slots=True)
class ProxyConfig:
    """How to reach the store. ``host``, ``port``, ``user`` and ``password`` matter for MANUAL
    only; build a manual one with ``manual_proxy`` (which checks them)."""

    mode: ProxyMode = ProxyMode.SYSTEM
    scheme: ProxyScheme = ProxyScheme.HTTP
    host: str = ""
    port: int = 0
    user: str = ""
    password: str = field(default="", repr=False)

    @property
    def address(self) -> str:
        """``host:port`` as people write it (an IPv6 host in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def url(self) -> str:
        """The manual proxy's URL for httpx, credentials included (quoted)."""
        credentials = ""
        if self.user:
            credentials = quote(self.user, safe="")
            if self.password:
                credentials += ":" + quote(self.password, safe="")
            credentials += "@"
        return f"{self.scheme.value}://{credentials}{self.address}"

    def without_password(self) -> ProxyConfig:
        return ProxyConfig(self.mode, self.scheme, self.host, self.port, self.user)


def manual_proxy(
    scheme: ProxyScheme, host: str, port: str, user: str = "", password: str = ""
) -> ProxyConfig:
    """A checked manual proxy from what the customer typed; ``ValueError`` says what is wrong."""
    return ProxyConfig(
        ProxyMode.MANUAL,
        scheme,
        _checked_host(host),
        _checked_port(port),
        _checked_user(user, password),
        _checked_password(password),
    )


def proxy_for(
    config: ProxyConfig,
    url: str,
    *,
    system: Callable[[], Mapping[str, str]] | None = None,
    bypass: Callable[[str], bool] | None = None,
) -> str | None:
    """The proxy URL for a request to ``url`` under ``config``; None: connect directly."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if is_loopback_host(host) and not loopback_proxied():
        return None
    if config.mode is ProxyMode.NONE:
        return None
    if config.mode is ProxyMode.MANUAL:
        return config.url()
    # urllib.request (with ssl and http.client) only now: settings read this module before the
    # window paints.
    import urllib.request

    if (bypass or urllib.request.proxy_bypass)(host):
        return None
    proxies = (system or urllib.request.getproxies)()
    found = proxies.get(parts.scheme) or proxies.get("all")
    return _usable_system_proxy(found) if found else None


def address_of(proxy_url: str) -> str:
    """``host:port`` of a proxy URL, without its credentials: what messages may show."""
    return urlsplit(proxy_url).netloc.rpartition("@")[2]


def loopback_proxied() -> bool:
    return os.environ.get(PROXY_LOOPBACK_ENV, "") == "1"


def tls_context() -> ssl.SSLContext:
    """Certificates checked against the operating system's trust store."""
    import ssl

    import truststore  # imported late: it loads the platform's TLS libraries

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


_SYSTEM_SCHEMES: Final = {"http": "http", "https": "http", "socks5": "socks5", "socks": "socks5"}


def _usable_system_proxy(value: str) -> str | None:
    # Windows and macOS settings often give "host:port" without a scheme: that is an HTTP proxy.
    text = value.strip()
    if "://" not in text:
        text = "http://" + text
    scheme, _, rest = text.partition("://")
    kind = _SYSTEM_SCHEMES.get(scheme.lower())
    if kind is None or not rest:
        log.info("The system's proxy %r is not one this app can use; connecting directly", scheme)
        return None
    return f"{kind}://{rest}"


def _checked_host(text: str) -> str:
    host = text.strip()
    if not host:
        raise ValueError(
            ApiText.tr("Enter the proxy's address, for example {example}.").format(
                example=_EXAMPLE_HOST
            )
        )
    if "://" in host:
        raise ValueError(
            ApiText.tr(
                "Enter only the proxy's address, for example {example}, without {http} or "
                "{socks} (choose the kind of proxy above)."
            ).format(example=_EXAMPLE_HOST, http="http://", socks="socks5://")
        )
    if any(ch.isspace() for ch in host):
        raise ValueError(ApiText.tr("The proxy's address cannot contain spaces."))
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if len(host) > MAX_HOST_LENGTH:
        raise ValueError(
            ApiText.tr(
                "The proxy's address is too long (at most %n character(s)).", "", MAX_HOST_LENGTH
            )
        )
    if any(ch in _BAD_HOST_CHARACTERS for ch in host) or not host.isprintable():
        raise ValueError(
            ApiText.tr(
                "The proxy's address can only be a name such as {example} or an IP address."
            ).format(example=_EXAMPLE_HOST)
        )
    if ":" in host and not _is_ipv6(host):
        raise ValueError(ApiText.tr("Put the port in the Port field, not in the address."))
    return host


def _checked_port(text: str) -> int:
    port = text.strip()
    if not port:
        raise ValueError(ApiText.tr("Enter the proxy's port, a number such as 8080 or 1080."))
    if not port.isascii() or not port.isdigit() or len(port) > 5 or not 1 <= int(port) <= 65535:
        raise ValueError(ApiText.tr("The port must be a whole number from 1 to 65535."))
    return int(port)


def _checked_user(user: str, password: str) -> str:
    if user != user.strip():
        raise ValueError(ApiText.tr("The user name cannot start or end with a space."))
    if not user and password:
        raise ValueError(ApiText.tr("Enter the user name that goes with the password."))
    if len(user.encode("utf-8")) > MAX_CREDENTIAL_BYTES:
        raise ValueError(
            ApiText.tr(
                "The user name is too long (at most %n character(s)).", "", MAX_CREDENTIAL_BYTES
            )
        )
    if not user.isprintable():
        raise ValueError(ApiText.tr("The user name contains characters a user name cannot have."))
    return user


def _checked_password(password: str) -> str:
    if len(password.encode("utf-8")) > MAX_CREDENTIAL_BYTES:
        raise ValueError(
            ApiText.tr(
                "The password is too long (at most %n character(s)).", "", MAX_CREDENTIAL_BYTES
            )
        )
    if any(ch in "\r\n\x00" for ch in password):
        raise ValueError(ApiText.tr("The password contains characters a password cannot have."))
    return password


def _is_ipv6(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(host)
    except ValueError:
        return False
    return True


_BAD_HOST_CHARACTERS: Final = frozenset('<>"{}|\\^`%/?#@')
_EXAMPLE_HOST: Final = "proxy.example.com"
