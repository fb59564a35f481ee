"""The products the account spent most on, as a table."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.insights import ProductSpend

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    PRODUCT = 0
    SPENT = 1
    QUANTITY = 2
    ORDERS = 3


class Role(enum.IntEnum):
    #: The row's ``ProductSpend``.
    SPEND = int(Qt.ItemDataRole.UserRole) + 1


HEADERS = {
    Column.PRODUCT: "Product",
    Column.SPENT: "Spent",
    Column.QUANTITY: "Items",
    Column.ORDERS: "Orders",
}


class TopProductsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProductSpend] = []

    def set_products(self, products: Iterable[ProductSpend]) -> None:
        self.beginResetModel()
        self._rows = list(products)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Role.SPEND:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.PRODUCT: row.product_name,
                Column.SPENT: usd_exact_if_needed(row.amount),
                Column.QUANTITY: group_digits(row.quantity),
                Column.ORDERS: group_digits(row.orders),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != Column.PRODUCT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
