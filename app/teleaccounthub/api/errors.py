"""The error tree of the store's API client.

Every failure the client can raise is an ``ApiError``; callers catch the subclass that tells them
what to do (401 → ask for a key, 402 → show what is missing, 429 → count down, ...).
"""

from __future__ import annotations

from teleaccounthub.api.retry import clamp_retry_after
from teleaccounthub.i18n import TrContext

# The customer reads these messages: every api module's texts are in this one context.
ApiText = TrContext("ApiText")


class ApiError(Exception):
    """A request to the store failed; ``error`` and ``message`` are the server's if it sent them."""

    status_code: int | None = None

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.error = error
        if status_code is not None:
            self.status_code = status_code

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, error={self.error!r}, "
            f"message={self.message!r})"
        )


class BadRequest(ApiError):
    """400: missing or invalid input."""

    status_code = 400


class Unauthorized(ApiError):
    """401: missing or invalid API key."""

    status_code = 401


class InsufficientBalance(ApiError):
    """402: the wallet balance is too low."""

    status_code = 402


class Forbidden(ApiError):
    """403: the store refuses access to this item (asking again will not change that)."""

    status_code = 403


class NotFound(ApiError):
    """404: no such category or order (not on the API page, but any HTTP server can answer it)."""

    status_code = 404


class InvalidProduct(ApiError):
    """422: the product is unavailable."""

    status_code = 422


class RateLimited(ApiError):
    """429: too many requests. ``retry_after`` is in seconds, or None if the server gave none;
    it is always clamped into ``[MIN_RETRY_AFTER, MAX_RETRY_AFTER]`` (see ``api.retry``)."""

    status_code = 429

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        status_code: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, error=error, status_code=status_code)
        self.retry_after = clamp_retry_after(retry_after)


class ServerError(ApiError):
    """5xx: the store failed."""


class TransportError(ApiError):
    """The network failed: no connection, a timeout, a connection reset, a TLS failure."""


class UnexpectedResponse(ApiError):
    """The answer was not what the API page promises: not JSON, an HTML page, a wrong shape."""


class CheckoutOutcomeUnknown(ApiError):
    """The checkout request may have reached the store; whether an order was placed is unknown.

    The client never re-sends a checkout after this. The caller should refresh the balance and
    offer to track the order by id.
    """


class InsecureUrl(ApiError):
    """The base URL would send the key in clear text (``http://`` to a non-loopback host)."""
