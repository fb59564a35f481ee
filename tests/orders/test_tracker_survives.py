"""Polling survives what the store can throw at it: odd Retry-After values, an answer the order
book cannot take, a permanent refusal, a completed order whose file is not ready yet."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.services.delays import RETRY_AFTER_MAX
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.tasks import TaskOwner
from tests.api.scripted_server import Reply, ScriptedServer, ok
from tests.orders.builders import order
from tests.orders.conftest import FAST_POLLING, ORDER_PATHS, Rig, context_of, order_gets, run
from tests.orders.test_tracker import place

KEY = "tgsk_test_cccccccccccccccccccccccccccccccc"
ORDERS = "/api/v1/securetd/orders"


def answer(order_id: int, **changes: Any) -> Reply:
    """The store's answer about ``order_id`` (processing unless ``changes`` say otherwise)."""
    fields: dict[str, Any] = {
        "id": order_id,
        "order_number": str(10020 + order_id),
        "status": "processing",
        "product_id": 56,
        "product_name": "Philippines +63",
        "quantity": 1,
        "download_ready": False,
    }
    fields.update(changes)
    return ok(order=fields)


def completed(order_id: int, *, ready: bool = True) -> Reply:
    return answer(
        order_id,
        status="completed",
        download_ready=ready,
        download_filename=f"order-{order_id}.zip" if ready else None,
    )


@dataclass
class Scripted:
    """A tracker following orders on a scripted store."""

    server: ScriptedServer
    book: OrderBook
    account: AccountRef
    tasks: TaskOwner
    tracker: OrderTracker
    client: Client

    def gets(self, order_id: int) -> int:
        path = f"{ORDERS}/{order_id}"
        return sum(1 for r in self.server.requests if r.method == "GET" and r.path == path)

    def follow(self, *order_ids: int) -> None:
        """The order book knows these orders as processing; the tracker resumes them."""
        for order_id in order_ids:
            self.book.track(self.account, order(order_id))
        assert self.tracker.resume() == len(order_ids)


@pytest.fixture
def scripted_store(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> Iterator[Scripted]:
    with ScriptedServer() as server:
        client = Client(server.url, KEY, timeout=5.0, max_retries=0)
        book = OrderBook(tmp_path / "orders.sqlite3")
        account = AccountRef.from_key(server.url, KEY)
        tasks = TaskOwner("survives-test")
        tracker = OrderTracker(context_of(client, book, account, tasks)[0], policy=FAST_POLLING)
        try:
            yield Scripted(server, book, account, tasks, tracker, client)
        finally:
            run(qtbot, tasks.aclose())
            run(qtbot, client.aclose())
            book.close()


def test_retry_after_zero_on_every_poll_asks_at_most_once_a_second(
    qtbot: QtBot, rig: Rig, qt_loop: asyncio.AbstractEventLoop
) -> None:
    record = place(qtbot, rig)
    rig.sandbox.faults.status(429, path=ORDER_PATHS, times=None, retry_after="0")
    limited: list[tuple[float, float]] = []
    rig.tracker.rate_limited.connect(lambda seconds: limited.append((seconds, qt_loop.time())))
    rig.tracker.check_now(record.order_id)
    qtbot.waitUntil(lambda: len(limited) >= 4, timeout=15_000)
    # Four answers took at least three seconds: no more than ~4 requests in any 3 s.
    assert limited[3][1] - limited[0][1] >= 2.9
    assert {seconds for seconds, _ in limited} == {1.0}
    assert rig.tracker.polling()


def test_retry_after_in_epoch_seconds_keeps_the_loop_alive_and_check_now_asks_at_once(
    qtbot: QtBot, rig: Rig
) -> None:
    record = place(qtbot, rig)
    rig.sandbox.faults.status(429, path=ORDER_PATHS, times=1, retry_after="1735689600")
    with qtbot.waitSignal(rig.tracker.rate_limited, timeout=5000) as limited:
        rig.tracker.check_now(record.order_id)
    assert limited.args == [RETRY_AFTER_MAX]
    assert rig.tracker.polling()
    waiting = rig.tracker.next_poll_in()
    assert waiting is not None
    assert 0 < waiting <= RETRY_AFTER_MAX
    asked = order_gets(rig.sandbox, record.order_id)

    rig.sandbox.complete_order(record.order_id)
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=3000):
        rig.tracker.check_now(record.order_id)
    assert order_gets(rig.sandbox, record.order_id) == asked + 1


@pytest.mark.expected_log(r"^Reading the answer about order 74 failed: OverflowError")
def test_an_answer_the_order_book_refuses_touches_that_order_only(
    qtbot: QtBot, scripted_store: Scripted
) -> None:
    # An integer SQLite cannot store. (A lone surrogate no longer gets this far: the API client
    # makes every string valid Unicode, see tests/api/test_untrusted.py.)
    store = scripted_store
    store.server.script(f"{ORDERS}/74", answer(74, quantity=10**30))
    store.server.script(f"{ORDERS}/75", answer(75), answer(75), completed(75))
    failures: list[tuple[int, str]] = []
    store.tracker.poll_failed.connect(lambda order_id, text: failures.append((order_id, text)))
    ready: list[int] = []
    store.tracker.order_ready.connect(lambda record: ready.append(record.order_id))

    store.follow(74, 75)  # both due at once: one round, one transaction for both
    qtbot.waitUntil(lambda: ready == [75], timeout=5000)
    qtbot.waitUntil(lambda: store.gets(74) >= 3, timeout=5000)

    done = store.book.get(store.account, 75)
    assert done is not None
    assert done.is_completed
    assert store.tracker.watching() == [74]
    assert store.tracker.polling()
    # Reported once, however often the answer fails.
    assert failures == [(74, failures[0][1])]
    assert "could not be read" in failures[0][1]
    untouched = store.book.get(store.account, 74)
    assert untouched is not None
    assert untouched.product_name == "Philippines +63"
    assert untouched.quantity == 1


