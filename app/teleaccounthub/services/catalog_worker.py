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

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from teleaccounthub.api import CategoryList, ProductList
from teleaccounthub.collector import bulk_building
from teleaccounthub.services.loop_thread import LoopThread

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
        self._thread = LoopThread("catalog-worker")
        self._client: Client | None = None

    async def categories(self) -> CategoryList:
        return await self._submit(lambda client: client.categories())

    async def products(self, category_id: int) -> ProductList:
        return await self._submit(lambda client: self._bulk(client.products(category_id)))

    async def aclose(self) -> None:
        """Cancel what still runs, close the client, stop the thread. Idempotent."""
        await self._thread.aclose(self._close_clients)

    async def _submit(self, call: Callable[[Client], Coroutine[Any, Any, T]]) -> T:
        # Cancelling this await cancels the request in the worker.
        return await self._thread.run(self._call(call))

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

    async def _close_clients(self) -> None:
        for client in (*self._retired, self._client):
            if client is not None:
                await client.aclose()
        self._client = None
        self._retired.clear()
