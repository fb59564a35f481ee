"""The order list as a table model: one account's orders, newest first.

Above the orders stand the purchases whose outcome is unknown (the purchase journal's open and
unknown intents), one row each with the status "Outcome unknown", so nothing is hidden: they stay
until the customer dismisses them or the order they became is tracked.

A row can carry a note from the tracker — the store refused the order for good ("Stopped"), or
its last answer could not be read — shown as the status text with the explanation as tooltip,
until a newer record of the order arrives.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.journal import PurchaseIntent
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.formatting import (
    exact_usd,
    group_digits,
    moment_text,
    short_moment_text,
    usd,
)
from teleaccounthub.services.order_tracker import belongs_to
from teleaccounthub.services.store_money import amount_text
from teleaccounthub.ui.orders.order_status import status_name

OrdersText = TrContext("OrdersText")


def placed_text(when: datetime, now: datetime) -> str:
    """``1 Dec 14:49`` (the year too when it is not this one): short, and true on any day."""
    local = when.astimezone()
    text = short_moment_text(when)
    return text if local.year == now.astimezone().year else f"{text} {local.year}"


class Column(enum.IntEnum):
    NUMBER = 0
    ID = 1
    PRODUCT = 2
    QTY = 3
    CHARGED = 4
    STATUS = 5
    PLACED = 6
    SAVED = 7


class Role(enum.IntEnum):
    # The row's ``OrderRecord`` (None on the rows of unknown outcomes).
    ORDER = int(Qt.ItemDataRole.UserRole) + 1
    # For processing orders: a float in [0, 1) for the status bar; None otherwise.
    PROGRESS = int(Qt.ItemDataRole.UserRole) + 2
    # For the rows of purchases with an unknown outcome: the ``PurchaseIntent``; None otherwise.
    INTENT = int(Qt.ItemDataRole.UserRole) + 3


def headers() -> dict[Column, str]:
    return {
        Column.NUMBER: OrdersText.tr("Order #"),
        Column.ID: OrdersText.tr("ID", "the order's id in the store's API"),
        Column.PRODUCT: OrdersText.tr("Product"),
        Column.QTY: OrdersText.tr("Qty", "quantity, a short column header"),
        Column.CHARGED: OrdersText.tr("Charged"),
        Column.STATUS: OrdersText.tr("Status"),
        Column.PLACED: OrdersText.tr("Placed"),
        Column.SAVED: OrdersText.tr("Saved to"),
    }


def outcome_unknown_text() -> str:
    return OrdersText.tr("Outcome unknown")


# The API gives no percentage: the bar creeps towards full with elapsed time, never reaching it.
_PROGRESS_TIME_CONSTANT = 20.0

AnyIndex = QModelIndex | QPersistentModelIndex


def stopped_text() -> str:
    return OrdersText.tr("Stopped", "an order no longer checked")


def unreadable_text() -> str:
    return OrdersText.tr("Answer unreadable")


@dataclass(frozen=True, slots=True)
class RowNote:
    """What the status column says instead of the order's status, and why (the tooltip)."""

    message: str
    # The order is no longer polled (until "Check now").
    stopped: bool

    @property
    def status(self) -> str:
        return stopped_text() if self.stopped else unreadable_text()


def utc_now() -> datetime:
    return datetime.now(UTC)


def elapsed_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def status_text(record: OrderRecord, now: datetime) -> str:
    if record.is_processing:
        return OrdersText.tr("Processing · {elapsed}").format(
            elapsed=elapsed_text((now - record.placed_at).total_seconds())
        )
    if record.is_saved:
        return OrdersText.tr("Saved", "an order's ZIP")
    if record.is_completed:
        return OrdersText.tr("Ready", "an order")
    return status_name(record.status)


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Ascending ``rows`` as (first, last) runs of adjacent rows: 1 2 3 7 → (1, 3) (7, 7)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _sort_key(record: OrderRecord) -> tuple[float, int]:
    # bisect keeps ascending order: negate for newest first.
    return (-record.placed_at.timestamp(), -record.order_id)


