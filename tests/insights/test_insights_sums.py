"""Spending sums: exact Decimals, calendar days in the customer's time zone (DST included)."""

from __future__ import annotations

import csv
import io
import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from teleaccounthub.local.balance_history import BalanceSnapshot
from teleaccounthub.services.insights import (
    FIGURES_HEADER,
    export_insights_csv,
    insights_rows,
    spend_insights,
)
from tests.insights.records import record

BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_sums_are_exact_decimals() -> None:
    now = utc(2026, 12, 1, 12)
    records = [
        record(1, now - timedelta(hours=1), "0.7245"),
        record(2, now - timedelta(hours=2), "1.449"),
        record(3, now - timedelta(hours=3), "0.1"),
        record(4, now - timedelta(hours=4), "0.2"),
    ]
    insights = spend_insights(records, now=now, tz=UTC)
    assert insights.today == Decimal("2.4735")
    assert insights.total == Decimal("2.4735")
    assert isinstance(insights.today, Decimal)
    assert insights.counted == 4


def test_a_day_is_the_local_calendar_day_across_the_spring_dst_change() -> None:
    # Berlin went from 02:00 CET to 03:00 CEST at 01:00 UTC on 29 March 2026.
    now = utc(2026, 3, 29, 12)  # 14:00 CEST
    records = [
        record(1, utc(2026, 3, 28, 22, 59, 59), "1"),  # 23:59:59 CET on the 28th
        record(2, utc(2026, 3, 28, 23, 0, 0), "10"),  # midnight: the 29th
        record(3, utc(2026, 3, 29, 0, 30), "100"),  # 01:30 CET
        record(4, utc(2026, 3, 29, 1, 30), "1000"),  # 03:30 CEST
        record(5, utc(2026, 3, 29, 21, 59, 59), "10000"),  # 23:59:59 CEST: still today
    ]
    berlin = spend_insights(records, now=now, tz=BERLIN)
    assert berlin.today == Decimal("11110")
    assert berlin.days[-1] == type(berlin.days[-1])(date(2026, 3, 29), Decimal("11110"))
    assert berlin.days[-2].amount == Decimal("1")
    in_utc = spend_insights(records, now=now, tz=UTC)
    assert in_utc.today == Decimal("11100")
    assert in_utc.days[-2].amount == Decimal("11")


def test_the_autumn_dst_change_has_a_25_hour_day() -> None:
    # 25 October 2026: 03:00 CEST becomes 02:00 CET; the local day lasts 25 hours.
    start = utc(2026, 10, 24, 22)  # 00:00 CEST on the 25th
    end = utc(2026, 10, 25, 23)  # 00:00 CET on the 26th
    records = [
        record(1, start - timedelta(seconds=1), "1"),
        record(2, start, "2"),
        record(3, end - timedelta(seconds=1), "4"),
        record(4, end, "8"),
    ]
    insights = spend_insights(records, now=end + timedelta(hours=1), tz=BERLIN)
    by_day = {d.day: d.amount for d in insights.days}
    assert by_day[date(2026, 10, 24)] == Decimal("1")
    assert by_day[date(2026, 10, 25)] == Decimal("6")
    assert by_day[date(2026, 10, 26)] == Decimal("8")


def test_this_month_and_the_last_7_days_follow_the_local_date() -> None:
    # 00:30 on 1 December in Auckland (NZDT, +13) is still 30 November in UTC.
    now = utc(2026, 11, 30, 11, 30)
    records = [
        record(1, utc(2026, 11, 30, 10, 0), "1"),  # 23:00 on 30 Nov in Auckland
        record(2, utc(2026, 11, 30, 11, 5), "2"),  # 00:05 on 1 Dec in Auckland
        record(3, utc(2026, 11, 24, 12, 0), "4"),  # 25 Nov local: 6 days before
        record(4, utc(2026, 11, 23, 10, 0), "8"),  # 23 Nov 23:00 local: 8 days before
    ]
    auckland = spend_insights(records, now=now, tz=AUCKLAND)
    assert auckland.today == Decimal("2")
    assert auckland.this_month == Decimal("2")
    assert auckland.last_7_days == Decimal("7")
    assert auckland.total == Decimal("15")
    in_utc = spend_insights(records, now=now, tz=UTC)
    assert in_utc.today == Decimal("3")
    assert in_utc.this_month == Decimal("15")
    assert in_utc.last_7_days == Decimal("7")  # 24 to 30 November


