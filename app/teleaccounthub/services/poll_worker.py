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

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from teleaccounthub.api import RateLimited, Unauthorized
from teleaccounthub.local.account import AccountRef
from teleaccounthub.services.loop_thread import LoopThread

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
        self._thread = LoopThread("order-polling")
        self._twins: dict[AccountRef, _Twin] = {}  # used on the worker thread only

    @property
    def closed(self) -> bool:
        return self._thread.closed

    def thread_running(self) -> bool:
        """True while the worker's thread runs (from the first round until ``aclose``)."""
        return self._thread.running()

    async def ask(self, asks: Sequence[Ask]) -> list[Reply]:
        """One reply per ask, in their order. Cancelling this await cancels the round."""
        if not asks:
            return []
        return await self._thread.run(self._round(list(asks)))

    async def aclose(self) -> None:
        """Cancel a round in flight, close the twins, stop the thread. Idempotent."""
        await self._thread.aclose(self._close_twins)

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

    async def _close_twins(self) -> None:
        twins, self._twins = list(self._twins.values()), {}
        for twin in twins:
            await _close(twin.client)


async def _close(client: Client) -> None:
    try:
        await client.aclose()
    except Exception:  # the others are closed all the same
        log.exception("A polling client could not be closed")
