"""The API keys in the OS keyring (Keychain, Credential Locker, Secret Service), one per account.

The keyring user name is the store's normalised base URL and the account id (``entry_name``), so
sandbox and live keys, and two accounts, never mix.
keyring calls block (D-Bus, system prompts): the GUI uses the ``a…`` coroutines, which run them
on a worker thread. Failures of the keyring are reported as ``KeyStoreUnavailable`` with a message
for people; where no backend exists at all the app keeps the key in a ``SessionKeyStore``.

The keyring library is imported on first use, on the worker thread: importing it costs about as
much as Qt, and start-up builds a ``KeyringKeyStore`` before the window is painted.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import threading
from typing import TYPE_CHECKING

from teleaccounthub.local.account import API_KEY_PATTERN, AccountKeyText, empty_key_text
from teleaccounthub.local.key_store import (
    ApiKeyStore,
    KeyStoreUnavailable,
    entry_name,
)

if TYPE_CHECKING:
    import keyring.backend


@functools.cache
def _keyring_failures() -> tuple[type[BaseException], ...]:
    """What a keyring backend raises when the keyring itself (not our code) fails."""
    import keyring.errors

    failures: list[type[BaseException]] = [keyring.errors.KeyringError, OSError, RuntimeError]
    # Linux only: the Secret Service client and its D-Bus library.
    for module_name, error_name in (
        ("secretstorage.exceptions", "SecretStorageException"),
        ("jeepney.wrappers", "DBusErrorResponse"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        error = getattr(module, error_name, None)
        if isinstance(error, type) and issubclass(error, BaseException):
            failures.append(error)
    return tuple(failures)


class KeyringKeyStore(ApiKeyStore):
    """The OS keyring through the ``keyring`` library. All methods but the ``a…`` ones block."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._lock = threading.Lock()

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend (``keyring.get_keyring()`` unless given; probing it may block)."""
        with self._lock:
            if self._backend is None:
                import keyring

                self._backend = keyring.get_keyring()
            return self._backend

    def available(self) -> bool:
        return backend_exists(self.backend)

    async def aavailable(self) -> bool:
        """``available()`` off the GUI thread: finding the default backend talks to D-Bus."""
        return await asyncio.to_thread(self.available)

    @property
    def backend_name(self) -> str:
        backend = self.backend
        return str(getattr(backend, "name", type(backend).__name__))

    def load(self, base_url: str, account_id: str | None = None) -> str | None:
        user = entry_name(base_url, account_id)
        backend = self._usable_backend("read")
        try:
            return backend.get_password(self.SERVICE, user)
        except _keyring_failures() as error:
            raise self._failure("read", error) from error

    def save(self, base_url: str, api_key: str, account_id: str | None = None) -> None:
        user = entry_name(base_url, account_id)
        key = api_key.strip()
        if not key:
            raise ValueError(empty_key_text())
        backend = self._usable_backend("save")
        try:
            backend.set_password(self.SERVICE, user, key)
        except _keyring_failures() as error:
            raise self._failure("save", error) from error

    def delete(self, base_url: str, account_id: str | None = None) -> None:
        user = entry_name(base_url, account_id)
        backend = self._usable_backend("delete")
        import keyring.errors

        try:
            backend.delete_password(self.SERVICE, user)
        except keyring.errors.PasswordDeleteError:
            return  # there was no key: nothing to forget
        except _keyring_failures() as error:
            raise self._failure("delete", error) from error

    def _usable_backend(self, action: str) -> keyring.backend.KeyringBackend:
        backend = self.backend
        if not backend_exists(backend):
            raise KeyStoreUnavailable(_no_keyring(action))
        return backend

    def _failure(self, action: str, error: BaseException) -> KeyStoreUnavailable:
        detail = API_KEY_PATTERN.sub("tgsk_…", str(error)) or type(error).__name__
        return KeyStoreUnavailable(
            _keyring_failed(action).format(keyring=self.backend_name, detail=detail)
        )


# The keyrings' product names, not translated.
_KEYRING_EXAMPLES = (
    "GNOME Keyring / KWallet Secret Service, macOS Keychain, Windows Credential Locker"
)


def _no_keyring(action: str) -> str:
    if action == "read":
        text = AccountKeyText.tr(
            "Cannot read the API key: this computer has no system keyring that this app can use "
            "(such as {examples}). The key can be kept for this session only."
        )
    elif action == "delete":
        text = AccountKeyText.tr(
            "Cannot delete the API key: this computer has no system keyring that this app can "
            "use (such as {examples}). The key can be kept for this session only."
        )
    else:
        text = AccountKeyText.tr(
            "Cannot save the API key: this computer has no system keyring that this app can use "
            "(such as {examples}). The key can be kept for this session only."
        )
    return text.format(examples=_KEYRING_EXAMPLES)


def _keyring_failed(action: str) -> str:
    """``{keyring}``: the backend's name; ``{detail}``: its own words (never a key)."""
    if action == "read":
        return AccountKeyText.tr(
            "Cannot read the API key: the system keyring ({keyring}) failed: {detail}"
        )
    if action == "delete":
        return AccountKeyText.tr(
            "Cannot delete the API key: the system keyring ({keyring}) failed: {detail}"
        )
    return AccountKeyText.tr(
        "Cannot save the API key: the system keyring ({keyring}) failed: {detail}"
    )


def backend_exists(backend: keyring.backend.KeyringBackend) -> bool:
    """False for keyring's stand-ins that store nothing: fail, null, or a chainer of nothing."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(backend_exists(b) for b in backend.backends)
    return True


def keyring_failures() -> tuple[type[BaseException], ...]:
    """What a keyring backend raises when the keyring itself fails (for other keyring users)."""
    return _keyring_failures()
