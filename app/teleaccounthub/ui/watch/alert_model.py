"""The alerts of this session, newest first: when, which product, what was watched, what was seen.

``Role.ALERT`` gives the row's ``Alert``. At most ``MAX_ALERTS`` are kept; the oldest go first.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import (
    group_digits,
    moment_text,
    time_text,
    usd_exact_if_needed,
)
from teleaccounthub.services.watch import Alert, condition_text
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_ALERTS = 200
WatchText = TrContext("WatchText")


class Column(enum.IntEnum):
    TIME = 0
    PRODUCT = 1
    CONDITION = 2
    SEEN = 3


class Role(enum.IntEnum):
    ALERT = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Alert``


def headers() -> dict[Column, str]:
    return {
        Column.TIME: WatchText.tr("Time"),
        Column.PRODUCT: WatchText.tr("Product"),
        Column.CONDITION: WatchText.tr("Watching for"),
        Column.SEEN: WatchText.tr("Seen"),
    }


def seen_text(alert: Alert) -> str:
    """``12 in stock at $0.35``: the values that made the watch fire."""
    return WatchText.tr("{stock} in stock at {price}").format(
        stock=group_digits(alert.stock), price=usd_exact_if_needed(alert.price)
    )


class AlertModel(RowTableModel[Alert]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(headers(), parent)

    def retranslate(self) -> None:
        """The headers and cells in the language now shown."""
        self._headers = {int(column): text for column, text in headers().items()}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        alert = self.row_at(index)
        if alert is None:
            return None
        if role == Role.ALERT:
            return alert
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = Column(index.column())
        if column is Column.TIME:
            if role == Qt.ItemDataRole.DisplayRole:
                return time_text(alert.at)
            return moment_text(alert.at)
        if column is Column.PRODUCT:
            return alert.product.product_name
        if column is Column.CONDITION:
            return condition_text(alert.watch.condition)
        return seen_text(alert)

    def alert(self, row: int) -> Alert:
        return self._rows[row]

    def add(self, alert: Alert) -> None:
        """Put ``alert`` at the top (dropping the oldest past ``MAX_ALERTS``)."""
        if len(self._rows) >= MAX_ALERTS:
            last = len(self._rows) - 1
            self.beginRemoveRows(QModelIndex(), last, last)
            self._rows.pop()
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, alert)
        self.endInsertRows()
