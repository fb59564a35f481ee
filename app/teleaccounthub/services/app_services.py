"""The app layer in one bundle: the session and the services built on it, started and closed
together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from teleaccounthub.services.balance import BalanceService
from teleaccounthub.services.catalog import CatalogService
from teleaccounthub.services.session import KeySource, Session
from teleaccounthub.store import ApiKeyStore, DataDir, Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AppServices:
    session: Session
    catalog: CatalogService
    balance: BalanceService

    def start(self) -> None:
        """Show the cached catalog and refresh it; find the key (keyring, off the GUI thread);
        fetch the balance."""
        self.catalog.start()
        self.session.tasks.spawn(self._load_key(), name="load-key")

    async def _load_key(self) -> None:
        if self.session.has_key():
            self.balance.refresh()
            return
        # A key found in the keyring emits key_changed, which refreshes the balance.
        await self.session.load_key()
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
    max_retries: int = 3,
) -> AppServices:
    """Build the session for ``base_url`` and its catalog and balance services (nothing runs
    until ``start``)."""
    session = Session(
        base_url,
        data_dir,
        settings,
        key_store,
        initial_key=api_key,
        initial_source=key_source,
        max_retries=max_retries,
    )
    # The services are the session's children: deleting the session deletes them all at once.
    catalog = CatalogService(session, parent=session)
    balance = BalanceService(session, parent=session)
    return AppServices(session, catalog, balance)
