"""The products of one category: a table model that sorts itself, and a proxy that only filters.

Sorting happens here, in the source model, over keys computed once per row (favourites first,
then the column; the price by its ``Decimal`` value, not its text). Sorting through a proxy's
Python ``lessThan`` would take seconds at tens of thousands of rows. The proxy filters with a
cheap ``filterAcceptsRow`` over a lower-case haystack computed once per row.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from teleaccounthub.api import Product
from teleaccounthub.ui.formatting import display_locale

ModelIndex = QModelIndex | QPersistentModelIndex

ProductRole = Qt.ItemDataRole.UserRole + 1
FavouriteRole = Qt.ItemDataRole.UserRole + 2

STAR_ON = "★"
STAR_OFF = "☆"


class Column(enum.IntEnum):
    STAR = 0
    NAME = 1
    DIAL_CODE = 2
    STOCK = 3
    PRICE = 4


HEADERS = {
    Column.STAR: STAR_ON,
    Column.NAME: "Product",
    Column.DIAL_CODE: "Dial code",
    Column.STOCK: "Stock",
    Column.PRICE: "Price",
}
HEADER_TIPS = {
    Column.STAR: "Favourites (click a star to pin a product; pinned products sort first)",
    Column.NAME: "Product name",
    Column.DIAL_CODE: "Country dial code",
    Column.STOCK: "Numbers in stock",
    Column.PRICE: "Price per number, paid from your wallet",
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _dial_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits), code) if digits else (10**9, code)


@dataclass(slots=True)
class _Row:
    """A product and what filtering and sorting need, computed once."""

    product: Product
    favourite: bool
    haystack: str
    name_key: str
    dial_key: tuple[int, str]

    @classmethod
    def of(cls, product: Product, favourite: bool) -> _Row:
        dial = product.dial_code
        name = product.product_name.casefold()
        return cls(
            product=product,
            favourite=favourite,
            haystack=f"{name} {dial}",
            name_key=name,
            dial_key=_dial_key(dial),
        )

    def key(self, column: Column) -> Any:
        if column is Column.NAME or column is Column.STAR:
            return self.name_key
        if column is Column.DIAL_CODE:
            return (self.dial_key, self.name_key)
        if column is Column.STOCK:
            return (self.product.total_stock, self.name_key)
        price: Decimal = self.product.retail_price_usd
        return (price, self.name_key)


def _sorted(rows: list[_Row], column: Column, order: Qt.SortOrder) -> list[_Row]:
    descending = order == Qt.SortOrder.DescendingOrder
    ordered = sorted(rows, key=lambda row: row.key(column), reverse=descending)
    ordered.sort(key=lambda row: not row.favourite)  # stable: favourites first, in order
    return ordered


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """Rows built and sorted ahead of ``ProductModel.set_prepared`` (on any thread)."""

    rows: list[_Row]
    column: Column
    order: Qt.SortOrder


def prepare_rows(
    products: Iterable[Product], favourites: frozenset[int], column: Column, order: Qt.SortOrder
) -> PreparedRows:
    """The rows of ``products`` sorted by ``column``: plain Python, no Qt object is touched, so
    thousands of products can be prepared on a worker thread while the window stays live."""
    rows = [_Row.of(p, p.product_id in favourites) for p in products]
    return PreparedRows(_sorted(rows, column, order), column, order)


class ProductModel(QAbstractTableModel):
    """Columns ★, Product, Dial code, Stock, Price. ``ProductRole`` gives the ``Product``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._locale = display_locale()

    # -- reading ---------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ProductRole:
            return row.product
        if role == FavouriteRole:
            return row.favourite
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.STOCK, Column.PRICE):
                return int(_RIGHT.value)
            return int((_CENTER if column is Column.STAR else _LEFT).value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.STAR:
            return "Favourite" if row.favourite else "Not a favourite"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (Column.STOCK, Column.PRICE):
                return int(_RIGHT.value)
            return int((_CENTER if column is Column.STAR else _LEFT).value)
        return None

    def product(self, row: int) -> Product:
        return self._rows[row].product

    def row_of(self, product_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.product.product_id == product_id:
                return number
        return None

    def haystack(self, row: int) -> str:
        return self._rows[row].haystack

    def in_stock(self, row: int) -> bool:
        return self._rows[row].product.total_stock > 0

    def sort_column(self) -> Column:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- changing ---------------------------------------------------------------------------------

    def set_products(self, products: Iterable[Product], favourites: frozenset[int]) -> None:
        """Show ``products`` (one reset), sorted by the current column."""
        self.set_prepared(prepare_rows(products, favourites, self._sort_column, self._sort_order))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows from ``prepare_rows`` (re-sorted if the sort changed meanwhile)."""
        rows = prepared.rows
        if (prepared.column, prepared.order) != (self._sort_column, self._sort_order):
            rows = _sorted(rows, self._sort_column, self._sort_order)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def set_favourite(self, product_id: int, favourite: bool) -> None:
        """Pin or unpin a product; it moves to (or out of) the favourites at the top."""
        number = self.row_of(product_id)
        if number is None or self._rows[number].favourite == favourite:
            return
        self._rows[number].favourite = favourite
        star = self.index(number, Column.STAR)
        self.dataChanged.emit(star, star, [Qt.ItemDataRole.DisplayRole, FavouriteRole])
        self._resort()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self._resort()

    # -- internals --------------------------------------------------------------------------------

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        new = _sorted(old, self._sort_column, self._sort_order)
        new_row = {id(row): number for number, row in enumerate(new)}
        persistent = self.persistentIndexList()
        moved = [self.index(new_row[id(old[index.row()])], index.column()) for index in persistent]
        self._rows = new
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _display(self, row: _Row, column: Column) -> str:
        product = row.product
        if column is Column.STAR:
            return STAR_ON if row.favourite else STAR_OFF
        if column is Column.NAME:
            return product.product_name
        if column is Column.DIAL_CODE:
            return product.dial_code
        if column is Column.STOCK:
            return self._locale.toString(product.total_stock)
        return product.wallet_price

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        if column is Column.STAR:
            return "Unpin this product" if row.favourite else "Pin this product to the top"
        if column is Column.STOCK and row.product.total_stock == 0:
            return "Out of stock"
        if column is Column.PRICE:
            return f"{row.product.wallet_unit_price} per number"
        return None

    def _foreground(self, row: _Row, column: Column) -> Any:
        palette = QApplication.palette()
        if column is Column.STAR and row.favourite:
            return palette.color(QPalette.ColorRole.Link)
        if row.product.total_stock == 0:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class ProductFilterProxy(QSortFilterProxyModel):
    """Filters a ``ProductModel`` by text (name or dial code) and stock; never sorts itself.

    ``sort`` (what a header click calls) is handed to the source model.
    """

    def __init__(self, source: ProductModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._products = source
        self._needles: tuple[str, ...] = ()
        self._in_stock_only = False
        self.setDynamicSortFilter(False)
        self.setSourceModel(source)

    def set_filter_text(self, text: str) -> None:
        needles = tuple(text.casefold().split())
        if needles != self._needles:
            self.beginFilterChange()
            self._needles = needles
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filter_text(self) -> str:
        return " ".join(self._needles)

    def set_in_stock_only(self, enabled: bool) -> None:
        if enabled != self._in_stock_only:
            self.beginFilterChange()
            self._in_stock_only = enabled
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def in_stock_only(self) -> bool:
        return self._in_stock_only

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        products = self._products
        if self._in_stock_only and not products.in_stock(source_row):
            return False
        if not self._needles:
            return True
        haystack = products.haystack(source_row)
        return all(needle in haystack for needle in self._needles)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._products.sort(column, order)

    def product(self, row: int) -> Product:
        """The product in proxy row ``row``."""
        return self._products.product(self.mapToSource(self.index(row, 0)).row())
