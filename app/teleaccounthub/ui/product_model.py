"""The products of one category: a table model that sorts itself, and a proxy that only filters.

Everything costly is computed once per category, on the worker thread that prepares the rows
(``prepare_rows``): each row's display strings and lower-case haystack, and for every sortable
column the row order both ways, sorted by plain integer keys (favourites first, then the column;
the price by its exact ``Decimal`` value, not its text; ties by name). A sort on the GUI thread
is then a reindex and one ``layoutChanged``.

``ProductFilterProxy`` is a ``QAbstractProxyModel`` whose filter is a list of visible source
rows, found by substring tests over the precomputed haystacks and published with ONE reset.
``QSortFilterProxyModel`` would call a Python ``filterAcceptsRow`` per row and announce every
removed and inserted row range: hundreds of milliseconds at 20,000 rows.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import compress
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from teleaccounthub.api import Product
from teleaccounthub.ui.formatting import display_locale

ModelIndex = QModelIndex | QPersistentModelIndex
K = TypeVar("K", bound=Hashable)

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


COLUMN_COUNT = len(Column)
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
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGNMENT = (_CENTER, _LEFT, _LEFT, _RIGHT, _RIGHT)  # by column

# Plain ints: ``data`` runs a few thousand times per paint, enum lookups add up.
_STAR, _STOCK, _PRICE = int(Column.STAR), int(Column.STOCK), int(Column.PRICE)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_PRODUCT = int(ProductRole)
_FAVOURITE = int(FavouriteRole)
_HANDLED = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _ACCESSIBLE, _PRODUCT, _FAVOURITE})
_DESCENDING = Qt.SortOrder.DescendingOrder
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


def _dial_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits), code) if digits else (10**9, code)


@dataclass(slots=True)
class _Row:
    """A product and what showing, filtering and sorting it need, computed once."""

    product: Product
    favourite: bool
    haystack: str
    texts: tuple[str, str, str, str, str]  # by column; the star's is the unpinned one
    sold_out: bool

    @classmethod
    def of(cls, product: Product, favourite: bool, stock_text: str) -> _Row:
        name, dial = product.product_name, product.dial_code
        return cls(
            product=product,
            favourite=favourite,
            haystack=f"{name.casefold()} {dial}",
            texts=(STAR_OFF, name, dial, stock_text, product.wallet_price),
            sold_out=product.total_stock == 0,
        )


Orders = dict[Column, tuple[list[int], list[int]]]  # ascending, descending: row numbers


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """Rows and their sort orders, built by ``prepare_rows`` (on any thread)."""

    rows: tuple[_Row, ...]
    orders: Orders


def prepare_rows(products: Iterable[Product], favourites: frozenset[int]) -> PreparedRows:
    """The rows of ``products`` and every column's order: plain Python over integer keys (no Qt
    object is touched but a private ``QLocale``), so thousands of products can be prepared on a
    worker thread without holding the GIL long enough to stall the window."""
    locale = display_locale()
    stock_texts: dict[int, str] = {}
    rows = tuple(
        _Row.of(p, p.product_id in favourites, _stock_text(p.total_stock, stock_texts, locale))
        for p in products
    )
    return PreparedRows(rows, _orders(rows))


def _stock_text(stock: int, known: dict[int, str], locale: QLocale) -> str:
    text = known.get(stock)
    if text is None:
        text = known[stock] = locale.toString(stock)
    return text


def _orders(rows: Sequence[_Row]) -> Orders:
    products = [row.product for row in rows]
    names = _ranks([product.product_name.casefold() for product in products])
    by_name = _both_ways(names)
    width = len(rows) + 1  # ranks are < width: value * width + name rank sorts by (value, name)
    dials = _ranks([_dial_key(product.dial_code) for product in products])
    stocks = [product.total_stock for product in products]
    prices = _price_keys([product.retail_price_usd for product in products])
    return {
        Column.STAR: by_name,
        Column.NAME: by_name,
        Column.DIAL_CODE: _both_ways([d * width + n for d, n in zip(dials, names, strict=True)]),
        Column.STOCK: _both_ways([s * width + n for s, n in zip(stocks, names, strict=True)]),
        Column.PRICE: _both_ways([p * width + n for p, n in zip(prices, names, strict=True)]),
    }


def _ranks(keys: list[K]) -> list[int]:
    """Each key's place among the distinct keys (equal keys, equal ranks)."""
    rank = {key: number for number, key in enumerate(sorted(set(keys)))}  # type: ignore[type-var]
    return [rank[key] for key in keys]


def _price_keys(prices: list[Decimal]) -> list[int]:
    """Prices as whole ten-thousandths; their ranks if any price is finer (exact either way)."""
    keys = [int(price.scaleb(4)) for price in prices]
    if all(key == price.scaleb(4) for key, price in zip(keys, prices, strict=True)):
        return keys
    return _ranks(prices)


