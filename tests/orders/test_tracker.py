"""Polling: backoff with jitter, Retry-After honoured, resumed after a restart, then stopped."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.services.order_tracker import TASK_KEY, OrderTracker, PollPolicy
from tests.orders.conftest import (
    FAST_POLLING,
    ORDER_PATHS,
    Rig,
    RigFactory,
    build_rig,
    close_rig,
    make_client,
    order_gets,
    posts,
    run,
)

ASIA = 1
PHILIPPINES = 56


def place(qtbot: QtBot, rig: Rig, quantity: int = 1) -> OrderRecord:
    """Buy through the client and write it down, as the checkout service does."""
    result = run(qtbot, rig.client.checkout(PHILIPPINES, quantity, category_id=ASIA))
    return rig.book.record_checkout(rig.account, result, category_id=ASIA)


def test_backoff_grows_from_about_two_to_thirty_seconds_with_jitter() -> None:
    policy = PollPolicy()
    middle = [policy.delay(attempt, lambda: 0.5) for attempt in range(12)]
    assert middle[0] == 2.0
    assert all(a < b for a, b in itertools.pairwise(middle[:7]))
    assert middle[-1] == 30.0
    assert policy.delay(0, lambda: 0.0) == pytest.approx(1.6)
    assert policy.delay(0, lambda: 1.0) == pytest.approx(2.4)
    assert policy.delay(3, lambda: 0.0) < policy.delay(3, lambda: 1.0)
    assert max(policy.delay(50, lambda: 1.0), policy.delay(50, lambda: 0.0)) <= 30.0


def test_polls_until_completed_then_stops(qtbot: QtBot, rig: Rig) -> None:
    record = place(qtbot, rig)
    updates: list[str] = []
    rig.tracker.order_updated.connect(lambda r: updates.append(r.status))
    rig.tracker.track(record)
    assert rig.tracker.watching() == [record.order_id]
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000) as ready:
        pass
    assert ready.args[0].order_id == record.order_id
    assert updates[-1] == "completed"
    assert set(updates) <= {"processing", "completed"}
    stored = rig.book.get(rig.account, record.order_id)
    assert stored is not None
    assert stored.download_ready
    assert stored.download_filename == f"order-{record.order_id}.zip"
    assert stored.checked_at is not None
    assert rig.tracker.watching() == []
    qtbot.waitUntil(lambda: not rig.tasks.running(TASK_KEY))
    # Every answer was asked for; only the first one and the ones that changed the order are
    # signalled (answers that change nothing are neither written nor signalled).
    assert order_gets(rig.sandbox, record.order_id) >= len(updates)
    assert updates in (["processing", "completed"], ["completed"])


def test_retry_after_is_honoured(
    qtbot: QtBot, rig: Rig, qt_loop: asyncio.AbstractEventLoop
) -> None:
    record = place(qtbot, rig)
    rig.sandbox.complete_order(record.order_id)
    rig.sandbox.faults.status(429, path=ORDER_PATHS, retry_after="1")
    waits: list[tuple[float, float]] = []
    rig.tracker.rate_limited.connect(lambda seconds: waits.append((seconds, qt_loop.time())))
    rig.tracker.check_now(record.order_id)
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000):
        pass
    answered = qt_loop.time()
    assert len(waits) == 1
    seconds, limited_at = waits[0]
    assert seconds == 1.0
    # The fast test policy would have asked again after ~0.05 s; the store said 1 s.
    assert answered - limited_at >= 0.95
    assert order_gets(rig.sandbox, record.order_id) == 2


def test_check_now_asks_at_once(qtbot: QtBot, rig_factory: RigFactory) -> None:
    rig = rig_factory()
    slow = OrderTracker(rig.context, policy=PollPolicy(first_delay=60.0, max_delay=60.0))
    record = place(qtbot, rig)
    rig.sandbox.complete_order(record.order_id)
    slow.track(record)
    assert order_gets(rig.sandbox, record.order_id) == 0
    with qtbot.waitSignal(slow.order_ready, timeout=3000):
        slow.check_now(record.order_id)
    assert order_gets(rig.sandbox, record.order_id) == 1


def test_a_new_tracker_on_the_same_data_resumes_processing_orders(
    qtbot: QtBot, rig_factory: RigFactory, tmp_path: Path
) -> None:
    first = rig_factory(data_dir=tmp_path / "shared")
    placed = [place(qtbot, first), place(qtbot, first)]
    first.sandbox.complete_order(placed[0].order_id)
    first.tracker.track(placed[0])
    with qtbot.waitSignal(first.tracker.order_ready, timeout=5000):
        pass
    first.tracker.stop()
    first.book.close()

    # "Restart": a new order book connection and tracker on the same folder.
    second = rig_factory(data_dir=tmp_path / "shared")
    assert [r.order_id for r in second.book.processing(second.account)] == [placed[1].order_id]
    ready: list[int] = []
    second.tracker.order_ready.connect(lambda r: ready.append(r.order_id))
    assert second.tracker.resume() == 1
    qtbot.waitUntil(lambda: ready == [placed[1].order_id], timeout=5000)
    assert second.book.processing(second.account) == []
    assert posts(second.sandbox) == 2


def test_never_polls_another_accounts_orders(
    qtbot: QtBot, rig_factory: RigFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    mine = rig_factory(data_dir=tmp_path / "shared")
    other_key = sandbox.add_key(Decimal("10.00"))
    theirs = rig_factory(other_key, data_dir=tmp_path / "shared")
    their_order = place(qtbot, theirs)
    my_order = place(qtbot, mine)

    assert mine.tracker.resume() == 1
    assert mine.tracker.watching() == [my_order.order_id]
    mine.tracker.track(their_order)  # refused: it is not this account's order
    assert mine.tracker.watching() == [my_order.order_id]
    with qtbot.waitSignal(mine.tracker.order_ready, timeout=5000):
        pass
    assert order_gets(sandbox, their_order.order_id) == 0
    still = theirs.book.get(theirs.account, their_order.order_id)
    assert still is not None
    assert still.is_processing


@pytest.mark.expected_log(r"^Order polling stopped: the store refused the key")
def test_a_refused_key_stops_polling(qtbot: QtBot, rig: Rig, sandbox: SandboxServer) -> None:
    record = place(qtbot, rig)
    sandbox.faults.status(401, path=ORDER_PATHS, times=None)
    rig.tracker.check_now(record.order_id)
    qtbot.waitUntil(lambda: rig.unauthorized == ["Missing or invalid API key."], timeout=5000)
    assert rig.tracker.watching() == []
    qtbot.waitUntil(lambda: not rig.tasks.running(TASK_KEY))
    stored = rig.book.get(rig.account, record.order_id)
    assert stored is not None
    assert stored.is_processing
    # After the key was fixed the order is resumed from the order book.
    sandbox.faults.clear()
    assert rig.tracker.resume() == 1
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000):
        pass


def test_a_key_change_stops_polling_the_old_accounts_orders(
    qtbot: QtBot, rig: Rig, sandbox: SandboxServer
) -> None:
    current = [rig.account]
    tracker = OrderTracker(replace(rig.context, account=lambda: current[0]), policy=FAST_POLLING)
    record = place(qtbot, rig)
    tracker.track(record)
    assert tracker.watching() == [record.order_id]
    current[0] = AccountRef.from_key(sandbox.url, sandbox.add_key(Decimal("1.00")))
    qtbot.waitUntil(lambda: tracker.watching() == [], timeout=3000)
    assert order_gets(sandbox, record.order_id) == 0


@pytest.fixture
def slow_rig(qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Rig]:
    """Services on a store whose orders stay processing for an hour."""
    with SandboxServer(SandboxConfig(order_delay=3600.0, zip_size=16 * 1024)) as server:
        client = make_client(server.url, server.api_key)
        rig = build_rig(qtbot, server, tmp_path / "slow", server.api_key, client)
        try:
            yield rig
        finally:
            close_rig(qtbot, rig)


def _files(path: Path) -> list[tuple[int, int]]:
    wal = path.with_name(path.name + "-wal")
    return [(p.stat().st_mtime_ns, p.stat().st_size) for p in (path, wal) if p.exists()]


def test_unchanged_answers_write_nothing_and_emit_no_update(qtbot: QtBot, slow_rig: Rig) -> None:
    rig = slow_rig
    record = place(qtbot, rig)
    updates: list[OrderRecord] = []
    rig.tracker.order_updated.connect(updates.append)
    rig.tracker.track(record)
    # The first answer is written: the order had never been checked.
    qtbot.waitUntil(lambda: len(updates) == 1, timeout=5000)
    first = rig.book.get(rig.account, record.order_id)
    assert first is not None
    assert first.checked_at is not None
    changes, files = rig.book._db.total_changes, _files(rig.book.path)
    seen = order_gets(rig.sandbox, record.order_id)

    # Several more answers, all "processing" as stored.
    qtbot.waitUntil(lambda: order_gets(rig.sandbox, record.order_id) >= seen + 3, timeout=5000)
    first_checked = first.checked_at

    def checked_since() -> bool:
        latest = rig.tracker.last_checked(record.order_id)
        return latest is not None and latest > first_checked

    qtbot.waitUntil(checked_since, timeout=5000)

    assert len(updates) == 1
    assert rig.book._db.total_changes == changes
    assert _files(rig.book.path) == files
    assert rig.book.get(rig.account, record.order_id) == first
    assert rig.tracker.watching() == [record.order_id]


def test_check_now_records_and_shows_even_an_unchanged_answer(qtbot: QtBot, slow_rig: Rig) -> None:
    rig = slow_rig
    record = place(qtbot, rig)
    rig.tracker.track(record)
    with qtbot.waitSignal(rig.tracker.order_updated, timeout=5000):
        pass
    first = rig.book.get(rig.account, record.order_id)
    assert first is not None
    assert first.checked_at is not None
    with qtbot.waitSignal(rig.tracker.order_updated, timeout=5000) as updated:
        rig.tracker.check_now(record.order_id)
    assert updated.args[0].status == "processing"
    stored = rig.book.get(rig.account, record.order_id)
    assert stored is not None
    assert stored.checked_at is not None
    assert stored.checked_at > first.checked_at


def test_orders_due_together_are_written_in_one_transaction(qtbot: QtBot, slow_rig: Rig) -> None:
    rig = slow_rig
    placed = [place(qtbot, rig) for _ in range(3)]
    statements: list[str] = []
    rig.book._db.set_trace_callback(statements.append)
    updates: list[int] = []
    rig.tracker.order_updated.connect(lambda r: updates.append(r.order_id))
    assert rig.tracker.resume() == 3  # all three are due at once
    qtbot.waitUntil(lambda: len(updates) == 3, timeout=5000)
    assert sorted(updates) == sorted(r.order_id for r in placed)
    assert [s.split()[0].upper() for s in statements].count("BEGIN") == 1


def test_a_changed_answer_is_durable_before_the_signal(qtbot: QtBot, rig: Rig) -> None:
    record = place(qtbot, rig)
    seen_on_disk: list[tuple[str, str]] = []

    def read_from_another_connection(updated: OrderRecord) -> None:
        other = sqlite3.connect(rig.book.path)
        try:
            row = other.execute(
                "SELECT status FROM orders WHERE order_id = ?", (updated.order_id,)
            ).fetchone()
        finally:
            other.close()
        seen_on_disk.append((updated.status, row[0]))

    rig.tracker.order_updated.connect(read_from_another_connection)
    rig.tracker.track(record)
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000):
        pass
    assert seen_on_disk
    assert seen_on_disk[-1] == ("completed", "completed")
    assert all(signalled == stored for signalled, stored in seen_on_disk)
