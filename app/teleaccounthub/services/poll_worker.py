"""Asking the store about orders on a thread of its own, so a polling round costs the GUI thread
one wake-up.

A poll's work — httpx's request, reading and parsing the JSON, building the ``Order`` — runs on a
worker thread with an event loop of its own (as the catalog's requests do, ``CatalogWorker``).
The GUI thread hands over a round's orders and gets every answer back at once.

The worker asks with a *twin* of each account's client (``Client.twin``: the same store, key,
proxy, limits and retries; a client's connections belong to the loop that made them), made at the
account's first poll and again when the account's client or key changes.

A round is asked order by order, as before. A 429 ends it for every order but the ones the
person asked about ("Check now"), and a refused key ends it for that account's orders: those come
back unasked, so the tracker's pause and its stop apply to them as if they had been asked after.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from teleaccounthub.api import RateLimited, Unauthorized
from teleaccounthub.local.account import AccountRef

if TYPE_CHECKING:
    from teleaccounthub.api import Client, Order

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Ask:
    """Ask about ``order_id`` with a twin of ``client`` (the account's client on the GUI side)."""

    account: AccountRef
    client: Client
    order_id: int
    # The person asked: asked even after the store rate-limited the round.
    urgent: bool = False


@dataclass(frozen=True, slots=True)
class Reply:
    """The store's answer about one order (``order``), the failure (``error``), or neither: the
    order was not asked (the round was rate-limited, or its key refused, before it)."""

    order_id: int
    order: Order | None = None
    error: Exception | None = None

    @property
    def asked(self) -> bool:
        return self.order is not None or self.error is not None


@dataclass(slots=True)
class _Twin:
    source: Client
    key: str | None
    client: Client


class PollWorker:
    """``await ask(asks)`` runs a round on the worker; ``aclose()`` ends it. The thread starts at
    the first round. ``ask`` and ``aclose`` are called from the GUI thread."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._twins: dict[AccountRef, _Twin] = {}  # used on the worker thread only

    @property
    def closed(self) -> bool:
        return self._closed

    def thread_running(self) -> bool:
        """True while the worker's thread runs (from the first round until ``aclose``)."""
        return self._thread is not None and self._thread.is_alive()

    async def ask(self, asks: Sequence[Ask]) -> list[Reply]:
        """One reply per ask, in their order. Cancelling this await cancels the round."""
        if not asks:
            return []
        future = asyncio.run_coroutine_threadsafe(self._round(list(asks)), self._running_loop())
        return await asyncio.wrap_future(future)

    async def aclose(self) -> None:
        """Cancel a round in flight, close the twins, stop the thread. Idempotent."""
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

    # -- on the worker thread ------------------------------------------------------------------

    async def _round(self, asks: list[Ask]) -> list[Reply]:
        rate_limited = False
        refused: set[AccountRef] = set()
        replies: list[Reply] = []
        for ask in asks:
            if ask.account in refused or (rate_limited and not ask.urgent):
                replies.append(Reply(ask.order_id))
                continue
            try:
                order = await (await self._twin_of(ask)).order(ask.order_id)
            except Exception as error:  # any class: the tracker judges it, for this order only
                replies.append(Reply(ask.order_id, error=error))
                rate_limited = rate_limited or isinstance(error, RateLimited)
                if isinstance(error, Unauthorized):
                    refused.add(ask.account)
            else:
                replies.append(Reply(ask.order_id, order=order))
        return replies

    async def _twin_of(self, ask: Ask) -> Client:
        twin = self._twins.get(ask.account)
        key = ask.client.api_key
        if twin is not None and twin.source is ask.client and twin.key == key:
            return twin.client
        if twin is not None:  # a new key or proxy: rounds run one at a time, none uses it now
            del self._twins[ask.account]
            await _close(twin.client)
        made = _Twin(ask.client, key, ask.client.twin())
        self._twins[ask.account] = made
        return made.client

    async def _shutdown(self) -> None:
        current = asyncio.current_task()
        pending = [task for task in asyncio.all_tasks() if task is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        twins, self._twins = list(self._twins.values()), {}
        for twin in twins:
            await _close(twin.client)

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._closed:
            raise RuntimeError("the polling worker is closed")
        if self._loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="order-polling", daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop


async def _close(client: Client) -> None:
    try:
        await client.aclose()
    except Exception:  # the others are closed all the same
        log.exception("A polling client could not be closed")
