from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from teleaccounthub.local import orderbook
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.migrate import SchemaTooNew, migrate, schema_version
from tests.local.builders import API_KEY, LIVE_URL, checkout

V1 = "CREATE TABLE a (x INTEGER);"
V2 = "CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (2);"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    yield connection
    connection.close()


def _tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_new_database_gets_every_migration(db: sqlite3.Connection) -> None:
    assert schema_version(db) == 0
    assert migrate(db, [V1, V2]) == 2
    assert _tables(db) == {"a", "b"}
    assert db.execute("SELECT x FROM a").fetchall() == [(2,)]


def test_migrations_already_applied_are_not_run_again(db: sqlite3.Connection) -> None:
    migrate(db, [V1])
    assert migrate(db, [V1]) == 1  # CREATE TABLE a again would fail
    assert migrate(db, [V1, V2]) == 2  # only V2 runs
    assert db.execute("SELECT x FROM a").fetchall() == [(2,)]


def test_a_failing_migration_leaves_the_previous_version_intact(db: sqlite3.Connection) -> None:
    migrate(db, [V1])
    broken = "CREATE TABLE c (z INTEGER); INSERT INTO a VALUES (3); INSERT INTO nowhere VALUES (1);"
    with pytest.raises(sqlite3.OperationalError, match="nowhere"):
        migrate(db, [V1, broken])
    assert schema_version(db) == 1
    assert _tables(db) == {"a"}
    assert db.execute("SELECT count(*) FROM a").fetchone() == (0,)
    assert not db.in_transaction


def test_a_database_from_a_newer_app_is_refused(db: sqlite3.Connection) -> None:
    migrate(db, [V1, V2])
    with pytest.raises(SchemaTooNew, match="schema version 2"):
        migrate(db, [V1])


def test_the_order_book_applies_a_new_migration_to_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "orders.sqlite3"
    account = AccountRef.from_key(LIVE_URL, API_KEY)
    with orderbook.OrderBook(path) as book:
        book.record_checkout(account, checkout(74), placed_at=datetime(2025, 1, 1, tzinfo=UTC))
    upgraded = (*orderbook.MIGRATIONS, "ALTER TABLE orders ADD COLUMN note TEXT;")
    monkeypatch.setattr(orderbook, "MIGRATIONS", upgraded)
    with orderbook.OrderBook(path) as book:
        assert schema_version(book._db) == len(upgraded)
        assert [r.order_id for r in book.orders(account)] == [74]
        assert "note" in {row[1] for row in book._db.execute("PRAGMA table_info(orders)")}
