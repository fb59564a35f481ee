"""JSON text with ``Decimal`` written as exact JSON numbers (0.7245 stays 0.7245, no float)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TypeAlias

JsonValue: TypeAlias = (
    "Mapping[str, JsonValue] | Sequence[JsonValue] | str | int | bool | Decimal | None"
)

# The C-accelerated string encoder json.dumps itself uses (ensure_ascii=False flavour).
_string: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def number(value: Decimal) -> str:
    """A finite Decimal as a JSON number that always has a fraction: 315.56, 0.299, 300.0."""
    if not value.is_finite():
        raise ValueError(f"{value} cannot be written as a JSON number")
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0")
        return text + "0" if text.endswith(".") else text
    return text + ".0"


def dumps(value: JsonValue) -> bytes:
    """UTF-8 JSON text of ``value`` (non-ASCII characters as themselves, like most servers)."""
    parts: list[str] = []
    _write(value, parts.append)
    return "".join(parts).encode()


def _write(value: JsonValue, out: Callable[[str], None]) -> None:
    if isinstance(value, str):
        out(_string(value))
    elif value is None:
        out("null")
    elif value is True:
        out("true")
    elif value is False:
        out("false")
    elif isinstance(value, int):
        out(str(value))
    elif isinstance(value, Decimal):
        out(number(value))
    elif isinstance(value, Mapping):
        out("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out(",")
            out(_string(key))
            out(":")
            _write(item, out)
        out("}")
    else:
        out("[")
        for index, item in enumerate(value):
            if index:
                out(",")
            _write(item, out)
        out("]")