@pytest.fixture
def new_york_clock() -> Iterator[None]:
    """The computer's own time zone set to New York for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.mark.usefixtures("new_york_clock")
def test_without_a_time_zone_the_computers_own_is_used_with_its_dst() -> None:
    now = utc(2026, 3, 9, 12)  # New York moved to EDT on 8 March 2026 at 07:00 UTC
    records = [
        record(1, utc(2026, 3, 8, 4, 59), "1"),  # 23:59 EST on the 7th
        record(2, utc(2026, 3, 8, 5, 0), "2"),  # 00:00 EST on the 8th
        record(3, utc(2026, 3, 9, 3, 59), "4"),  # 23:59 EDT on the 8th
        record(4, utc(2026, 3, 9, 4, 0), "8"),  # 00:00 EDT on the 9th
    ]
    insights = spend_insights(records, now=now)
    by_day = {d.day: d.amount for d in insights.days}
    assert by_day[date(2026, 3, 7)] == Decimal("1")
    assert by_day[date(2026, 3, 8)] == Decimal("6")
    assert insights.today == Decimal("8")


def test_failed_and_tracked_orders_are_left_out_and_counted_as_such() -> None:
    now = utc(2026, 12, 1, 12)
    records = [
        record(1, now, "5"),
        record(2, now, "7", status="failed"),
        record(3, now, "9", status="cancelled"),
        record(4, now, None),  # tracked by id: its charge is not known
        record(5, now, "3", status="processing"),
    ]
    insights = spend_insights(records, now=now, tz=UTC)
    assert insights.total == Decimal("8")
    assert (insights.counted, insights.not_counted) == (2, 3)


def test_thirty_days_oldest_first_with_the_empty_ones_and_top_products_by_spend() -> None:
    now = utc(2026, 12, 15, 12)
    records = [
        record(1, now, "2.50", product_id=1, product_name="Kenya +254", quantity=5),
        record(2, now - timedelta(days=29), "0.75", product_id=2, product_name="Chile +56"),
        record(3, now - timedelta(days=30), "9", product_id=2, product_name="Chile +56"),
        record(4, now - timedelta(days=3), "1.25", product_id=1, product_name="Kenya", quantity=2),
    ]
    insights = spend_insights(records, now=now, tz=UTC)
    assert len(insights.days) == 30
    assert insights.days[0].day == date(2026, 11, 16)
    assert insights.days[-1].day == date(2026, 12, 15)
    assert sum(d.amount for d in insights.days) == Decimal("4.50")
    assert [d.amount for d in insights.days].count(Decimal(0)) == 27
    top = insights.top_products
    assert [(p.product_id, p.amount, p.quantity, p.orders) for p in top] == [
        (2, Decimal("9.75"), 2, 2),
        (1, Decimal("3.75"), 7, 2),
    ]
    assert top[1].product_name == "Kenya +254"  # the name of its newest order
    assert spend_insights(records, now=now, tz=UTC, top=1).top_products == top[:1]


def test_the_csv_keeps_exact_amounts_and_defuses_formulas(tmp_path: Path) -> None:
    now = utc(2026, 12, 1, 12)
    records = [record(1, now, "0.7245", product_name='=HYPERLINK("http://x")')]
    balance = [BalanceSnapshot(now - timedelta(hours=1), Decimal("-1.50"))]
    insights = spend_insights(records, balance, now=now, tz=UTC)
    path = tmp_path / "insights.csv"
    rows = export_insights_csv(insights, path)
    assert rows == len(insights_rows(insights)) == 4 + 30 + 1 + 1
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == FIGURES_HEADER
    assert table[1] == ["spent", "today", "0.7245", "", ""]
    assert table[4] == ["spent", "total", "0.7245", "", "1"]
    assert ["product", '\'=HYPERLINK("http://x")', "0.7245", "1", "1"] in table
    assert table[-1] == ["balance", "2026-12-01T11:00:00.000000+00:00", "-1.50", "", ""]
