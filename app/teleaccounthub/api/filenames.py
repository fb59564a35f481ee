"""Turning the server's suggested file name into one that is safe to create on any system."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from teleaccounthub.api.text import valid_unicode

MAX_LENGTH: Final = 120
_MAX_BYTES: Final = 240  # file systems count bytes (255 at most); keep a margin
EXTENSION: Final = ".zip"
_RESERVED_CHARACTERS: Final = frozenset('<>:"/\\|?*')
# Windows refuses these as a file's stem whatever the extension ("CON.zip", "nul.tar.zip").
_RESERVED_STEM: Final = re.compile(
    r"(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|(?:COM|LPT)[0-9¹²³])", re.IGNORECASE
)


def safe_filename(suggested: str | None, fallback: str) -> str:
    """A plain ``.zip`` file name made from ``suggested``, or from ``fallback`` if nothing is left.

    Directories are dropped (``../../x.zip`` → ``x.zip``, ``C:\\evil.zip`` → ``evil.zip``),
    control, invisible-format and reserved characters (``<>:"/\\|?*``) removed, leading dots and
    spaces (hidden files) and trailing dots and spaces (Windows drops them) stripped, lone
    surrogates replaced by U+FFFD (they cannot be encoded as a file name), reserved
    Windows device names prefixed with ``_``, ``.zip`` added if missing, and the length capped at
    120 characters keeping the extension.
    """
    for candidate in (suggested, fallback):
        name = _clean(valid_unicode(candidate or ""))
        if name:
            return name
    return "download" + EXTENSION


def _clean(text: str) -> str:
    base = re.split(r"[/\\]", text)[-1]
    kept = "".join(char for char in base if _allowed(char))
    stem = kept.rstrip(". ")
    if stem.lower().endswith(EXTENSION):
        stem = stem[: -len(EXTENSION)]
    stem = stem.strip(". ")
    if not stem:
        return ""
    if _RESERVED_STEM.fullmatch(stem.split(".", 1)[0].rstrip(" ")):
        stem = "_" + stem
    stem = _cap(stem, MAX_LENGTH - len(EXTENSION), _MAX_BYTES - len(EXTENSION))
    return stem + EXTENSION


def _allowed(char: str) -> bool:
    if char in _RESERVED_CHARACTERS:
        return False
    # Cc: control characters; Cf: invisible format characters such as the right-to-left override,
    # which can make "evil‮piz.exe" look like "evilexe.zip".
    return unicodedata.category(char) not in ("Cc", "Cf")


def _cap(stem: str, characters: int, size: int) -> str:
    stem = stem[:characters]
    while len(stem.encode("utf-8")) > size:
        stem = stem[:-1]
    return stem.rstrip(". ")
