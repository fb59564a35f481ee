from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import (
    MIGRATIONS,
    OrderBook,
    OrderBookError,
    OrderRecord,
    UnknownOrder,
)
from tests.local.builders import (
    API_KEY,
    LIVE_URL,
    OTHER_API_KEY,
    SANDBOX_URL,
    checkout,
    order,
)

LIVE = AccountRef.from_key(LIVE_URL, API_KEY)
T0 = datetime(2025, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "orders.sqlite3"


@pytest.fixture
def book(db_path: Path) -> Iterator[OrderBook]:
    with OrderBook(db_path) as opened:
        yield opened


def test_every_field_round_trips_exactly(db_path: Path) -> None:
    zone = timezone(timedelta(hours=8))
    name = "Côte d’Ivoire +225 — 🇨🇮"
    with OrderBook(db_path) as book:
        book.record_checkout(
            LIVE,
            checkout(74, charged="0.29900", product_name=name),
            category_id=86,
            placed_at=T0.astimezone(zone),
        )
        book.update_from_server(
            LIVE,
            order(
                74,
                status="completed",
                download_ready=True,
                download_filename="order-74.zip",
                product_name=name,
            ),
            now=T0 + timedelta(minutes=2),
        )
        book.record_download(
            LIVE,
            74,
            Path("/tmp/ZIPs/order-74.zip"),
            123_456,
            "AB" * 32,
            now=(T0 + timedelta(minutes=3)).astimezone(zone),
        )

    with OrderBook(db_path) as reopened:
        record = reopened.get(LIVE, 74)
    assert record == OrderRecord(
        base_url=LIVE_URL,
        account=LIVE.fingerprint,
        order_id=74,
        order_number="10094",
        product_id=2281,
        product_name=name,
        quantity=3,
        category_id=86,
        charged_usd=Decimal("0.29900"),
        charged_display="$0.30",
        local_order_id=374,
        status="completed",
        download_ready=True,
        download_filename="order-74.zip",
        placed_at=T0,
        completed_at=T0 + timedelta(minutes=2),
        checked_at=T0 + timedelta(minutes=2),
        saved_path=str(Path("/tmp/ZIPs/order-74.zip")),
        file_size=123_456,
        sha256="ab" * 32,
        source="checkout",
        saved_at=T0 + timedelta(minutes=3),
    )
    assert isinstance(record.charged_usd, Decimal)
    assert str(record.charged_usd) == "0.29900"  # not 0.299, not a float
    for moment in (record.placed_at, record.completed_at, record.checked_at, record.saved_at):
        assert moment is not None
        assert moment.utcoffset() == timedelta(0)
    assert record.is_completed
    assert record.is_saved
    assert not record.is_processing


def test_checkout_record_before_any_poll(book: OrderBook) -> None:
    record = book.record_checkout(LIVE, checkout(75), placed_at=T0)
    assert record.source == "checkout"
    assert record.status == "processing"
    assert record.is_processing
    assert not record.is_completed
    assert not record.is_saved
    assert record.category_id is None
    assert record.completed_at is None
    assert record.checked_at is None
    assert record.saved_path is None
    assert record.file_size is None
    assert record.sha256 is None
    assert book.get(LIVE, 75) == record


def test_naive_datetimes_are_refused(book: OrderBook) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        book.record_checkout(LIVE, checkout(), placed_at=datetime(2025, 1, 1, 12, 0))
    assert book.orders(LIVE) == []


def test_orders_are_newest_first(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(10), placed_at=T0 + timedelta(minutes=1))
    book.record_checkout(LIVE, checkout(11), placed_at=T0 + timedelta(minutes=3))
    book.record_checkout(LIVE, checkout(12), placed_at=T0)
    # Same instant: the higher id (placed later by the store) first.
    book.record_checkout(LIVE, checkout(13), placed_at=T0 + timedelta(minutes=3))
    book.track(LIVE, order(9), now=T0 + timedelta(minutes=2))
    assert [r.order_id for r in book.orders(LIVE)] == [13, 11, 9, 10, 12]


def test_times_in_other_zones_sort_by_instant(book: OrderBook) -> None:
    # 13:00+02:00 is 11:00 UTC: earlier than 12:00 UTC although its local hour is later.
    book.record_checkout(LIVE, checkout(1), placed_at=datetime(2025, 1, 1, 12, tzinfo=UTC))
    plus_two = timezone(timedelta(hours=2))
    book.record_checkout(LIVE, checkout(2), placed_at=datetime(2025, 1, 1, 13, tzinfo=plus_two))
    assert [r.order_id for r in book.orders(LIVE)] == [1, 2]


def test_accounts_and_stores_never_see_each_others_orders(book: OrderBook) -> None:
    other_key = AccountRef.from_key(LIVE_URL, OTHER_API_KEY)
    sandbox = AccountRef.from_key(SANDBOX_URL, API_KEY)
    book.record_checkout(LIVE, checkout(74, charged="1.00"), placed_at=T0)
    book.record_checkout(other_key, checkout(74, charged="2.00"), placed_at=T0)
    book.record_checkout(sandbox, checkout(74, charged="3.00"), placed_at=T0)
    book.record_checkout(sandbox, checkout(80), placed_at=T0)

    assert [r.charged_usd for r in book.orders(LIVE)] == [Decimal("1.00")]
    assert [r.charged_usd for r in book.orders(other_key)] == [Decimal("2.00")]
    assert [r.order_id for r in book.orders(sandbox)] == [80, 74]
    assert book.get(LIVE, 80) is None
    assert [r.order_id for r in book.processing(LIVE)] == [74]

    book.update_from_server(other_key, order(74, status="completed", download_ready=True))
    book.record_download(sandbox, 74, Path("/z.zip"), 1, "0" * 64)
    live = book.get(LIVE, 74)
    assert live is not None
    assert live.status == "processing"
    assert not live.is_saved
    with pytest.raises(UnknownOrder):
        book.record_download(LIVE, 80, Path("/z.zip"), 1, "0" * 64)


def test_processing_lists_only_unfinished_orders(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(1), placed_at=T0)
    book.record_checkout(LIVE, checkout(2), placed_at=T0 + timedelta(seconds=1))
    book.record_checkout(LIVE, checkout(3), placed_at=T0 + timedelta(seconds=2))
    book.record_checkout(LIVE, checkout(4), placed_at=T0 + timedelta(seconds=3))
    book.update_from_server(LIVE, order(2, status="completed", download_ready=True))
    book.update_from_server(LIVE, order(3, status="failed"))
    book.update_from_server(LIVE, order(4, status="queued"))  # unknown to us: keep polling
    processing = book.processing(LIVE)
    assert [r.order_id for r in processing] == [4, 1]
    assert all(r.is_processing for r in processing)
    everything = {r.order_id: r for r in book.orders(LIVE)}
    assert not everything[2].is_processing
    assert not everything[3].is_processing


def test_completed_at_is_set_once_and_checked_at_every_time(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    first = book.update_from_server(LIVE, order(74), now=T0 + timedelta(seconds=5))
    assert first.completed_at is None
    assert first.checked_at == T0 + timedelta(seconds=5)
    done = order(74, status="completed", download_ready=True, download_filename="order-74.zip")
    second = book.update_from_server(LIVE, done, now=T0 + timedelta(seconds=10))
    third = book.update_from_server(
        LIVE, order(74, status="completed", download_ready=True), now=T0 + timedelta(seconds=60)
    )
    assert second.completed_at == T0 + timedelta(seconds=10)
    assert third.completed_at == T0 + timedelta(seconds=10)
    assert third.checked_at == T0 + timedelta(seconds=60)
    # A later answer without a file name does not erase the one the store gave.
    assert third.download_filename == "order-74.zip"
    # What the checkout recorded stays.
    assert third.charged_usd == Decimal("0.299")
    assert third.source == "checkout"
    assert third.placed_at == T0


def test_track_adds_an_order_placed_elsewhere_idempotently(book: OrderBook) -> None:
    tracked = book.track(LIVE, order(500), now=T0)
    assert tracked.source == "tracked"
    assert tracked.placed_at == T0
    assert tracked.checked_at == T0
    assert tracked.charged_usd is None
    assert tracked.charged_display is None
    assert tracked.local_order_id is None
    assert tracked.category_id is None
    again = book.track(LIVE, order(500), now=T0 + timedelta(hours=1))
    assert again.placed_at == T0
    assert [r.order_id for r in book.orders(LIVE)] == [500]

    completed = book.track(LIVE, order(501, status="completed", download_ready=True), now=T0)
    assert completed.is_completed
    assert completed.completed_at == T0


def test_tracking_a_checked_out_order_keeps_what_was_paid(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    record = book.track(LIVE, order(74), now=T0 + timedelta(hours=1))
    assert record.source == "checkout"
    assert record.charged_usd == Decimal("0.299")
    assert record.placed_at == T0


def test_update_of_an_unknown_order_adds_it_as_tracked(book: OrderBook) -> None:
    record = book.update_from_server(LIVE, order(9), now=T0)
    assert record.source == "tracked"
    assert book.get(LIVE, 9) == record


def test_record_download_of_an_unknown_order_raises(book: OrderBook) -> None:
    with pytest.raises(UnknownOrder):
        book.record_download(LIVE, 1, Path("/x.zip"), 10, "0" * 64)


def test_order_record_fields_are_the_documented_ones() -> None:
    assert [f.name for f in fields(OrderRecord)] == [
        "base_url", "account", "order_id", "order_number", "product_id", "product_name",
        "quantity", "category_id", "charged_usd", "charged_display", "local_order_id", "status",
        "download_ready", "download_filename", "placed_at", "completed_at", "checked_at",
        "saved_path", "file_size", "sha256", "source", "saved_at",
    ]  # fmt: skip


# -- the file ------------------------------------------------------------------------------------


def test_wal_full_sync_and_schema_version(book: OrderBook, db_path: Path) -> None:
    assert book._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    finally:
        raw.close()


def test_an_empty_file_is_migrated(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with OrderBook(db_path) as book:
        assert book.orders(LIVE) == []
        book.record_checkout(LIVE, checkout(), placed_at=T0)
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert raw.execute("SELECT count(*) FROM orders").fetchone()[0] == 1
    finally:
        raw.close()


def test_reopening_keeps_orders_and_does_not_migrate_again(db_path: Path) -> None:
    with OrderBook(db_path) as book:
        book.record_checkout(LIVE, checkout(1), placed_at=T0)
    with OrderBook(db_path) as book:
        book.record_checkout(LIVE, checkout(2), placed_at=T0 + timedelta(seconds=1))
    with OrderBook(db_path) as book:
        assert [r.order_id for r in book.orders(LIVE)] == [2, 1]


def test_a_newer_schema_is_refused_not_damaged(db_path: Path) -> None:
    with OrderBook(db_path) as book:
        book.record_checkout(LIVE, checkout(), placed_at=T0)
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    raw.close()
    with pytest.raises(OrderBookError, match="newer version"):
        OrderBook(db_path)
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("SELECT count(*) FROM orders").fetchone()[0] == 1
    finally:
        raw.close()


def test_a_file_that_is_not_a_database_is_refused_not_overwritten(db_path: Path) -> None:
    junk = b"this is not a database, but maybe someone's notes\n" * 100
    db_path.write_bytes(junk)
    with pytest.raises(OrderBookError, match="cannot be opened"):
        OrderBook(db_path)
    assert db_path.read_bytes() == junk


def test_the_key_is_nowhere_in_the_database_files(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    sandbox = AccountRef.from_key(SANDBOX_URL, API_KEY)
    book = OrderBook(folder / "orders.sqlite3")
    try:
        for order_id in range(1, 30):
            book.record_checkout(sandbox, checkout(order_id), placed_at=T0)
            book.update_from_server(sandbox, order(order_id, status="completed"), now=T0)
        book.record_download(sandbox, 1, folder / "order-1.zip", 5, "0" * 64)
        # While open, the WAL holds the data too.
        _assert_key_absent(folder)
    finally:
        book.close()
    _assert_key_absent(folder)


def _assert_key_absent(folder: Path) -> None:
    files = [p for p in folder.iterdir() if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert API_KEY.encode() not in data, path.name
        assert API_KEY.encode("utf-16-le") not in data, path.name
        assert b"tgsk_" not in data, path.name


def _files(db_path: Path) -> list[tuple[int, int]]:
    """(mtime_ns, size) of the database file and its WAL: what a write would touch."""
    wal = db_path.with_name(db_path.name + "-wal")
    return [(p.stat().st_mtime_ns, p.stat().st_size) for p in (db_path, wal) if p.exists()]


def test_an_unchanged_answer_writes_nothing(book: OrderBook, db_path: Path) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    first = book.update_from_server(LIVE, order(74), now=T0 + timedelta(seconds=5))
    assert first.checked_at == T0 + timedelta(seconds=5)
    changes, files = book._db.total_changes, _files(db_path)
    statements: list[str] = []
    book._db.set_trace_callback(statements.append)

    again = book.update_from_server(LIVE, order(74), now=T0 + timedelta(seconds=9))

    assert book._db.total_changes == changes
    assert _files(db_path) == files
    assert not [s for s in statements if s.split()[0].upper() in {"BEGIN", "INSERT", "COMMIT"}]
    # The answer's time is in the returned record; on disk is the last answer that changed it.
    assert again.checked_at == T0 + timedelta(seconds=9)
    stored = book.get(LIVE, 74)
    assert stored is not None
    assert stored.checked_at == T0 + timedelta(seconds=5)
    assert stored == first


def test_a_changed_answer_is_written_and_durable_when_it_returns(
    book: OrderBook, db_path: Path
) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    book.update_from_server(LIVE, order(74), now=T0 + timedelta(seconds=5))
    changes = book._db.total_changes
    done = order(74, status="completed", download_ready=True, download_filename="order-74.zip")
    record = book.update_from_server(LIVE, done, now=T0 + timedelta(seconds=9))
    assert book._db.total_changes == changes + 2  # the order, and its status history
    assert not book._db.in_transaction
    other = sqlite3.connect(db_path)
    try:
        row = other.execute("SELECT status, checked_at FROM orders WHERE order_id = 74").fetchone()
    finally:
        other.close()
    assert row[0] == "completed"
    assert record.checked_at == T0 + timedelta(seconds=9)
    assert record.completed_at == T0 + timedelta(seconds=9)
    # A renamed product is a change too.
    renamed = book.update_from_server(LIVE, order(75, product_name="Nigeria +234 (new)"))
    assert book.update_from_server(LIVE, order(75)).product_name == "Nigeria +234"
    assert renamed.product_name == "Nigeria +234 (new)"


def test_one_polling_round_is_one_transaction(book: OrderBook) -> None:
    for order_id in (1, 2, 3):
        book.record_checkout(LIVE, checkout(order_id), placed_at=T0)
    book.update_many_from_server(LIVE, [order(1), order(2), order(3)], now=T0)
    statements: list[str] = []
    book._db.set_trace_callback(statements.append)

    answers = book.update_many_from_server(
        LIVE,
        [order(1, status="completed", download_ready=True), order(2), order(3, status="failed")],
        now=T0 + timedelta(seconds=30),
    )

    assert [s.split()[0].upper() for s in statements].count("BEGIN") == 1
    assert [s.split()[0].upper() for s in statements].count("COMMIT") == 1
    assert [(a.record.order_id, a.written) for a in answers] == [(1, True), (2, False), (3, True)]
    assert [a.previous.status for a in answers if a.previous is not None] == ["processing"] * 3
    assert all(a.record.checked_at == T0 + timedelta(seconds=30) for a in answers)
    assert [r.order_id for r in book.processing(LIVE)] == [2]


def test_confirm_writes_an_unchanged_answers_check_time(book: OrderBook) -> None:
    book.record_checkout(LIVE, checkout(74), placed_at=T0)
    book.update_from_server(LIVE, order(74), now=T0)
    (answer,) = book.update_many_from_server(
        LIVE, [order(74)], now=T0 + timedelta(minutes=1), confirm={74}
    )
    assert answer.written
    stored = book.get(LIVE, 74)
    assert stored is not None
    assert stored.checked_at == T0 + timedelta(minutes=1)
    (answer,) = book.update_many_from_server(LIVE, [order(74)], now=T0 + timedelta(minutes=2))
    assert not answer.written
