from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.local.orders_csv import COLUMNS
from tests.local.builders import API_KEY, LIVE_URL, OTHER_API_KEY, checkout, order

LIVE = AccountRef.from_key(LIVE_URL, API_KEY)
T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def book(tmp_path: Path) -> Iterator[OrderBook]:
    with OrderBook(tmp_path / "orders.sqlite3") as opened:
        yield opened


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_has_a_header_and_one_exact_row_per_order(book: OrderBook, tmp_path: Path) -> None:
    book.record_checkout(LIVE, checkout(1, charged="0.29900"), category_id=86, placed_at=T0)
    book.record_checkout(
        LIVE,
        checkout(
            2, charged="12345678901234567890.123456789", display="$12,345,678,901,234,567,890.12"
        ),
        placed_at=T0 + timedelta(minutes=1),
    )
    book.track(LIVE, order(3, product_name="Україна +380"), now=T0 + timedelta(minutes=2))
    book.record_checkout(AccountRef.from_key(LIVE_URL, OTHER_API_KEY), checkout(9), placed_at=T0)
    target = tmp_path / "export" / "orders.csv"

    assert book.export_csv(LIVE, target) == 3

    with target.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == [name for name, _ in COLUMNS]
    rows = _read(target)
    assert [r["order_id"] for r in rows] == ["3", "2", "1"]  # newest first, this account only
    assert rows[2]["charged_usd"] == "0.29900"
    assert rows[1]["charged_usd"] == "12345678901234567890.123456789"
    assert rows[1]["charged_display"] == "$12,345,678,901,234,567,890.12"
    assert rows[0]["charged_usd"] == ""
    assert rows[0]["source"] == "tracked"
    assert rows[0]["product_name"] == "Україна +380"
    assert rows[2]["category_id"] == "86"
    assert rows[1]["category_id"] == ""
    assert rows[2]["placed_at"] == "2025-03-01T12:00:00.000000+00:00"
    assert rows[2]["download_ready"] == "false"
    assert rows[2]["status"] == "processing"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8


def test_money_is_never_written_in_exponent_form(book: OrderBook, tmp_path: Path) -> None:
    book.record_checkout(LIVE, checkout(1, charged="1E+2"), placed_at=T0)
    book.record_checkout(LIVE, checkout(2, charged="0.0000001"), placed_at=T0)
    book.export_csv(LIVE, tmp_path / "o.csv")
    assert sorted(r["charged_usd"] for r in _read(tmp_path / "o.csv")) == ["0.0000001", "100"]


def test_text_that_a_spreadsheet_would_run_is_neutralised(book: OrderBook, tmp_path: Path) -> None:
    book.track(LIVE, order(1, product_name='=HYPERLINK("http://evil.example","x")'), now=T0)
    book.track(LIVE, order(2, product_name="@SUM(A1)"), now=T0)
    book.export_csv(LIVE, tmp_path / "o.csv")
    names = {r["order_id"]: r["product_name"] for r in _read(tmp_path / "o.csv")}
    assert names == {"1": '\'=HYPERLINK("http://evil.example","x")', "2": "'@SUM(A1)"}


def test_export_replaces_an_old_file_and_leaves_no_temporary_file(
    book: OrderBook, tmp_path: Path
) -> None:
    target = tmp_path / "orders.csv"
    target.write_text("old contents that must go\n", encoding="utf-8")
    assert book.export_csv(LIVE, target) == 0
    assert _read(target) == []
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
