"""The search results: one row per product found, with its category, stock and price."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import group_digits
from teleaccounthub.services.search_results import SearchHit
from teleaccounthub.services.store_money import price_text
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
SearchText = TrContext("SearchText")


class Column(enum.IntEnum):
    PRODUCT = 0
    CATEGORY = 1
    STOCK = 2
    PRICE = 3


class Role(enum.IntEnum):
    HIT = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``SearchHit``
    CATEGORY_ID = int(Qt.ItemDataRole.UserRole) + 2  # the id of the product's category


def headers() -> dict[Column, str]:
    return {
        Column.PRODUCT: SearchText.tr("Product"),
        Column.CATEGORY: SearchText.tr("Category"),
        Column.STOCK: SearchText.tr("Stock"),
        Column.PRICE: SearchText.tr("Price"),
    }


def sold_out() -> str:
    return SearchText.tr("Sold out")


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ALIGNMENT = tuple(
    int((_RIGHT if column in (Column.STOCK, Column.PRICE) else _LEFT).value) for column in Column
)
# Plain ints: ``data`` runs for every cell of every paint.
_PRODUCT, _CATEGORY, _STOCK, _PRICE = (int(column) for column in Column)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_HIT, _CATEGORY_ID = int(Role.HIT), int(Role.CATEGORY_ID)
_HANDLED = frozenset({_DISPLAY, _ALIGN, _FOREGROUND, _TOOLTIP, _HIT, _CATEGORY_ID})


class SearchResultModel(RowTableModel[SearchHit]):
    """Columns Product, Category, Stock, Price; ``Role.HIT`` gives the ``SearchHit``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(headers(), parent)

    def retranslate(self) -> None:
        """The headers and cells in the language now shown."""
        self._headers = {int(column): text for column, text in headers().items()}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.set_rows(hits)

    def hit(self, row: int) -> SearchHit:
        return self._rows[row]

    def row_of(self, product_id: int, category_id: int) -> int | None:
        for row, hit in enumerate(self._rows):
            if hit.product.product_id == product_id and hit.category_id == category_id:
                return row
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _HANDLED:  # most of what a paint asks: one test, no more
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        hit = self._rows[row]
        column = index.column()
        if role == _DISPLAY:
            return _text(hit, column)
        if role == _ALIGN:
            return _ALIGNMENT[column]
        if role == _FOREGROUND:
            return _sold_out_colour() if hit.product.total_stock < 1 else None
        if role == _TOOLTIP:
            return _tooltip(hit, column)
        if role == _HIT:
            return hit
        return hit.category_id  # _CATEGORY_ID

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and 0 <= section < len(Column)
        ):
            return _ALIGNMENT[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )


def _text(hit: SearchHit, column: int) -> str:
    product = hit.product
    if column == _PRODUCT:
        return product.product_name
    if column == _CATEGORY:
        return hit.category_name
    if column == _STOCK:
        return group_digits(product.total_stock) if product.total_stock > 0 else sold_out()
    return price_text(product.wallet_price)


def _tooltip(hit: SearchHit, column: int) -> str | None:
    if column == _PRICE:
        return SearchText.tr("{price} per number").format(
            price=price_text(hit.product.wallet_unit_price)
        )
    if column == _CATEGORY:
        return SearchText.tr("Enter opens it in {category}").format(category=hit.category_name)
    return None


def _sold_out_colour() -> Any:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
