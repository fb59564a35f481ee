"""The app layer in one bundle: the session and the services built on it, started and closed
together."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from teleaccounthub.local import ApiKeyStore, DataDir, OrderBook, Settings
from teleaccounthub.services.balance import BalanceService
from teleaccounthub.services.catalog import CatalogService
from teleaccounthub.services.session import BuiltinKey, KeySource, Session

log = logging.getLogger(__name__)

# Seconds the balance and key wait for the first category list before they start anyway.
KEY_AFTER_CATALOG_LIMIT = 1.0


@dataclass(frozen=True, slots=True)
class AppServices:
    session: Session
    catalog: CatalogService
    balance: BalanceService

    def start(self) -> None:
        """Show the cached catalog and refresh it; find the key (keyring, off the GUI thread);
        fetch the balance."""
        self.catalog.start()
        self.session.tasks.spawn(self._load_key_after_catalog(), name="load-key")

    async def _load_key_after_catalog(self) -> None:
        """The balance needs the HTTP client, whose import costs more than Qt itself: let the
        first category list (cached or live) paint first, or wait at most a moment for it."""
        shown = asyncio.Event()

        def mark(*_: object) -> None:
            shown.set()

        self.catalog.categories_changed.connect(mark)
        self.catalog.failed.connect(mark)
        try:
            async with asyncio.timeout(KEY_AFTER_CATALOG_LIMIT):
                await shown.wait()
            await asyncio.sleep(0)  # the categories' paint runs before the key is looked up
        except TimeoutError:
            pass
        finally:
            self.catalog.categories_changed.disconnect(mark)
            self.catalog.failed.disconnect(mark)
        await self._load_key()

    async def _load_key(self) -> None:
        await self.session.load_proxy()  # its password, before a request that needs the key
        if self.session.has_key():
            self.balance.refresh()
        # The saved accounts, to switch to and to follow their orders. An account made active
        # here emits key_changed, which refreshes the balance.
        await self.session.load_accounts()
        if not self.session.has_key():
            self.balance.refresh()  # shows "Set API key…"

    async def aclose(self) -> None:
        """Stop the timers, cancel and await every task, close the client and the order book."""
        self.catalog.stop()
        self.balance.set_active(False)
        await self.session.aclose()
        await self.catalog.aclose()


def create_services(
    base_url: str,
    data_dir: DataDir,
    settings: Settings,
    key_store: ApiKeyStore,
    *,
    api_key: str | None = None,
    key_source: KeySource = KeySource.ENVIRONMENT,
    more_keys: Sequence[BuiltinKey] = (),
    max_retries: int = 3,
    order_book: OrderBook | None = None,
) -> AppServices:
    """Build the session for ``base_url`` and its catalog and balance services (nothing runs
    until ``start``). ``api_key`` and ``more_keys`` are accounts for this run only (the
    environment's key, the sandbox's demo keys); the first is the active one."""
    session = Session(
        base_url,
        data_dir,
        settings,
        key_store,
        initial_key=api_key,
        initial_source=key_source,
        builtin=more_keys,
        max_retries=max_retries,
        order_book=order_book,
    )
    # The services are the session's children: deleting the session deletes them all at once.
    catalog = CatalogService(session, parent=session)
    balance = BalanceService(session, parent=session)
    return AppServices(session, catalog, balance)
