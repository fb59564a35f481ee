"""The watched products of this store: product, condition, quantity to buy, and what was seen.

``Role.WATCH`` gives the row's ``Watch``. ``set_watches`` replaces the rows (one reset): the list
is short (at most a few hundred), and changes only when the customer edits it or a watch fires.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.api import Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.watches import Watch
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.watch import condition_text
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
WatchText = TrContext("WatchText")


class Column(enum.IntEnum):
    PRODUCT = 0
    CONDITION = 1
    QUANTITY = 2
    NOW = 3


class Role(enum.IntEnum):
    WATCH = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Watch``


def headers() -> dict[Column, str]:
    return {
        Column.PRODUCT: WatchText.tr("Product"),
        Column.CONDITION: WatchText.tr("Tell me when"),
        Column.QUANTITY: WatchText.tr("Buy", "the quantity to buy, a column header"),
        Column.NOW: WatchText.tr("Now"),
    }


class WatchModel(RowTableModel[Watch]):
    """``latest(product_id)`` gives the product as last listed (for the "Now" column)."""

    def __init__(
        self, latest: Callable[[int], Product | None], parent: QObject | None = None
    ) -> None:
        super().__init__(headers(), parent)
        self._latest = latest

    def retranslate(self) -> None:
        """The headers and cells in the language now shown."""
        self._headers = {int(column): text for column, text in headers().items()}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        watch = self.row_at(index)
        if watch is None:
            return None
        if role == Role.WATCH:
            return watch
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Column(index.column())
        if column is Column.PRODUCT:
            return watch.product_name
        if column is Column.CONDITION:
            return condition_text(watch.condition)
        if column is Column.QUANTITY:
            return "—" if watch.quantity is None else group_digits(watch.quantity)
        product = self._latest(watch.product_id)
        if product is None:
            return WatchText.tr("Not checked yet")
        stock = group_digits(product.total_stock)
        price = usd_exact_if_needed(product.retail_price_usd)
        if watch.triggered:
            return WatchText.tr("{stock} in stock at {price} (alerted)").format(
                stock=stock, price=price
            )
        return WatchText.tr("{stock} in stock at {price}").format(stock=stock, price=price)

    def watch(self, row: int) -> Watch:
        return self._rows[row]

    def set_watches(self, watches: Sequence[Watch]) -> None:
        self.set_rows(sorted(watches, key=lambda watch: watch.product_name.casefold()))

    def refresh_now(self) -> None:
        """The "Now" column again (a listing arrived)."""
        if self._rows:
            top, bottom = self.index(0, Column.NOW), self.index(len(self._rows) - 1, Column.NOW)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
