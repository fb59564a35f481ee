"""Keys never reach the logs: messages, arguments, exceptions and stacks are redacted."""

from __future__ import annotations

import io
import json
import logging
import uuid
from collections.abc import Iterator
from urllib.parse import quote, quote_plus

import pytest

from teleaccounthub.api import (
    ApiError,
    Client,
    RedactingFilter,
    Unauthorized,
    forget_secret,
    redact,
    register_secret,
)
from tests.api.scripted_server import Reply, ScriptedServer

KEY = "tgsk_AbC-123_xyz"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Bearer {KEY}", "Bearer tgsk_…[redacted]"),
        (f"key={KEY}&x=1", "key=tgsk_…[redacted]&x=1"),
        (f"{KEY} and tgsk_other", "tgsk_…[redacted] and tgsk_…[redacted]"),
        ("no key here, tgsk alone", "no key here, tgsk alone"),
    ],
)
def test_redact(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("tests.api.redaction")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    yield logger, stream
    logger.removeHandler(handler)
    logger.propagate = True


def test_message_and_arguments_are_redacted(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.info(f"literal {KEY}")
    logger.info("argument %s, number %d, repr %r", KEY, 42, {"key": KEY})
    logger.info("mapping %(key)s", {"key": KEY})
    output = stream.getvalue()
    assert "AbC-123" not in output
    assert output.count("tgsk_…[redacted]") == 4
    assert "number 42" in output


def test_exception_text_and_traceback_are_redacted(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    try:
        raise ApiError(f"The store refused {KEY}")
    except ApiError:
        logger.exception("request with %s failed", KEY)
    try:
        raise ValueError(KEY)
    except ValueError as error:
        logger.error("failed", exc_info=error)
    logger.warning("where %s", KEY, stack_info=True)
    output = stream.getvalue()
    assert "Traceback" in output
    assert "Stack (most recent call last)" in output
    assert "ApiError: The store refused tgsk_…[redacted]" in output
    assert "ValueError: tgsk_…[redacted]" in output
    assert "AbC-123" not in output


def test_a_bad_format_string_does_not_break_logging(
    captured: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = captured
    logger.info("two %s %s", KEY)
    assert "tgsk_…[redacted]" in stream.getvalue()
    assert "AbC-123" not in stream.getvalue()


def test_the_filter_works_on_a_bare_record() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "key %s", (KEY,), None, sinfo=f"stack {KEY}"
    )
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "key tgsk_…[redacted]"
    assert record.stack_info == "stack tgsk_…[redacted]"


# ---- the exact key in use, whatever its format


@pytest.fixture
def secret() -> Iterator[str]:
    """A key that does not look like ``tgsk_…``, with characters that quoting changes."""
    value = f'Zq9/{uuid.uuid4().hex}+"~=&'
    yield value
    forget_secret(value)


def test_a_registered_secret_is_removed_in_every_quoted_form(secret: str) -> None:
    register_secret(secret)
    forms = [
        secret,
        quote(secret, safe=""),
        quote(secret, safe="").lower(),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps({"key": secret}, ensure_ascii=False),
        repr(secret),
    ]
    for form in forms:
        text = redact(f"before {form} after")
        assert secret[4:20] not in text, form
        assert text.startswith("before ")
        assert text.endswith(" after") or text.endswith(' after"}'), text


def test_a_forgotten_secret_is_no_longer_special(secret: str) -> None:
    register_secret(secret)
    forget_secret(secret)
    assert redact(f"x {secret}") == f"x {secret}"


def test_a_registered_prefix_of_a_longer_key_leaves_nothing_behind() -> None:
    register_secret("tgsk_short")
    try:
        assert redact("Bearer tgsk_short-and-then-more") == "Bearer tgsk_…[redacted]"
    finally:
        forget_secret("tgsk_short")


async def test_a_store_echoing_a_foreign_format_key_leaves_no_trace_in_the_log(
    scripted: ScriptedServer, secret: str, captured: tuple[logging.Logger, io.StringIO]
) -> None:
    logger, stream = captured
    echoed = {"ok": False, "error": "BAD_KEY", "message": f"Key {secret} / {quote(secret)} is bad"}
    scripted.script("/api/v1/balance", Reply(401, echoed))
    async with Client(scripted.url, secret) as client:
        with pytest.raises(Unauthorized) as caught:
            await client.balance()
    assert secret in caught.value.message  # the error itself is the store's text
    logger.warning("balance failed: %s", caught.value.message, exc_info=caught.value)
    logger.warning("as repr: %r", caught.value)
    output = stream.getvalue()
    assert "balance failed: Key …[redacted]" in output
    assert secret[4:20] not in output
    assert "Unauthorized" in output


async def test_a_key_set_later_is_registered_too(
    secret: str, captured: tuple[logging.Logger, io.StringIO]
) -> None:
    logger, stream = captured
    async with Client("https://shop.example") as client:
        client.api_key = f"  {secret}  "
    logger.info("key %s", secret)
    assert secret[4:20] not in stream.getvalue()
