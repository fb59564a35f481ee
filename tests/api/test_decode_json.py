"""``decode_json`` of a large answer: value by value over a sliding window, the same result and
the same errors as ``json.loads``, whatever the piece boundaries cut."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from teleaccounthub.api import json_text
from teleaccounthub.api.json_text import decode_json


def reference(body: bytes) -> Any:
    return json.loads(body, parse_float=Decimal)


def big_answer(count: int) -> bytes:
    items = ",\n ".join(
        f'{{"product_id": {n}, "product_name": "日本 +81 · lot {n}", "total_stock": {n % 7},'
        f' "retail_price_usd": 0.{n:04d}, "ok": true, "x": null, "tags": [1, {{"a": -2e3}}]}}'
        for n in range(count)
    )
    return f' {{ "ok" : true, "category_id": 98, "products": [ {items} ] , "n": 1.50 }} '.encode()


@pytest.fixture
def tiny_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Everything above 64 bytes goes through the window, 7 bytes at a time: every kind of value
    and every multi-byte character is cut somewhere."""
    monkeypatch.setattr(json_text, "IN_PIECES_ABOVE", 64)
    monkeypatch.setattr(json_text._Window, "PIECE", 7)
    monkeypatch.setattr(json_text._Window, "MAX_VALUE", 512)


@pytest.mark.usefixtures("tiny_pieces")
@pytest.mark.parametrize("count", [0, 1, 40])
def test_same_result_as_json_loads(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_text, "_decode_in_pieces", None)  # a valid answer never needs it
    body = big_answer(count)
    decoded = decode_json(body)
    assert decoded == reference(body)
    assert isinstance(decoded["n"], Decimal)


@pytest.mark.usefixtures("tiny_pieces")
@pytest.mark.parametrize(
    "body",
    [
        b'{"ok": true, "products": [1, 2,, 3], "padding": "' + b"x" * 80 + b'"}',
        b'{"ok": true, "products": [1, 2, 3] "padding": "' + b"x" * 80 + b'"}',
        b'{"ok": true, "products": [1, NaN], "padding": "' + b"x" * 80 + b'"}',
        b'{"ok": true, "products": ["' + b"y" * 200 + b'"]} trailing',
        b'{"ok": true, "products": [1, 2]',
        b'{"ok": true, "products": ["\xff\xfe' + b"z" * 80 + b'"]}',
        b'[{"a": 1}, ' + b'{"b": 2}, ' * 20 + b"]",
    ],
)
def test_same_error_as_json_loads(body: bytes) -> None:
    try:
        json.loads(body, parse_float=Decimal, parse_constant=json_text._no_constants)
    except ValueError as error:
        expected = error
    else:
        pytest.fail("json.loads accepted a broken body")
    with pytest.raises(type(expected)) as raised:
        decode_json(body)
    assert str(raised.value) == str(expected)


def test_a_big_answer_is_never_decoded_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """47 MB decoded at once holds the GIL for ~100 ms: the window decodes it a piece at a
    time and never builds the whole text."""
    monkeypatch.setattr(json_text._Window, "PIECE", 64 * 1024)
    body = big_answer(20_000)
    assert len(body) > 40 * json_text._Window.PIECE
    longest = 0
    decode = json_text._Window._more

    def watched(window: json_text._Window) -> None:
        nonlocal longest
        decode(window)
        longest = max(longest, len(window.text))

    monkeypatch.setattr(json_text._Window, "_more", watched)
    monkeypatch.setattr(json_text, "_decode_in_pieces", None)  # the whole-text path
    assert decode_json(body) == reference(body)
    assert longest <= 2 * json_text._Window.PIECE
