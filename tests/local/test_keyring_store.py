from __future__ import annotations

import threading

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.compat import properties

from teleaccounthub.local.key_store import KeyStoreUnavailable, SessionKeyStore
from teleaccounthub.local.keyring_store import KeyringKeyStore, backend_exists
from tests.local.builders import API_KEY, LIVE_URL, OTHER_API_KEY, SANDBOX_URL


class MemoryKeyring(KeyringBackend):
    """A keyring backend in a dict, for tests.

    Every KeyringBackend subclass joins keyring's registry; the raising priority makes it
    "not viable", so keyring's own discovery (``keyring.get_keyring()``) never picks it.
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 — a class property
        raise RuntimeError("test backend: only used when passed explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.threads: list[int] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.get_ident())
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.get_ident())
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.threads.append(threading.get_ident())
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("Password not found")


class BrokenKeyring(MemoryKeyring):
    """A keyring whose every call fails the way the given exception says."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


# -- no keyring -----------------------------------------------------------------------------------


def test_the_fail_backend_is_not_available() -> None:
    store = KeyringKeyStore(fail.Keyring())
    assert store.available() is False
    for call in (
        lambda: store.load(LIVE_URL),
        lambda: store.save(LIVE_URL, API_KEY),
        lambda: store.delete(LIVE_URL),
    ):
        with pytest.raises(KeyStoreUnavailable, match="no system keyring") as caught:
            call()
        message = str(caught.value)
        assert "session only" in message
        assert "Secret Service" in message
        assert "tgsk_" not in message


async def test_the_fail_backend_is_not_available_from_coroutines_either() -> None:
    store = KeyringKeyStore(fail.Keyring())
    assert await store.aavailable() is False
    with pytest.raises(KeyStoreUnavailable, match="no system keyring"):
        await store.aload(LIVE_URL)
    with pytest.raises(KeyStoreUnavailable, match="no system keyring"):
        await store.asave(LIVE_URL, API_KEY)


def test_stand_in_backends_do_not_count_as_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not backend_exists(null.Keyring())
    assert not backend_exists(fail.Keyring())
    assert not KeyringKeyStore(null.Keyring()).available()
    assert backend_exists(MemoryKeyring())
    # The chainer is only as good as what it chains. (Patching the class, not subclassing it:
    # a ChainerBackend subclass would join keyring's registry and its backend discovery.)
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not backend_exists(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring(), null.Keyring()])
    assert not KeyringKeyStore(chainer.ChainerBackend()).available()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring()])
    assert backend_exists(chainer.ChainerBackend())


# -- a working keyring ----------------------------------------------------------------------------


def test_round_trip_keyed_by_normalised_base_url() -> None:
    backend = MemoryKeyring()
    store = KeyringKeyStore(backend)
    assert store.available()
    assert store.SERVICE == "TeleAccountHub"
    assert store.load(LIVE_URL) is None
    store.save("HTTPS://TeleNumber.Telekartstar.com/", f"  {API_KEY}\n")
    assert backend.items == {("TeleAccountHub", LIVE_URL): API_KEY}
    assert store.load(LIVE_URL) == API_KEY
    store.save(LIVE_URL, OTHER_API_KEY)
    assert store.load(LIVE_URL + "/") == OTHER_API_KEY


def test_sandbox_and_live_keys_never_mix() -> None:
    store = KeyringKeyStore(MemoryKeyring())
    store.save(LIVE_URL, API_KEY)
    store.save(SANDBOX_URL, OTHER_API_KEY)
    assert store.load(LIVE_URL) == API_KEY
    assert store.load(SANDBOX_URL) == OTHER_API_KEY
    assert store.load("http://127.0.0.1:9999") is None
    store.delete(SANDBOX_URL)
    assert store.load(SANDBOX_URL) is None
    assert store.load(LIVE_URL) == API_KEY


def test_delete_without_a_key_is_fine() -> None:
    store = KeyringKeyStore(MemoryKeyring())
    store.delete(LIVE_URL)
    store.save(LIVE_URL, API_KEY)
    store.delete(LIVE_URL)
    store.delete(LIVE_URL)
    assert store.load(LIVE_URL) is None


