"""The order book records when an order's ZIP was saved; books from before that say "unknown"."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from teleaccounthub.local import utc
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.migrate import migrate
from teleaccounthub.local.orderbook import MIGRATIONS, OrderBook
from tests.orders.builders import KEY_A, LIVE_URL, checkout_result, order

LIVE = AccountRef.from_key(LIVE_URL, KEY_A)
T0 = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def test_each_save_records_its_time_and_the_latest_is_kept(tmp_path: Path) -> None:
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        book.record_checkout(LIVE, checkout_result(74, status="completed"), placed_at=T0)
        assert book.get(LIVE, 74).saved_at is None  # type: ignore[union-attr]
        first = book.record_download(LIVE, 74, Path("/z/a.zip"), 10, "0" * 64, now=T0)
        assert first.saved_at == T0
        later = T0 + timedelta(hours=2)
        second = book.record_download(LIVE, 74, Path("/z/b.zip"), 10, "0" * 64, now=later)
        assert second.saved_at == later
        # A polling answer afterwards keeps it.
        book.update_from_server(
            LIVE, order(74, status="completed"), now=later + timedelta(minutes=1)
        )
        assert book.get(LIVE, 74).saved_at == later  # type: ignore[union-attr]


def test_a_book_from_before_saved_at_opens_with_its_saved_orders_unknown(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(old, isolation_level=None)
    migrate(raw, MIGRATIONS[:-1])
    raw.execute(
        "INSERT INTO orders (base_url, account, order_id, order_number, product_id, "
        "product_name, quantity, status, download_ready, placed_at, saved_path, file_size, "
        "sha256, source) VALUES (?, ?, 74, '10094', 56, 'Philippines +63', 1, 'completed', 1, "
        "?, '/z/a.zip', 10, ?, 'checkout')",
        (LIVE.base_url, LIVE.fingerprint, utc.to_text(T0), "0" * 64),
    )
    raw.close()
    with OrderBook(old) as upgraded:
        record = upgraded.get(LIVE, 74)
        assert record is not None
        assert record.saved_path == "/z/a.zip"
        assert record.saved_at is None
        saved = upgraded.record_download(LIVE, 74, Path("/z/a.zip"), 10, "0" * 64, now=T0)
        assert saved.saved_at == T0
