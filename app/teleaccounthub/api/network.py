"""What a failed exchange with the store means: a human message, and whether to try again."""

from __future__ import annotations

import httpx

from teleaccounthub.api.errors import ApiText, TransportError


def proxy_refused_credentials() -> str:
    return ApiText.tr("The proxy refused the user name or password.")


def transport_error(error: httpx.HTTPError, proxy: str | None = None) -> TransportError:
    """A ``TransportError`` that says in plain words what went wrong with the network.

    ``proxy``: the ``host:port`` of the proxy the request went through, if any: a connection
    that cannot be made is then a connection to the proxy."""
    if proxy is not None:
        message = _proxy_message(error, proxy)
        if message is not None:
            return TransportError(message)
    return TransportError(_message(error))


def _proxy_message(error: httpx.HTTPError, proxy: str) -> str | None:
    detail = str(error).strip()
    lowered = detail.lower()
    if isinstance(error, httpx.ProxyError):
        if "407" in detail or "password" in lowered or "auth" in lowered:
            return proxy_refused_credentials()
        if not detail:
            return ApiText.tr("The proxy at {proxy} could not reach the store.").format(proxy=proxy)
        # The detail is the proxy's or httpx's own words, kept as they are.
        return ApiText.tr("The proxy at {proxy} could not reach the store ({detail}).").format(
            proxy=proxy, detail=detail
        )
    if isinstance(error, httpx.ConnectTimeout):
        return ApiText.tr(
            "No proxy answers at {proxy} in time. Check its address and port."
        ).format(proxy=proxy)
    if (
        isinstance(error, httpx.ConnectError)
        and "SSL" not in detail
        and "certificate" not in lowered
    ):
        return ApiText.tr("No proxy answers at {proxy}. Check its address and port.").format(
            proxy=proxy
        )
    return None


def is_retryable(error: httpx.HTTPError) -> bool:
    """Worth another try for a GET: no connection, a timeout, a broken or cut-short answer."""
    return isinstance(
        error, httpx.NetworkError | httpx.TimeoutException | httpx.RemoteProtocolError
    )


def never_sent(error: httpx.HTTPError) -> bool:
    """The request provably never left this computer, so even a checkout may be sent again.

    Only a failure to connect qualifies: a refused or unreachable connection, or a failed TLS
    handshake (each checkout uses a fresh connection, so no request was written before it).
    A connect *timeout* is not retried, but is also known not to have sent anything.
    """
    return isinstance(error, httpx.ConnectError)


def not_sent(error: httpx.HTTPError) -> bool:
    """The request was not sent (whether or not another try would help)."""
    return isinstance(
        error,
        httpx.ConnectError
        | httpx.ConnectTimeout
        | httpx.PoolTimeout
        | httpx.UnsupportedProtocol
        | httpx.ProxyError,
    )


def _message(error: httpx.HTTPError) -> str:
    detail = str(error).strip()
    if isinstance(error, httpx.ConnectTimeout):
        return ApiText.tr("Could not connect to the store in time. Check the internet connection.")
    if isinstance(error, httpx.ConnectError):
        if "CERTIFICATE_VERIFY_FAILED" in detail or "certificate" in detail.lower():
            return ApiText.tr(
                "The store's security certificate could not be verified, so nothing was sent. "
                "The network may be intercepting the connection."
            )
        if "SSL" in detail or "TLS" in detail:
            return ApiText.tr("A secure connection to the store could not be set up.")
        return ApiText.tr("Could not connect to the store. Check the internet connection.")
    if isinstance(error, httpx.ReadTimeout | httpx.WriteTimeout):
        return ApiText.tr("The store did not answer in time.")
    if isinstance(error, httpx.PoolTimeout):
        return ApiText.tr("Too many requests to the store are already waiting; try again.")
    if isinstance(error, httpx.RemoteProtocolError):
        return ApiText.tr("The connection to the store was closed before the answer was complete.")
    if isinstance(error, httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return ApiText.tr("The connection to the store was interrupted.")
    if isinstance(error, httpx.ProxyError):
        return ApiText.tr("The proxy server refused the connection to the store.")
    if isinstance(error, httpx.TooManyRedirects):
        return ApiText.tr("The store redirected the request too many times.")
    if isinstance(error, httpx.DecodingError):
        return ApiText.tr("The store's answer could not be decoded.")
    return ApiText.tr("The request to the store failed.")
