"""What an account has spent, from the order book: exact sums per local day, week, month, and by
product, and the balance over time, plus the same figures as CSV rows.

Days are calendar days in the local time zone (``tz``; None: the computer's, with its daylight
saving rules applied to each moment on its own), so an order at 00:30 belongs to the day it was
placed as the customer lived it. What is counted is what was charged: orders bought in this app
(an order tracked by id has no known charge) that did not fail or get cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Final

from teleaccounthub.local import utc
from teleaccounthub.local.atomic import atomic_write_text
from teleaccounthub.local.balance_history import BalanceSnapshot
from teleaccounthub.local.order_record import FINAL_FAILURES, OrderRecord
from teleaccounthub.local.orders_csv import figures_csv

CHART_DAYS: Final = 30
TOP_PRODUCTS: Final = 10
ZERO: Final = Decimal(0)


@dataclass(frozen=True, slots=True)
class DaySpend:
    day: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ProductSpend:
    product_id: int
    product_name: str
    amount: Decimal
    quantity: int
    orders: int


@dataclass(frozen=True, slots=True)
class Insights:
    today: Decimal
    last_7_days: Decimal
    this_month: Decimal
    total: Decimal
    days: tuple[DaySpend, ...]
    """The last ``CHART_DAYS`` local days, oldest first, days without spending included."""
    top_products: tuple[ProductSpend, ...]
    balance: tuple[BalanceSnapshot, ...]
    counted: int
    """Orders whose charge is in the sums."""
    not_counted: int
    """Orders left out: no known charge (placed elsewhere), or failed or cancelled."""


def local_day(moment: datetime, tz: tzinfo | None) -> date:
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


def counts(record: OrderRecord) -> bool:
    return record.charged_usd is not None and record.status not in FINAL_FAILURES


def spend_insights(
    records: Iterable[OrderRecord],
    balance: Iterable[BalanceSnapshot] = (),
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    chart_days: int = CHART_DAYS,
    top: int = TOP_PRODUCTS,
) -> Insights:
    today = local_day(now if now is not None else utc.utc_now(), tz)
    week_start = today - timedelta(days=6)
    month_start = today.replace(day=1)
    chart_start = today - timedelta(days=chart_days - 1)
    per_day: dict[date, Decimal] = {}
    per_product: dict[int, ProductSpend] = {}
    totals = {"today": ZERO, "week": ZERO, "month": ZERO, "total": ZERO}
    counted = not_counted = 0
    for record in records:
        if not counts(record) or record.charged_usd is None:
            not_counted += 1
            continue
        counted += 1
        amount = record.charged_usd
        day = local_day(record.placed_at, tz)
        totals["total"] += amount
        if day == today:
            totals["today"] += amount
        if week_start <= day <= today:
            totals["week"] += amount
        if month_start <= day <= today:
            totals["month"] += amount
        if chart_start <= day <= today:
            per_day[day] = per_day.get(day, ZERO) + amount
        known = per_product.get(record.product_id)
        per_product[record.product_id] = ProductSpend(
            record.product_id,
            known.product_name if known is not None else record.product_name,
            (known.amount if known is not None else ZERO) + amount,
            (known.quantity if known is not None else 0) + record.quantity,
            (known.orders if known is not None else 0) + 1,
        )
    days = tuple(
        DaySpend(day, per_day.get(day, ZERO))
        for day in (chart_start + timedelta(days=n) for n in range(chart_days))
    )
    ranked = sorted(per_product.values(), key=lambda p: (-p.amount, p.product_name, p.product_id))
    return Insights(
        today=totals["today"],
        last_7_days=totals["week"],
        this_month=totals["month"],
        total=totals["total"],
        days=days,
        top_products=tuple(ranked[:top]),
        balance=tuple(sorted(balance, key=lambda s: s.taken_at)),
        counted=counted,
        not_counted=not_counted,
    )


FIGURES_HEADER: Final = ("section", "label", "amount_usd", "quantity", "orders")


def money(amount: Decimal) -> str:
    return format(amount, "f")


def insights_rows(insights: Insights) -> list[tuple[str, ...]]:
    """The figures as rows for a spreadsheet: exact decimal text, ISO dates and times."""
    rows: list[tuple[str, ...]] = [
        ("spent", "today", money(insights.today), "", ""),
        ("spent", "last 7 days", money(insights.last_7_days), "", ""),
        ("spent", "this month", money(insights.this_month), "", ""),
        ("spent", "total", money(insights.total), "", str(insights.counted)),
    ]
    rows += [("day", d.day.isoformat(), money(d.amount), "", "") for d in insights.days]
    rows += [
        ("product", p.product_name, money(p.amount), str(p.quantity), str(p.orders))
        for p in insights.top_products
    ]
    rows += [
        ("balance", utc.to_text(s.taken_at), money(s.balance_usd), "", "") for s in insights.balance
    ]
    return rows


def export_insights_csv(insights: Insights, path: Path) -> int:
    """Write the figures to ``path`` atomically (UTF-8 with a BOM, like the order CSV)."""
    text, rows = figures_csv(FIGURES_HEADER, insights_rows(insights))
    atomic_write_text(path, text, encoding="utf-8-sig")
    return rows
