"""Where API keys are kept: the interface, its error, and the in-memory store.

Apart from ``keystore.py`` (the OS keyring) so that start-up can use these without importing the
keyring library (which is slow to import and probes D-Bus) before the window is painted.
"""

from __future__ import annotations

import asyncio
import threading
from abc import ABC, abstractmethod

from teleaccounthub.local.account import canonical_base_url

SERVICE = "TeleAccountHub"


class KeyStoreUnavailable(Exception):
    """The system keyring cannot be used; the message says why, for people."""


class ApiKeyStore(ABC):
    """Where the API key of each store lives. ``SERVICE`` is the keyring service name."""

    SERVICE = SERVICE

    @abstractmethod
    def available(self) -> bool:
        """True when keys can be kept beyond this session."""

    @property
    @abstractmethod
    def backend_name(self) -> str:
        """A name for people: where the key is kept."""

    @abstractmethod
    def load(self, base_url: str) -> str | None: ...

    @abstractmethod
    def save(self, base_url: str, api_key: str) -> None: ...

    @abstractmethod
    def delete(self, base_url: str) -> None:
        """Forget the store's key; no error if there is none."""

    async def aload(self, base_url: str) -> str | None:
        return await asyncio.to_thread(self.load, base_url)

    async def asave(self, base_url: str, api_key: str) -> None:
        await asyncio.to_thread(self.save, base_url, api_key)

    async def adelete(self, base_url: str) -> None:
        await asyncio.to_thread(self.delete, base_url)


class SessionKeyStore(ApiKeyStore):
    """Keys in memory only, gone when the app exits: no keyring, or the sandbox."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def available(self) -> bool:
        return True

    @property
    def backend_name(self) -> str:
        return "this session only (not saved)"

    def load(self, base_url: str) -> str | None:
        with self._lock:
            return self._keys.get(canonical_base_url(base_url))

    def save(self, base_url: str, api_key: str) -> None:
        key = api_key.strip()
        if not key:
            raise ValueError("An API key cannot be empty.")
        with self._lock:
            self._keys[canonical_base_url(base_url)] = key

    def delete(self, base_url: str) -> None:
        with self._lock:
            self._keys.pop(canonical_base_url(base_url), None)

    # Memory does not block: no worker thread needed.
    async def aload(self, base_url: str) -> str | None:
        return self.load(base_url)

    async def asave(self, base_url: str, api_key: str) -> None:
        self.save(base_url, api_key)

    async def adelete(self, base_url: str) -> None:
        self.delete(base_url)
