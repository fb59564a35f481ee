"""The products the account spent most on, as a table."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.insights import ProductSpend
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex
InsightsText = TrContext("InsightsText")


class Column(enum.IntEnum):
    PRODUCT = 0
    SPENT = 1
    QUANTITY = 2
    ORDERS = 3


class Role(enum.IntEnum):
    # The row's ``ProductSpend``.
    SPEND = int(Qt.ItemDataRole.UserRole) + 1


def headers() -> dict[Column, str]:
    return {
        Column.PRODUCT: InsightsText.tr("Product"),
        Column.SPENT: InsightsText.tr("Spent"),
        Column.QUANTITY: InsightsText.tr("Items"),
        Column.ORDERS: InsightsText.tr("Orders"),
    }


class TopProductsModel(RowTableModel[ProductSpend]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(headers(), parent)

    def retranslate(self) -> None:
        """The headers and cells in the language now shown."""
        self._headers = {int(column): text for column, text in headers().items()}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_products(self, products: Iterable[ProductSpend]) -> None:
        self.set_rows(products)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
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