class OrderTableModel(QAbstractTableModel):
    """Orders of one account (base URL + fingerprint); records of any other are refused."""

    def __init__(
        self, clock: Callable[[], datetime] = utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._account: AccountRef | None = None
        self._records: list[OrderRecord] = []
        self._keys: list[tuple[float, int]] = []
        self._intents: list[PurchaseIntent] = []
        self._notes: dict[int, RowNote] = {}
        self._warning_icon: QIcon | None = None

    @property
    def account(self) -> AccountRef | None:
        return self._account

    def set_orders(self, account: AccountRef | None, records: Iterable[OrderRecord]) -> None:
        """Show ``account``'s orders (all others in ``records`` are dropped)."""
        self.beginResetModel()
        self._account = account
        mine = [r for r in records if account is not None and belongs_to(r, account)]
        mine.sort(key=_sort_key)
        self._records = mine
        self._keys = [_sort_key(r) for r in mine]
        self._intents = []
        self._notes.clear()
        self.endResetModel()

    def set_intents(self, intents: Iterable[PurchaseIntent]) -> None:
        """Show ``intents`` (this account's, unresolved) as "Outcome unknown" rows on top."""
        account = self._account
        mine = [
            intent
            for intent in intents
            if account is not None
            and intent.is_unresolved
            and (intent.base_url, intent.account) == (account.base_url, account.fingerprint)
        ]
        if [i.intent_id for i in mine] == [i.intent_id for i in self._intents]:
            self._intents = mine
            if mine:
                self.dataChanged.emit(self.index(0, 0), self.index(len(mine) - 1, Column.SAVED))
            return
        if self._intents:
            self.beginRemoveRows(QModelIndex(), 0, len(self._intents) - 1)
            self._intents = []
            self.endRemoveRows()
        if mine:
            self.beginInsertRows(QModelIndex(), 0, len(mine) - 1)
            self._intents = mine
            self.endInsertRows()

    def intents(self) -> list[PurchaseIntent]:
        return list(self._intents)

    def upsert(self, record: OrderRecord) -> bool:
        """Insert or update ``record`` (which replaces the row's note); False when it is not an
        order of this model's account."""
        if self._account is None or not belongs_to(record, self._account):
            return False
        self._notes.pop(record.order_id, None)
        top = len(self._intents)
        row = self._record_row(record.order_id)
        if row is not None:
            if _sort_key(self._records[row]) == _sort_key(record):
                first, last = self._changed_columns(self._records[row], record)
                self._records[row] = record
                self.dataChanged.emit(self.index(top + row, first), self.index(top + row, last))
                return True
            self.beginRemoveRows(QModelIndex(), top + row, top + row)
            del self._records[row]
            del self._keys[row]
            self.endRemoveRows()
        key = _sort_key(record)
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), top + row, top + row)
        self._records.insert(row, record)
        self._keys.insert(row, key)
        self.endInsertRows()
        return True

    def upsert_many(self, records: Iterable[OrderRecord]) -> int:
        """``upsert`` each of ``records`` (a polling round's), with one ``dataChanged`` for the
        rows updated in place — from the first to the last of them, over the columns that
        changed — instead of one per row. Returns how many were this model's account's."""
        if self._account is None:
            return 0
        mine = [r for r in records if belongs_to(r, self._account)]
        where = {r.order_id: row for row, r in enumerate(self._records)}
        rows: list[int] = []
        columns: list[int] = []
        others: list[OrderRecord] = []
        for record in mine:
            row = where.get(record.order_id)
            if row is not None and self._keys[row] == _sort_key(record):
                self._notes.pop(record.order_id, None)
                columns += self._changed_columns(self._records[row], record)
                self._records[row] = record
                rows.append(row)
            else:
                others.append(record)
        if rows:
            top = len(self._intents)
            self.dataChanged.emit(
                self.index(top + min(rows), min(columns)), self.index(top + max(rows), max(columns))
            )
        for record in others:  # a new row, or one that moves: inserted where it belongs
            self.upsert(record)
        return len(mine)

    def _changed_columns(self, old: OrderRecord, new: OrderRecord) -> tuple[int, int]:
        """The first and last column whose text or tooltip differs between two records of one
        order — the status at least: it shows the progress, and any change of the record.

        Naming only those keeps a view from measuring its fit-to-content columns again over
        every row when a polling round changed a status (that is most of a round's cost)."""
        changed = [
            column
            for column in Column
            if column == Column.STATUS
            or self._display(old, column) != self._display(new, column)
            or self._tooltip(old, column) != self._tooltip(new, column)
        ]
        return min(changed), max(changed)

    def record_at(self, row: int) -> OrderRecord:
        """The order in table row ``row`` (rows of unknown outcomes come first)."""
        return self._records[row - len(self._intents)]

    def records(self) -> list[OrderRecord]:
        return list(self._records)

    def row_of(self, order_id: int) -> int | None:
        """The table row of order ``order_id``."""
        row = self._record_row(order_id)
        return None if row is None else row + len(self._intents)

    def _record_row(self, order_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.order_id == order_id:
                return row
        return None

    def processing_count(self) -> int:
        """Orders still being followed to completion (not the stopped ones)."""
        return sum(1 for r in self._records if r.is_processing and not self._stopped(r.order_id))

    def stopped_count(self) -> int:
        return sum(1 for note in self._notes.values() if note.stopped)

    def note(self, order_id: int) -> RowNote | None:
        return self._notes.get(order_id)

    def mark_stopped(self, order_id: int, message: str) -> bool:
        """The store refused the order for good: its row says "Stopped" and why."""
        return self._set_note(order_id, RowNote(message, stopped=True))

    def mark_unreadable(self, order_id: int, message: str) -> bool:
        """The store's last answer about the order could not be read; it is asked again."""
        return self._set_note(order_id, RowNote(message, stopped=False))

    def _set_note(self, order_id: int, note: RowNote) -> bool:
        row = self.row_of(order_id)
        if row is None:
            return False
        self._notes[order_id] = note
        index = self.index(row, Column.STATUS)
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Role.PROGRESS,
        ]
        self.dataChanged.emit(index, index, roles)
        return True

    def _stopped(self, order_id: int) -> bool:
        note = self._notes.get(order_id)
        return note is not None and note.stopped

    def _live(self, record: OrderRecord) -> bool:
        """Processing and shown as such (a noted row shows its note, not the elapsed time)."""
        return record.is_processing and record.order_id not in self._notes

    def live_runs(self, first: int = 0, last: int | None = None) -> list[tuple[int, int]]:
        """The rows ``first``..``last`` (default: all) whose status shows an elapsed time, as
        (first, last) runs of adjacent rows: what must be repainted as the time moves on."""
        offset = len(self._intents)
        count = len(self._records)
        end = count - 1 if last is None else min(last - offset, count - 1)
        rows = range(max(0, first - offset), end + 1)
        live = (offset + r for r in rows if self._live(self._records[r]))
        return _runs(live)

    def retranslate(self) -> None:
        """The language changed: the headers and every cell's words are said again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

    # QAbstractTableModel

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._intents) + len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(Column)
        ):
            return headers()[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        top = len(self._intents)
        if index.row() < top:
            return self._intent_data(self._intents[index.row()], column, role)
        record = self._records[index.row() - top]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Role.ORDER:
            return record
        if role == Role.PROGRESS:
            if column != Column.STATUS or not self._live(record):
                return None
            elapsed = max(0.0, (self._clock() - record.placed_at).total_seconds())
            return min(0.95, 1.0 - math.exp(-elapsed / _PROGRESS_TIME_CONSTANT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return self._warning() if record.order_id in self._notes else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.QTY, Column.CHARGED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _intent_data(self, intent: PurchaseIntent, column: Column, role: int) -> Any:
        if role == Role.INTENT:
            return intent
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.NUMBER: intent.order_number or "—",
                Column.ID: intent.order_id if intent.order_id is not None else "—",
                Column.PRODUCT: intent.product_name,
                Column.QTY: intent.quantity,
                Column.CHARGED: f"≈ {usd(intent.expected_total_usd)}",
                Column.STATUS: outcome_unknown_text(),
                Column.PLACED: placed_text(intent.created_at, self._clock()),
                Column.SAVED: "",
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = intent.reason or OrdersText.tr(
                "The app closed while this purchase was being sent."
            )
            return OrdersText.tr(
                "The app cannot tell whether this purchase of {count} × {name} went through. "
                "{why}\nIf your balance went down, track the order by id; otherwise dismiss it "
                "(right-click)."
            ).format(count=group_digits(intent.quantity), name=intent.product_name, why=why)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.ID,
            Column.QTY,
            Column.CHARGED,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _warning(self) -> QIcon:
        if self._warning_icon is None:
            style = QApplication.style()
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
            self._warning_icon = style.standardIcon(pixmap) if style is not None else QIcon()
        return self._warning_icon

    def _display(self, record: OrderRecord, column: Column) -> str | int | None:
        if column == Column.NUMBER:
            return record.order_number
        if column == Column.ID:
            return record.order_id
        if column == Column.PRODUCT:
            return record.product_name
        if column == Column.QTY:
            return record.quantity
        if column == Column.CHARGED:
            if record.charged_display is None and record.charged_usd is None:
                return "—"
            return amount_text(record.charged_display, record.charged_usd)
        if column == Column.STATUS:
            note = self._notes.get(record.order_id)
            return note.status if note is not None else status_text(record, self._clock())
        if column == Column.PLACED:
            return placed_text(record.placed_at, self._clock())
        if column == Column.SAVED:
            return Path(record.saved_path).name if record.saved_path else ""
        return None

    def _tooltip(self, record: OrderRecord, column: Column) -> str | None:
        if column in (Column.NUMBER, Column.ID):
            return OrdersText.tr(
                "Order #{number}; the store's API knows it as id {order_id} (use the id with "
                "“Track order by id…”)"
            ).format(number=record.order_number, order_id=record.order_id)
        if column == Column.CHARGED and record.charged_usd is not None:
            return OrdersText.tr("Charged exactly {amount}").format(
                amount=exact_usd(record.charged_usd)
            )
        if column == Column.PLACED:
            return OrdersText.tr("Placed {moment}").format(moment=moment_text(record.placed_at))
        if column == Column.SAVED and record.saved_path:
            lines = [record.saved_path]
            if record.file_size is not None:
                lines.append(OrdersText.tr("%Ln byte(s)", "", record.file_size))
            if record.sha256:
                lines.append(f"SHA-256 {record.sha256}")
            return "\n".join(lines)
        note = self._notes.get(record.order_id)
        if column == Column.STATUS and note is not None:
            return note.message
        if column == Column.STATUS and record.completed_at is not None:
            return OrdersText.tr("Completed {moment}").format(
                moment=moment_text(record.completed_at)
            )
        return None
