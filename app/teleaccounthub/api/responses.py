"""Reading the store's answers: exact JSON, and the error class each failure maps to."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Final, TypeVar

import httpx

from teleaccounthub.api.errors import (
    ApiError,
    ApiText,
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
from teleaccounthub.api.network import proxy_refused_credentials
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


def default_message(status: int) -> str:
    """What a documented error status means when the store sent no message of its own."""
    if status == 400:
        return ApiText.tr("The store rejected the request as invalid.")
    if status == 401:
        return ApiText.tr("The store refused the API key.")
    if status == 402:
        return ApiText.tr("The wallet balance is too low.")
    if status == 403:
        return ApiText.tr("The store refuses access to this item.")
    if status == 404:
        return ApiText.tr("The store does not know this item.")
    if status == 422:
        return ApiText.tr("This product is no longer available.")
    return ApiText.tr("Too many requests; the store asks to wait.")


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
            _not_json(response, None), status_code=response.status_code
        ) from error
    if not isinstance(data, dict):
        raise UnexpectedResponse(
            ApiText.tr("Unexpected response from the store: the answer is not a JSON object."),
            status_code=response.status_code,
        )
    if data.get("ok") is not True:
        message = _text(data, "message")
        raise UnexpectedResponse(
            ApiText.tr(
                "Unexpected response from the store: the answer does not say ok ({message})."
            ).format(message=message)
            if message
            else ApiText.tr("Unexpected response from the store: the answer does not say ok."),
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
            ApiText.tr(
                "Unexpected response from the store: the answer could not be read ({reason})."
            ).format(reason=type(error).__name__)
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
        return TransportError(proxy_refused_credentials(), status_code=407)
    data = _json_object(response)
    error = _text(data, "error") if data is not None else None
    message = _text(data, "message") if data is not None else None
    if status == 429:
        seconds = retry_after(response)
        return RateLimited(
            message or default_message(429), error=error, status_code=429, retry_after=seconds
        )
    if status >= 500:
        if data is None:
            message = ApiText.tr(
                "The store returned an error page (HTTP {status}); try again later."
            ).format(status=status)
        return ServerError(
            message
            or ApiText.tr("The store failed (HTTP {status}); try again later.").format(
                status=status
            ),
            error=error,
            status_code=status,
        )
    if data is None:
        return UnexpectedResponse(_not_json(response, status), status_code=status)
    kind = _BY_STATUS.get(status)
    if kind is None:
        return ApiError(
            message or ApiText.tr("The store answered HTTP {status}.").format(status=status),
            error=error,
            status_code=status,
        )
    return kind(message or default_message(status), error=error, status_code=status)


def _json_object(response: httpx.Response) -> Mapping[str, Any] | None:
    try:
        data = decode_json(response.content)
    except Exception:  # see ``payload``: any failure to read it means "not a JSON object"
        return None
    return data if isinstance(data, dict) else None


def _text(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    return (valid_unicode(value).strip() or None) if isinstance(value, str) else None


def _not_json(response: httpx.Response, status: int | None) -> str:
    """Why a body that should be JSON is not, in one sentence (``status``: a failed answer's)."""
    kind = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind == "text/html" or response.content.lstrip()[:1] == b"<":
        if status is not None:
            return ApiText.tr(
                "Unexpected response from the store: HTTP {status} with an HTML page."
            ).format(status=status)
        return ApiText.tr("Unexpected response from the store: expected JSON, got an HTML page.")
    if not response.content:
        if status is not None:
            return ApiText.tr(
                "Unexpected response from the store: HTTP {status} with an empty body."
            ).format(status=status)
        return ApiText.tr("Unexpected response from the store: expected JSON, got an empty body.")
    if kind:
        if status is not None:
            return ApiText.tr(
                "Unexpected response from the store: HTTP {status} with a body of type {kind}."
            ).format(status=status, kind=repr(kind))
        return ApiText.tr(
            "Unexpected response from the store: expected JSON, got a body of type {kind}."
        ).format(kind=repr(kind))
    if status is not None:
        return ApiText.tr(
            "Unexpected response from the store: HTTP {status} with a body that is not JSON."
        ).format(status=status)
    return ApiText.tr(
        "Unexpected response from the store: expected JSON, got a body that is not JSON."
    )
