"""The order book keeps each status change with its time, and the balance over time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.balance_history import SAME_AMOUNT_INTERVAL
from teleaccounthub.local.migrate import migrate
from teleaccounthub.local.orderbook import MIGRATIONS, OrderBook
from tests.local.builders import API_KEY, LIVE_URL, OTHER_API_KEY, SANDBOX_URL, checkout, order

LIVE = AccountRef.from_key(LIVE_URL, API_KEY)
OTHER = AccountRef.from_key(LIVE_URL, OTHER_API_KEY)
SANDBOX = AccountRef.from_key(SANDBOX_URL, API_KEY)
T0 = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[OrderBook]:
    with OrderBook(tmp_path / "orders.sqlite3") as opened:
        yield opened


def test_each_change_of_status_is_kept_once_with_its_time(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    for seconds in (5, 10, 15):  # polling answers that change nothing add nothing
        book.update_from_server(LIVE, order(74), now=T0 + timedelta(seconds=seconds))
    done = order(74, status="completed", download_ready=True)
    book.update_many_from_server(LIVE, [done], now=T0 + timedelta(seconds=20))
    book.update_many_from_server(LIVE, [done], now=T0 + timedelta(seconds=25), confirm={74})
    history = book.status_history(LIVE, 74)
    assert [(c.status, c.changed_at) for c in history] == [
        ("processing", T0),
        ("completed", T0 + timedelta(seconds=20)),
    ]


def test_a_tracked_order_starts_its_history_when_it_is_added(book: OrderBook) -> None:
    book.track(LIVE, order(80, status="completed"), now=T0)
    book.track(LIVE, order(80, status="completed"), now=T0 + timedelta(minutes=1))
    assert [(c.status, c.changed_at) for c in book.status_history(LIVE, 80)] == [("completed", T0)]


def test_histories_of_accounts_and_stores_never_mix(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    book.record_checkout(SANDBOX, checkout(74, status="completed"), placed_at=T0)
    assert [c.status for c in book.status_history(LIVE, 74)] == ["processing"]
    assert [c.status for c in book.status_history(SANDBOX, 74)] == ["completed"]
    assert book.status_history(OTHER, 74) == []


def test_orders_from_before_the_history_get_their_last_known_status(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    with OrderBook(path) as current:
        current.record_checkout(LIVE, checkout(74), placed_at=T0)
        current.update_from_server(
            LIVE, order(74, status="completed"), now=T0 + timedelta(minutes=3)
        )
    # The same order in a book of the version before the history: rebuilt at version 2.
    old = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(old, isolation_level=None)
    migrate(raw, MIGRATIONS[:2])
    source = sqlite3.connect(path)
    columns = ", ".join(r[1] for r in raw.execute("PRAGMA table_info(orders)"))
    rows = source.execute(f"SELECT {columns} FROM orders").fetchall()
    source.close()
    marks = ", ".join("?" for _ in columns.split(", "))
    raw.executemany(f"INSERT INTO orders ({columns}) VALUES ({marks})", rows)
    raw.close()
    with OrderBook(old) as upgraded:
        history = upgraded.status_history(LIVE, 74)
    assert [(c.status, c.changed_at) for c in history] == [("completed", T0 + timedelta(minutes=3))]


def test_balance_snapshots_are_exact_and_kept_per_account(book: OrderBook) -> None:
    assert book.balances.record(LIVE, Decimal("12.3456"), now=T0)
    assert book.balances.record(OTHER, Decimal("1"), now=T0)
    assert book.balances.record(LIVE, Decimal("11.6211"), now=T0 + timedelta(minutes=1))
    snapshots = book.balances.since(LIVE)
    assert [(s.taken_at, s.balance_usd) for s in snapshots] == [
        (T0, Decimal("12.3456")),
        (T0 + timedelta(minutes=1), Decimal("11.6211")),
    ]
    assert str(snapshots[0].balance_usd) == "12.3456"
    assert [s.balance_usd for s in book.balances.since(LIVE, T0 + timedelta(seconds=1))] == [
        Decimal("11.6211")
    ]
    assert [s.balance_usd for s in book.balances.since(OTHER)] == [Decimal("1")]
    assert book.balances.since(SANDBOX) == []


def test_the_same_balance_again_soon_adds_nothing_but_later_it_does(book: OrderBook) -> None:
    assert book.balances.record(LIVE, Decimal("5"), now=T0)
    assert not book.balances.record(LIVE, Decimal("5.00"), now=T0 + timedelta(minutes=1))
    later = T0 + SAME_AMOUNT_INTERVAL
    assert book.balances.record(LIVE, Decimal("5"), now=later)
    assert len(book.balances.since(LIVE)) == 2


def test_a_balance_that_is_not_an_amount_is_refused(book: OrderBook) -> None:
    with pytest.raises(ValueError, match="finite"):
        book.balances.record(LIVE, Decimal("NaN"), now=T0)
    assert book.balances.since(LIVE) == []
