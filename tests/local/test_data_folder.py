"""Opening the data folder at start-up whatever state it is in: nothing raises, each problem is
said in words, a bad order book is set aside and a new one started."""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from teleaccounthub.local import orderbook
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.data_folder import open_contents, open_data_dir
from teleaccounthub.local.orderbook import OrderBook, OrderBookError, OrderBookUnreadable
from tests.local.builders import API_KEY, LIVE_URL, checkout
from tests.local.mounts import fill, full_folder, read_only_folder

LIVE = AccountRef.from_key(LIVE_URL, API_KEY)
NOW = datetime(2026, 12, 1, 12, 3, 4, tzinfo=UTC)
ASIDE = "orders.sqlite3.broken-20261201T120304Z"


def real_book(path: Path) -> bytes:
    """A real order book with one order, checkpointed into the main file; its bytes."""
    with OrderBook(path) as book:
        book.record_checkout(LIVE, checkout(74), placed_at=NOW)
    return path.read_bytes()


def newer(path: Path) -> None:
    real_book(path)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {len(orderbook.MIGRATIONS) + 1}")
    raw.close()


def wrong_schema(path: Path) -> None:
    """The right version number, another table: e.g. a file written by a broken build."""
    raw = sqlite3.connect(path)
    raw.executescript(
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, note TEXT);"
        f"PRAGMA user_version = {len(orderbook.MIGRATIONS)};"
    )
    raw.close()


