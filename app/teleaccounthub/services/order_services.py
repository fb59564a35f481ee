"""The order services of one session, built in one place: tracking, checkout and downloads.

``create_order_services`` sits beside ``create_services``: start-up calls it after the first paint
(the imports and objects are not needed to show the catalog), and the self-test, the tests and the
benchmarks call the same function, so everyone runs the wiring a customer runs.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from teleaccounthub.local.part_files import PartFiles
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.checkout import CheckoutService
from teleaccounthub.services.downloads import DownloadService
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.order_tracker import OrderTracker, PollPolicy

log = logging.getLogger(__name__)

# How long closing the app waits for a checkout in flight (the client's read timeout is 20 s).
CHECKOUT_GRACE = 30.0


@dataclass(frozen=True, slots=True)
class OrderServices:
    tracker: OrderTracker
    checkout: CheckoutService
    downloads: DownloadService

    async def aclose(self, grace: float = CHECKOUT_GRACE) -> None:
        """Call before the session closes: a checkout in flight gets ``grace`` seconds to finish
        (and be written to the order book) instead of being cancelled after it was sent."""
        try:
            async with asyncio.timeout(grace):
                await self.checkout.wait_idle()
        except TimeoutError:
            log.error("A checkout was still in flight at shutdown; its outcome is unknown")


def create_order_services(
    services: AppServices, *, policy: PollPolicy | None = None
) -> OrderServices:
    """The session's order services: a placed order refreshes the balance (and, when the product
    turned out to be gone, its category) and is handed to the tracker."""
    session = services.session
    context = OrderContext.of(session)
    # The session's children, like catalog and balance: deleting the session deletes them too.
    tracker = OrderTracker(context, policy=policy, parent=session)
    # Accounts loaded or added later have their processing orders followed too.
    session.accounts_changed.connect(tracker.follow_new_accounts)
    checkout = CheckoutService(
        context,
        tracker=tracker,
        refresh_balance=services.balance.refresh,
        refresh_category=services.catalog.refresh_category,
        parent=session,
    )
    downloads = DownloadService(
        context, part_files=PartFiles(session.data_dir.part_files), parent=session
    )
    return OrderServices(tracker, checkout, downloads)
