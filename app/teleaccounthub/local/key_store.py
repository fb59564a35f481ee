"""Where API keys are kept: the interface, its error, and the in-memory store.

One entry per account: the entry's user name is the store's base URL and the account id
(``entry_name``). The entry without an account id is the single key of earlier versions, read once
to move it into an account.

Apart from ``keystore.py`` (the OS keyring) so that start-up can use these without importing the
keyring library (which is slow to import and probes D-Bus) before the window is painted.
"""

from __future__ import annotations

import asyncio
import threading
from abc import ABC, abstractmethod

from teleaccounthub.local.account import (
    AccountKeyText,
    canonical_base_url,
    check_account_id,
    empty_key_text,
)

SERVICE = "TeleAccountHub"


def entry_name(base_url: str, account_id: str | None = None) -> str:
    """The keyring user name of an account's key: ``https://shop.example#<id>``; without an id,
    the store's single key of earlier versions (``https://shop.example``)."""
    url = canonical_base_url(base_url)
    return url if account_id is None else f"{url}#{check_account_id(account_id)}"


class KeyStoreUnavailable(Exception):
    """The system keyring cannot be used; the message says why, for people."""


class ApiKeyStore(ABC):
    """Where the API key of each account lives. ``SERVICE`` is the keyring service name;
    ``account_id`` None is the store's single key of earlier versions."""

    SERVICE = SERVICE
    # True when the keys outlive this process (the OS keyring); False for memory.
    persistent = True

    @abstractmethod
    def available(self) -> bool:
        """True when keys can be kept beyond this session."""

    @property
    @abstractmethod
    def backend_name(self) -> str:
        """A name for people: where the key is kept."""

    @abstractmethod
    def load(self, base_url: str, account_id: str | None = None) -> str | None: ...

    @abstractmethod
    def save(self, base_url: str, api_key: str, account_id: str | None = None) -> None: ...

    @abstractmethod
    def delete(self, base_url: str, account_id: str | None = None) -> None:
        """Forget the account's key; no error if there is none."""

    async def aload(self, base_url: str, account_id: str | None = None) -> str | None:
        return await asyncio.to_thread(self.load, base_url, account_id)

    async def asave(self, base_url: str, api_key: str, account_id: str | None = None) -> None:
        await asyncio.to_thread(self.save, base_url, api_key, account_id)

    async def adelete(self, base_url: str, account_id: str | None = None) -> None:
        await asyncio.to_thread(self.delete, base_url, account_id)


class SessionKeyStore(ApiKeyStore):
    """Keys in memory only, gone when the app exits: no keyring, or the sandbox."""

    persistent = False

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def available(self) -> bool:
        return True

    @property
    def backend_name(self) -> str:
        return AccountKeyText.tr("this session only (not saved)")

    def load(self, base_url: str, account_id: str | None = None) -> str | None:
        with self._lock:
            return self._keys.get(entry_name(base_url, account_id))

    def save(self, base_url: str, api_key: str, account_id: str | None = None) -> None:
        key = api_key.strip()
        if not key:
            raise ValueError(empty_key_text())
        with self._lock:
            self._keys[entry_name(base_url, account_id)] = key

    def delete(self, base_url: str, account_id: str | None = None) -> None:
        with self._lock:
            self._keys.pop(entry_name(base_url, account_id), None)

    def entries(self) -> list[str]:
        """The user names of the keys held (for tests: one per account)."""
        with self._lock:
            return sorted(self._keys)

    # Memory does not block: no worker thread needed.
    async def aload(self, base_url: str, account_id: str | None = None) -> str | None:
        return self.load(base_url, account_id)

    async def asave(self, base_url: str, api_key: str, account_id: str | None = None) -> None:
        self.save(base_url, api_key, account_id)

    async def adelete(self, base_url: str, account_id: str | None = None) -> None:
        self.delete(base_url, account_id)