def test_an_empty_key_is_not_saved() -> None:
    backend = MemoryKeyring()
    with pytest.raises(ValueError, match="empty"):
        KeyringKeyStore(backend).save(LIVE_URL, " \n")
    assert backend.items == {}


async def test_coroutines_do_the_blocking_work_off_the_calling_thread() -> None:
    backend = MemoryKeyring()
    store = KeyringKeyStore(backend)
    await store.asave(LIVE_URL, API_KEY)
    assert await store.aload(LIVE_URL) == API_KEY
    await store.adelete(LIVE_URL)
    assert await store.aload(LIVE_URL) is None
    assert await store.aavailable() is True
    assert len(backend.threads) == 4
    assert threading.get_ident() not in backend.threads


def test_the_default_backend_is_found_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    calls: list[int] = []

    def get_keyring() -> KeyringBackend:
        calls.append(threading.get_ident())
        return backend

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = KeyringKeyStore()
    assert calls == []  # constructing it on the GUI thread does not probe D-Bus
    store.save(LIVE_URL, API_KEY)
    assert backend.items
    assert store.backend is backend
    assert len(calls) == 1
    assert store.backend_name == MemoryKeyring.name


# -- keyring failures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        keyring.errors.KeyringLocked("Failed to unlock the collection!"),
        keyring.errors.InitError("Failed to create the collection: Prompt dismissed.."),
        keyring.errors.PasswordSetError("Can't store password on keychain"),
        ConnectionRefusedError(111, "Connection refused"),
        RuntimeError("The Secret Service daemon is neither running nor activatable"),
    ],
)
async def test_keyring_failures_become_a_clear_keystoreunavailable(error: Exception) -> None:
    store = KeyringKeyStore(BrokenKeyring(error))
    assert store.available()
    for action, call in (
        ("read", lambda: store.load(LIVE_URL)),
        ("save", lambda: store.save(LIVE_URL, API_KEY)),
    ):
        with pytest.raises(KeyStoreUnavailable) as caught:
            call()
        message = str(caught.value)
        assert message.startswith(f"Cannot {action} the API key: the system keyring")
        assert str(error) in message
        assert caught.value.__cause__ is error
    with pytest.raises(KeyStoreUnavailable):
        await store.aload(LIVE_URL)


def test_d_bus_errors_are_wrapped_too() -> None:
    secretstorage = pytest.importorskip("secretstorage")
    error = secretstorage.exceptions.SecretServiceNotAvailableException("no D-Bus session")
    with pytest.raises(KeyStoreUnavailable, match="no D-Bus session"):
        KeyringKeyStore(BrokenKeyring(error)).load(LIVE_URL)


def test_a_failure_message_never_repeats_a_key() -> None:
    error = keyring.errors.PasswordSetError(f"could not store {API_KEY}")
    with pytest.raises(KeyStoreUnavailable) as caught:
        KeyringKeyStore(BrokenKeyring(error)).save(LIVE_URL, API_KEY)
    message = str(caught.value)
    assert "could not store" in message
    assert API_KEY not in message
    assert API_KEY[5:] not in message


def test_programming_errors_are_not_disguised_as_keyring_trouble() -> None:
    with pytest.raises(TypeError):
        KeyringKeyStore(BrokenKeyring(TypeError("bug"))).load(LIVE_URL)


# -- the session-only store -----------------------------------------------------------------------


async def test_session_key_store_keeps_keys_in_memory_per_store() -> None:
    store = SessionKeyStore()
    assert store.available()
    assert "session" in store.backend_name
    assert store.SERVICE == KeyringKeyStore.SERVICE
    await store.asave(LIVE_URL + "/", API_KEY)
    store.save(SANDBOX_URL, OTHER_API_KEY)
    assert await store.aload("HTTPS://telenumber.telekartstar.com") == API_KEY
    assert store.load(SANDBOX_URL) == OTHER_API_KEY
    await store.adelete(LIVE_URL)
    store.delete(LIVE_URL)
    assert store.load(LIVE_URL) is None
    assert SessionKeyStore().load(SANDBOX_URL) is None  # nothing outlives the instance
    with pytest.raises(ValueError, match="empty"):
        store.save(LIVE_URL, "")
