"""The accounts of one store as the session keeps them: who they are, where their key came from.

An account is a label and a key. Saved accounts have their key in the OS keyring (one entry each)
and their label and key fingerprint in the settings file; the others live for this run only: the
key of ``TELEACCOUNTHUB_API_KEY``, the sandbox's demo keys, and keys added where no keyring exists.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from teleaccounthub.local.account import key_fingerprint


class KeySource(enum.Enum):
    """Where the key of an account came from."""

    NONE = "none"
    ENVIRONMENT = "environment"  # TELEACCOUNTHUB_API_KEY: this run only, never saved
    KEYRING = "keyring"
    SESSION = "session"  # entered this session, no keyring to keep it in
    SANDBOX = "sandbox"  # one of the embedded sandbox's demo keys

    def describe(self) -> str:
        """Where the key is kept, for the accounts list."""
        return {
            KeySource.NONE: "No key",
            KeySource.ENVIRONMENT: "From TELEACCOUNTHUB_API_KEY, this run only",
            KeySource.KEYRING: "Saved in the system keyring",
            KeySource.SESSION: "This session only (not saved)",
            KeySource.SANDBOX: "Sandbox demo key",
        }[self]


# The label of the account a key from the environment or an old single-key setup becomes.
ENVIRONMENT_LABEL = "From the environment"
MIGRATED_LABEL = "My account"


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
