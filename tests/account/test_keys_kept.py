"""Where the keys of the accounts are kept: one keyring entry per account, never a file; the old
single key moved into an account; the environment's key never saved; no keyring, no crash."""

from __future__ import annotations

import base64
from pathlib import Path

import keyring.errors
import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from teleaccounthub.local import KeyringKeyStore, Settings
from teleaccounthub.local.account import canonical_base_url, key_fingerprint
from teleaccounthub.local.key_store import SERVICE, entry_name
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.session import KeySource
from teleaccounthub.ui.main_window import MainWindow
from tests.account.conftest import buy, wait_for_balance
from tests.fixtures.gui import MainWindowFactory
from tests.local.test_keyring_store import MemoryKeyring
from tests.orders.conftest import FAST_POLLING, run


def forms_of(key: str) -> list[bytes]:
    """The key as text and in the encodings a careless writer might use."""
    raw = key.encode("utf-8")
    return [
        raw,
        key.encode("utf-16-le"),
        base64.b64encode(raw),
        base64.urlsafe_b64encode(raw),
        raw.hex().encode(),
        raw.hex().upper().encode(),
    ]


def files_holding(folder: Path, key: str) -> list[str]:
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        if any(form in data for form in forms_of(key)):
            found.append(str(path.relative_to(folder)))
    return found


def open_window(
    factory: MainWindowFactory, sandbox: SandboxServer, data: Path, backend: object
) -> MainWindow:
    store = KeyringKeyStore(backend)  # type: ignore[arg-type]
    return factory(sandbox.url, None, data, key_store=store, poll_policy=FAST_POLLING)


