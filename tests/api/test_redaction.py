"""Keys never reach the logs: messages, arguments, exceptions and stacks are redacted."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from teleaccounthub.api import ApiError, RedactingFilter, redact

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