@pytest.mark.expected_log(r"^Reading the answer about order 74 failed: OverflowError")
def test_a_good_answer_after_an_unreadable_one_is_written_and_shown(
    qtbot: QtBot, scripted_store: Scripted
) -> None:
    store = scripted_store
    store.server.script(f"{ORDERS}/74", answer(74), answer(74, quantity=10**30), answer(74))
    events: list[str] = []
    store.tracker.poll_failed.connect(lambda _id, _text: events.append("unreadable"))
    store.tracker.order_updated.connect(lambda record: events.append(record.status))
    store.follow(74)
    # The last answer changes nothing stored (the first one was written), yet it is written and
    # signalled again: the row's "could not be read" gives way.
    qtbot.waitUntil(lambda: len(events) == 3, timeout=5000)
    assert events == ["processing", "unreadable", "processing"]
    assert store.tracker.watching() == [74]


@pytest.mark.parametrize("status", [403, 404])
@pytest.mark.expected_log(r"^Order 74 is no longer polled: the store answered 40[34]")
def test_a_permanent_refusal_stops_polling_that_order_until_check_now(
    qtbot: QtBot, rig: Rig, status: int
) -> None:
    refused = place(qtbot, rig)
    other = place(qtbot, rig)
    rig.sandbox.faults.status(status, path=f"{ORDERS}/{refused.order_id}", times=None)
    stopped: list[tuple[int, str]] = []
    rig.tracker.order_stopped.connect(lambda order_id, text: stopped.append((order_id, text)))

    rig.tracker.check_now(refused.order_id)
    qtbot.waitUntil(lambda: len(stopped) == 1, timeout=5000)
    assert stopped[0][0] == refused.order_id
    assert f"({status})" in stopped[0][1]
    assert "no longer checked" in stopped[0][1]
    assert not rig.tracker.is_watching(refused.order_id)

    # The other order is polled several times meanwhile; the refused one is not asked again.
    rig.tracker.track(other)
    qtbot.waitUntil(lambda: order_gets(rig.sandbox, other.order_id) >= 3, timeout=5000)
    assert order_gets(rig.sandbox, refused.order_id) == 1

    # "Check now" tries once more.
    rig.tracker.check_now(refused.order_id)
    qtbot.waitUntil(lambda: len(stopped) == 2, timeout=5000)
    assert order_gets(rig.sandbox, refused.order_id) == 2
    rig.sandbox.faults.clear()
    rig.sandbox.complete_order(refused.order_id)
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000) as ready:
        rig.tracker.check_now(refused.order_id)
    assert ready.args[0].order_id == refused.order_id


def test_completed_without_its_file_is_polled_until_the_file_is_ready(
    qtbot: QtBot, scripted_store: Scripted
) -> None:
    store = scripted_store
    store.server.script(
        f"{ORDERS}/80", completed(80, ready=False), completed(80, ready=False), completed(80)
    )
    ready: list[OrderRecord] = []
    store.tracker.order_ready.connect(ready.append)
    store.follow(80)
    qtbot.waitUntil(lambda: len(ready) == 1, timeout=5000)
    assert ready[0].download_ready
    assert store.gets(80) == 3
    qtbot.waitUntil(lambda: not store.tracker.polling())
    assert store.tracker.watching() == []


def test_a_completed_order_without_its_file_is_resumed_after_a_restart(
    qtbot: QtBot, scripted_store: Scripted
) -> None:
    store = scripted_store
    waiting = replace(order(81, status="completed"), download_ready=False)
    store.book.update_from_server(store.account, waiting)
    store.server.script(f"{ORDERS}/81", completed(81))
    assert store.tracker.resume() == 1
    with qtbot.waitSignal(store.tracker.order_ready, timeout=5000) as ready:
        pass
    assert ready.args[0].order_id == 81
    assert ready.args[0].download_ready


@pytest.mark.expected_log(r"^Order polling failed: RuntimeError")
def test_a_round_that_fails_unexpectedly_is_shown_once_and_polling_goes_on(
    qtbot: QtBot, scripted_store: Scripted, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = scripted_store
    store.server.script(f"{ORDERS}/76", answer(76), completed(76))
    real = OrderTracker._poll_round
    calls = [0]

    async def broken_twice(self: OrderTracker, due: list[Any]) -> None:
        calls[0] += 1
        if calls[0] <= 2:
            raise RuntimeError("a bug in one round")
        await real(self, due)

    monkeypatch.setattr(OrderTracker, "_poll_round", broken_twice)
    shown: list[str] = []
    store.tracker.loop_failed.connect(shown.append)
    store.follow(76)
    qtbot.waitUntil(lambda: calls[0] == 1, timeout=3000)
    assert store.tracker.polling()
    store.tracker.check_now(76)  # revives the waiting loop at once
    qtbot.waitUntil(lambda: calls[0] == 2, timeout=3000)
    with qtbot.waitSignal(store.tracker.order_ready, timeout=5000):
        store.tracker.check_now(76)
    assert shown == ["Checking orders failed unexpectedly (RuntimeError); it is tried again."]
