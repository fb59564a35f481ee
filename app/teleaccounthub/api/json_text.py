"""Exact JSON, decoded in pieces when large: no httpx here, so that reading the catalog cache at
start-up (which uses it) does not import the HTTP stack before the window is painted."""

from __future__ import annotations

import codecs
import json
import re
from decimal import Decimal
from typing import Any, Final, NoReturn


def _no_constants(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number")


_DECODER: Final = json.JSONDecoder(parse_float=Decimal, parse_constant=_no_constants)
_SPACE: Final = re.compile(r"[ \t\n\r]*")
_SPACES: Final = (" ", "\t", "\n", "\r")
_SPACE_CHARS: Final = frozenset(_SPACES)
# Bodies above this size are decoded value by value (see ``_decode_in_pieces``).
IN_PIECES_ABOVE: Final = 64 * 1024


def decode_json(body: bytes) -> Any:
    """Parse ``body`` with every JSON number with a fraction as an exact ``Decimal``.

    Raises ``ValueError`` (``json.JSONDecodeError``, ``UnicodeDecodeError``) for anything else;
    NaN and Infinity are refused.
    """
    if len(body) <= IN_PIECES_ABOVE:
        return json.loads(body, parse_float=Decimal, parse_constant=_no_constants)
    encoding = json.detect_encoding(body)
    try:
        return _Window(body, encoding).document()
    except (ValueError, _NotInWindow):
        # Whatever went wrong, the whole text gives the error ``json.loads`` would (this costs
        # one long decode, but only for an answer that is broken anyway).
        return _decode_in_pieces(body.decode(encoding, "surrogatepass"))


class _NotInWindow(Exception):
    """A value did not fit in ``_Window.MAX_VALUE`` characters: decode the whole text."""


class _Window:
    """The value by value decoding of ``_decode_in_pieces`` over a sliding window of text.

    Decoding 47 MB of UTF-8 at once holds the GIL for ~100 ms (and joining pieces as long); here
    ``PIECE`` bytes are decoded at a time and the window keeps only what is not parsed yet. A
    value is taken only when the window holds a character after it (a number cut by the end of
    the window would parse as a shorter one); a value that fails to parse gets more text, up to
    ``MAX_VALUE``. Any error raises, and the caller decodes the whole text again for the exact
    error of ``json.loads``.
    """

    PIECE = 1 << 20  # bytes decoded at a time: ~2 ms
    MAX_VALUE = 4 * PIECE  # characters one value may take before giving up on the window

    def __init__(self, body: bytes, encoding: str) -> None:
        self._body = body
        self._offset = 0
        self._decoder = codecs.getincrementaldecoder(encoding)("surrogatepass")
        self.text = ""
        self.position = 0

    def document(self) -> Any:
        if self._char() != "{":
            raise _NotInWindow  # not the shape of an answer: one plain decode
        data: dict[str, Any] = {}
        self.position += 1
        if self._char() == "}":
            return self._end(data)
        while True:
            if self._char() != '"':
                raise _NotInWindow
            key = self._scan()
            if self._char() != ":":
                raise _NotInWindow
            self.position += 1
            if self._char() == "[":
                self.position += 1
                data[key] = self._items()
            else:
                data[key] = self._scan()
            following = self._char()
            if following == "}":
                return self._end(data)
            if following != ",":
                raise _NotInWindow
            self.position += 1

    def _items(self) -> list[Any]:
        items: list[Any] = []
        if self._char() == "]":
            self.position += 1
            return items
        append = items.append
        while True:  # the hot loop of a 300,000-product answer
            append(self._scan())
            following = self._char()
            if following == "]":
                self.position += 1
                return items
            if following != ",":
                raise _NotInWindow
            self.position += 1
            self._char()

    def _scan(self) -> Any:
        """The value at ``position`` (no space before it); ``position`` moves past it."""
        while True:
            text = self.text
            try:
                value, end = _DECODER.scan_once(text, self.position)  # type: ignore[attr-defined]
            except (StopIteration, ValueError):
                pass  # cut by the end of the window, or broken: more text decides
            else:
                if end < len(text) or self._done():
                    self.position = end
                    return value
            if self._done() or len(text) - self.position > self.MAX_VALUE:
                raise _NotInWindow
            self._more()

    def _char(self) -> str:
        """The character at ``position`` after any space ("" at the end of the body)."""
        while True:
            position = _skip(self.text, self.position)
            if position < len(self.text):
                self.position = position
                return self.text[position]
            self.position = position
            if self._done():
                return ""
            self._more()

    def _end(self, data: dict[str, Any]) -> dict[str, Any]:
        self.position += 1
        if self._char() != "":
            raise _NotInWindow
        return data

    def _done(self) -> bool:
        return self._offset >= len(self._body)

    def _more(self) -> None:
        """Drop what is parsed, decode the next piece into the window."""
        piece = self._body[self._offset : self._offset + self.PIECE]
        self._offset += self.PIECE
        self.text = self.text[self.position :] + self._decoder.decode(piece, self._done())
        self.position = 0


def _decode_in_pieces(text: str) -> Any:
    """``json.loads`` of a large answer, one top-level member (and one item of a top-level
    member's array) at a time.

    One ``json.loads`` of a 20,000-product list holds the GIL for ~50 ms, stalling the GUI
    thread while a worker decodes; between these small decodes the GIL changes hands. Same
    result and the same errors as ``json.loads``.
    """
    position = _skip(text, 0)
    if not text.startswith("{", position):
        return _DECODER.decode(text)
    data: dict[str, Any] = {}
    position = _skip(text, position + 1)
    if text.startswith("}", position):
        return _end(text, data, position + 1)
    while True:
        if not text.startswith('"', position):
            raise json.JSONDecodeError(
                "Expecting property name enclosed in double quotes", text, position
            )
        key, position = _scan(text, position)
        position = _skip(text, position)
        if not text.startswith(":", position):
            raise json.JSONDecodeError("Expecting ':' delimiter", text, position)
        data[key], position = _value(text, _skip(text, position + 1))
        position = _skip(text, position)
        if text.startswith("}", position):
            return _end(text, data, position + 1)
        if not text.startswith(",", position):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
        position = _skip(text, position + 1)


def _value(text: str, position: int) -> tuple[Any, int]:
    """The value at ``position`` (an array item by item) and where it ends."""
    if not text.startswith("[", position):
        return _scan(text, position)
    items: list[Any] = []
    position = _skip(text, position + 1)
    if text.startswith("]", position):
        return items, position + 1
    scan, append = _DECODER.scan_once, items.append  # type: ignore[attr-defined]
    while True:  # the hot loop of a 20,000-product answer: as little as possible per item
        try:
            item, position = scan(text, position)
        except StopIteration as stop:
            raise json.JSONDecodeError("Expecting value", text, stop.value) from None
        append(item)
        following = text[position : position + 1]
        if following in _SPACE_CHARS:
            position = _skip(text, position)
            following = text[position : position + 1]
        if following != ",":
            if following != "]":
                raise json.JSONDecodeError("Expecting ',' delimiter", text, position)
            return items, position + 1
        position += 1
        if text[position : position + 1] in _SPACE_CHARS:
            position = _skip(text, position)


def _scan(text: str, position: int) -> tuple[Any, int]:
    """One JSON value at ``position`` (no space before it) and where it ends."""
    try:
        return _DECODER.scan_once(text, position)  # type: ignore[attr-defined,no-any-return]
    except StopIteration as stop:
        raise json.JSONDecodeError("Expecting value", text, stop.value) from None


def _skip(text: str, position: int) -> int:
    if not text.startswith(_SPACES, position):
        return position
    match = _SPACE.match(text, position)
    return match.end() if match is not None else position


def _end(text: str, data: dict[str, Any], position: int) -> dict[str, Any]:
    position = _skip(text, position)
    if position != len(text):
        raise json.JSONDecodeError("Extra data", text, position)
    return data


# ``release_in_pieces`` frees this many items of a list at a time.
RELEASE_STEP: Final = 2048


def release_in_pieces(document: Any) -> None:
    """Empty the lists of a decoded answer a slice at a time.

    Dropping a 300,000-product answer at once frees 300,000 dicts in one C-level cascade, which
    holds the GIL (and so stalls the GUI thread) for ~100 ms; freed a slice at a time, the GIL
    can change hands between slices. Call it once the models are built from ``document``.
    """
    if isinstance(document, dict):
        for value in document.values():
            if isinstance(value, list):
                while value:
                    del value[-RELEASE_STEP:]