BROKEN = {
    "random bytes": lambda path: path.write_bytes(os.urandom(8192)),
    "truncated": lambda path: path.write_bytes(real_book(path)[:1000]),
    "newer version": newer,
    "wrong schema": wrong_schema,
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_a_broken_order_book_is_set_aside_and_a_new_one_started(tmp_path: Path, kind: str) -> None:
    data_dir, problem = open_data_dir(tmp_path / "data")
    assert problem is None
    BROKEN[kind](data_dir.orders_db)
    before = data_dir.orders_db.read_bytes()

    opened = open_contents(data_dir, now=NOW)
    try:
        assert not opened.buying_disabled
        (said,) = opened.problems
        assert str(data_dir.root / ASIDE) in said.text
        assert "a new one was started" in said.text
        assert "Your orders are still in the old file." in said.text
        if kind == "newer version":
            assert "newer version of TeleAccountHub" in said.text
        assert (data_dir.root / ASIDE).read_bytes() == before  # kept, byte for byte
        # The new book works and is on disk.
        opened.order_book.record_checkout(LIVE, checkout(1), placed_at=NOW)
        assert opened.order_book.path == data_dir.orders_db
    finally:
        opened.order_book.close()
    with OrderBook(data_dir.orders_db) as again:
        assert [r.order_id for r in again.orders(LIVE)] == [1]


def test_commits_still_in_the_wal_are_kept_in_the_file_set_aside(tmp_path: Path) -> None:
    data_dir, _ = open_data_dir(tmp_path / "data")
    writer = sqlite3.connect(data_dir.orders_db, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # the rows stay in orders.sqlite3-wal
    writer.executescript(
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, note TEXT);"
        "INSERT INTO orders VALUES (74, 'bought elsewhere');"
        f"PRAGMA user_version = {len(orderbook.MIGRATIONS)};"
    )
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir()
    for name in ("orders.sqlite3", "orders.sqlite3-wal"):  # as a crash would leave them
        (snapshot / name).write_bytes((data_dir.root / name).read_bytes())
    writer.close()
    for name in ("orders.sqlite3", "orders.sqlite3-wal"):
        (data_dir.root / name).write_bytes((snapshot / name).read_bytes())
    assert (data_dir.root / "orders.sqlite3-wal").stat().st_size > 0

    opened = open_contents(data_dir, now=NOW)
    opened.order_book.close()
    assert not opened.buying_disabled
    old = sqlite3.connect(data_dir.root / ASIDE)
    try:
        assert old.execute("SELECT order_id, note FROM orders").fetchall() == [
            (74, "bought elsewhere")
        ]
    finally:
        old.close()


def test_the_schema_is_checked_after_migration_also_for_migrations_added_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "orders.sqlite3"
    real_book(path)
    later = "CREATE TABLE journal (id INTEGER PRIMARY KEY, intent TEXT NOT NULL);"
    monkeypatch.setattr(orderbook, "MIGRATIONS", (*orderbook.MIGRATIONS, later))
    raw = sqlite3.connect(path)  # at the new version, without what the new migration makes
    raw.execute(f"PRAGMA user_version = {len(orderbook.MIGRATIONS)}")
    raw.close()
    with pytest.raises(OrderBookUnreadable, match="table journal is missing"):
        OrderBook(path)
    raw = sqlite3.connect(path)
    raw.execute(later)
    raw.close()
    with OrderBook(path) as book:  # with it, the same file is fine
        assert [r.order_id for r in book.orders(LIVE)] == [74]


def test_a_missing_column_at_the_current_version_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "orders.sqlite3"
    real_book(path)
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE orders DROP COLUMN sha256")
    raw.close()
    with pytest.raises(OrderBookUnreadable, match="table orders has other columns"):
        OrderBook(path)


def test_a_book_locked_by_another_program_is_not_set_aside(tmp_path: Path) -> None:
    data_dir, _ = open_data_dir(tmp_path / "data")
    real_book(data_dir.orders_db)
    other = sqlite3.connect(data_dir.orders_db, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")  # leaving WAL needs the file to itself
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(OrderBookError) as raised:
            OrderBook(data_dir.orders_db)
        assert not isinstance(raised.value, OrderBookUnreadable)
        opened = open_contents(data_dir, now=NOW)
        opened.order_book.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert opened.buying_disabled
    assert "another program" in opened.problems[0].text
    assert not (data_dir.root / ASIDE).exists()


def test_a_read_only_folder_is_named_and_buying_disabled(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    real_book(source / "orders.sqlite3")
    with read_only_folder(source, tmp_path / "ro") as folder:
        data_dir, problem = open_data_dir(folder)
        assert problem is not None
        assert problem.text == (
            f"TeleAccountHub cannot write to {folder} (it is read-only). Make it writable or "
            "choose another folder with --data-dir."
        )
        opened = open_contents(data_dir, problem, now=NOW)
        try:
            assert opened.buying_disabled
            assert opened.problems[0] is problem
            assert "Buying is disabled until this is fixed" in opened.problems[1].text
            assert opened.order_book.orders(LIVE) == []  # an empty book in memory
        finally:
            opened.order_book.close()
        assert sorted(p.name for p in folder.iterdir()) == ["orders.sqlite3"]  # untouched


def test_a_data_folder_that_cannot_even_be_created_still_opens(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    with read_only_folder(source, tmp_path / "ro") as folder:
        data_dir, problem = open_data_dir(folder / "new" / "data")
        assert problem is not None
        assert "(it is read-only)" in problem.text
        opened = open_contents(data_dir, problem, now=NOW)
        opened.order_book.close()
        assert opened.buying_disabled
        assert opened.settings.notifications_enabled is True  # defaults


def test_a_full_disk_is_named(tmp_path: Path) -> None:
    with full_folder(tmp_path / "full") as folder:
        data_dir, problem = open_data_dir(folder / "data")
        assert problem is None
        real_book(data_dir.orders_db)
        fill(folder)
        data_dir, problem = open_data_dir(folder / "data")
        assert problem is not None
        assert problem.text == (
            f"TeleAccountHub cannot write to {folder / 'data'} (the disk is full). Free some "
            "space or choose another folder with --data-dir."
        )
        opened = open_contents(data_dir, problem, now=NOW)
        opened.order_book.close()
        assert opened.problems[0].text == problem.text
        assert list(data_dir.root.glob("*.broken-*")) == []  # a full disk is not a broken file
        assert not list(data_dir.root.glob(".write-test-*"))


def test_a_corrupt_settings_file_is_set_aside_and_said(tmp_path: Path) -> None:
    data_dir, _ = open_data_dir(tmp_path / "data")
    data_dir.settings_file.write_bytes(b"\xff{")
    opened = open_contents(data_dir, now=NOW)
    opened.order_book.close()
    (said,) = opened.problems
    (aside,) = data_dir.root.glob("settings.json.broken-*")
    assert re.search(rf"set aside as {re.escape(str(aside))}; the defaults are used", said.text)
    assert aside.read_bytes() == b"\xff{"
