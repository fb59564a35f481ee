"""Keeping API keys out of logs: ``redact`` for text, ``RedactingFilter`` for log records.

Two rules: anything that looks like a key (``tgsk_…``) goes, and so does every secret registered
with ``register_secret`` (the key in use, whatever its format), verbatim or in the forms it takes
when a server or a log line quotes it (URL-encoded, JSON- or repr-escaped).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from typing import Final
from urllib.parse import quote, quote_plus

_KEY_CHARACTERS: Final = r"[A-Za-z0-9_\-]"
_KEY: Final = re.compile(f"tgsk_{_KEY_CHARACTERS}+")
REDACTED: Final = "tgsk_…[redacted]"
REDACTED_SECRET: Final = "…[redacted]"

_lock = threading.Lock()
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None


def register_secret(value: str) -> None:
    """Redact ``value`` (and its quoted forms) from now on; blank values are ignored."""
    secret = value.strip()
    if secret:
        with _lock:
            _secrets.add(secret)
            _rebuild()


def forget_secret(value: str) -> None:
    """Stop redacting ``value`` specially (a ``tgsk_…`` look-alike is still redacted)."""
    with _lock:
        _secrets.discard(value.strip())
        _rebuild()


def redact(text: str) -> str:
    """``text`` with every registered secret and everything that looks like a key replaced."""
    return (_pattern or _KEY).sub(_replacement, text)


def _replacement(match: re.Match[str]) -> str:
    return REDACTED if match.group().lower().startswith("tgsk_") else REDACTED_SECRET


def _rebuild() -> None:
    global _pattern
    forms = {form for secret in _secrets for form in _forms(secret) if form}
    if not forms:
        _pattern = None
        return
    # One pass, the longest form first, each swallowing any key characters that follow it: a
    # registered "tgsk_ab" inside a longer "tgsk_ab-12" must not leave "-12" behind.
    # Case-insensitive, for "%2f" as well as "%2F"; redacting a little too much is harmless.
    alternatives = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    _pattern = re.compile(f"(?:{alternatives}){_KEY_CHARACTERS}*|{_KEY.pattern}", re.IGNORECASE)


def _forms(secret: str) -> set[str]:
    return {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        secret.encode("unicode_escape").decode("ascii"),
    }


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
