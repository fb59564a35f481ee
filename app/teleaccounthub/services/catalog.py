"""The catalog: categories and the selected category's products, live or from the cache.

Requests and their decoding run on a ``CatalogWorker`` thread; cache files are read and written
on worker threads too. The GUI thread only receives finished ``CategoryList``/``ProductList``s.

At start the cached catalog is shown at once (marked with its age), then refreshed. A newer
category request cancels the stale one, and an answer for a category that is no longer selected is
dropped, so a slow response never overwrites the newer selection. While the window is visible the
catalog is refreshed periodically, by a supervised loop: a round that fails in an unforeseen way is
logged, shown once, and the refresh goes on, less often for a while.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from teleaccounthub.api import ApiError, CategoryList, ProductList, Unauthorized
from teleaccounthub.i18n import TrContext
from teleaccounthub.local import Cached
from teleaccounthub.local.utc import utc_now
from teleaccounthub.services.catalog_worker import CatalogWorker
from teleaccounthub.services.periodic import PeriodicRefresh, RefreshesPeriodically
from teleaccounthub.services.session import Session

log = logging.getLogger(__name__)
CatalogText = TrContext("CatalogText")

T = TypeVar("T")

CATEGORIES_TASK = "catalog:categories"
PRODUCTS_TASK = "catalog:products"
CATALOG_LOOP = "catalog:periodic"
# A category larger than this is not written to the disk cache. Writing 300,000 products is
# ~47 MB every refresh, and the writing thread starves the GUI thread for 100 ms and more
# (measured with the big-category benchmark); reading it back takes as long as fetching it.
MAX_CACHED_PRODUCTS = 100_000
CACHE_WRITE_DELAY_MS = 1000


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[T]):
    """A piece of the catalog: live, or from the cache as it was at ``saved_at``."""

    value: T
    saved_at: datetime
    live: bool

    @classmethod
    def from_cache(cls, cached: Cached[T]) -> Snapshot[T]:
        return cls(cached.value, cached.saved_at, live=False)


@dataclass(frozen=True, slots=True)
class CatalogFailure:
    """Loading ``what`` ("categories" or "products") failed with ``error``."""

    what: str
    error: ApiError
    category_id: int | None = None


class CatalogService(RefreshesPeriodically, QObject):
    """Loads the catalog through the session's client.

    Signals: ``categories_changed(Snapshot[CategoryList])``,
    ``products_changed(Snapshot[ProductList])`` (only for the selected category),
    ``loading_changed(bool)``, ``failed(CatalogFailure)``, ``refreshed()`` after a live answer.
    """

    categories_changed = Signal(object)
    products_changed = Signal(object)
    loading_changed = Signal(bool)
    failed = Signal(object)
    refreshed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._cache = session.catalog_cache
        self._worker = CatalogWorker(
            session.base_url, max_retries=session.max_retries, proxy=session.proxy_store.load
        )
        self._unsaved: dict[str, Callable[[], None]] = {}
        self._stopped = False
        self._save_timer = QTimer(self)
        self._save_timer.setObjectName("catalogCacheTimer")
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(CACHE_WRITE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_soon)
        self._selected: int | None = None
        self._categories: Snapshot[CategoryList] | None = None
        self._products: Snapshot[ProductList] | None = None
        self._loading: set[str] = set()
        self._refresher = PeriodicRefresh(
            session.tasks,
            CATALOG_LOOP,
            lambda: self._refresh(log_failure=False),
            what="Refreshing the catalog",
            on_failure=self._periodic_failed,
        )
        # The periodic refresh's loop (running while the catalog is on screen).
        self.periodic = self._refresher.supervisor

    # -- state ----------------------------------------------------------------------------------

    def selected_category(self) -> int | None:
        return self._selected

    def categories(self) -> Snapshot[CategoryList] | None:
        return self._categories

    def products(self) -> Snapshot[ProductList] | None:
        """The products of the selected category, if they have arrived."""
        return self._products

    def is_loading(self) -> bool:
        return bool(self._loading)

    # -- requests -------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the cached categories (and the selected category's products) then refresh."""
        self._run(CATEGORIES_TASK, self._load_categories(use_cache=True))

    def refresh(self) -> None:
        """Reload the categories and the selected category's products from the store."""
        self._refresh()

    def _refresh(self, *, log_failure: bool = True) -> list[asyncio.Task[None]]:
        tasks = [self._run(CATEGORIES_TASK, self._load_categories(use_cache=False), log_failure)]
        if self._selected is not None:
            products = self._load_products(self._selected, use_cache=False)
            tasks.append(self._run(PRODUCTS_TASK, products, log_failure))
        return [task for task in tasks if task is not None]

    def select_category(self, category_id: int | None) -> None:
        """Show ``category_id``'s products: cached ones at once, then live ones."""
        if category_id == self._selected and (
            self._products is not None or self._session.tasks.running(PRODUCTS_TASK)
        ):
            return
        self._selected = category_id
        self._products = None
        if category_id is None:
            self._session.tasks.cancel(PRODUCTS_TASK)
            self._set_loading(PRODUCTS_TASK, False)
            return
        self._run(PRODUCTS_TASK, self._load_products(category_id, use_cache=True))

    def refresh_category(self, category_id: int) -> None:
        """Stock changed in ``category_id`` (e.g. after a purchase): reload it and the counts."""
        self._run(CATEGORIES_TASK, self._load_categories(use_cache=False))
        if category_id == self._selected:
            self._run(PRODUCTS_TASK, self._load_products(category_id, use_cache=False))

    # -- periodic refresh -----------------------------------------------------------------------

    def _may_refresh(self) -> bool:
        return not self._stopped and not self._session.closed

    def stop(self) -> None:
        """No more refreshes or timed cache writes (shutdown begins); ``aclose`` finishes."""
        self._stopped = True
        self.periodic.stop()
        self._save_timer.stop()

    def _periodic_failed(self, error: Exception) -> None:
        message = CatalogText.tr(
            "The catalog could not be refreshed ({reason}); it is tried again later."
        ).format(reason=type(error).__name__)
        self.failed.emit(CatalogFailure("categories", ApiError(message)))

    async def aclose(self) -> None:
        """Write what the cache still lacks and end the worker thread (call it after the
        session's tasks are gone)."""
        self.stop()
        await self._save(self._take_unsaved())
        await self._worker.aclose()

    # -- the work -------------------------------------------------------------------------------

    def _run(
        self, key: str, coro: Coroutine[Any, Any, None], log_failure: bool = True
    ) -> asyncio.Task[None] | None:
        if self._session.closed:
            coro.close()
            return None
        task = self._session.tasks.start(key, coro, log_failure=log_failure)
        self._set_loading(key, True)
        task.add_done_callback(lambda done: self._task_done(key, done))
        return task

    def _task_done(self, key: str, task: asyncio.Task[None]) -> None:
        if not self._session.tasks.running(key):
            self._set_loading(key, False)

    async def _load_categories(self, *, use_cache: bool) -> None:
        if use_cache:
            cached = await asyncio.to_thread(self._cache.load_categories)
            if cached is not None and self._categories is None:
                self._set_categories(Snapshot.from_cache(cached))
        try:
            categories = await self._worker.categories()
        except ApiError as error:
            log.warning("Categories not refreshed: %r", error)
            self._report(CatalogFailure("categories", error))
            return
        log.info("Categories loaded: %d", len(categories.categories))
        self._set_categories(Snapshot(categories, utc_now(), live=True))
        self.refreshed.emit()
        self._cache_later("categories", partial(self._cache.save_categories, categories))

    async def _load_products(self, category_id: int, *, use_cache: bool) -> None:
        if use_cache:
            cached = await asyncio.to_thread(self._cache.load_products, category_id)
            if cached is not None and category_id == self._selected and self._products is None:
                self._set_products(Snapshot.from_cache(cached))
        try:
            products = await self._worker.products(category_id)
        except ApiError as error:
            if category_id == self._selected:
                log.warning("Products of category %d not refreshed: %r", category_id, error)
                self._report(CatalogFailure("products", error, category_id))
            return
        if category_id != self._selected:
            log.info("Dropped a stale answer for category %d", category_id)
            return
        self._set_products(Snapshot(products, utc_now(), live=True))
        if len(products.products) > MAX_CACHED_PRODUCTS:
            log.info(
                "Category %d has %d products: not kept in the disk cache",
                category_id,
                len(products.products),
            )
            return
        self._cache_later(f"products:{category_id}", partial(self._cache.save_products, products))

    def _cache_later(self, key: str, write: Callable[[], None]) -> None:
        """Write to the cache once the window has shown the answer.

        Encoding thousands of products is Python work on a worker thread; doing it while the
        table takes in those products would slow both down (they share the GIL).
        """
        self._unsaved[key] = write
        if not self._stopped:
            self._save_timer.start()

    def _take_unsaved(self) -> list[Callable[[], None]]:
        writes = list(self._unsaved.values())
        self._unsaved.clear()
        return writes

    def _save_soon(self) -> None:
        if self._session.closed:
            return  # ``aclose`` writes them
        writes = self._take_unsaved()
        if writes:
            self._session.tasks.spawn(self._save(writes), name="catalog-cache")

    async def _save(self, writes: list[Callable[[], None]]) -> None:
        for write in writes:
            try:
                await asyncio.to_thread(write)
            except OSError as error:
                log.warning("The catalog cache could not be written: %s", error)

    def _set_categories(self, snapshot: Snapshot[CategoryList]) -> None:
        self._categories = snapshot
        self.categories_changed.emit(snapshot)

    def _set_products(self, snapshot: Snapshot[ProductList]) -> None:
        self._products = snapshot
        self.products_changed.emit(snapshot)

    def _report(self, failure: CatalogFailure) -> None:
        if isinstance(failure.error, Unauthorized):
            self._session.report_unauthorized(failure.error.message)
        self.failed.emit(failure)

    def _set_loading(self, key: str, loading: bool) -> None:
        was = bool(self._loading)
        if loading:
            self._loading.add(key)
        else:
            self._loading.discard(key)
        if bool(self._loading) != was:
            self.loading_changed.emit(bool(self._loading))
