"""Keeping API keys out of logs: ``redact`` for text, ``RedactingFilter`` for log records."""

from __future__ import annotations

import logging
import re
from typing import Final

_KEY: Final = re.compile(r"tgsk_[A-Za-z0-9_\-]+")
REDACTED: Final = "tgsk_…[redacted]"


def redact(text: str) -> str:
    """``text`` with everything that looks like an API key (``tgsk_…``) replaced."""
    return _KEY.sub(REDACTED, text)


class RedactingFilter(logging.Filter):
    """Redacts keys in a record's message, its arguments, its exception and its stack.

    Attach it to the handlers (a logger's filters do not see records propagated from its
    children). The message is formatted here, once, and the redacted text replaces ``msg`` and
    ``args``; the exception is formatted here too and kept only as redacted ``exc_text``.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not break logging: keep it, raw
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = _FORMATTER.formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FORMATTER: Final = logging.Formatter()
