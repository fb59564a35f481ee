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
from teleaccounthub.local.watches import Watch
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.services.watch import condition_text
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    PRODUCT = 0
    CONDITION = 1
    QUANTITY = 2
    NOW = 3


class Role(enum.IntEnum):
    WATCH = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Watch``


HEADERS = {
    Column.PRODUCT: "Product",
    Column.CONDITION: "Tell me when",
    Column.QUANTITY: "Buy",
    Column.NOW: "Now",
}


class WatchModel(RowTableModel[Watch]):
    """``latest(product_id)`` gives the product as last listed (for the "Now" column)."""

    def __init__(
        self, latest: Callable[[int], Product | None], parent: QObject | None = None
    ) -> None:
        super().__init__(HEADERS, parent)
        self._latest = latest

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
            return "Not checked yet"
        price = usd_exact_if_needed(product.retail_price_usd)
        now = f"{group_digits(product.total_stock)} in stock at {price}"
        return f"{now} (alerted)" if watch.triggered else now

    def watch(self, row: int) -> Watch:
        return self._rows[row]

    def set_watches(self, watches: Sequence[Watch]) -> None:
        self.set_rows(sorted(watches, key=lambda watch: watch.product_name.casefold()))

    def refresh_now(self) -> None:
        """The "Now" column again (a listing arrived)."""
        if self._rows:
            top, bottom = self.index(0, Column.NOW), self.index(len(self._rows) - 1, Column.NOW)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