def _both_ways(keys: list[int]) -> tuple[list[int], list[int]]:
    numbers = range(len(keys))
    ascending = sorted(numbers, key=keys.__getitem__)
    return ascending, sorted(numbers, key=keys.__getitem__, reverse=True)


class ProductModel(QAbstractTableModel):
    """Columns ★, Product, Dial code, Stock, Price. ``ProductRole`` gives the ``Product``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[_Row, ...] = ()  # as prepared
        self._orders: Orders = {}
        self._order: list[int] = []  # shown row → prepared row
        self._shown: list[_Row] = []  # the rows as shown
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- reading ---------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """``data`` of the cell at ``row``, ``column`` (what the proxy reads without an index)."""
        if role not in _HANDLED or not 0 <= row < len(self._shown):
            return None
        item = self._shown[row]
        if role == _DISPLAY:
            if column == _STAR and item.favourite:
                return STAR_ON
            return item.texts[column]
        if role == _ALIGN:
            return _ALIGNMENT[column]
        if role == _FOREGROUND:
            return _foreground(item, column)
        if role == _PRODUCT:
            return item.product
        if role == _FAVOURITE:
            return item.favourite
        if role == _TOOLTIP:
            return _tooltip(item, column)
        if column == _STAR:  # _ACCESSIBLE
            return "Favourite" if item.favourite else "Not a favourite"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT[column]
        return None

    def product(self, row: int) -> Product:
        return self._shown[row].product

    def row_of(self, product_id: int) -> int | None:
        for number, row in enumerate(self._shown):
            if row.product.product_id == product_id:
                return number
        return None

    def rows_matching(self, needles: Sequence[str], in_stock_only: bool) -> list[int]:
        """The rows (as shown) whose haystack holds every needle, and in stock if asked."""
        rows, order = self._rows, self._order
        numbers: Iterable[int] = range(len(order))
        if in_stock_only:
            numbers = compress(numbers, [not rows[i].sold_out for i in order])
        haystacks = [rows[i].haystack for i in order] if needles else []
        for needle in needles:
            numbers = [n for n in numbers if needle in haystacks[n]]
        return list(numbers)

    def sort_column(self) -> Column:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- changing ---------------------------------------------------------------------------------

    def set_products(self, products: Iterable[Product], favourites: frozenset[int]) -> None:
        """Show ``products`` (one reset), sorted by the current column."""
        self.set_prepared(prepare_rows(products, favourites))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows from ``prepare_rows``, in the current sort (one reset)."""
        self.beginResetModel()
        self._rows, self._orders = prepared.rows, prepared.orders
        self._reorder()
        self.endResetModel()

    def clear(self) -> None:
        self.set_prepared(PreparedRows((), {}))

    def set_favourite(self, product_id: int, favourite: bool) -> None:
        """Pin or unpin a product; it moves to (or out of) the favourites at the top."""
        number = self.row_of(product_id)
        if number is None or self._shown[number].favourite == favourite:
            return
        self._shown[number].favourite = favourite
        star = self.index(number, Column.STAR)
        self.dataChanged.emit(star, star, [Qt.ItemDataRole.DisplayRole, FavouriteRole])
        self._resort()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self._resort()

    # -- internals --------------------------------------------------------------------------------

    def _reorder(self) -> None:
        """Lay the rows out in the current sort, favourites first (a reindex, no comparisons)."""
        rows = self._rows
        orders = self._orders.get(self._sort_column)
        order = orders[self._sort_order == _DESCENDING] if orders else []
        if any(row.favourite for row in rows):
            pinned = [row.favourite for row in (rows[i] for i in order)]
            order = [*compress(order, pinned), *compress(order, [not p for p in pinned])]
        self._order = order
        self._shown = [rows[i] for i in order]

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._order[index.row()] for index in persistent]
        self._reorder()
        if persistent:
            where = {number: shown for shown, number in enumerate(self._order)}
            moved = [
                self.index(where[number], index.column())
                for number, index in zip(before, persistent, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def _tooltip(row: _Row, column: int) -> str | None:
    if column == _STAR:
        return "Unpin this product" if row.favourite else "Pin this product to the top"
    if column == _STOCK and row.sold_out:
        return "Out of stock"
    if column == _PRICE:
        return f"{row.product.wallet_unit_price} per number"
    return None


def _foreground(row: _Row, column: int) -> Any:
    if column == _STAR and row.favourite:
        return QApplication.palette().color(QPalette.ColorRole.Link)
    if row.sold_out:
        disabled = QPalette.ColorGroup.Disabled
        return QApplication.palette().color(disabled, QPalette.ColorRole.Text)
    return None


class ProductFilterProxy(QAbstractProxyModel):
    """Filters a ``ProductModel`` by text (name or dial code) and stock; never sorts itself.

    The filter is the list of visible source rows (``None``: all of them), replaced with one
    reset. ``sort`` (what a header click calls) is handed to the source model, and a source sort
    re-filters in the same ``layoutChanged``.
    """

    def __init__(self, source: ProductModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._products = source
        self._needles: tuple[str, ...] = ()
        self._in_stock_only = False
        self._visible: list[int] | None = None
        self._saved: list[tuple[QModelIndex, QPersistentModelIndex]] = []
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.layoutAboutToBeChanged.connect(self._source_layout_about_to_change)
        source.layoutChanged.connect(self._source_layout_changed)
        source.dataChanged.connect(self._source_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    # -- filtering ---------------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        needles = tuple(text.casefold().split())
        if needles != self._needles:
            self._refilter(lambda: setattr(self, "_needles", needles))

    def filter_text(self) -> str:
        return " ".join(self._needles)

    def set_in_stock_only(self, enabled: bool) -> None:
        if enabled != self._in_stock_only:
            self._refilter(lambda: setattr(self, "_in_stock_only", enabled))

    def in_stock_only(self) -> bool:
        return self._in_stock_only

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._products.sort(column, order)

    def sortColumn(self) -> int:  # noqa: N802
        """Always -1, as ``QSortFilterProxyModel`` says when it keeps the source order."""
        return -1

    def dynamicSortFilter(self) -> bool:  # noqa: N802
        """False: the proxy never sorts (nor re-filters on data changes)."""
        return False

    def product(self, row: int) -> Product:
        """The product in proxy row ``row``."""
        return self._products.product(self._source_row(row))

    # -- QAbstractProxyModel -----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        visible = self._visible
        return self._products.rowCount() if visible is None else len(visible)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < self.rowCount() and 0 <= column < COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: ModelIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:
            return super().parent()  # QObject.parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, idx: ModelIndex) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self.rowCount() > 0

    def canFetchMore(self, parent: ModelIndex) -> bool:  # noqa: N802
        return False

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else _NO_FLAGS  # as the source's, for every cell

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or role not in _HANDLED:  # most roles a paint asks for: one call, no more
            return None
        visible = self._visible
        return self._products.cell(row if visible is None else visible[row], index.column(), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._products.headerData(section, orientation, role)

    def mapToSource(self, proxyIndex: ModelIndex) -> QModelIndex:  # noqa: N802, N803
        if not proxyIndex.isValid():
            return QModelIndex()
        return self._products.index(self._source_row(proxyIndex.row()), proxyIndex.column())

    def mapFromSource(self, sourceIndex: ModelIndex) -> QModelIndex:  # noqa: N802, N803
        if not sourceIndex.isValid():
            return QModelIndex()
        row = self._proxy_row(sourceIndex.row())
        return QModelIndex() if row is None else self.createIndex(row, sourceIndex.column())

    # -- internals --------------------------------------------------------------------------------

    def _source_row(self, row: int) -> int:
        return row if self._visible is None else self._visible[row]

    def _proxy_row(self, source_row: int) -> int | None:
        visible = self._visible
        if visible is None:
            return source_row
        row = bisect_left(visible, source_row)  # visible rows keep the source order
        return row if row < len(visible) and visible[row] == source_row else None

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginResetModel()
        change()
        self._visible = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int] | None:
        if not self._needles and not self._in_stock_only:
            return None
        return self._products.rows_matching(self._needles, self._in_stock_only)

    def _source_reset(self) -> None:
        self._visible = self._matching()
        self.endResetModel()

    def _source_layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = [
            (index, QPersistentModelIndex(self.mapToSource(index)))
            for index in self.persistentIndexList()
        ]

    def _source_layout_changed(self) -> None:
        saved, self._saved = self._saved, []
        self._visible = self._matching()
        moved = [self._moved(source) for _, source in saved]
        self.changePersistentIndexList([proxy for proxy, _ in saved], moved)
        self.layoutChanged.emit()

    def _moved(self, source: QPersistentModelIndex) -> QModelIndex:
        row = self._proxy_row(source.row()) if source.isValid() else None
        return QModelIndex() if row is None else self.createIndex(row, source.column())

    def _source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        first, last = top_left.row(), bottom_right.row()
        visible = self._visible
        if visible is not None:
            first, last = bisect_left(visible, first), bisect_right(visible, last) - 1
        if first <= last:
            left, right = top_left.column(), bottom_right.column()
            self.dataChanged.emit(self.index(first, left), self.index(last, right), roles)
