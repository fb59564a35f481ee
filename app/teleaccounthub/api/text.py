"""Strings from the store made valid Unicode before they go anywhere else."""

from __future__ import annotations

import re
from typing import Final

REPLACEMENT: Final = "\ufffd"
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """``text`` with every lone surrogate (``"\\ud83c"`` from a JSON escape or from bytes decoded
    with ``surrogatepass``) replaced by U+FFFD, so it can always be encoded as UTF-8: written to
    SQLite, a log file, a file name or a Qt widget.
    """
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(REPLACEMENT, text)
    return text
