"""Following a download's redirects one hop at a time, each hop checked before it is taken."""

from __future__ import annotations

from typing import Final

import httpx

from teleaccounthub.api.errors import ApiText, UnexpectedResponse
from teleaccounthub.api.urls import is_loopback_host

MAX_REDIRECTS: Final = 5


def next_hop(current: httpx.URL, location: str) -> httpx.URL:
    """Where a redirect from ``current`` to ``location`` leads; ``UnexpectedResponse`` if refused.

    Allowed: ``https://`` anywhere, plain ``http://`` only to a loopback host (the sandbox), and
    never from ``https://`` to ``http://`` (that would put the file in clear text on the wire).
    """
    try:
        target = current.join(location.strip())
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise UnexpectedResponse(
            ApiText.tr(
                "The store redirected the download to an address that is not valid; "
                "it was not followed."
            )
        ) from error
    secure = target.scheme == "https"
    local_http = target.scheme == "http" and is_loopback_host(target.host)
    if not target.host or not (secure or local_http) or (current.scheme == "https" and not secure):
        raise UnexpectedResponse(
            ApiText.tr(
                "The store redirected the download to an insecure address ({address}); "
                "it was not followed."
            ).format(address=shown(target))
        )
    return target


def same_origin(one: httpx.URL, other: httpx.URL) -> bool:
    """Same scheme, host and port (the default port spelled or not)."""
    return (one.scheme, one.host, _port(one)) == (other.scheme, other.host, _port(other))


def too_many_redirects() -> UnexpectedResponse:
    return UnexpectedResponse(
        ApiText.tr(
            "The store redirected the download more than %n time(s); it was not followed further.",
            "",
            MAX_REDIRECTS,
        )
    )


def shown(url: httpx.URL) -> str:
    """The scheme, host and port of ``url`` followed by "/…": where it goes, never a token."""
    port = f":{url.port}" if url.port is not None else ""
    host = f"[{url.host}]" if ":" in url.host else url.host
    return f"{url.scheme}://{host}{port}/…" if url.host else f"{url.scheme}:…"


def _port(url: httpx.URL) -> int | None:
    if url.port is not None:
        return url.port
    return {"http": 80, "https": 443}.get(url.scheme)
