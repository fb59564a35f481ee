from __future__ import annotations

import hashlib

import pytest

from teleaccounthub.local.account import AccountRef, canonical_base_url, looks_like_api_key
from tests.local.builders import API_KEY, OTHER_API_KEY


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://telenumber.telekartstar.com", "https://telenumber.telekartstar.com"),
        ("HTTPS://TeleNumber.Telekartstar.COM/", "https://telenumber.telekartstar.com"),
        ("https://shop.example:443/", "https://shop.example"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        ("http://localhost:80", "http://localhost"),
        ("https://shop.example/api/", "https://shop.example/api"),
        ("  https://shop.example///  ", "https://shop.example"),
        ("http://[::1]:9000/", "http://[::1]:9000"),
        ("https://shop.example/?x=1#top", "https://shop.example"),
    ],
)
def test_base_urls_are_normalised(given: str, expected: str) -> None:
    assert canonical_base_url(given) == expected


@pytest.mark.parametrize(
    "bad", ["", "shop.example", "ftp://shop.example", "https://", "https://u:p@shop.example"]
)
def test_bad_base_urls_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 — the message varies by cause
        canonical_base_url(bad)


def test_fingerprint_is_a_short_sha256_and_never_the_key() -> None:
    ref = AccountRef.from_key("HTTPS://TeleNumber.Telekartstar.com/", API_KEY)
    assert ref.base_url == "https://telenumber.telekartstar.com"
    assert ref.fingerprint == hashlib.sha256(API_KEY.encode()).hexdigest()[:16]
    assert len(ref.fingerprint) == 16
    for text in (repr(ref), str(ref), ref.base_url, ref.fingerprint):
        assert API_KEY not in text
        assert not looks_like_api_key(text)
    # No part of the key leaks either (a fingerprint of the key's own characters would).
    assert API_KEY[5:21] not in ref.fingerprint


def test_accounts_differ_by_key_and_by_store() -> None:
    live = AccountRef.from_key("https://shop.example", API_KEY)
    assert live == AccountRef.from_key("https://shop.example/", f" {API_KEY}\n")
    assert live != AccountRef.from_key("https://shop.example", OTHER_API_KEY)
    assert live != AccountRef.from_key("http://127.0.0.1:8765", API_KEY)


def test_an_empty_key_has_no_fingerprint() -> None:
    with pytest.raises(ValueError, match="empty"):
        AccountRef.from_key("https://shop.example", "  ")
