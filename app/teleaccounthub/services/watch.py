"""Watched products: each listing of a watched category is checked against its watches.

Listings come from two places. The catalog's own refresh is free: every live ``products_changed``
snapshot of the selected category is checked. A background round (``PeriodicRefresh``) fetches
each other watched category whose last live listing is older than the period — at most one
products request per watched category per period, one category after the other. A 429 (from this
round or the catalog's) pauses every fetch until its ``Retry-After`` has passed. A watch fires
once per crossing (``Watch.seen``); its ``triggered`` state is written before the alert is
emitted, so a restart never repeats it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, Product, ProductList, RateLimited
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.utc import utc_now
from teleaccounthub.local.watches import Condition, ConditionKind, Watch, WatchList
from teleaccounthub.services.catalog import CatalogFailure, CatalogService, Snapshot
from teleaccounthub.services.catalog_worker import CatalogWorker
from teleaccounthub.services.delays import clamp_retry_after
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.periodic import PeriodicRefresh, RefreshesPeriodically
from teleaccounthub.services.session import Session

log = logging.getLogger(__name__)
WatchText = TrContext("WatchText")

WATCH_LOOP = "watch:check"
ROUND_TASK = "watch:round"
WORKER_TASK = "watch:worker"
# The setting (seconds) and its range: how often a watched category is fetched at most.
CHECK_INTERVAL = "watch_check_seconds"
DEFAULT_CHECK_INTERVAL = 60
MIN_CHECK_INTERVAL = 30
MAX_CHECK_INTERVAL = 3600
# The first check after start-up: the window paints and the catalog loads first.
FIRST_CHECK_DELAY = 5.0
# Timers fire a little early or late; a listing this much younger than the period is old enough.
DUE_SLACK = 1.0


@dataclass(frozen=True, slots=True)
class Alert:
    """A watch's condition became true: when, for which product as listed then, and the watch
    (``watch.quantity`` is what "Buy…" pre-fills)."""

    at: datetime
    watch: Watch
    product: Product

    @property
    def stock(self) -> int:
        return self.product.total_stock

    @property
    def price(self) -> Decimal:
        return self.product.retail_price_usd


def condition_text(condition: Condition) -> str:
    """The condition in words: "back in stock", "price at or below $1.50", …"""
    if condition.kind is ConditionKind.PRICE_AT_MOST:
        assert condition.price is not None
        return WatchText.tr("price at or below {price}").format(
            price=usd_exact_if_needed(condition.price)
        )
    if condition.kind is ConditionKind.STOCK_AT_LEAST:
        assert condition.stock is not None
        return WatchText.tr("stock at least {stock}").format(stock=group_digits(condition.stock))
    return WatchText.tr("back in stock")


def check_interval(settings_value: object) -> int:
    """The check period from its setting, within its range (the default if it is not a number)."""
    if isinstance(settings_value, bool) or not isinstance(settings_value, int):
        return DEFAULT_CHECK_INTERVAL
    return max(MIN_CHECK_INTERVAL, min(MAX_CHECK_INTERVAL, settings_value))


class WatchService(RefreshesPeriodically, QObject):
    """Signals: ``alert(Alert)``; ``watches_changed()`` after a watch was added, changed or
    removed; ``listed(int)`` with the category id after a listing was checked."""

    alert = Signal(object)
    watches_changed = Signal()
    listed = Signal(int)

    def __init__(
        self,
        session: Session,
        catalog: CatalogService,
        watches: WatchList,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._list = watches
        self._clock = clock
        self._seen_at: dict[int, float] = {}  # category id → clock of its last live listing
        self._latest: dict[int, Product] = {}  # product id → as last listed
        self._paused_until = 0.0
        self._stopped = False
        self._round_task: asyncio.Task[None] | None = None
        self._worker: CatalogWorker | None = None
        self._refresher = PeriodicRefresh(
            session.tasks,
            WATCH_LOOP,
            self._round,
            what="Checking watched products",
            on_failure=lambda error: None,  # logged by the loop; the next round tries again
        )
        self._refresher.set_interval(self._configured_interval())
        # The background check's loop.
        self.periodic = self._refresher.supervisor
        catalog.products_changed.connect(self._catalog_listed)
        catalog.failed.connect(self._catalog_failed)

    # -- the watch list -------------------------------------------------------------------------

    @property
    def problem(self) -> str | None:
        """What went wrong reading the watch list from disk, for the customer (or None)."""
        return self._list.problem

    def watches(self) -> list[Watch]:
        return self._list.watches()

    def watch_of(self, product_id: int) -> Watch | None:
        return self._list.get(product_id)

    def watched_ids(self) -> frozenset[int]:
        return frozenset(watch.product_id for watch in self._list.watches())

    def watch(
        self,
        product_id: int,
        category_id: int,
        product_name: str,
        condition: Condition,
        quantity: int | None = None,
        shown: Product | None = None,
    ) -> Watch:
        """Watch a product (replacing its watch). Whether the condition already holds — by the
        latest listing, else by ``shown`` (the product as the customer saw it) — counts as seen:
        only a later crossing alerts. A changed watch keeps its state. Raises ``OSError`` if it
        cannot be saved, ``ValueError`` past the list's size limit."""
        fresh = Watch(product_id, category_id, product_name, condition, quantity)
        now = self._latest.get(product_id, shown)
        if now is not None:
            fresh, _ = fresh.seen(now.total_stock, now.retail_price_usd)
        else:
            old = self._list.get(product_id)
            fresh = replace(fresh, triggered=old is not None and old.triggered)
        self._list.put(fresh)
        self.watches_changed.emit()
        self._update_active()
        return fresh

    def unwatch(self, product_id: int) -> None:
        """Raises ``OSError`` if the list cannot be saved."""
        self._list.remove(product_id)
        self.watches_changed.emit()
        self._update_active()

    def latest(self, product_id: int) -> Product | None:
        """The product as its latest listing showed it (price and stock of now), if seen."""
        return self._latest.get(product_id)

    # -- the check ------------------------------------------------------------------------------

    def start(self) -> None:
        """Check in the background while anything is watched (first check in a moment)."""
        self._stopped = False
        if self._list.watches() and not self._refresher.running():
            self.periodic.start(FIRST_CHECK_DELAY)

    def _may_refresh(self) -> bool:
        return not self._stopped and not self._session.closed and bool(self._list.watches())

    def _update_active(self) -> None:
        if self._stopped:
            return
        if self._list.watches():
            self.start()
        else:
            self.set_active(False)

    def paused_for(self) -> float:
        """Seconds until the store's ``Retry-After`` has passed (0 when not paused)."""
        return max(0.0, self._paused_until - self._clock())

    def due_categories(self) -> list[int]:
        """The watched categories whose last live listing is older than the period."""
        now, period = self._clock(), self._refresher.interval()
        return sorted(
            category
            for category in self._list.categories()
            if now - self._seen_at.get(category, -float("inf")) >= period - DUE_SLACK
        )

    async def check(self) -> None:
        """One background round: fetch each due category once, unless the store rate-limits."""
        self._refresher.set_interval(self._configured_interval())
        due = self.due_categories()
        if not due or self.paused_for() > 0:
            return
        worker = self._worker_for_rounds()
        for category_id in due:
            if self.paused_for() > 0 or self._stopped:
                return
            # Counted as seen when asked: a failed fetch waits for the next period.
            self._seen_at[category_id] = self._clock()
            try:
                listing = await worker.products(category_id)
            except RateLimited as error:
                self._pause(error)
                return
            except ApiError as error:
                log.info("Watched category %d not checked: %r", category_id, error)
                continue
            self.check_listing(listing)

    def _worker_for_rounds(self) -> CatalogWorker:
        """The check's own worker thread and client, made at the first round that asks the
        store: without retries, so a round sends one request per category and a 429 is seen
        here (to pause) instead of being retried. One client for every round: a new one would
        load the CA bundle again each time (~50 ms of CPU). A task of the session keeps it and
        closes it when the session closes."""
        if self._worker is None:
            self._worker = CatalogWorker(
                self._session.base_url, max_retries=0, proxy=self._session.proxy_store.load
            )
            self._session.tasks.start(WORKER_TASK, self._keep_worker(self._worker))
        return self._worker

    @staticmethod
    async def _keep_worker(worker: CatalogWorker) -> None:
        try:
            await asyncio.get_running_loop().create_future()  # until the session closes
        finally:
            await worker.aclose()

    def check_listing(self, listing: ProductList) -> list[Alert]:
        """Check the watches of ``listing``'s category against it; emit and return the alerts."""
        category_id = listing.category_id
        self._seen_at[category_id] = self._clock()
        watches = {w.product_id: w for w in self._list.watches() if w.category_id == category_id}
        if not watches:
            return []  # e.g. the catalog showing a category nobody watches: no walk over it
        changed: list[Watch] = []
        alerts: list[Alert] = []
        now = utc_now()
        # The watched few first: the loop below then runs a handful of times, whatever the size.
        for product in [p for p in listing.products if p.product_id in watches]:
            watch = watches[product.product_id]
            self._latest[product.product_id] = product
            seen, crossed = watch.seen(product.total_stock, product.retail_price_usd)
            watches[product.product_id] = seen  # a product listed twice alerts once
            if seen != watch:
                changed.append(seen)
            if crossed:
                alerts.append(Alert(now, seen, product))
        if changed:
            if not self._save(changed):
                return []  # not saved: alerting now would alert again after a restart
            self.watches_changed.emit()
        for alert in alerts:
            log.info("Watch alert: %s, %s", alert.product.product_name, alert.watch.condition)
            self.alert.emit(alert)
        self.listed.emit(category_id)
        return alerts

    def stop(self) -> None:
        self._stopped = True
        self.periodic.stop()

    async def aclose(self) -> None:
        """Stop checking, cancel a round in flight and end the worker thread (the session's
        ``aclose`` does the same for whatever is left)."""
        self.stop()
        round_task = self._round_task
        if round_task is not None and not round_task.done():
            round_task.cancel()
            await asyncio.gather(round_task, return_exceptions=True)
        worker, self._worker = self._worker, None
        if worker is not None:
            self._session.tasks.cancel(WORKER_TASK)
            await worker.aclose()  # idempotent: the keeper's own close then does nothing

    # -- internals ------------------------------------------------------------------------------

    def _round(self) -> list[asyncio.Task[None]]:
        if not self._may_refresh():
            return []
        self._round_task = self._session.tasks.start(ROUND_TASK, self.check(), log_failure=False)
        return [self._round_task]

    def _configured_interval(self) -> int:
        return check_interval(self._session.settings.get(CHECK_INTERVAL, DEFAULT_CHECK_INTERVAL))

    def _pause(self, error: RateLimited) -> None:
        wait = clamp_retry_after(error.retry_after, float(self._refresher.interval()))
        self._paused_until = max(self._paused_until, self._clock() + wait)
        log.info("The store rate-limits: watched products are checked again in %.0f s", wait)

    def _catalog_listed(self, snapshot: Snapshot[ProductList]) -> None:
        if snapshot.live:
            self.check_listing(snapshot.value)

    def _catalog_failed(self, failure: CatalogFailure) -> None:
        if isinstance(failure.error, RateLimited):
            self._pause(failure.error)

    def _save(self, watches: Sequence[Watch]) -> bool:
        try:
            self._list.put_many(watches)
        except OSError as error:
            log.warning("The watch list could not be saved: %s", error)
            return False
        return True
