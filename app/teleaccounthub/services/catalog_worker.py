"""Catalog requests on a worker thread, so decoding thousands of products never stalls the GUI.

A category of 5,000 products is most of a megabyte of JSON; turning it into ``Product`` objects
takes long enough to freeze the window for a visible moment. The catalog endpoints need no key,
so they run on a ``Client`` of their own, on an event loop of their own, in a thread of their own.
The GUI side awaits the result; cancelling that await cancels the request in the worker.

A category's answer is decoded value by value (``decode_json``) and built into ``Product``s with
the garbage collector paused (``bulk_building``): nothing in it holds the GIL for long, so the
GUI thread gets it back within a switch interval (5 ms) whenever it asks.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from teleaccounthub.api import CategoryList, ProductList
from teleaccounthub.collector import bulk_building

if TYPE_CHECKING:
    from teleaccounthub.api import Client
    from teleaccounthub.api.proxy import ProxyConfig

log = logging.getLogger(__name__)

T = TypeVar("T")


class CatalogWorker:
    """``await categories()`` / ``await products(id)`` — run on the worker; ``aclose()`` ends it.

    The thread starts on the first request. Every method is called from the GUI thread.
    ``proxy`` is asked, on the worker thread, before each request (it may block): a new proxy
    gets a new client.
    """

    def __init__(
        self,
        base_url: str,
        *,
        max_retries: int = 3,
        proxy: Callable[[], ProxyConfig] | None = None,
    ) -> None:
        self._base_url = base_url
        self._max_retries = max_retries
        self._proxy = proxy
        self._retired: list[Client] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: Client | None = None
        self._closed = False

    async def categories(self) -> CategoryList:
        return await self._submit(lambda client: client.categories())

    async def products(self, category_id: int) -> ProductList:
        return await self._submit(lambda client: self._bulk(client.products(category_id)))

    async def aclose(self) -> None:
        """Cancel what still runs, close the client, stop the thread. Idempotent."""
        if self._closed:
            return
        self._closed = True
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._shutdown(), loop))
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join)
        loop.close()

    async def _submit(self, call: Callable[[Client], Coroutine[Any, Any, T]]) -> T:
        loop = self._running_loop()
        future = asyncio.run_coroutine_threadsafe(self._call(call), loop)
        # Cancelling this await cancels ``future``, which cancels the request in the worker.
        return await asyncio.wrap_future(future)

    async def _call(self, call: Callable[[Client], Coroutine[Any, Any, T]]) -> T:
        proxy = self._proxy() if self._proxy is not None else None
        if self._client is not None and proxy is not None and self._client.proxy != proxy:
            self._retired.append(self._client)  # requests still running on it finish there
            self._client = None
        if self._client is None:
            from teleaccounthub.api import Client

            self._client = Client(self._base_url, None, max_retries=self._max_retries, proxy=proxy)
        return await call(self._client)

    @staticmethod
    async def _bulk(request: Coroutine[Any, Any, T]) -> T:
        with bulk_building():
            return await request

    async def _shutdown(self) -> None:
        current = asyncio.current_task()
        pending = [task for task in asyncio.all_tasks() if task is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for client in (*self._retired, self._client):
            if client is not None:
                await client.aclose()
        self._client = None
        self._retired.clear()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._closed:
            raise RuntimeError("the catalog worker is closed")
        if self._loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="catalog-worker", daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop
