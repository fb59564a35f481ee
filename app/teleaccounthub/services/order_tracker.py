"""Following processing orders until they are completed.

One ``OrderTracker`` per session owns every processing order of every account of the session (not
only the active one: an order of another account still completes and is announced) and polls them
all from one task, each with its own account's key. Each order has its own backoff (about 2 s
growing to 30 s, with jitter), a 429 pauses every poll for its ``Retry-After``, and an order
leaves the tracker once it is no longer processing — or, completed, once its file is ready.
Every answer goes to the order book first, then to the UI as a signal.

The polling loop runs under a ``Supervisor``: a round that fails in an unforeseen way is logged and
retried after a backoff. What goes wrong with one order's answer (a field SQLite refuses, any
exception while storing it) touches that order only: its row says so and it is asked again later.
A permanent refusal (403, 404) stops polling that order until "Check now". Every wait is clamped,
a ``Retry-After`` to 1 s … 5 min.

Polling is cheap while nothing happens. The requests run on a worker thread (``PollWorker``):
the GUI thread hands it the orders due — with the ones due soon after, so orders placed together
stay together — and wakes once per round (``ROUND_SIZE`` orders at most) to store the answers in
one transaction and signal them: one ``orders_updated`` with the records that changed. An answer
that changes nothing stored is neither written nor signalled. The first answer after an order
is followed (start-up, ``track``, ``check_now``) is always written, so the order book's
``checked_at`` says when this app last confirmed the order; later unchanged answers only move
the tracker's in-memory ``last_checked``.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, RateLimited, Unauthorized
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import ServerAnswer
from teleaccounthub.services.delays import clamp_retry_after
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.poll_worker import Ask, PollWorker, Reply
from teleaccounthub.services.supervisor import Backoff, FailureLog, Supervisor

if TYPE_CHECKING:
    from datetime import datetime

    from teleaccounthub.api import Order

log = logging.getLogger(__name__)

TASK_KEY = "orders:tracker"
# The task that keeps the polling worker and closes it when the tasks' owner closes.
WORKER_TASK = "orders:poll-worker"

# At most this many orders are asked about in one go, and their answers stored (one
# transaction) and signalled together: a big round (many orders due at once after start-up)
# wakes the GUI thread once per this many, never for long.
ROUND_SIZE = 50

# An order due within this share of its last wait is asked with the round due before it (a
# little early, never during a rate-limit pause), so orders followed at different times share
# rounds. Orders asked in one round share its jitter, so those on the same step stay together.
GATHER_SHARE = 0.1

# HTTP statuses after which asking again cannot help: polling that order stops.
REFUSED_STATUSES = frozenset({403, 404})

# The wait after a polling round failed in an unforeseen way (1 s doubling to a minute).
LOOP_BACKOFF = Backoff(first=1.0, factor=2.0, maximum=60.0)


OrdersText = TrContext("OrdersText")


def refused_message(order_id: int, status: int) -> str:
    if status == 403:
        return OrdersText.tr(
            "The store refuses access to this order (403). It is no longer checked. “Check now” "
            "asks again."
        )
    return OrdersText.tr(
        "The store does not know order {order_id} ({status}). It is no longer checked. “Check "
        "now” asks again."
    ).format(order_id=order_id, status=status)


def unreadable_message(order_id: int) -> str:
    return OrdersText.tr(
        "The store's answer about order {order_id} could not be read or stored. It is checked "
        "again later."
    ).format(order_id=order_id)


def needs_polling(record: OrderRecord) -> bool:
    """Processing, or completed with the file not ready yet: the store's answer will change."""
    return record.is_processing or (record.is_completed and not record.download_ready)


def is_ready(record: OrderRecord) -> bool:
    return record.is_completed and record.download_ready


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
    # The wait that ``due`` ended (0: asked at once).
    interval: float = 0.0
    # An answer of this watch is in the order book (the next unchanged ones need not be).
    confirmed: bool = False
    # The person asked ("Check now"): poll even during a rate-limit pause.
    asked: bool = False
    # The last answer could not be read or stored (reported once until a good answer).
    unreadable: bool = False


