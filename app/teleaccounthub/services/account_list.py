"""The accounts of one store as the session keeps them: who they are, where their key came from.

An account is a label and a key. Saved accounts have their key in the OS keyring (one entry each)
and their label and key fingerprint in the settings file; the others live for this run only: the
key of ``TELEACCOUNTHUB_API_KEY``, the sandbox's demo keys, and keys added where no keyring exists.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import key_fingerprint

# What the session says about accounts (shared by services/session.py).
SessionText = TrContext("SessionText")


class KeySource(enum.Enum):
    """Where the key of an account came from."""

    NONE = "none"
    ENVIRONMENT = "environment"  # TELEACCOUNTHUB_API_KEY: this run only, never saved
    KEYRING = "keyring"
    SESSION = "session"  # entered this session, no keyring to keep it in
    SANDBOX = "sandbox"  # one of the embedded sandbox's demo keys

    def describe(self) -> str:
        """Where the key is kept, for the accounts list."""
        if self is KeySource.ENVIRONMENT:
            return SessionText.tr("From {variable}, this run only").format(
                variable="TELEACCOUNTHUB_API_KEY"
            )
        if self is KeySource.KEYRING:
            return SessionText.tr("Saved in the system keyring")
        if self is KeySource.SESSION:
            return SessionText.tr("This session only (not saved)")
        if self is KeySource.SANDBOX:
            return SessionText.tr("Sandbox demo key")
        return SessionText.tr("No key")


# The labels an account is given when it is made (a label is the customer's data after that).
def environment_label() -> str:
    """The account of a key from the environment."""
    return SessionText.tr("From the environment")


def migrated_label() -> str:
    """The account an old single-key setup, or the first key added without a name, becomes."""
    return SessionText.tr("My account")


def numbered_label(number: int) -> str:
    """A key added without a name when "My account" is taken."""
    return SessionText.tr("Account {number}").format(number=number)


def demo_label(number: int = 1) -> str:
    """The sandbox's demo account ``number`` (the first is plain "Demo")."""
    if number == 1:
        return SessionText.tr("Demo")
    return SessionText.tr("Demo {number}").format(number=number)


@dataclass(frozen=True, slots=True)
class Account:
    """One account as the UI sees it: never the key itself."""

    account_id: str
    label: str
    fingerprint: str
    source: KeySource
    # False when the key could not be read (keyring locked or gone): it cannot be used.
    has_key: bool = True

    @property
    def saved(self) -> bool:
        """True when it is kept across runs (its key in the keyring, its label in settings)."""
        return self.source is KeySource.KEYRING


@dataclass(frozen=True, slots=True)
class BuiltinKey:
    """A key given at start (the environment's, the sandbox's): an account for this run only."""

    label: str
    key: str
    source: KeySource

    @property
    def account_id(self) -> str:
        """Stable across runs, so the account's favourites come back with the same key."""
        return f"{self.source.value}-{key_fingerprint(self.key)[:12]}"
