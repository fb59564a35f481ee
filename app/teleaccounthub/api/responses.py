"""Reading the store's answers: exact JSON, and the error class each failure maps to."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import httpx

from teleaccounthub.api.errors import (
    ApiError,
    BadRequest,
    Forbidden,
    InsufficientBalance,
    InvalidProduct,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
)
from teleaccounthub.api.json_text import decode_json
from teleaccounthub.api.network import PROXY_REFUSED_CREDENTIALS
from teleaccounthub.api.retry import clamp_retry_after, parse_retry_after
from teleaccounthub.api.text import valid_unicode

T = TypeVar("T")

_BY_STATUS: Final[Mapping[int, type[ApiError]]] = {
    400: BadRequest,
    401: Unauthorized,
    402: InsufficientBalance,
    403: Forbidden,
    404: NotFound,
    422: InvalidProduct,
}

_DEFAULT_MESSAGES: Final[Mapping[int, str]] = {
    400: "The store rejected the request as invalid.",
    401: "The store refused the API key.",
    402: "The wallet balance is too low.",
    403: "The store refuses access to this item.",
    404: "The store does not know this item.",
    422: "This product is no longer available.",
    429: "Too many requests; the store asks to wait.",
}


def payload(response: httpx.Response) -> Mapping[str, Any]:
    """The JSON object of a successful answer; anything else raises the matching ``ApiError``."""
    if not response.is_success:
        raise error_for(response)
    try:
        data = decode_json(response.content)
    # Not only ValueError: a hostile body can raise RecursionError (deep nesting), MemoryError's
    # milder cousins, UnicodeError... none of them may escape as anything but "unexpected".
    except Exception as error:
        raise UnexpectedResponse(
            f"Unexpected response from the store: expected JSON, got {_describe(response)}.",
            status_code=response.status_code,
        ) from error
    if not isinstance(data, dict):
        raise UnexpectedResponse(
            "Unexpected response from the store: the answer is not a JSON object.",
            status_code=response.status_code,
        )
    if data.get("ok") is not True:
        message = _text(data, "message")
        raise UnexpectedResponse(
            "Unexpected response from the store: the answer does not say ok"
            + (f" ({message})" if message else "")
            + ".",
            error=_text(data, "error"),
            status_code=response.status_code,
        )
    return data


def parsed(parse: Callable[[Mapping[str, Any]], T], data: Mapping[str, Any]) -> T:
    """``parse(data)`` (a model's ``from_json``), where any failure is ``UnexpectedResponse``."""
    try:
        return parse(data)
    except ApiError:
        raise
    except Exception as error:  # a TypeError, KeyError, RecursionError... of a hostile answer
        raise UnexpectedResponse(
            f"Unexpected response from the store: the answer could not be read "
            f"({type(error).__name__})."
        ) from error


def retry_after(response: httpx.Response) -> float | None:
    """The answer's ``Retry-After`` in seconds from now, clamped (None if absent or unreadable)."""
    return clamp_retry_after(parse_retry_after(response.headers.get("retry-after")))


def error_for(response: httpx.Response) -> ApiError:
    """The ``ApiError`` for an answer that is not a success.

    The class follows the status; ``error`` and ``message`` are the server's when it sent the
    documented ``{"ok": false, "error": ..., "message": ...}`` body. 429 and 5xx keep their
    class whatever the body (a proxy's HTML page still means "wait" or "the store failed");
    other statuses without a JSON object body are unexpected.
    """
    status = response.status_code
    if status == 407:  # an HTTP proxy's answer: the request never reached the store
        return TransportError(PROXY_REFUSED_CREDENTIALS, status_code=407)
    data = _json_object(response)
    error = _text(data, "error") if data is not None else None
    message = _text(data, "message") if data is not None else None
    if status == 429:
        seconds = retry_after(response)
        return RateLimited(
            message or _DEFAULT_MESSAGES[429], error=error, status_code=429, retry_after=seconds
        )
    if status >= 500:
        if data is None:
            message = f"The store returned an error page (HTTP {status}); try again later."
        return ServerError(
            message or f"The store failed (HTTP {status}); try again later.",
            error=error,
            status_code=status,
        )
    if data is None:
        return UnexpectedResponse(
            f"Unexpected response from the store: HTTP {status} with {_describe(response)}.",
            status_code=status,
        )
    kind = _BY_STATUS.get(status)
    if kind is None:
        return ApiError(
            message or f"The store answered HTTP {status}.", error=error, status_code=status
        )
    return kind(message or _DEFAULT_MESSAGES[status], error=error, status_code=status)


def _json_object(response: httpx.Response) -> Mapping[str, Any] | None:
    try:
        data = decode_json(response.content)
    except Exception:  # see ``payload``: any failure to read it means "not a JSON object"
        return None
    return data if isinstance(data, dict) else None


def _text(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    return (valid_unicode(value).strip() or None) if isinstance(value, str) else None


def _describe(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind == "text/html" or response.content.lstrip()[:1] == b"<":
        return "an HTML page"
    if not response.content:
        return "an empty body"
    return f"a body of type {kind!r}" if kind else "a body that is not JSON"