def test_one_keyring_entry_per_account_and_no_key_in_any_file(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    backend = MemoryKeyring()
    window = open_window(main_window_factory, sandbox, data, backend)
    session = window.session
    run(qtbot, session.add_account("Shop", sandbox.api_key))
    buy(qtbot, window)
    run(qtbot, session.add_account("Team & friends", sandbox.second_api_key))
    wait_for_balance(qtbot, window, "$42.50")
    ids = [a.account_id for a in session.accounts()]
    assert [a.label for a in session.accounts()] == ["Shop", "Team & friends"]
    assert all(a.source is KeySource.KEYRING for a in session.accounts())
    assert backend.items == {
        (SERVICE, entry_name(sandbox.url, ids[0])): sandbox.api_key,
        (SERVICE, entry_name(sandbox.url, ids[1])): sandbox.second_api_key,
    }
    main_window_factory.close(window)

    # Byte for byte: neither key, in any form, in any file of the data folder.
    assert files_holding(data, sandbox.api_key) == []
    assert files_holding(data, sandbox.second_api_key) == []
    # What the settings keep instead: labels, fingerprints, the active one.
    stored = Settings(data / "settings.json").accounts(sandbox.url)
    assert [(e.label, e.fingerprint) for e in stored.entries] == [
        ("Shop", key_fingerprint(sandbox.api_key)),
        ("Team & friends", key_fingerprint(sandbox.second_api_key)),
    ]
    assert stored.active == ids[1]

    # The next start finds both, the last one in use active.
    again = open_window(main_window_factory, sandbox, data, backend)
    qtbot.waitUntil(lambda: len(again.session.accounts()) == 2)
    assert again.session.active_account_id() == ids[1]
    wait_for_balance(qtbot, again, "$42.50")
    assert again.account_switcher.switch_to(1)
    wait_for_balance(qtbot, again, "$314.84")


def test_the_single_key_of_earlier_versions_becomes_my_account_with_its_favourites(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    backend = MemoryKeyring()
    backend.items[(SERVICE, canonical_base_url(sandbox.url))] = sandbox.api_key
    Settings(data / "settings.json").set_favourite(sandbox.url, 56, True)

    window = open_window(main_window_factory, sandbox, data, backend)
    wait_for_balance(qtbot, window, "$315.56")
    accounts = window.session.accounts()
    assert [a.label for a in accounts] == ["My account"]
    account_id = accounts[0].account_id
    assert backend.items == {(SERVICE, entry_name(sandbox.url, account_id)): sandbox.api_key}
    settings = window.settings
    assert settings.favourites(sandbox.url, account_id) == frozenset({56})
    assert settings.favourites(sandbox.url) == frozenset()  # moved, not copied
    assert window._favourites == frozenset({56})  # the window shows them pinned
    main_window_factory.close(window)
    assert files_holding(data, sandbox.api_key) == []

    # Moved once: the next start reads the account's own entry.
    again = open_window(main_window_factory, sandbox, data, backend)
    wait_for_balance(qtbot, again, "$315.56")
    assert [a.account_id for a in again.session.accounts()] == [account_id]


def test_favourites_follow_the_account(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = open_window(main_window_factory, sandbox, tmp_path / "data", MemoryKeyring())
    session = window.session
    run(qtbot, session.add_account("One", sandbox.api_key))
    window._toggle_favourite(56)
    assert window._favourites == frozenset({56})
    run(qtbot, session.add_account("Two", sandbox.second_api_key))
    assert window._favourites == frozenset()
    assert window.account_switcher.switch_to(1)
    assert window._favourites == frozenset({56})


def test_the_environment_key_is_a_one_run_account_never_saved(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    backend = MemoryKeyring()
    window = main_window_factory(
        sandbox.url, sandbox.api_key, data, key_store=KeyringKeyStore(backend)
    )
    wait_for_balance(qtbot, window, "$315.56")
    account = window.session.active_account()
    assert account is not None
    assert account.label == "From the environment"
    assert account.source is KeySource.ENVIRONMENT
    qtbot.waitUntil(window.session.accounts_loaded)
    window._toggle_favourite(56)  # changes the settings file
    main_window_factory.close(window)
    assert backend.items == {}
    assert files_holding(data, sandbox.api_key) == []
    assert Settings(data / "settings.json").accounts(sandbox.url).entries == ()

    again = open_window(main_window_factory, sandbox, data, backend)
    qtbot.waitUntil(again.session.accounts_loaded)
    assert again.session.accounts() == ()
    assert not again.session.has_key()


@pytest.mark.expected_log(r"^Keyring unavailable at start: ")
@pytest.mark.expected_log(r"^Key kept for this session only: ")
def test_without_a_keyring_accounts_work_for_the_session(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = open_window(main_window_factory, sandbox, data, fail.Keyring())
    session = window.session
    qtbot.waitUntil(session.accounts_loaded)
    saved = run(qtbot, session.add_account("Shop", sandbox.api_key))
    assert not saved.persisted
    assert session.active_account().source is KeySource.SESSION  # type: ignore[union-attr]
    wait_for_balance(qtbot, window, "$315.56")
    main_window_factory.close(window)
    assert Settings(data / "settings.json").accounts(sandbox.url).entries == ()
    assert files_holding(data, sandbox.api_key) == []


@pytest.mark.expected_log(r"^Keyring unavailable at start: ")
def test_saved_accounts_survive_a_keyring_that_is_gone(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    backend = MemoryKeyring()
    window = open_window(main_window_factory, sandbox, data, backend)
    run(qtbot, window.session.add_account("Shop", sandbox.api_key))
    main_window_factory.close(window)

    broken = open_window(main_window_factory, sandbox, data, fail.Keyring())
    qtbot.waitUntil(lambda: len(broken.session.accounts()) == 1)
    account = broken.session.accounts()[0]
    assert account.label == "Shop"
    assert not account.has_key
    assert not broken.session.has_key()
    assert not broken.session.switch_account(account.account_id)
    assert "could not be read" in broken.statusBar().currentMessage()
    main_window_factory.close(broken)
    # The label is not lost: with the keyring back, the account is back.
    assert len(Settings(data / "settings.json").accounts(sandbox.url).entries) == 1


class RefusesWrites(MemoryKeyring):
    """A keyring that can be read but refuses every change (locked, read-only)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("the keyring is locked")


@pytest.mark.expected_log(r"^The saved API key could not be moved into an account: ")
def test_a_single_key_that_cannot_be_moved_is_still_used(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    backend = RefusesWrites()
    legacy = (SERVICE, canonical_base_url(sandbox.url))
    backend.items[legacy] = sandbox.api_key
    window = open_window(main_window_factory, sandbox, tmp_path / "data", backend)
    wait_for_balance(qtbot, window, "$315.56")
    assert [a.label for a in window.session.accounts()] == ["My account"]
    assert backend.items == {legacy: sandbox.api_key}  # left where it was, to move next time
