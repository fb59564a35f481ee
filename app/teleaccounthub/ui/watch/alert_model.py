"""The alerts of this session, newest first: when, which product, what was watched, what was seen.

``Role.ALERT`` gives the row's ``Alert``. At most ``MAX_ALERTS`` are kept; the oldest go first.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.watch import Alert, condition_text

ModelIndex = QModelIndex | QPersistentModelIndex
MAX_ALERTS = 200


class Column(enum.IntEnum):
    TIME = 0
    PRODUCT = 1
    CONDITION = 2
    SEEN = 3


class Role(enum.IntEnum):
    ALERT = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Alert``


HEADERS = {
    Column.TIME: "Time",
    Column.PRODUCT: "Product",
    Column.CONDITION: "Watching for",
    Column.SEEN: "Seen",
}


def seen_text(alert: Alert) -> str:
    """``12 in stock at $0.35``: the values that made the watch fire."""
    return f"{group_digits(alert.stock)} in stock at {usd_exact_if_needed(alert.price)}"


class AlertModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._alerts)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        alert = self._alerts[index.row()]
        if role == Role.ALERT:
            return alert
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = Column(index.column())
        if column is Column.TIME:
            local = alert.at.astimezone()
            return f"{local:%H:%M:%S}" if role == Qt.ItemDataRole.DisplayRole else f"{local:%c}"
        if column is Column.PRODUCT:
            return alert.product.product_name
        if column is Column.CONDITION:
            return condition_text(alert.watch.condition)
        return seen_text(alert)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def alert(self, row: int) -> Alert:
        return self._alerts[row]

    def add(self, alert: Alert) -> None:
        """Put ``alert`` at the top (dropping the oldest past ``MAX_ALERTS``)."""
        if len(self._alerts) >= MAX_ALERTS:
            last = len(self._alerts) - 1
            self.beginRemoveRows(QModelIndex(), last, last)
            self._alerts.pop()
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._alerts.insert(0, alert)
        self.endInsertRows()
