"""A polling round is asked on the worker thread and lands on the GUI thread as one update: one
``orders_updated`` for the round, one ``dataChanged`` in the order list, nothing when nothing
changed. Bad rounds, a dead worker and a rate limit half-way through a round are survived."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.services.order_tracker import WORKER_TASK, OrderTracker, PollPolicy
from teleaccounthub.services.poll_worker import PollWorker
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.ui.orders.order_model import Column, OrderTableModel
from tests.api.scripted_server import Reply, ScriptedServer
from tests.orders.builders import order
from tests.orders.conftest import context_of, run
from tests.orders.test_tracker_survives import answer, completed

KEY = "tgsk_test_dddddddddddddddddddddddddddddddd"
ORDERS = "/api/v1/securetd/orders"
#: Quick polls, no jitter: the orders of a round stay together.
ROUNDS = PollPolicy(first_delay=0.05, factor=1.5, max_delay=0.2, jitter=0.0)
IDS = tuple(range(101, 113))  # twelve orders


@dataclass
class Store:
    server: ScriptedServer
    book: OrderBook
    account: AccountRef
    tasks: TaskOwner
    tracker: OrderTracker
    model: OrderTableModel
    #: Every signal the order list's model sent, by name.
    model_signals: list[str]

    def follow(self, *order_ids: int) -> None:
        for order_id in order_ids:
            self.server.script(f"{ORDERS}/{order_id}", answer(order_id))
            self.book.track(self.account, order(order_id))
        self.model.set_orders(self.account, self.book.orders(self.account))
        self.model_signals.clear()
        assert self.tracker.resume() == len(order_ids)

    def gets(self, order_id: int) -> int:
        path = f"{ORDERS}/{order_id}"
        return sum(1 for r in self.server.requests if r.method == "GET" and r.path == path)


@pytest.fixture
def store(qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Store]:
    with ScriptedServer() as server:
        client = Client(server.url, KEY, timeout=5.0, max_retries=0)
        book = OrderBook(tmp_path / "orders.sqlite3")
        account = AccountRef.from_key(server.url, KEY)
        tasks = TaskOwner("rounds-test")
        tracker = OrderTracker(context_of(client, book, account, tasks)[0], policy=ROUNDS)
        model = OrderTableModel()
        model.set_orders(account, [])
        # As the orders feature wires them.
        tracker.orders_updated.connect(model.upsert_many)
        signals: list[str] = []
        for name in ("dataChanged", "rowsInserted", "rowsRemoved", "layoutChanged", "modelReset"):
            getattr(model, name).connect(lambda *_args, name=name: signals.append(name))
        try:
            yield Store(server, book, account, tasks, tracker, model, signals)
        finally:
            run(qtbot, tasks.aclose())
            run(qtbot, client.aclose())
            book.close()


def rounds_of(store: Store) -> list[list[int]]:
    """The order ids of each ``orders_updated`` from now on (the model already has them)."""
    seen: list[list[int]] = []
    store.tracker.orders_updated.connect(lambda records: seen.append([r.order_id for r in records]))
    return seen


def test_a_round_of_twelve_orders_is_one_update_of_the_order_list(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: set[str] = set()
    real = Client.order

    async def noting_the_thread(self: Client, order_id: int) -> Any:
        threads.add(threading.current_thread().name)
        return await real(self, order_id)

    monkeypatch.setattr(Client, "order", noting_the_thread)
    rounds = rounds_of(store)
    snapshots: list[list[str]] = []
    store.tracker.orders_updated.connect(
        lambda _records: snapshots.append(list(store.model_signals))
    )
    store.follow(*IDS)
    qtbot.waitUntil(lambda: len(rounds) >= 1, timeout=5000)
    # The first answers are written (the order book says when they were confirmed) and shown:
    # one signal for the round, one dataChanged over its rows, no row moved or inserted.
    assert sorted(rounds[0]) == list(IDS)
    assert snapshots[0] == ["dataChanged"]
    assert threads == {"order-polling"}  # never the GUI thread

    # Later rounds asked every order again and changed nothing: nothing is signalled.
    qtbot.waitUntil(lambda: all(store.gets(i) >= 3 for i in IDS), timeout=5000)
    assert len(rounds) == 1
    assert store.model_signals == ["dataChanged"]


def test_only_the_orders_whose_answer_changed_are_updated(qtbot: QtBot, store: Store) -> None:
    store.follow(*IDS)
    rounds = rounds_of(store)
    qtbot.waitUntil(lambda: all(store.gets(i) >= 1 for i in IDS), timeout=5000)
    qtbot.waitUntil(lambda: all(store.gets(i) >= 2 for i in IDS), timeout=5000)
    rounds.clear()
    store.model_signals.clear()
    store.server.script(f"{ORDERS}/104", completed(104))
    store.server.script(f"{ORDERS}/109", completed(109))
    ready: list[int] = []
    store.tracker.order_ready.connect(lambda record: ready.append(record.order_id))
    ranges: list[tuple[int, int, int, int]] = []
    store.model.dataChanged.connect(
        lambda top, bottom, *_: ranges.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    qtbot.waitUntil(lambda: sorted(ready) == [104, 109], timeout=5000)
    assert [sorted(ids) for ids in rounds] == [[104, 109]]
    assert store.model_signals == ["dataChanged"]
    # From the first changed row to the last, the status column only: no other text changed,
    # so the list does not measure its fit-to-content columns again.
    rows = sorted(store.model.row_of(i) or 0 for i in (104, 109))
    assert ranges == [(rows[0], rows[1], Column.STATUS, Column.STATUS)]
    assert [store.model.record_at(store.model.row_of(i) or 0).status for i in (104, 109)] == [
        "completed",
        "completed",
    ]
    assert store.tracker.watching() == sorted(set(IDS) - {104, 109})


def test_a_rate_limit_half_way_through_a_round_leaves_the_rest_for_after_the_pause(
    qtbot: QtBot, store: Store
) -> None:
    limit = Reply(429, {"ok": False}, headers={"Retry-After": "1"})
    for order_id in (201, 202, 203, 204):
        replies = (limit, answer(order_id)) if order_id == 202 else (answer(order_id),)
        store.server.script(f"{ORDERS}/{order_id}", *replies)
        store.book.track(store.account, order(order_id))
    asked_by_then: list[list[str]] = []
    store.tracker.rate_limited.connect(
        lambda _seconds: asked_by_then.append([r.path for r in store.server.requests])
    )
    store.tracker.resume()
    qtbot.waitUntil(lambda: bool(asked_by_then), timeout=5000)
    # The round asks newest first: 204, 203, then 202 is refused. Nothing was asked after the
    # 429 in that round; 201 is asked once the pause ends.
    assert asked_by_then[0][-1] == f"{ORDERS}/202"
    assert len(asked_by_then[0]) < 4
    qtbot.waitUntil(lambda: all(store.gets(i) >= 1 for i in (201, 203, 204)), timeout=5000)
    assert store.gets(202) >= 1
    assert store.tracker.polling()


@pytest.mark.expected_log(r"^Order polling failed: RuntimeError")
def test_a_round_whose_worker_fails_is_shown_once_and_polling_goes_on(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = PollWorker.ask
    calls = [0]

    async def broken_once(self: PollWorker, asks: Any) -> Any:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("the worker broke")
        return await real(self, asks)

    monkeypatch.setattr(PollWorker, "ask", broken_once)
    shown: list[str] = []
    store.tracker.loop_failed.connect(shown.append)
    rounds = rounds_of(store)
    store.follow(101, 102)
    qtbot.waitUntil(lambda: calls[0] == 1, timeout=3000)
    store.tracker.check_now(101)  # the loop waits out its backoff; asking revives it at once
    qtbot.waitUntil(lambda: bool(rounds), timeout=5000)
    assert shown == ["Checking orders failed unexpectedly (RuntimeError); it is tried again."]
    assert store.tracker.polling()


def test_a_worker_that_was_closed_is_replaced_at_the_next_round(qtbot: QtBot, store: Store) -> None:
    rounds = rounds_of(store)
    store.follow(101)
    qtbot.waitUntil(lambda: bool(rounds), timeout=5000)
    worker = store.tracker._worker
    assert worker is not None
    run(qtbot, worker.aclose())  # as if its thread had ended
    asked = store.gets(101)
    qtbot.waitUntil(lambda: store.gets(101) > asked, timeout=5000)
    assert store.tracker._worker is not worker
    assert store.tracker.polling()


def test_closing_the_owner_cancels_the_round_and_ends_the_worker_thread(
    qtbot: QtBot, store: Store
) -> None:
    store.server.script(f"{ORDERS}/101", Reply(200, answer(101).body, delay=30.0))
    store.book.track(store.account, order(101))
    store.tracker.resume()
    qtbot.waitUntil(lambda: store.gets(101) == 1, timeout=5000)  # a request in flight
    worker = store.tracker._worker
    assert worker is not None
    assert worker.thread_running()
    assert store.tasks.running(WORKER_TASK)
    run(qtbot, store.tasks.aclose())
    assert not store.tracker.polling()
    assert worker.closed
    assert not worker.thread_running()


def test_a_record_of_another_account_is_not_shown(store: Store) -> None:
    other = AccountRef.from_key(store.account.base_url, "tgsk_test_" + "e" * 32)
    store.book.track(store.account, order(101))
    store.model.set_orders(store.account, store.book.orders(store.account))
    theirs: OrderRecord = store.book.track(other, order(102))
    assert store.model.upsert_many([theirs]) == 0
    assert store.model.row_of(102) is None


def test_the_worker_asks_with_a_twin_of_the_accounts_client(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    client = Client("http://127.0.0.1:9", KEY, timeout=5.0, max_retries=0)
    twin = client.twin()
    try:
        assert twin is not client
        assert (twin.base_url, twin.api_key, twin.proxy) == (
            client.base_url,
            client.api_key,
            client.proxy,
        )
    finally:
        run(qtbot, twin.aclose())
        run(qtbot, client.aclose())
