"""The proxy setting: its address in the settings file, its password in the OS keyring.

The password's keyring entry (``proxy_entry_name``) names the proxy it belongs to, so a password
typed for one proxy is never sent to another. Without a keyring (or with the sandbox's in-memory
key store) the password is kept for this session only, and ``persistent`` says so. Keyring calls
block: the GUI uses the ``a…`` coroutines.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import TYPE_CHECKING

from teleaccounthub.api.proxy import ProxyConfig, ProxyMode
from teleaccounthub.api.redaction import register_secret
from teleaccounthub.local.account import AccountKeyText
from teleaccounthub.local.key_store import SERVICE, ApiKeyStore, KeyStoreUnavailable
from teleaccounthub.local.keyring_store import KeyringKeyStore, keyring_failures

if TYPE_CHECKING:
    from teleaccounthub.local.settings import Settings

log = logging.getLogger(__name__)


def proxy_entry_name(config: ProxyConfig) -> str:
    """The keyring user name of a manual proxy's password: ``proxy:socks5://user@host:1080``."""
    return f"proxy:{config.scheme.value}://{config.user}@{config.address}"


def needs_password(config: ProxyConfig) -> bool:
    return config.mode is ProxyMode.MANUAL and bool(config.user)


class ProxyStore:
    """The proxy in use (``config``), read from the settings and the keyring, and changed with
    ``save``. Thread-safe: the catalog's worker thread reads it too."""

    def __init__(self, settings: Settings, key_store: ApiKeyStore) -> None:
        self._settings = settings
        self._keyring = key_store if isinstance(key_store, KeyringKeyStore) else None
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self._config = settings.proxy
        self._loaded = not needs_password(self._config)

    @property
    def persistent(self) -> bool:
        """True when a password outlives this process (kept in the OS keyring). May block."""
        return self._keyring is not None and self._keyring.available()

    def config(self) -> ProxyConfig:
        """The proxy in use, with its password once ``load`` has read it. Does not block."""
        with self._lock:
            return self._config

    def load(self) -> ProxyConfig:
        """The proxy in use with its password, read from the keyring the first time (blocks).

        A keyring that fails leaves the password empty (the proxy then says what it thinks)."""
        with self._lock:
            if self._loaded:
                return self._config
            config = self._config
        try:
            password = self._read(config)
        except KeyStoreUnavailable as error:
            log.warning("The proxy's password could not be read: %s", error)
            password = ""
        if password:
            register_secret(password)
        with self._lock:
            if self._config == config:  # not replaced meanwhile
                self._config = ProxyConfig(
                    config.mode, config.scheme, config.host, config.port, config.user, password
                )
                self._loaded = True
            return self._config

    async def aload(self) -> ProxyConfig:
        return await asyncio.to_thread(self.load)

    def save(self, config: ProxyConfig) -> bool:
        """Use ``config`` from now on: the address in the settings, the password in the keyring
        (blocks). Returns whether the password is kept beyond this session (True without one).

        Raises ``OSError`` when the settings cannot be written; a keyring that fails keeps the
        password for this session only."""
        with self._lock:
            previous = self._config
        if password := config.password:
            register_secret(password)
        self._settings.proxy = config.without_password()
        with self._lock:
            self._config = config
            self._loaded = True
        kept = True
        if needs_password(previous) and proxy_entry_name(previous) != proxy_entry_name(config):
            self._forget(previous)
        if needs_password(config):
            kept = self._write(config)
        return kept

    async def asave(self, config: ProxyConfig) -> bool:
        return await asyncio.to_thread(self.save, config)

    # -- the keyring --------------------------------------------------------------------------

    def _read(self, config: ProxyConfig) -> str:
        entry = proxy_entry_name(config)
        if entry in self._memory or not self.persistent or self._keyring is None:
            return self._memory.get(entry, "")
        try:
            return self._keyring.backend.get_password(SERVICE, entry) or ""
        except keyring_failures() as error:
            raise KeyStoreUnavailable(
                AccountKeyText.tr("The system keyring failed: {reason}").format(
                    reason=type(error).__name__
                )
            ) from error

    def _write(self, config: ProxyConfig) -> bool:
        entry = proxy_entry_name(config)
        if self.persistent and self._keyring is not None:
            try:
                if config.password:
                    self._keyring.backend.set_password(SERVICE, entry, config.password)
                else:
                    self._delete(entry)
                self._memory.pop(entry, None)
                return True
            except keyring_failures() as error:
                log.warning("The proxy's password is kept for this session only: %s", error)
        if config.password:
            self._memory[entry] = config.password
        else:
            self._memory.pop(entry, None)
        return False

    def _forget(self, config: ProxyConfig) -> None:
        entry = proxy_entry_name(config)
        self._memory.pop(entry, None)
        if self.persistent and self._keyring is not None:
            try:
                self._delete(entry)
            except keyring_failures() as error:
                log.warning("The old proxy's password could not be removed: %s", error)

    def _delete(self, entry: str) -> None:
        import keyring.errors

        if self._keyring is not None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):  # there was none
                self._keyring.backend.delete_password(SERVICE, entry)
