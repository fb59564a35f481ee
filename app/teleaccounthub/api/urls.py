"""The store's base URL: normalised, and refused where it would send the key in clear text."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from teleaccounthub.api.errors import ApiText, InsecureUrl

_LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1`` — traffic that never leaves this computer."""
    name = host.strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_base_url(base_url: str) -> str:
    """``base_url`` without surrounding spaces or a trailing slash; raises ``InsecureUrl``.

    This decides whether a URL may be given the key; ``local.account.canonical_base_url`` then
    gives the one spelling under which the store's data is kept on this computer.

    Only ``https://`` is accepted, or ``http://`` to a loopback host (the sandbox). User names,
    passwords, queries and fragments have no place in a base URL and are refused too.
    """
    text = base_url.strip().rstrip("/")
    # urllib, not httpx: the command line checks the address before the window is painted, and
    # importing httpx costs more than Qt itself (httpx parses it again on every request).
    try:
        url = urlsplit(text)
        url.port  # noqa: B018  (raises ValueError for a port that is not a number in range)
    except (ValueError, TypeError) as error:
        raise InsecureUrl(
            ApiText.tr("{address} is not a valid address for the store.").format(
                address=_shown(text)
            )
        ) from error
    host = url.hostname or ""
    if url.scheme not in ("http", "https") or not host or not _valid_host(host):
        raise InsecureUrl(
            ApiText.tr(
                "{address} is not a valid address for the store; it must start with https://."
            ).format(address=_shown(text))
        )
    if url.username is not None or url.password is not None or url.query or url.fragment:
        raise InsecureUrl(
            ApiText.tr(
                "The store's address may not contain a user name, a password, a query or a "
                "fragment."
            )
        )
    if url.scheme == "http" and not is_loopback_host(host):
        raise InsecureUrl(
            ApiText.tr(
                "Refusing {address}: plain http:// would send the API key unencrypted. "
                "Use https://."
            ).format(address=_shown(text))
        )
    return text


def _valid_host(host: str) -> bool:
    if any(ch.isspace() or ch in _BAD_HOST_CHARACTERS for ch in host):
        return False
    try:
        host.encode("idna")
    except UnicodeError:
        return ":" in host  # an IPv6 address is not a name
    return True


_BAD_HOST_CHARACTERS = frozenset('<>"{}|\\^`%/?#@')


def _shown(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:77] + "...")
