"""The watch services of one session, built in one place (beside ``create_order_services``)."""

from __future__ import annotations

from dataclasses import dataclass

from teleaccounthub.local.watches import WATCHES_FILE, WatchList
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.watch import WatchService


@dataclass(frozen=True, slots=True)
class WatchServices:
    watch: WatchService

    async def aclose(self) -> None:
        """Stop the check and end its worker thread."""
        await self.watch.aclose()


def create_watch_services(services: AppServices) -> WatchServices:
    """The session's watch list (``watches.json`` in its data folder) and the service that checks
    it; the check starts with ``watch.start()`` (``install_watch`` does that)."""
    session = services.session
    watches = WatchList(session.data_dir.root / WATCHES_FILE, session.base_url)
    # The session's child, like the others: deleting the session deletes it too.
    return WatchServices(WatchService(session, services.catalog, watches, parent=session))
