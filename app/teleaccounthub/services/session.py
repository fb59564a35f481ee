"""The session: one store, its accounts, the active account's client, the order book, the tasks.

Everything that talks to the store as the customer gets its ``Client`` from here, so switching
the account reaches every request at once (``key_changed``). The order tracker asks for a client
per account (``client_for``): processing orders of every account keep being followed. A 401 with
the active key is reported here (``report_unauthorized``) and becomes one ``unauthorized`` signal
per key, not a storm.

Keys live in the key store (the OS keyring, one entry per account) and in memory; the settings
file keeps only labels, key fingerprints and which account is active.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
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
    Settings,
)
from teleaccounthub.local.account import (
    AccountEntry,
    canonical_base_url,
    clean_label,
    key_fingerprint,
    key_problem,
    new_account_id,
)
from teleaccounthub.local.proxy_store import ProxyStore
from teleaccounthub.local.settings import StoreAccounts
from teleaccounthub.services.account_list import (
    Account,
    BuiltinKey,
    KeySource,
    SessionText,
    demo_label,
    environment_label,
    migrated_label,
    numbered_label,
)
from teleaccounthub.services.tasks import TaskOwner

if TYPE_CHECKING:
    from teleaccounthub.api import Client
    from teleaccounthub.api.proxy import ProxyConfig

__all__ = ["Account", "BuiltinKey", "KeySaved", "KeySource", "Session", "session_only_message"]

log = logging.getLogger(__name__)


def session_only_message() -> str:
    return SessionText.tr(
        "No system keyring is available — the key is kept for this session only. "
        "You will need to enter it again next time."
    )


def _default_label(source: KeySource) -> str:
    if source is KeySource.ENVIRONMENT:
        return environment_label()
    if source is KeySource.SANDBOX:
        return demo_label()
    return migrated_label()


@dataclass(frozen=True, slots=True)
class KeySaved:
    """How an added key was kept: in the keyring, or for this session only."""

    persisted: bool
    message: str
    account_id: str = ""


class Session(QObject):
    """The app's connection to one store.

    Signals: ``key_changed()`` when the key in use is set, replaced or removed (switching the
    account included); ``accounts_changed()`` when an account is added, renamed, removed or made
    active; ``unauthorized(str)`` once per key when the store refuses the active key;
    ``notice(str)`` for things the customer should read in the status bar.
    """

    key_changed = Signal()
    accounts_changed = Signal()
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
        builtin: Sequence[BuiltinKey] = (),
        max_retries: int = 3,
        order_book: OrderBook | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._base_url = base_url
        self._canonical_url = canonical_base_url(base_url)
        self.data_dir = data_dir
        self.settings = settings
        self.key_store = key_store
        self.catalog_cache = CatalogCache(data_dir.cache_dir, base_url)
        # Start-up opens (and, if need be, replaces) the order book; by default it is opened here.
        self.order_book = order_book if order_book is not None else OrderBook(data_dir.orders_db)
        self.tasks = TaskOwner("session")
        # How the clients reach the store (the proxy); its password is in the keyring.
        self.proxy_store = ProxyStore(settings, key_store)
        self._max_retries = max_retries
        self._client: Client | None = None
        # Clients replaced by a new proxy: requests still running on them finish there.
        self._retired: list[Client] = []
        self._clients: dict[str, Client] = {}  # the other accounts' clients, for polling
        self._accounts: dict[str, Account] = {}
        # Saved accounts whose key is here already under another account (the same key in
        # TELEACCOUNTHUB_API_KEY): not listed twice, but kept in the settings.
        self._shadowed: dict[str, AccountEntry] = {}
        self._keys: dict[str, str] = {}
        self._active: str | None = None
        self._account: AccountRef | None = None
        self._unauthorized_reported = False
        self._closed = False
        self._loaded = False
        first = (initial_key or "").strip()
        keys = [BuiltinKey(_default_label(initial_source), first, initial_source)]
        self._builtin = tuple(k for k in (*keys, *builtin) if k.key.strip())
        for given in self._builtin:
            self._add(given.account_id, given.label, given.key, given.source)
        if self._builtin:
            self._activate(self._builtin[0].account_id)

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
        active = self.active_account()
        return active.source if active is not None else KeySource.NONE

    def has_key(self) -> bool:
        return self._active is not None

    def key_refused(self) -> bool:
        """True once the store answered 401 for the key in use (until the key changes)."""
        return self._unauthorized_reported

    def account(self) -> AccountRef | None:
        """The active account (base URL + key fingerprint), or None without a key."""
        return self._account

    def accounts(self) -> tuple[Account, ...]:
        """Every account of this store, in the order they were added."""
        return tuple(self._accounts.values())

    def active_account(self) -> Account | None:
        return self._accounts.get(self._active) if self._active is not None else None

    def active_account_id(self) -> str | None:
        return self._active

    def account_refs(self) -> list[AccountRef]:
        """Every account with a usable key: whose processing orders are followed."""
        return [self._ref(a) for a in self._accounts.values() if a.account_id in self._keys]

    def label_of(self, account: AccountRef) -> str | None:
        """The label of the account ``account`` refers to (None: not one of this session's)."""
        found = self._find(account)
        return found.label if found is not None else None

    def accounts_loaded(self) -> bool:
        """True once the saved accounts were looked up (``load_accounts`` has finished)."""
        return self._loaded

    def builtin_sources(self) -> frozenset[KeySource]:
        """Where the keys given at start came from (e.g. SANDBOX: the demo keys)."""
        return frozenset(k.source for k in self._builtin)

    def builtin_in_use(self) -> bool:
        """True when every key given at start is an account and one of them is in use (so
        ``restore_builtin`` would change nothing)."""
        ids = [k.account_id for k in self._builtin]
        return all(i in self._accounts for i in ids) and self._active in ids

    def client(self) -> Client:
        """The client of this store with the active key; created on first use."""
        if self._closed:
            raise RuntimeError("the session is closed")
        if self._client is None:
            self._client = self._new_client(self._active_key())
        return self._client

    def client_for(self, account: AccountRef) -> Client | None:
        """A client with ``account``'s key (the active client for the active account); None when
        the account is not (any more) one of this session's."""
        if self._closed:
            return None
        found = self._find(account)
        if found is None or found.account_id not in self._keys:
            return None
        if found.account_id == self._active:
            return self.client()
        client = self._clients.get(found.account_id)
        if client is None:
            client = self._new_client(self._keys[found.account_id])
            self._clients[found.account_id] = client
        return client

    # -- loading -------------------------------------------------------------------------------

    async def load_accounts(self) -> None:
        """Read the saved accounts' keys (off the GUI thread); move an old single key into an
        account first. Without a usable keyring, says so once and goes on without them."""
        stored = self.settings.accounts(self._base_url)
        try:
            # A key from the environment runs "without touching the keyring": nothing is moved.
            if not stored.entries and KeySource.ENVIRONMENT not in self.builtin_sources():
                stored = await self._migrate_single_key()
            for entry in stored.entries:
                if entry.account_id in self._accounts:
                    continue
                key = await self.key_store.aload(self._base_url, entry.account_id)
                self._add_saved(entry, key)
        except KeyStoreUnavailable as error:
            log.warning("Keyring unavailable at start: %s", error)
            for entry in stored.entries:
                self._add_saved(entry, None)
            self.notice.emit(str(error))
        self._loaded = True
        if self._active is None:
            wanted = stored.active if stored.active in self._keys else None
            usable = [a for a in self._accounts if a in self._keys]
            chosen = wanted or (usable[0] if usable else None)
            if chosen is not None:
                self._activate(chosen)
                return
        self.accounts_changed.emit()

    async def _migrate_single_key(self) -> StoreAccounts:
        """The one key of earlier versions becomes the account "My account" (its favourites too).
        Its id is derived from the key, so a move interrupted half-way is simply done again; a
        move that cannot be done (the keyring refuses the write, the settings cannot be saved)
        leaves the old entry where it is and uses the key for this run."""
        key = await self.key_store.aload(self._base_url)
        if not key or not key.strip():
            return StoreAccounts()
        fingerprint = key_fingerprint(key)
        label = migrated_label()
        entry = AccountEntry(f"moved-{fingerprint[:12]}", label, fingerprint)
        moved = StoreAccounts((entry,), entry.account_id)
        try:
            await self.key_store.asave(self._base_url, key, entry.account_id)
            self.settings.set_accounts(self._base_url, moved)
            self.settings.adopt_favourites(self._base_url, entry.account_id)
        except (KeyStoreUnavailable, OSError) as error:
            log.warning("The saved API key could not be moved into an account: %s", error)
            self._add(entry.account_id, label, key, KeySource.SESSION)
            return moved
        await self.key_store.adelete(self._base_url)  # one entry per account
        log.info("The saved API key was moved into the account %r", label)
        return moved

    def _add_saved(self, entry: AccountEntry, key: str | None) -> None:
        if any(a.fingerprint == entry.fingerprint for a in self._accounts.values()):
            self._shadowed[entry.account_id] = entry  # the same key is here (the environment's)
            return
        usable = key is not None and key.strip() and key_fingerprint(key) == entry.fingerprint
        if usable and key is not None:
            self._add(entry.account_id, entry.label, key, KeySource.KEYRING)
        else:
            self._accounts[entry.account_id] = Account(
                entry.account_id, entry.label, entry.fingerprint, KeySource.KEYRING, has_key=False
            )

    # -- changing accounts ---------------------------------------------------------------------

    def switch_account(self, account_id: str) -> bool:
        """Make ``account_id`` the active account. False (and a notice) when it cannot be used."""
        found = self._accounts.get(account_id)
        if found is None:
            return False
        if account_id not in self._keys:
            self.notice.emit(
                SessionText.tr(
                    "The key of “{name}” could not be read from the system keyring. "
                    "Remove the account and add its key again."
                ).format(name=found.label)
            )
            return False
        if account_id != self._active:
            self._activate(account_id)
            self._save_entries()
        return True

    async def test_key(self, key: str) -> Balance:
        """The balance the store reports for ``key``; raises the client's ``ApiError``."""
        from teleaccounthub.api import Client

        async with Client(
            self._base_url,
            key.strip(),
            max_retries=self._max_retries,
            proxy=self.proxy_store.config(),
        ) as client:
            return await client.balance()

    # -- the proxy -----------------------------------------------------------------------------

    async def load_proxy(self) -> None:
        """Read the proxy's password from the keyring (off the GUI thread), before the first
        request that needs the key."""
        before = self.proxy_store.config()
        if await self.proxy_store.aload() != before:
            self._renew_clients()

    async def set_proxy(self, config: ProxyConfig) -> bool:
        """Reach the store through ``config`` from now on (every new request); returns whether
        its password is kept beyond this session. Raises ``OSError`` if it cannot be saved."""
        kept = await self.proxy_store.asave(config)
        self._renew_clients()
        log.info("Proxy set: %s", config.mode.value)
        return kept

    async def test_proxy(self, config: ProxyConfig) -> float:
        """Fetch the categories through ``config``; the seconds it took. Raises ``ApiError``."""
        from teleaccounthub.api import Client

        async with Client(self._base_url, None, max_retries=0, proxy=config) as client:
            started = time.monotonic()
            await client.categories()
            return time.monotonic() - started

    def _renew_clients(self) -> None:
        if self._client is not None:
            self._retired.append(self._client)
        self._retired.extend(self._clients.values())
        self._client = None
        self._clients.clear()

    async def test_account(self, account_id: str) -> Balance:
        """The balance the store reports for ``account_id``'s key, kept as a point of that
        account's balance line (insights); raises ``ApiError``."""
        from teleaccounthub.api import ApiError

        key = self._keys.get(account_id)
        if key is None:
            raise ApiError(
                SessionText.tr("The key of this account could not be read from the system keyring.")
            )
        balance = await self.test_key(key)
        found = self._accounts.get(account_id)
        if found is not None and not self._closed:  # a point of its balance line
            try:
                self.order_book.balances.record(self._ref(found), balance.balance_usd)
            except sqlite3.Error as error:
                log.warning("The balance snapshot was not kept: %r", error)
        return balance

    async def add_account(self, label: str, key: str) -> KeySaved:
        """Keep ``key`` as the account ``label`` (in the keyring, off the GUI thread) and make it
        the active one. The same key twice is one account: it is made active.

        Without a usable keyring the key is kept in memory for this session and the answer says
        so; nothing is ever written to a file but the label and the key's fingerprint.
        Raises ``ValueError`` (for people) for an empty key or label.
        """
        key = key.strip()
        problem = key_problem(key)
        if problem is not None:
            raise ValueError(problem)
        label = clean_label(label)
        fingerprint = key_fingerprint(key)
        for existing in self._accounts.values():
            if existing.fingerprint == fingerprint and existing.account_id in self._keys:
                self.switch_account(existing.account_id)
                return KeySaved(
                    existing.saved,
                    SessionText.tr(
                        "This key is already the account “{name}”; it is now in use."
                    ).format(name=existing.label),
                    existing.account_id,
                )
        account_id = new_account_id()
        persisted = self.key_store.persistent
        if persisted:
            try:
                await self.key_store.asave(self._base_url, key, account_id)
            except KeyStoreUnavailable as error:
                log.warning("Key kept for this session only: %s", error)
                persisted = False
        source = KeySource.KEYRING if persisted else KeySource.SESSION
        first_saved = not any(a.saved for a in self._accounts.values())
        stale = [a for a in self._accounts.values() if a.fingerprint == fingerprint]
        for account in stale:  # the same key whose keyring entry could not be read
            self._accounts.pop(account.account_id, None)
        self._add(account_id, label, key, source)
        self._activate(account_id)
        if persisted:
            if first_saved:
                self.settings.adopt_favourites(self._base_url, account_id)
            self._save_entries()
            where = self.key_store.backend_name
            said = SessionText.tr("“{name}” is saved in {keyring}.", "keyring: the keyring's name")
            return KeySaved(True, said.format(name=label, keyring=where), account_id)
        if self.key_store.persistent:
            return KeySaved(False, session_only_message(), account_id)
        said = SessionText.tr("“{name}” is kept for this session only.").format(name=label)
        return KeySaved(False, said, account_id)

    async def save_key(self, key: str) -> KeySaved:
        """Add ``key`` as a new account with a numbered label (see ``add_account``)."""
        taken = {a.label for a in self._accounts.values()}
        number = len(self._accounts) + 1
        label = migrated_label() if not taken else numbered_label(number)
        while label in taken:
            number += 1
            label = numbered_label(number)
        return await self.add_account(label, key)

    def rename_account(self, account_id: str, label: str) -> None:
        """Give ``account_id`` the label ``label``; raises ``ValueError`` for an empty one."""
        found = self._accounts.get(account_id)
        if found is None:
            return
        self._accounts[account_id] = replace(found, label=clean_label(label))
        if found.saved:
            self._save_entries()
        self.accounts_changed.emit()

    async def remove_account(self, account_id: str) -> str:
        """Forget ``account_id``'s key (keyring, settings, every request). Its orders stay in
        the order book, and show again when the same key is added again."""
        found = self._accounts.get(account_id)
        if found is None:
            return SessionText.tr("That account is no longer in the list.")
        message = SessionText.tr(
            "“{name}” was removed. Its orders stay on this computer and show again if "
            "you add the same key."
        ).format(name=found.label)
        if found.saved:
            try:
                await self.key_store.adelete(self._base_url, account_id)
            except KeyStoreUnavailable as error:
                message = SessionText.tr(
                    "“{name}” is no longer used; the keyring could not be changed: {reason}"
                ).format(name=found.label, reason=error)
        if account_id not in self._accounts:
            return message  # removed meanwhile
        del self._accounts[account_id]
        self._keys.pop(account_id, None)
        self._close_client(account_id)
        if found.saved:
            self._save_entries()
        if account_id == self._active:
            usable = [a for a in self._accounts if a in self._keys]
            self._activate(usable[0] if usable else None)
            self._save_entries()
        else:
            self.accounts_changed.emit()
        return message

    async def remove_key(self) -> str:
        """Remove the active account (see ``remove_account``)."""
        if self._active is None:
            return SessionText.tr("No account is in use.")
        return await self.remove_account(self._active)

    def restore_builtin(self) -> str | None:
        """Add back the keys given at start that were removed (the sandbox's demo keys) and
        use the first; returns its label (None: there are none)."""
        if not self._builtin:
            return None
        for given in self._builtin:
            if given.account_id not in self._accounts:
                self._add(given.account_id, given.label, given.key, given.source)
        # Back in their places at the top of the list, so Ctrl+1, Ctrl+2 … are as at start.
        ids = [k.account_id for k in self._builtin]
        rest = {i: a for i, a in self._accounts.items() if i not in ids}
        self._accounts = {**{i: self._accounts[i] for i in ids}, **rest}
        first = self._builtin[0]
        if self._active == first.account_id:
            self.accounts_changed.emit()
        else:
            self._activate(first.account_id)
        return self._accounts[first.account_id].label

    def report_unauthorized(self, message: str = "") -> None:
        """A request with the active key was refused with 401: tell the UI once for this key."""
        if self._unauthorized_reported:
            return
        self._unauthorized_reported = True
        text = message.strip() or SessionText.tr("The store refused the API key.")
        log.warning("Unauthorized: %s", text)
        self.unauthorized.emit(text)

    # -- lifetime ------------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Cancel and await every task, close the clients and the order book. Idempotent."""
        if self._closed:
            return
        self._closed = True
        await self.tasks.aclose()
        clients = [
            c for c in (self._client, *self._clients.values(), *self._retired) if c is not None
        ]
        self._client = None
        self._clients.clear()
        self._retired.clear()
        for client in clients:
            await client.aclose()
        self.order_book.close()

    # -- inside --------------------------------------------------------------------------------

    def _add(self, account_id: str, label: str, key: str, source: KeySource) -> None:
        key = key.strip()
        self._accounts[account_id] = Account(account_id, label, key_fingerprint(key), source)
        self._keys[account_id] = key

    def _activate(self, account_id: str | None) -> None:
        """Use ``account_id``'s key for every request from now on (None: no key)."""
        self._active = account_id
        key = self._active_key()
        self._account = AccountRef.from_key(self._base_url, key) if key is not None else None
        self._unauthorized_reported = False
        if self._client is not None:
            self._client.api_key = key
        if account_id is not None:
            self._close_client(account_id)  # the active client serves it from now on
        log.info("API key %s (%s)", "set" if key else "cleared", self.key_source.value)
        self.accounts_changed.emit()
        self.key_changed.emit()

    def _active_key(self) -> str | None:
        return self._keys.get(self._active) if self._active is not None else None

    def _ref(self, account: Account) -> AccountRef:
        return AccountRef(self._canonical_url, account.fingerprint)

    def _find(self, ref: AccountRef) -> Account | None:
        if ref.base_url != self._canonical_url:
            return None
        return next((a for a in self._accounts.values() if a.fingerprint == ref.fingerprint), None)

    def _save_entries(self) -> None:
        entries = (
            *(
                AccountEntry(a.account_id, a.label, a.fingerprint)
                for a in self._accounts.values()
                if a.saved
            ),
            *self._shadowed.values(),
        )
        ids = {e.account_id for e in entries}
        # An account for this run only is not remembered as the active one: keep the last saved.
        active = self._active if self._active in ids else None
        if active is None:
            previous = self.settings.accounts(self._base_url).active
            active = previous if previous in ids else None
        try:
            self.settings.set_accounts(self._base_url, StoreAccounts(entries, active))
        except OSError as error:
            log.warning("The accounts could not be saved in the settings: %s", error)
            self.notice.emit(
                SessionText.tr("The list of accounts could not be saved: {reason}").format(
                    reason=error
                )
            )

    def _close_client(self, account_id: str) -> None:
        client = self._clients.pop(account_id, None)
        if client is not None and not self._closed:
            self.tasks.spawn(client.aclose(), name=f"close-client:{account_id}")

    def _new_client(self, key: str | None) -> Client:
        from teleaccounthub.api import Client  # httpx is not needed to paint the window

        return Client(
            self._base_url, key, max_retries=self._max_retries, proxy=self.proxy_store.config()
        )
