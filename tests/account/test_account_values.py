"""What an account is made of, checked at the edges: labels, keys, ids, what the settings keep."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.account import (
    MAX_LABEL_LENGTH,
    AccountEntry,
    check_account_id,
    clean_label,
    key_problem,
)
from teleaccounthub.local.key_store import SessionKeyStore, entry_name
from teleaccounthub.local.settings import Settings, StoreAccounts
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from tests.local.builders import API_KEY, LIVE_URL

FINGERPRINT = "0123456789abcdef"


def test_labels_are_one_clean_line_and_never_a_key() -> None:
    assert clean_label("  Team\n\twallet \x07 ") == "Team wallet"
    assert clean_label("x" * 500) == "x" * MAX_LABEL_LENGTH
    assert clean_label("Магазин 🛒") == "Магазин 🛒"
    for empty in ("", "   ", "\n\t\x00"):
        with pytest.raises(ValueError, match="Give the account a name"):
            clean_label(empty)
    with pytest.raises(ValueError, match="looks like an API key"):
        clean_label(f"mine {API_KEY}")


def test_what_cannot_be_a_key_is_said_before_asking_the_store() -> None:
    assert key_problem(API_KEY) is None
    assert key_problem("") == "An API key cannot be empty."
    assert "characters long" in (key_problem("tgsk_" + "a" * 100_000) or "")
    for bad in ("tgsk_a b", "tgsk_☃", "tgsk_a\x00b"):
        assert "cannot have" in (key_problem(bad) or "")


def test_account_ids_are_checked_before_they_name_a_keyring_entry() -> None:
    assert entry_name("HTTPS://Shop.Example/", "ab12-cd") == "https://shop.example#ab12-cd"
    assert entry_name("https://shop.example") == "https://shop.example"
    for bad in ("", "A", "../x", "a#b", "a" * 41, "x y"):
        with pytest.raises(ValueError, match="Not an account id"):
            check_account_id(bad)


def test_the_session_store_keeps_one_entry_per_account() -> None:
    store = SessionKeyStore()
    store.save(LIVE_URL, API_KEY, "one")
    store.save(LIVE_URL, API_KEY + "x", "two")
    assert store.load(LIVE_URL, "one") == API_KEY
    assert store.load(LIVE_URL) is None
    assert store.entries() == [entry_name(LIVE_URL, "one"), entry_name(LIVE_URL, "two")]
    store.delete(LIVE_URL, "one")
    assert store.entries() == [entry_name(LIVE_URL, "two")]


def test_settings_keep_accounts_per_store_and_skip_what_is_malformed(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    entries = (AccountEntry("one", "Shop", FINGERPRINT), AccountEntry("two", "Team", "f" * 16))
    settings.set_accounts(LIVE_URL, StoreAccounts(entries, "two"))
    assert Settings(path).accounts(LIVE_URL + "/") == StoreAccounts(entries, "two")
    assert Settings(path).accounts("https://elsewhere.example") == StoreAccounts()

    data = json.loads(path.read_text(encoding="utf-8"))
    data["accounts"][LIVE_URL]["entries"] += [
        {"id": "bad id", "label": "x", "fingerprint": FINGERPRINT},
        {"id": "three", "label": "", "fingerprint": FINGERPRINT},
        {"id": "four", "label": "x", "fingerprint": "not hex at all!!"},
        {"id": "one", "label": "again", "fingerprint": FINGERPRINT},
        "not an object",
    ]
    data["accounts"][LIVE_URL]["active"] = "nobody"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert Settings(path).accounts(LIVE_URL) == StoreAccounts(entries, None)
    with pytest.raises(ValueError, match="API key"):
        settings.set_accounts(LIVE_URL, StoreAccounts((AccountEntry("x", API_KEY, "0" * 16),)))
    assert API_KEY not in path.read_text(encoding="utf-8")


def test_favourites_are_kept_per_account_and_the_old_ones_adopted_once(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set_favourite(LIVE_URL, 1, True)
    settings.adopt_favourites(LIVE_URL, "one")
    assert settings.favourites(LIVE_URL, "one") == frozenset({1})
    assert settings.favourites(LIVE_URL) == frozenset()
    settings.set_favourite(LIVE_URL, 2, True)  # pinned without a key, later
    settings.adopt_favourites(LIVE_URL, "one")  # "one" has its own: nothing moves
    assert settings.favourites(LIVE_URL, "one") == frozenset({1})
    settings.set_favourite(LIVE_URL, 3, True, "two")
    assert settings.favourites(LIVE_URL, "two") == frozenset({3})


def test_the_sandbox_has_two_demo_keys_with_their_own_wallets() -> None:
    config = SandboxConfig(large_category_size=0)
    with SandboxServer(config) as server:
        assert server.api_key != server.second_api_key
        assert server.balance(server.api_key) == Decimal("315.56")
        assert server.balance(server.second_api_key) == Decimal("42.50")
    with pytest.raises(ValueError, match="must differ"):
        SandboxConfig(demo_key="tgsk_same", second_demo_key="tgsk_same")
