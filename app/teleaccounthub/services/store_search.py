"""Search every category of the store at once: products fetched on demand, kept with their age.

``open()`` (the search field was opened) loads what is missing or older than ``MAX_AGE``: one
products request per category, one after the other, through a ``CatalogWorker`` (the catalog's
own client, limits and retry policy, decoding off the GUI thread); a category the catalog has
just loaded (the one on screen) is taken from it and not fetched again. The disk cache
(``local.catalog_cache``) answers first where it has the category, marked with its age, until the
live answer arrives. When the store rate-limits, the round waits what its ``Retry-After`` says
and goes on; a category that fails is said in the results and the others are searched anyway.

``search(text)`` runs on the GUI thread over rows prepared on a worker thread (folded name
haystacks and the country haystacks of ``search_text``): a keystroke is a few list passes, and a
new query cancels nothing — the loading goes on whatever is typed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, Category, CategoryList, ProductList, RateLimited
from teleaccounthub.i18n import TrContext
from teleaccounthub.local import CatalogCache
from teleaccounthub.local.utc import utc_now
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.catalog import MAX_CACHED_PRODUCTS, CatalogService, Snapshot
from teleaccounthub.services.catalog_worker import CatalogWorker
from teleaccounthub.services.delays import clamp_retry_after
from teleaccounthub.services.formatting import group_digits
from teleaccounthub.services.search_results import (
    RESULT_LIMIT,
    CategoryRows,
    SearchResults,
    find_hits,
    prepare_category,
)
from teleaccounthub.services.search_text import Query
from teleaccounthub.services.tasks import TaskOwner

log = logging.getLogger(__name__)
SearchText = TrContext("SearchText")

T = TypeVar("T")

LOAD_TASK = "search:load"
# A category fetched for the search is fetched again at the next search after this long.
MAX_AGE = timedelta(minutes=5)
# A category with more products is not kept for the search (the filter of its own table
# handles it): 300,000 products would cost tens of MB and a slow keystroke.
MAX_SEARCH_PRODUCTS = MAX_CACHED_PRODUCTS
# Rate-limit waits one category may take in a round before it counts as failed.
MAX_RATE_LIMIT_WAITS = 3
# Without a ``Retry-After``, a 429 waits this long.
DEFAULT_RATE_LIMIT_WAIT = 5.0

FetchProducts = Callable[[int], Awaitable[ProductList]]


class StoreSearch(QObject):
    """The store's products for the search field. Signals: ``changed()`` when categories arrive,
    fail or go (search again), ``loading_changed(bool)``."""

    changed = Signal()
    loading_changed = Signal(bool)

    def __init__(
        self,
        catalog: CatalogService,
        cache: CatalogCache,
        tasks: TaskOwner,
        fetch: Callable[[], tuple[FetchProducts, Callable[[], Awaitable[None]]]],
        *,
        max_age: timedelta = MAX_AGE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._cache = cache
        self._tasks = tasks
        self._new_fetcher = fetch
        self._max_age = max_age
        self._rows: dict[int, CategoryRows] = {}
        self._problems: dict[int, str] = {}
        self._too_big: dict[int, int] = {}  # category id → its product count
        self._loading = False
        self._open = False
        self._taking: set[int] = set()  # categories the catalog brought, being prepared
        self._waiters: list[asyncio.Event] = []
        catalog.products_changed.connect(self._catalog_products)
        shown = catalog.products()
        if shown is not None:  # installed after the first category arrived
            self._catalog_products(shown)
        catalog.categories_changed.connect(self._catalog_categories)
        catalog.loading_changed.connect(lambda _loading: self._wake())

    # -- state ----------------------------------------------------------------------------------

    def categories(self) -> tuple[Category, ...]:
        snapshot = self._catalog.categories()
        return snapshot.value.categories if snapshot is not None else ()

    def is_loading(self) -> bool:
        return self._loading

    def rows_of(self, category_id: int) -> CategoryRows | None:
        return self._rows.get(category_id)

    # -- loading ---------------------------------------------------------------------------------

    def open(self) -> None:
        """The search is open: load every category that is missing or stale (once at a time).
        While it stays open, categories that appear in the catalog are loaded too."""
        self._open = True
        self._load_missing()

    def close(self) -> None:
        """The search is closed: a round under way finishes, no new one starts by itself."""
        self._open = False

    def _load_missing(self) -> None:
        if self._tasks.running(LOAD_TASK) or not self._wanted():
            return
        self._set_loading(True)  # at once: what is searched now is not all there is
        task = self._tasks.start(LOAD_TASK, self._load_round())
        task.add_done_callback(lambda _task: self._round_done())

    def _wanted(self) -> list[Category]:
        now = utc_now()
        return [
            category
            for category in self.categories()
            if category.category_id not in self._too_big
            and not self._fresh(self._rows.get(category.category_id), now)
        ]

    def _fresh(self, rows: CategoryRows | None, now: datetime) -> bool:
        return rows is not None and rows.live and now - rows.saved_at < self._max_age

    async def _load_round(self) -> None:
        fetch, close = self._new_fetcher()
        try:
            for category in self._wanted():
                await self._from_disk(category.category_id)
            later = []
            for category in self._wanted():  # the catalog may have brought some meanwhile
                if self._coming_from_catalog(category.category_id):
                    later.append(category)
                else:
                    await self._load(category, fetch)
            for category in later:  # the category on screen: its answer is on its way
                await self._wait_for_catalog(category.category_id)
                if category in self._wanted():  # it did not come (failed, or another selected)
                    await self._load(category, fetch)
        finally:
            await close()

    def _coming_from_catalog(self, category_id: int) -> bool:
        """Is the catalog loading this category's products (so the search need not)?"""
        if category_id in self._taking:
            return True
        catalog = self._catalog
        shown = catalog.products()
        return (
            catalog.selected_category() == category_id
            and catalog.is_loading()
            and (shown is None or not shown.live)
        )

    async def _wait_for_catalog(self, category_id: int) -> None:
        while self._coming_from_catalog(category_id):
            event = asyncio.Event()
            self._waiters.append(event)
            await event.wait()

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for event in waiters:
            event.set()

    def _round_done(self) -> None:
        self._set_loading(False)
        self.changed.emit()

    async def _from_disk(self, category_id: int) -> None:
        if category_id in self._rows:
            return
        cached = await _off_thread(self._cache.load_products, category_id)
        if cached is None or category_id in self._rows:
            return
        if len(cached.value.products) > MAX_SEARCH_PRODUCTS:
            return
        self._put(await _off_thread(prepare_category, Snapshot.from_cache(cached)))

    async def _load(self, category: Category, fetch: FetchProducts) -> None:
        category_id = category.category_id
        waits = 0
        while True:
            try:
                products = await fetch(category_id)
            except RateLimited as error:
                waits += 1
                if waits > MAX_RATE_LIMIT_WAITS:
                    self._fail(category, error)
                    return
                wait = clamp_retry_after(error.retry_after, DEFAULT_RATE_LIMIT_WAIT)
                self._problems[category_id] = SearchText.tr(
                    "{category}: the store asks to wait {seconds} s."
                ).format(category=category.category_name, seconds=f"{wait:.0f}")
                self.changed.emit()
                await asyncio.sleep(wait)
                continue
            except ApiError as error:
                self._fail(category, error)
                return
            break
        if products.category_id != category_id:
            wrong = SearchText.tr("The store answered with another category.")
            self._fail(category, ApiError(wrong))
            return
        count = len(products.products)
        if count > MAX_SEARCH_PRODUCTS:
            log.info("Category %d has %d products: not kept for the search", category_id, count)
            self._too_big[category_id] = count
            self._problems.pop(category_id, None)
            self.changed.emit()
            return
        snapshot = Snapshot(products, utc_now(), live=True)
        self._put(await _off_thread(prepare_category, snapshot))
        try:
            await _off_thread(self._cache.save_products, products)
        except OSError as error:
            log.warning("The catalog cache could not be written: %s", error)

    def _fail(self, category: Category, error: ApiError) -> None:
        log.warning("Search: products of category %d not loaded: %r", category.category_id, error)
        message = str(error).strip().rstrip(".") or type(error).__name__
        self._problems[category.category_id] = f"{category.category_name}: {message}."
        self.changed.emit()

    def _put(self, rows: CategoryRows) -> None:
        known = self._rows.get(rows.category_id)
        if known is not None and known.saved_at > rows.saved_at:
            return  # an older answer never replaces a newer one
        self._rows[rows.category_id] = rows
        self._problems.pop(rows.category_id, None)
        self.changed.emit()
        self._wake()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- what the catalog brings -------------------------------------------------------------------

    def _catalog_products(self, snapshot: Snapshot[ProductList]) -> None:
        """The catalog loaded a category (the one on screen): the search takes it as it is."""
        if len(snapshot.value.products) > MAX_SEARCH_PRODUCTS:
            self._too_big[snapshot.value.category_id] = len(snapshot.value.products)
            return
        known = self._rows.get(snapshot.value.category_id)
        if known is not None and known.saved_at >= snapshot.saved_at:
            return
        category_id = snapshot.value.category_id
        self._taking.add(category_id)
        task = self._tasks.spawn(self._take(snapshot), name="search:take")
        task.add_done_callback(lambda _task: self._taken(category_id))

    async def _take(self, snapshot: Snapshot[ProductList]) -> None:
        self._put(await _off_thread(prepare_category, snapshot))

    def _taken(self, category_id: int) -> None:
        self._taking.discard(category_id)
        self._wake()

    def _catalog_categories(self, snapshot: Snapshot[CategoryList]) -> None:
        present = {category.category_id for category in snapshot.value.categories}
        gone = [key for key in self._rows if key not in present]
        for key in gone:
            del self._rows[key]
        for table in (self._problems, self._too_big):
            for key in [key for key in table if key not in present]:
                del table[key]
        if self._open:
            self._load_missing()
        if gone or self._open:
            self.changed.emit()

    # -- searching -------------------------------------------------------------------------------

    def search(self, text: str, limit: int = RESULT_LIMIT) -> SearchResults:
        """The products of every loaded category matching ``text`` (all its words)."""
        categories = self.categories()
        hits, total, searched, oldest = find_hits(Query.parse(text), categories, self._rows, limit)
        return SearchResults(
            text.strip(),
            tuple(hits),
            total,
            searched,
            len(categories),
            self._loading,
            self._problem_texts(categories),
            oldest,
        )

    def _problem_texts(self, categories: Sequence[Category]) -> tuple[str, ...]:
        texts = [
            self._problems[c.category_id] for c in categories if c.category_id in self._problems
        ]
        for category in categories:
            count = self._too_big.get(category.category_id)
            if count is not None:
                texts.append(
                    SearchText.tr(
                        "{category} has too many products to search here ({count}): "
                        "open it and use its filter."
                    ).format(category=category.category_name, count=group_digits(count))
                )
        return tuple(texts)


async def _off_thread(work: Callable[..., T], *args: Any) -> T:
    """``asyncio.to_thread``, but a cancelled caller still waits for the thread to finish: the
    thread reports to the loop when it ends, and the loop may be gone soon after a cancel
    (shutdown cancels, then closes it)."""
    running = asyncio.ensure_future(asyncio.to_thread(work, *args))
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        await asyncio.wait([running])
        if not running.cancelled():
            running.exception()  # retrieved: the cancel is what the caller hears of
        raise


def create_store_search(services: AppServices) -> StoreSearch:
    """The store search of ``services``: its catalog, cache and tasks, and a worker of its own
    for the requests, started for each loading round and closed after it."""
    session = services.session

    def fetcher() -> tuple[FetchProducts, Callable[[], Awaitable[None]]]:
        worker = CatalogWorker(
            session.base_url, max_retries=session.max_retries, proxy=session.proxy_store.load
        )
        return worker.products, worker.aclose

    return StoreSearch(
        services.catalog, session.catalog_cache, session.tasks, fetcher, parent=session
    )
