"""The order list as CSV: one row per order, money as exact decimal text."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from teleaccounthub.local import utc
from teleaccounthub.local.order_record import OrderRecord

# Spreadsheets run cells that start with these as formulas; text from the store is not trusted.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str | None) -> str:
    if value is None:
        return ""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _money(value: Decimal | None) -> str:
    return "" if value is None else format(value, "f")


def _moment(value: datetime | None) -> str:
    return "" if value is None else utc.to_text(value)


COLUMNS: tuple[tuple[str, Callable[[OrderRecord], str]], ...] = (
    ("order_id", lambda r: _number(r.order_id)),
    ("order_number", lambda r: _text(r.order_number)),
    ("placed_at", lambda r: _moment(r.placed_at)),
    ("status", lambda r: _text(r.status)),
    ("product_id", lambda r: _number(r.product_id)),
    ("product_name", lambda r: _text(r.product_name)),
    ("quantity", lambda r: _number(r.quantity)),
    ("category_id", lambda r: _number(r.category_id)),
    ("charged_usd", lambda r: _money(r.charged_usd)),
    ("charged_display", lambda r: _text(r.charged_display)),
    ("local_order_id", lambda r: _number(r.local_order_id)),
    ("download_ready", lambda r: "true" if r.download_ready else "false"),
    ("download_filename", lambda r: _text(r.download_filename)),
    ("completed_at", lambda r: _moment(r.completed_at)),
    ("checked_at", lambda r: _moment(r.checked_at)),
    ("saved_path", lambda r: _text(r.saved_path)),
    ("file_size", lambda r: _number(r.file_size)),
    ("sha256", lambda r: _text(r.sha256)),
    ("source", lambda r: _text(r.source)),
    ("base_url", lambda r: _text(r.base_url)),
    ("saved_at", lambda r: _moment(r.saved_at)),
)


def orders_csv(records: Iterable[OrderRecord]) -> tuple[str, int]:
    """The CSV text (header first) and the number of order rows in it."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([name for name, _ in COLUMNS])
    rows = 0
    for record in records:
        writer.writerow([cell(record) for _, cell in COLUMNS])
        rows += 1
    return buffer.getvalue(), rows


_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")


def figures_csv(header: Sequence[str], rows: Iterable[Sequence[str]]) -> tuple[str, int]:
    """Any table of text cells as CSV (header first; cells guarded like the order CSV's), and
    the number of rows: the insights' figures are exported with it."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(list(header))
    count = 0
    for row in rows:
        writer.writerow([cell if _NUMBER.match(cell) else _text(cell) for cell in row])
        count += 1
    return buffer.getvalue(), count
