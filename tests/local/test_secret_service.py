"""The key really lands in a real Secret Service (gnome-keyring on a private D-Bus session).

Run it with ``.ci/with-secret-service uv run pytest tests/local -m keyring_service``. In CI it must
run: when ``CI`` is set and no Secret Service answers, it fails instead of skipping.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Iterator

import pytest

from teleaccounthub.local.account import canonical_base_url
from teleaccounthub.local.keyring_store import KeyringKeyStore
from tests.local.builders import API_KEY, OTHER_API_KEY

pytestmark = pytest.mark.keyring_service

HOW_TO_RUN = ".ci/with-secret-service uv run pytest tests/local -m keyring_service"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _wanted() -> bool:
    # Outside CI and the wrapper, stay away from the developer's own keyring (it may prompt).
    return _in_ci() or os.environ.get("TELEACCOUNTHUB_SECRET_SERVICE") == "1"


def _why_unreachable() -> str | None:
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 — connects to D-Bus, raises when absent
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


@pytest.fixture
def secret_service_store() -> KeyringKeyStore:
    if sys.platform != "linux":
        pytest.skip("the Secret Service is the Linux keyring")
    if not _wanted():
        pytest.skip(f"needs a real Secret Service; run: {HOW_TO_RUN}")
    problem = _why_unreachable()
    if problem is not None:
        pytest.fail(f"No Secret Service is reachable ({problem}). Run the tests as: {HOW_TO_RUN}")
    from keyring.backends import SecretService

    return KeyringKeyStore(SecretService.Keyring())


@pytest.fixture
def base_url() -> Iterator[str]:
    url = f"https://keystore-test-{uuid.uuid4().hex}.invalid"
    yield url
    from keyring.backends import SecretService

    # Leave nothing behind in the keyring, whatever the test did (gone already is fine).
    with contextlib.suppress(Exception):
        SecretService.Keyring().delete_password(KeyringKeyStore.SERVICE, canonical_base_url(url))


def _items(url: str) -> list[tuple[dict[str, str], bytes]]:
    """What the Secret Service itself holds for ``url``, read without the keyring library."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        query = {"service": KeyringKeyStore.SERVICE, "username": canonical_base_url(url)}
        return [
            (item.get_attributes(), item.get_secret()) for item in collection.search_items(query)
        ]
    finally:
        connection.close()


def test_round_trip_through_the_real_secret_service(
    secret_service_store: KeyringKeyStore, base_url: str
) -> None:
    store = secret_service_store
    assert store.available()
    assert "SecretService" in store.backend_name
    assert store.load(base_url) is None

    store.save(base_url + "/", API_KEY)
    assert store.load(base_url.upper().replace("KEYSTORE", "keystore")) == API_KEY
    ((attributes, secret),) = _items(base_url)
    assert secret == API_KEY.encode()
    assert attributes["service"] == "TeleAccountHub"
    assert attributes["username"] == base_url

    store.save(base_url, OTHER_API_KEY)  # replaces, does not add a second item
    assert [s for _, s in _items(base_url)] == [OTHER_API_KEY.encode()]
    assert store.load(base_url + ":8443") is None  # another store: another key

    store.delete(base_url)
    assert store.load(base_url) is None
    assert _items(base_url) == []
    store.delete(base_url)  # already gone: fine


async def test_coroutines_against_the_real_secret_service(
    secret_service_store: KeyringKeyStore, base_url: str
) -> None:
    store = secret_service_store
    await store.asave(base_url, API_KEY)
    assert await store.aload(base_url) == API_KEY
    await store.adelete(base_url)
    assert await store.aload(base_url) is None


def test_the_default_keyring_is_the_secret_service(secret_service_store: KeyringKeyStore) -> None:
    default = KeyringKeyStore()
    assert default.available(), default.backend_name


def _items_named(username: str) -> list[bytes]:
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        query = {"service": KeyringKeyStore.SERVICE, "username": username}
        return [item.get_secret() for item in collection.search_items(query)]
    finally:
        connection.close()


def test_one_secret_service_item_per_account(
    secret_service_store: KeyringKeyStore, base_url: str
) -> None:
    from teleaccounthub.local.key_store import entry_name

    store = secret_service_store
    try:
        store.save(base_url, API_KEY, "first")
        store.save(base_url, OTHER_API_KEY, "second")
        assert _items_named(entry_name(base_url, "first")) == [API_KEY.encode()]
        assert _items_named(entry_name(base_url, "second")) == [OTHER_API_KEY.encode()]
        assert _items(base_url) == []  # nothing under the store's old single-key name
        store.delete(base_url, "first")
        assert store.load(base_url, "first") is None
        assert store.load(base_url, "second") == OTHER_API_KEY
    finally:
        for account_id in ("first", "second"):
            with contextlib.suppress(Exception):
                store.delete(base_url, account_id)
