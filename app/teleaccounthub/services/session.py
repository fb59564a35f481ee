"""The session: one store, one API key, one client, one order book, the running tasks.

Everything that talks to the store gets its ``Client`` from here, so a new key reaches every
request at once. A 401 anywhere is reported here (``report_unauthorized``) and becomes one
``unauthorized`` signal per key, not a storm.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import Balance
from teleaccounthub.local import (
    AccountRef,
    ApiKeyStore,
    CatalogCache,
    DataDir,
    KeyStoreUnavailable,
    OrderBook,
    SessionKeyStore,
    Settings,
)
from teleaccounthub.services.tasks import TaskOwner

if TYPE_CHECKING:
    from teleaccounthub.api import Client

log = logging.getLogger(__name__)

SESSION_ONLY_MESSAGE = (
    "No system keyring is available — the key is kept for this session only. "
    "You will need to enter it again next time."
)


class KeySource(enum.Enum):
    """Where the key in use came from."""

    NONE = "none"
    ENVIRONMENT = "environment"  # TELEACCOUNTHUB_API_KEY: this run only, never saved
    KEYRING = "keyring"
    SESSION = "session"  # entered this session, no keyring to keep it in
    SANDBOX = "sandbox"  # the embedded sandbox's demo key

    def describe(self) -> str:
        return {
            KeySource.NONE: "No API key is set.",
            KeySource.ENVIRONMENT: (
                "Using the key from TELEACCOUNTHUB_API_KEY for this run (not saved)."
            ),
            KeySource.KEYRING: "Using the key saved in the system keyring.",
            KeySource.SESSION: "Using a key kept for this session only.",
            KeySource.SANDBOX: "Using the sandbox's demo key.",
        }[self]


@dataclass(frozen=True, slots=True)
class KeySaved:
    """How ``Session.save_key`` kept the key: in the keyring, or for this session only."""

    persisted: bool
    message: str


class Session(QObject):
    """The app's connection to one store.

    Signals: ``key_changed()`` when a key is set, replaced or removed; ``unauthorized(str)`` once
    per key when the store refuses it; ``notice(str)`` for things the customer should read in
    the status bar (e.g. "the keyring could not be read").
    """

    key_changed = Signal()
    unauthorized = Signal(str)
    notice = Signal(str)

    def __init__(
        self,
        base_url: str,
        data_dir: DataDir,
        settings: Settings,
        key_store: ApiKeyStore,
        *,
        initial_key: str | None = None,
        initial_source: KeySource = KeySource.ENVIRONMENT,
        max_retries: int = 3,
        order_book: OrderBook | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base_url = base_url
        self.data_dir = data_dir
        self.settings = settings
        self.key_store = key_store
        self._session_keys = SessionKeyStore()
        self.catalog_cache = CatalogCache(data_dir.cache_dir, base_url)
        # Start-up opens (and, if need be, replaces) the order book; by default it is opened here.
        self.order_book = order_book if order_book is not None else OrderBook(data_dir.orders_db)
        self.tasks = TaskOwner("session")
        self._max_retries = max_retries
        self._client: Client | None = None
        self._key: str | None = None
        self._source = KeySource.NONE
        self._account: AccountRef | None = None
        self._unauthorized_reported = False
        self._closed = False
        if initial_key:
            self.use_key(initial_key, initial_source)

    # -- what others read ----------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def closed(self) -> bool:
        """True once ``aclose`` has begun: nothing new may start."""
        return self._closed

    @property
    def max_retries(self) -> int:
        """How often the clients retry a failed GET."""
        return self._max_retries

    @property
    def key_source(self) -> KeySource:
        return self._source

    def has_key(self) -> bool:
        return self._key is not None

    def key_refused(self) -> bool:
        """True once the store answered 401 for the key in use (until the key changes)."""
        return self._unauthorized_reported

    def account(self) -> AccountRef | None:
        """The account of the key in use (base URL + key fingerprint), or None without a key."""
        return self._account

    def client(self) -> Client:
        """The client of this store with the current key; created on first use."""
        if self._closed:
            raise RuntimeError("the session is closed")
        if self._client is None:
            self._client = self._new_client(self._key)
        return self._client

    # -- the key -------------------------------------------------------------------------------

    async def load_key(self) -> None:
        """Look the store's key up in the keyring (off the GUI thread) unless one is in use."""
        if self._key is not None:
            return
        try:
            key = await self.key_store.aload(self._base_url)
        except KeyStoreUnavailable as error:
            log.warning("Keyring unavailable at start: %s", error)
            self.notice.emit(str(error))
            return
        if key and self._key is None:
            self.use_key(key, KeySource.KEYRING)

    def use_key(self, key: str | None, source: KeySource) -> None:
        """Use ``key`` (None: none) for every request from now on, without storing it."""
        key = (key or "").strip() or None
        self._key = key
        self._source = source if key is not None else KeySource.NONE
        self._account = AccountRef.from_key(self._base_url, key) if key is not None else None
        self._unauthorized_reported = False
        if self._client is not None:
            self._client.api_key = key
        log.info("API key %s (%s)", "set" if key else "cleared", self._source.value)
        self.key_changed.emit()

    async def test_key(self, key: str) -> Balance:
        """The balance the store reports for ``key``; raises the client's ``ApiError``."""
        from teleaccounthub.api import Client

        async with Client(self._base_url, key.strip(), max_retries=self._max_retries) as client:
            return await client.balance()

    async def save_key(self, key: str) -> KeySaved:
        """Keep ``key`` in the keyring (off the GUI thread) and use it.

        Without a usable keyring the key is kept in memory for this session and the answer says
        so; nothing is ever written to a file.
        """
        key = key.strip()
        if not key:
            raise ValueError("An API key cannot be empty.")
        try:
            await self.key_store.asave(self._base_url, key)
        except KeyStoreUnavailable as error:
            log.warning("Key kept for this session only: %s", error)
            await self._session_keys.asave(self._base_url, key)
            self.use_key(key, KeySource.SESSION)
            return KeySaved(False, SESSION_ONLY_MESSAGE)
        self.use_key(key, KeySource.KEYRING)
        return KeySaved(True, f"The key is saved in {self.key_store.backend_name}.")

    async def remove_key(self) -> str:
        """Forget the key: from the keyring, from this session, and from every request."""
        await self._session_keys.adelete(self._base_url)
        message = "The API key was removed."
        try:
            await self.key_store.adelete(self._base_url)
        except KeyStoreUnavailable as error:
            message = f"The key is no longer used; the keyring could not be changed: {error}"
        self.use_key(None, KeySource.NONE)
        return message

    def report_unauthorized(self, message: str = "") -> None:
        """A request was refused with 401: tell the UI once for this key."""
        if self._unauthorized_reported:
            return
        self._unauthorized_reported = True
        text = message.strip() or "The store refused the API key."
        log.warning("Unauthorized: %s", text)
        self.unauthorized.emit(text)

    # -- lifetime ------------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Cancel and await every task, close the client and the order book. Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self.tasks.aclose()
        if self._client is not None:
            client, self._client = self._client, None
            await client.aclose()
        self.order_book.close()

    def _new_client(self, key: str | None) -> Client:
        from teleaccounthub.api import Client  # httpx is not needed to paint the window

        return Client(self._base_url, key, max_retries=self._max_retries)
