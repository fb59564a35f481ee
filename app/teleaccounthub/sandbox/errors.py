"""Error answers in the API page's shape: ``{"ok": false, "error": "<CODE>", "message": "..."}``."""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from aiohttp import web

from teleaccounthub.sandbox.jsontext import dumps

# The page's codes, and what a real server answers for the cases the page does not list.
_CODES: dict[int, tuple[str, str]] = {
    400: ("BAD_REQUEST", "Missing or invalid input."),
    401: ("UNAUTHORIZED", "Missing or invalid API key."),
    402: ("INSUFFICIENT_BALANCE", "Wallet balance is too low."),
    403: ("FORBIDDEN", "This link is not valid."),
    404: ("NOT_FOUND", "Not found."),
    405: ("METHOD_NOT_ALLOWED", "Method not allowed."),
    413: ("PAYLOAD_TOO_LARGE", "The request body is too large."),
    422: ("invalid_product", "This product is no longer available."),
    429: ("RATE_LIMITED", "Too many requests."),
    500: ("SERVER_ERROR", "Something went wrong on our side. Please try again."),
    502: ("BAD_GATEWAY", "The store is temporarily unavailable. Please try again."),
    503: ("SERVICE_UNAVAILABLE", "The store is temporarily unavailable. Please try again."),
    504: ("GATEWAY_TIMEOUT", "The store took too long to answer. Please try again."),
}


def error_code(status: int) -> str:
    """The ``error`` code for an HTTP status: the page's where it has one."""
    if status in _CODES:
        return _CODES[status][0]
    try:
        return HTTPStatus(status).name
    except ValueError:
        return "ERROR"


def default_message(status: int) -> str:
    if status in _CODES:
        return _CODES[status][1]
    try:
        return f"{HTTPStatus(status).phrase}."
    except ValueError:
        return "The request failed."


class SandboxHttpError(Exception):
    """Raised by handlers; the error middleware turns it into the page's JSON error answer."""

    def __init__(
        self,
        status: int,
        message: str | None = None,
        *,
        error: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.error = error or error_code(status)
        self.message = message or default_message(status)
        self.headers = dict(headers or {})
        super().__init__(f"{status} {self.error}: {self.message}")

    def response(self) -> web.Response:
        return error_response(self.status, self.message, error=self.error, headers=self.headers)


def error_response(
    status: int,
    message: str | None = None,
    *,
    error: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> web.Response:
    body: dict[str, Any] = {
        "ok": False,
        "error": error or error_code(status),
        "message": message or default_message(status),
    }
    return web.Response(
        status=status,
        body=dumps(body),
        content_type="application/json",
        charset="utf-8",
        headers=headers,
    )
