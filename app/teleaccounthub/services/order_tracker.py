"""Following processing orders until they are completed.

One ``OrderTracker`` per session owns every processing order of the session's account and polls them
all from one task: each order has its own backoff (about 2 s growing to 30 s, with jitter), a 429
pauses every poll for its ``Retry-After``, and an order leaves the tracker once it is no longer
processing. Every answer goes to the order book first, then to the UI as a signal.

Polling is cheap while nothing happens: the answers of one round (the orders due together) are
stored in one transaction, and an answer that changes nothing stored is neither written nor
signalled. The first answer after an order is followed (start-up, ``track``, ``check_now``) is
always written, so the order book's ``checked_at`` says when this app last confirmed the order;
later unchanged answers only move the tracker's in-memory ``last_checked``.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, NotFound, RateLimited, Unauthorized
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.store.account import AccountRef
from teleaccounthub.store.order_record import OrderRecord
from teleaccounthub.store.orderbook import OrderBook, ServerAnswer

if TYPE_CHECKING:
    from datetime import datetime

    from teleaccounthub.api import Client, Order

log = logging.getLogger(__name__)

TASK_KEY = "orders:tracker"

#: At most this many answers are stored (one transaction) and signalled together, so a big round
#: (many orders due at once after start-up) never holds the GUI thread for long in one go.
STORE_BATCH = 10


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """When to ask again: ``first_delay × factor**attempt``, capped, with ± ``jitter`` spread."""

    first_delay: float = 2.0
    factor: float = 1.6
    max_delay: float = 30.0
    jitter: float = 0.2
    retry_after_default: float = 5.0

    def delay(self, attempt: int, rand: Callable[[], float] = random.random) -> float:
        base = min(self.max_delay, self.first_delay * self.factor ** max(0, attempt))
        spread = base * self.jitter * (2.0 * rand() - 1.0)
        return max(0.0, min(self.max_delay, base + spread))


def belongs_to(record: OrderRecord, account: AccountRef) -> bool:
    """True when ``record`` is an order of ``account`` on the same store (base URL)."""
    return record.base_url == account.base_url and record.account == account.fingerprint


@dataclass(slots=True)
class _Watch:
    account: AccountRef
    order_id: int
    attempt: int
    due: float
    #: An answer of this watch is in the order book (the next unchanged ones need not be).
    confirmed: bool = False


class OrderTracker(QObject):
    """Polls the session's processing orders. All methods are called on the GUI thread.

    Signals: ``order_updated(OrderRecord)`` after an answer changed the order book (an unchanged
    answer is not signalled, except the first one after an order is followed);
    ``order_ready(OrderRecord)`` once when an order becomes completed; ``poll_failed(int, str)``
    (order id, message) when an order cannot be followed any more; ``rate_limited(seconds)`` when
    the store asked to wait; ``unauthorized()`` on a 401 (polling stops until ``resume()``).
    """

    order_updated = Signal(object)
    order_ready = Signal(object)
    poll_failed = Signal(int, str)
    rate_limited = Signal(float)
    unauthorized = Signal()

    def __init__(
        self,
        client: Callable[[], Client | None],
        order_book: OrderBook,
        account: Callable[[], AccountRef | None],
        tasks: TaskOwner,
        *,
        policy: PollPolicy | None = None,
        rand: Callable[[], float] = random.random,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._book = order_book
        self._account = account
        self._tasks = tasks
        self._policy = policy or PollPolicy()
        self._rand = rand
        self._watches: dict[int, _Watch] = {}
        self._last_checked: dict[int, datetime] = {}
        self._not_before = 0.0
        self._wake = asyncio.Event()

    @property
    def policy(self) -> PollPolicy:
        return self._policy

    def watching(self) -> list[int]:
        """Ids of the orders being followed."""
        return sorted(self._watches)

    def is_watching(self, order_id: int) -> bool:
        return order_id in self._watches

    def last_checked(self, order_id: int) -> datetime | None:
        """When the store last answered about ``order_id`` in this session (changed or not)."""
        return self._last_checked.get(order_id)

    def resume(self) -> int:
        """Follow every order of the current account that the order book has as processing.

        Called at start-up and after the key changed; the first check is immediate (orders may
        have completed while the app was closed). Returns how many orders are followed.
        """
        self.stop()
        account = self._account()
        if account is None:
            return 0
        now = self._now()
        for record in self._book.processing(account):
            self._watches[record.order_id] = _Watch(account, record.order_id, 0, now)
        self._kick()
        return len(self._watches)

    def track(self, record: OrderRecord) -> None:
        """Start following a just-placed order (first check after the policy's first delay)."""
        account = self._account()
        if account is None or not belongs_to(record, account) or not record.is_processing:
            return
        if record.order_id not in self._watches:
            due = self._now() + self._policy.delay(0, self._rand)
            self._watches[record.order_id] = _Watch(account, record.order_id, 0, due)
        self._kick()

    def check_now(self, order_id: int) -> None:
        """Ask the store about ``order_id`` now (also for an order that is not processing)."""
        account = self._account()
        if account is None:
            return
        watch = self._watches.get(order_id)
        if watch is None:
            self._watches[order_id] = _Watch(account, order_id, 0, self._now())
        else:
            watch.due = self._now()
            watch.confirmed = False  # the person asked: record and show the answer
        self._kick()

    async def track_by_id(self, order_id: int) -> OrderRecord:
        """Add an order placed elsewhere (bot, curl): fetch it, keep it, follow it if processing.

        Raises the client's ``ApiError`` (``NotFound`` for an id this key does not own).
        """
        client = self._client()
        account = self._account()
        if client is None or account is None:
            raise Unauthorized("Enter your API key to track orders.")
        try:
            order = await client.order(order_id)
        except Unauthorized:
            self.unauthorized.emit()
            raise
        if self._account() != account:
            raise ApiError("The API key changed while the order was being looked up.")
        previous = self._book.get(account, order_id)
        record = self._book.track(account, order)
        self.order_updated.emit(record)
        if record.is_processing:
            self.track(record)
        elif record.is_completed and (previous is None or not previous.is_completed):
            self.order_ready.emit(record)
        return record

    def stop(self) -> None:
        """Forget every order and stop polling (the key or the account changed)."""
        self._watches.clear()
        self._last_checked.clear()
        self._not_before = 0.0
        self._tasks.cancel(TASK_KEY)

    def _kick(self) -> None:
        if not self._watches:
            return
        if self._tasks.running(TASK_KEY):
            self._wake.set()
        else:
            self._wake = asyncio.Event()
            self._tasks.start(TASK_KEY, self._run())

    def _now(self) -> float:
        return asyncio.get_event_loop().time()

    async def _run(self) -> None:
        while self._watches:
            now = self._now()
            due_at = max(min(w.due for w in self._watches.values()), self._not_before)
            if due_at > now:
                self._wake.clear()
                try:
                    async with asyncio.timeout(due_at - now):
                        await self._wake.wait()
                except TimeoutError:
                    pass
                continue
            await self._poll_round([w for w in self._watches.values() if w.due <= now])

    async def _poll_round(self, due: list[_Watch]) -> None:
        """Ask about every order in ``due``; store the answers together, ``STORE_BATCH`` at most."""
        answers: list[tuple[_Watch, Order]] = []
        for watch in due:
            if self._watches.get(watch.order_id) is not watch or self._now() < self._not_before:
                continue
            order = await self._fetch(watch)
            if order is not None:
                answers.append((watch, order))
            if len(answers) >= STORE_BATCH:
                self._store(answers)
                answers = []
        self._store(answers)

    async def _fetch(self, watch: _Watch) -> Order | None:
        """The store's answer about ``watch``'s order, or None (the failure is dealt with)."""
        client = self._client()
        if client is None or self._account() != watch.account:
            # Never ask about one account's order with another account's key.
            self._watches.pop(watch.order_id, None)
            return None
        try:
            return await client.order(watch.order_id)
        except RateLimited as error:
            wait = error.retry_after
            if wait is None:
                wait = self._policy.retry_after_default
            log.info("Order polling rate limited; waiting %.1f s", wait)
            self._not_before = self._now() + wait
            watch.due = max(watch.due, self._not_before)
            self.rate_limited.emit(wait)
        except Unauthorized:
            log.warning("Order polling stopped: the store refused the key")
            self._watches.clear()
            self.unauthorized.emit()
        except NotFound as error:
            self._watches.pop(watch.order_id, None)
            self.poll_failed.emit(watch.order_id, f"The store does not know this order: {error}")
        except ApiError as error:
            watch.attempt += 1
            watch.due = self._now() + self._policy.delay(watch.attempt, self._rand)
            log.info("Polling order %s failed (%r); retrying", watch.order_id, error)
        return None

    def _store(self, answers: list[tuple[_Watch, Order]]) -> None:
        """Write one round's answers (durably), schedule the next polls, then signal."""
        current = [
            (watch, order)
            for watch, order in answers
            if self._watches.get(watch.order_id) is watch and self._account() == watch.account
        ]
        if not current:
            return
        stored = self._book.update_many_from_server(
            current[0][0].account,
            [order for _, order in current],
            confirm={watch.order_id for watch, _ in current if not watch.confirmed},
        )
        for (watch, _), answer in zip(current, stored, strict=True):
            self._schedule(watch, answer)
        for answer in stored:
            self._signal(answer)

    def _schedule(self, watch: _Watch, answer: ServerAnswer) -> None:
        record = answer.record
        watch.confirmed = watch.confirmed or answer.written
        if record.checked_at is not None:
            self._last_checked[record.order_id] = record.checked_at
        if record.is_processing:
            watch.attempt += 1
            watch.due = self._now() + self._policy.delay(watch.attempt, self._rand)
        else:
            self._watches.pop(watch.order_id, None)

    def _signal(self, answer: ServerAnswer) -> None:
        record, previous = answer.record, answer.previous
        if answer.written:
            self.order_updated.emit(record)
        if record.is_completed and (previous is None or not previous.is_completed):
            self.order_ready.emit(record)