class OrderTracker(QObject):
    """Polls the processing orders of every account of the session. All methods are called on
    the GUI thread.

    Signals: ``orders_updated(list[OrderRecord])`` once per round with the records its answers
    changed in the order book (an unchanged answer is not signalled, except the first one after
    an order is followed or after a failed one), then ``order_updated(OrderRecord)`` for each of
    them; ``order_ready(OrderRecord)`` once when an order is completed with its file ready;
    ``poll_failed(int, str)`` (order id, message) when an answer about the order could not be read
    or stored (once, until a good answer; it is still polled); ``order_stopped(int, str)`` when the
    store refuses the order for good (403, 404: it is no longer polled); ``rate_limited(seconds)``
    when the store asked to wait; ``loop_failed(str)`` the first time a round fails in a way nobody
    foresaw (it goes on). A 401 is reported through the context and stops polling until
    ``resume()``.
    """

    orders_updated = Signal(list)
    order_updated = Signal(object)
    order_ready = Signal(object)
    poll_failed = Signal(int, str)
    order_stopped = Signal(int, str)
    rate_limited = Signal(float)
    loop_failed = Signal(str)

    def __init__(
        self,
        context: OrderContext,
        *,
        policy: PollPolicy | None = None,
        rand: Callable[[], float] = random.random,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._policy = policy or PollPolicy()
        self._rand = rand
        self._watches: dict[int, _Watch] = {}
        self._followed: set[AccountRef] = set()
        self._last_checked: dict[int, datetime] = {}
        self._not_before = 0.0
        self._answers = FailureLog("Reading an order's answer", log)
        self._worker: PollWorker | None = None
        self._loop = Supervisor(
            context.tasks,
            TASK_KEY,
            self._round,
            what="Order polling",
            backoff=LOOP_BACKOFF.delay,
            on_failure=self._loop_failure,
            failures=FailureLog("Order polling", log),
        )

    @property
    def policy(self) -> PollPolicy:
        return self._policy

    def watching(self) -> list[int]:
        """Ids of the orders being followed."""
        return sorted(self._watches)

    def is_watching(self, order_id: int) -> bool:
        return order_id in self._watches

    def polling(self) -> bool:
        """True while the polling loop runs (waiting counts)."""
        return self._loop.running()

    def next_poll_in(self) -> float | None:
        """Seconds until the next poll of any order (None: nothing is followed)."""
        if not self._watches:
            return None
        return max(0.0, min(self._due_at(w) for w in self._watches.values()) - self._now())

    def last_checked(self, order_id: int) -> datetime | None:
        """When the store last answered about ``order_id`` in this session (changed or not)."""
        return self._last_checked.get(order_id)

    def resume(self) -> int:
        """Follow every order of every account whose answer will still change.

        Called at start-up and after the key or the accounts changed; the first check is
        immediate (orders may have completed while the app was closed). Returns how many orders
        are followed.
        """
        self.stop()
        accounts = self._context.followed_accounts()
        self._followed = set(accounts)
        self._watch_orders_of(accounts)
        return len(self._watches)

    def follow_new_accounts(self) -> int:
        """Also follow the orders of accounts added since (e.g. the saved ones, loaded after
        start-up); the others are left as they are. Returns how many orders were added."""
        accounts = self._context.followed_accounts()
        new = [a for a in accounts if a not in self._followed]
        self._followed = set(accounts)
        before = len(self._watches)
        self._watch_orders_of(new)
        return len(self._watches) - before

    def _watch_orders_of(self, accounts: list[AccountRef]) -> None:
        now = self._now()
        for account in accounts:
            for record in self._context.order_book.orders(account):
                if needs_polling(record) and record.order_id not in self._watches:
                    self._watches[record.order_id] = _Watch(account, record.order_id, 0, now)
        self._kick()

    def track(self, record: OrderRecord) -> None:
        """Start following a just-placed order (first check after the policy's first delay)."""
        account = AccountRef(record.base_url, record.account)
        if account not in self._context.followed_accounts() or not needs_polling(record):
            return
        if record.order_id not in self._watches:
            wait = self._policy.delay(0, self._rand)
            self._watches[record.order_id] = _Watch(
                account, record.order_id, 0, self._now() + wait, wait
            )
        self._kick()

    def check_now(self, order_id: int) -> None:
        """Ask the store about ``order_id`` now (also for an order that is not processing, or one
        the store refused), even during a rate-limit pause; revives a loop that had ended."""
        account = self._context.account()
        if account is None:
            return
        watch = self._watches.get(order_id)
        if watch is None:
            watch = self._watches[order_id] = _Watch(account, order_id, 0, self._now())
        else:
            watch.due = self._now()
            watch.confirmed = False  # the person asked: record and show the answer
        watch.asked = True
        self._kick()

    async def track_by_id(self, order_id: int) -> OrderRecord:
        """Add an order placed elsewhere (bot, curl): fetch it, keep it, follow it if processing.

        Raises the client's ``ApiError`` (``NotFound`` for an id this key does not own).
        """
        account = self._context.account()
        if account is None:
            raise Unauthorized(OrdersText.tr("Enter your API key to track orders."))
        try:
            order = await self._context.client().order(order_id)
        except Unauthorized as error:
            self._context.report_unauthorized(error.message)
            raise
        if self._context.account() != account:
            raise ApiError(
                OrdersText.tr("The API key changed while the order was being looked up.")
            )
        previous = self._context.order_book.get(account, order_id)
        record = self._context.order_book.track(account, order)
        self.orders_updated.emit([record])
        self.order_updated.emit(record)
        if needs_polling(record):
            self.track(record)
        elif is_ready(record) and (previous is None or not is_ready(previous)):
            self.order_ready.emit(record)
        return record

    def stop(self) -> None:
        """Forget every order and stop polling (the key or the account changed)."""
        self._watches.clear()
        self._followed = set()
        self._last_checked.clear()
        self._not_before = 0.0
        self._loop.stop()

    def _kick(self) -> None:
        if self._watches:
            self._loop.wake()

    def _now(self) -> float:
        return asyncio.get_event_loop().time()

    def _due_at(self, watch: _Watch) -> float:
        return watch.due if watch.asked else max(watch.due, self._not_before)

    def _gathered(self, watch: _Watch, now: float) -> bool:
        """Due now, or soon enough to be asked with this round (not while the store pauses)."""
        if self._due_at(watch) <= now:
            return True
        return now >= self._not_before and watch.due <= now + GATHER_SHARE * watch.interval

    async def _round(self) -> float | None:
        """Poll the orders that are due; the seconds until the next is due (None: none left)."""
        if not self._watches:
            return None
        now = self._now()
        due = [w for w in self._watches.values() if self._gathered(w, now)]
        if due:
            await self._poll_round(due)
        return self.next_poll_in()

    def _loop_failure(self, error: Exception) -> None:
        self.loop_failed.emit(
            OrdersText.tr(
                "Checking orders failed unexpectedly ({name}); it is tried again."
            ).format(name=type(error).__name__)
        )

    async def _poll_round(self, due: list[_Watch]) -> None:
        """Ask about every order in ``due``, ``ROUND_SIZE`` at a time on the worker; store and
        signal each part's answers together."""
        for start in range(0, len(due), ROUND_SIZE):
            await self._poll_part(due[start : start + ROUND_SIZE])

    async def _poll_part(self, part: list[_Watch]) -> None:
        now = self._now()
        asks: list[tuple[_Watch, Ask]] = []
        for watch in part:
            if self._watches.get(watch.order_id) is not watch or not self._gathered(watch, now):
                continue  # forgotten, or the store asked to wait since the round began
            # Each order is asked about with its own account's key, never another's.
            client = self._context.client_of(watch.account)
            if client is None:  # the account was removed: its orders stay in the book, unpolled
                self._watches.pop(watch.order_id, None)
                continue
            asks.append((watch, Ask(watch.account, client, watch.order_id, urgent=watch.asked)))
            watch.asked = False
        if not asks:
            return
        replies = await self._worker_for_rounds().ask([ask for _, ask in asks])
        answers: list[tuple[_Watch, Order]] = []
        for (watch, _), reply in zip(asks, replies, strict=True):
            if self._watches.get(watch.order_id) is not watch or not reply.asked:
                continue  # forgotten meanwhile (a refused key), or left for after the pause
            try:
                order = self._answer_of(watch, reply)
            except Exception as error:  # any class: this order's answer only
                self._unreadable(watch, error)
                continue
            if order is not None:
                answers.append((watch, order))
        self._store(answers)

    def _worker_for_rounds(self) -> PollWorker:
        """The worker, made at the first round; a task of the context's owner keeps it and
        closes it (and its thread) when the owner closes."""
        if self._worker is None or self._worker.closed:
            self._worker = PollWorker()
            self._context.tasks.start(WORKER_TASK, _keep(self._worker))
        return self._worker

    def _answer_of(self, watch: _Watch, reply: Reply) -> Order | None:
        """The store's answer about ``watch``'s order, or None (the failure is dealt with)."""
        if reply.error is None:
            return reply.order
        try:
            raise reply.error
        except RateLimited as error:
            wait = clamp_retry_after(error.retry_after, self._policy.retry_after_default)
            log.info("Order polling rate limited; waiting %.1f s", wait)
            self._not_before = self._now() + wait
            watch.due = max(watch.due, self._not_before)
            self.rate_limited.emit(wait)
        except Unauthorized as error:
            self._forget_account(watch.account)
            if watch.account == self._context.account():
                log.warning("Order polling stopped: the store refused the key")
                self._context.report_unauthorized(error.message)
            else:
                log.warning("Order polling of another account stopped: the store refused its key")
        except ApiError as error:
            if error.status_code in REFUSED_STATUSES:
                self._refused(watch, error)
                return None
            self._later(watch)
            log.info("Polling order %s failed (%r); retrying", watch.order_id, error)
        return None

    def _later(self, watch: _Watch, spread: float | None = None) -> None:
        """Ask about ``watch``'s order again after the next, longer wait (``spread``: the
        round's jitter draw, shared by its orders; None: a draw of its own)."""
        watch.attempt += 1
        rand = self._rand if spread is None else lambda: spread
        watch.interval = self._policy.delay(watch.attempt, rand)
        watch.due = self._now() + watch.interval

    def _forget_account(self, account: AccountRef) -> None:
        for order_id in [i for i, w in self._watches.items() if w.account == account]:
            del self._watches[order_id]

    def _refused(self, watch: _Watch, error: ApiError) -> None:
        status = error.status_code or 0
        log.warning("Order %s is no longer polled: the store answered %s", watch.order_id, status)
        self._watches.pop(watch.order_id, None)
        self.order_stopped.emit(watch.order_id, refused_message(watch.order_id, status))

    def _unreadable(self, watch: _Watch, error: Exception) -> None:
        """The answer about ``watch``'s order failed to be read or stored: ask again later."""
        self._answers.record(error, f"Reading the answer about order {watch.order_id}")
        self._later(watch)
        watch.confirmed = False  # the next good answer is written and shown
        if not watch.unreadable:
            watch.unreadable = True
            self.poll_failed.emit(watch.order_id, unreadable_message(watch.order_id))

    def _store(self, answers: list[tuple[_Watch, Order]]) -> None:
        """Write one round's answers (durably), schedule the next polls, then signal."""
        followed = self._context.followed_accounts()
        by_account: dict[AccountRef, list[tuple[_Watch, Order]]] = {}
        for watch, order in answers:
            if self._watches.get(watch.order_id) is watch and watch.account in followed:
                by_account.setdefault(watch.account, []).append((watch, order))
        stored: list[tuple[_Watch, ServerAnswer]] = []
        for current in by_account.values():
            try:
                stored += self._write(current)
            except Exception:
                # One answer spoils the transaction of all: write them one by one, so it spoils
                # only its own.
                for pair in current:
                    try:
                        stored += self._write([pair])
                    except Exception as error:
                        self._unreadable(pair[0], error)
        spread = self._rand()
        for watch, answer in stored:
            self._schedule(watch, answer, spread)
        written = [answer.record for _, answer in stored if answer.written]
        if written:
            self.orders_updated.emit(written)
        for _, answer in stored:
            self._signal(answer)

    def _write(self, pairs: list[tuple[_Watch, Order]]) -> list[tuple[_Watch, ServerAnswer]]:
        stored = self._context.order_book.update_many_from_server(
            pairs[0][0].account,
            [order for _, order in pairs],
            confirm={watch.order_id for watch, _ in pairs if not watch.confirmed},
        )
        return list(zip((watch for watch, _ in pairs), stored, strict=True))

    def _schedule(self, watch: _Watch, answer: ServerAnswer, spread: float) -> None:
        record = answer.record
        watch.confirmed = watch.confirmed or answer.written
        watch.unreadable = False
        if record.checked_at is not None:
            self._last_checked[record.order_id] = record.checked_at
        if needs_polling(record):
            self._later(watch, spread)
        else:
            self._watches.pop(watch.order_id, None)

    def _signal(self, answer: ServerAnswer) -> None:
        record, previous = answer.record, answer.previous
        if answer.written:
            self.order_updated.emit(record)
        if is_ready(record) and (previous is None or not is_ready(previous)):
            self.order_ready.emit(record)


async def _keep(worker: PollWorker) -> None:
    try:
        await asyncio.get_running_loop().create_future()  # until the tasks' owner closes
    finally:
        await worker.aclose()
