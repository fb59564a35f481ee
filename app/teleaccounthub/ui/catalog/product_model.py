"""The products of one category: a table model that sorts itself, and a proxy that only filters.

Everything costly is computed once per category, on the worker thread that prepares the rows
(``prepare_rows``): each row's display strings and folded haystack (with its dial code's country
names, ``services.search_text``), and for every sortable
column the row order both ways, sorted by plain integer keys (favourites first, then the column;
the price by its exact ``Decimal`` value, not its text; ties by name). A sort on the GUI thread
is then a reindex and one ``layoutChanged``. The table paints those strings as they are
(``paint_cell``, read by ``product_delegate``): ``data`` answers the selected row, tooltips and
screen readers.

``ProductFilterProxy`` is a ``QAbstractProxyModel`` whose filter is a list of visible source
rows, found by substring tests over the precomputed haystacks and published with ONE reset.
``QSortFilterProxyModel`` would call a Python ``filterAcceptsRow`` per row and announce every
removed and inserted row range: hundreds of milliseconds at 20,000 rows.
"""

from __future__ import annotations

import enum
import heapq
import time
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate, compress, filterfalse, islice
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from teleaccounthub.api import Product
from teleaccounthub.collector import bulk_building
from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import display_locale
from teleaccounthub.services.search_text import Query, country_haystacks, name_haystack
from teleaccounthub.services.store_money import price_text
from teleaccounthub.ui.catalog.row_masks import kept_rows, matching_mask, reordered
from teleaccounthub.ui.widgets.bell_icon import bell_icon, bell_outline_icon

ModelIndex = QModelIndex | QPersistentModelIndex
K = TypeVar("K", bound=Hashable)

CatalogText = TrContext("CatalogText")

STAR_ON = "★"
STAR_OFF = "☆"


class Column(enum.IntEnum):
    STAR = 0
    NAME = 1
    DIAL_CODE = 2
    STOCK = 3
    PRICE = 4


class Role(enum.IntEnum):
    PRODUCT = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Product``
    FAVOURITE = int(Qt.ItemDataRole.UserRole) + 2  # True when the row is pinned
    WATCHED = int(Qt.ItemDataRole.UserRole) + 3  # True when the product is watched (a bell)
    # Whether the name cell shows a bell to click (the watch feature is installed)
    BELL = int(Qt.ItemDataRole.UserRole) + 4


COLUMN_COUNT = len(Column)
# How a cell's text is drawn (``ProductModel.paint_cell``): as any text, in the link colour (a
# pinned star), dimmed (sold out).
TONE_PLAIN, TONE_LINK, TONE_DIMMED = 0, 1, 2
# The bell a cell shows: none, outlined (not watched), filled (watched).
BELL_NONE, BELL_OUTLINE, BELL_WATCHED = 0, 1, 2


def header_text(column: Column) -> str:
    if column is Column.STAR:
        return STAR_ON
    if column is Column.NAME:
        return CatalogText.tr("Product")
    if column is Column.DIAL_CODE:
        return CatalogText.tr("Dial code")
    if column is Column.STOCK:
        return CatalogText.tr("Stock")
    return CatalogText.tr("Price")


def header_tip(column: Column) -> str:
    if column is Column.STAR:
        return CatalogText.tr(
            "Favourites (click a star to pin a product; pinned products sort first)"
        )
    if column is Column.NAME:
        return CatalogText.tr("Product name")
    if column is Column.DIAL_CODE:
        return CatalogText.tr("Country dial code")
    if column is Column.STOCK:
        return CatalogText.tr("Numbers in stock")
    return CatalogText.tr("Price per number, paid from your wallet")


def watch_tip() -> str:
    return CatalogText.tr(
        "Click the bell to get an alert when this product is back in stock or cheaper"
    )


def watched_tip() -> str:
    return CatalogText.tr("Watched: click the bell to change or stop watching")


_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
ALIGNMENT_BY_COLUMN = (_CENTER, _LEFT, _LEFT, _RIGHT, _RIGHT)

# Plain ints: ``data`` and ``paint_cell`` run per cell, enum lookups add up.
_STAR, _STOCK, _PRICE = int(Column.STAR), int(Column.STOCK), int(Column.PRICE)
_NAME = int(Column.NAME)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_WATCHED = int(Role.WATCHED)
_BELL = int(Role.BELL)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_PRODUCT = int(Role.PRODUCT)
_FAVOURITE = int(Role.FAVOURITE)
HANDLED_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _ACCESSIBLE, _PRODUCT, _FAVOURITE}
    | {_DECORATION, _WATCHED, _BELL}
)
_DESCENDING = Qt.SortOrder.DescendingOrder
NO_FLAGS = Qt.ItemFlag.NoItemFlags
CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


def _dial_key(code: str) -> tuple[int, str]:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (int(digits), code) if digits else (10**9, code)


Order = list[int]  # shown row → prepared row
Orders = dict[Column, tuple[Order, Order]]  # ascending, descending (favourites not first)


@dataclass(frozen=True, slots=True)
class PreparedRows:
    """A category's rows as columns (by prepared row), and every column's order; built by
    ``prepare_rows`` on any thread, so the GUI thread only swaps them in."""

    products: Sequence[Product]
    texts: tuple[Sequence[str], ...]  # by column; the star's is empty (it depends on favourite)
    haystacks: Sequence[str]  # folded name and dial code (``search_text.name_haystack``)
    in_stock: bytes  # 1 per row with stock
    favourites: bytes  # 1 per pinned row
    rows_by_id: Mapping[int, int]  # product id → prepared row
    orders: Orders
    pinned_orders: Orders  # as ``orders`` with the favourites first (the same lists if none)
    countries: Mapping[str, str] = field(default_factory=dict)  # dial code → country haystack

    @property
    def count(self) -> int:
        return len(self.products)


def prepare_rows(products: Iterable[Product], favourites: frozenset[int]) -> PreparedRows:
    """The rows of ``products`` and every column's order: plain Python in short steps (no Qt
    object is touched but a private ``QLocale``, no sort holds the GIL for long), with the
    collector paused, so 300,000 products are prepared on a worker thread without stalling
    the window. Every few thousand rows the worker lets go of the GIL for a moment
    (``_breathe``): the GUI thread never waits for a switch interval behind it."""
    with bulk_building():
        return _prepare(tuple(products), favourites)


def _prepare(products: tuple[Product, ...], favourites: frozenset[int]) -> PreparedRows:
    locale = display_locale()
    stock_texts: dict[int, str] = {}
    price_texts: dict[str, str] = {}
    dials: dict[str, str] = {}
    names: list[str] = []
    dial_column: list[str] = []
    stock_column: list[str] = []
    prices: list[str] = []
    haystacks: list[str] = []
    in_stock = bytearray(len(products))
    pinned = bytearray(len(products))
    rows_by_id: dict[int, int] = {}
    for row, product in enumerate(products):
        name, stock = product.product_name, product.total_stock
        dial = product.dial_code
        dial = dials.setdefault(dial, dial)  # one string per dial code
        names.append(name)
        dial_column.append(dial)
        stock_column.append(_stock_text(stock, stock_texts, locale))
        price = product.wallet_price
        shown = price_texts.get(price)
        if shown is None:
            shown = price_texts[price] = price_text(price)  # "$0.72" → "0,72 $" in Russian
        prices.append(shown)
        haystacks.append(name_haystack(name, dial))
        if stock:
            in_stock[row] = 1
        if product.product_id in favourites:
            pinned[row] = 1
        rows_by_id.setdefault(product.product_id, row)
        if not row % _ROWS_PER_BREATH:
            _breathe()
    orders = _orders(products, dial_column)
    favourite_rows = bytes(pinned)
    pinned_orders = (
        {column: _pinned_both(both, favourite_rows) for column, both in orders.items()}
        if 1 in favourite_rows
        else orders
    )
    return PreparedRows(
        products,
        ((), names, dial_column, stock_column, prices),
        haystacks,
        bytes(in_stock),
        favourite_rows,
        rows_by_id,
        orders,
        pinned_orders,
        country_haystacks(dials),
    )


def _stock_text(stock: int, known: dict[int, str], locale: QLocale) -> str:
    text = known.get(stock)
    if text is None:
        text = known[stock] = locale.toString(stock)
    return text


def _orders(products: Sequence[Product], dials: Sequence[str]) -> Orders:
    """Every column both ways: by its value, ties by name, then by prepared row (ascending
    either way, as a stable sort would leave them). Counting sorts over dense ranks: linear
    Python, never one long sort."""
    names = _ranks([product.product_name.casefold() for product in products])
    by_name = (
        _counting_order(names, range(len(names))),
        _counting_order(names, range(len(names)), descending=True),
    )
    dial_keys = {dial: _dial_key(dial) for dial in set(dials)}
    keyed: dict[Column, list[int]] = {
        Column.DIAL_CODE: _ranks([dial_keys[dial] for dial in dials]),
        Column.STOCK: _ranks([product.total_stock for product in products]),
        Column.PRICE: _ranks(_price_keys([product.retail_price_usd for product in products])),
    }
    orders: Orders = {Column.STAR: by_name, Column.NAME: by_name}
    for column, ranks in keyed.items():
        orders[column] = (
            _counting_order(ranks, by_name[0]),
            _counting_order(ranks, by_name[1], descending=True),
        )
    return orders


def _ranks(keys: Sequence[K]) -> list[int]:
    """Each key's place among the distinct keys (equal keys, equal ranks)."""
    seen: dict[K, None] = {}
    for start in range(0, len(keys), _PIECE):  # one call over 300,000 keys holds the GIL ~30 ms
        seen.update(dict.fromkeys(keys[start : start + _PIECE]))
        _breathe()
    distinct = _sorted_in_pieces(list(seen))
    rank: dict[K, int] = {}
    ranks: list[int] = []
    for start in range(0, len(distinct), _ROWS_PER_BREATH):
        piece = distinct[start : start + _ROWS_PER_BREATH]
        rank.update(zip(piece, range(start, start + len(piece)), strict=True))
        _breathe()
    for start in range(0, len(keys), _ROWS_PER_BREATH):
        ranks += map(rank.__getitem__, keys[start : start + _ROWS_PER_BREATH])
        _breathe()
    return ranks


def _price_keys(prices: list[Decimal]) -> list[int] | list[Decimal]:
    """Prices as whole ten-thousandths; the prices themselves if any is finer (exact either
    way; ints compare faster)."""
    keys = [int(price.scaleb(4)) for price in prices]
    if all(key == price.scaleb(4) for key, price in zip(keys, prices, strict=True)):
        return keys
    return prices


_PIECE = 4096  # items one sort call takes: ~1 ms
_MERGE_LIMIT = 32768  # items one merge call takes: a few ms
_ROWS_PER_BREATH = 2048  # rows of Python work between two ``_breathe``: a few ms
# How long a worker lets go of the GIL between pieces: long enough for a waiting GUI thread to
# take it (a zero sleep releases it, but the worker usually takes it straight back).
BREATH_SECONDS = 0.0


def _breathe() -> None:
    time.sleep(BREATH_SECONDS)


def _sorted_in_pieces(items: list[K]) -> list[K]:
    """``sorted(items)``, in calls that each hold the GIL briefly: sorted pieces merged pairwise
    while the merges are small, then one merge step by step."""
    runs: list[list[K]] = []
    for start in range(0, len(items), _PIECE):
        runs.append(sorted(items[start : start + _PIECE]))  # type: ignore[type-var]
        _breathe()
    while len(runs) > 1 and len(runs[0]) + len(runs[1]) <= _MERGE_LIMIT:
        merged: list[list[K]] = []
        for i in range(0, len(runs), 2):
            merged.append(sorted(runs[i] + runs[i + 1]) if i + 1 < len(runs) else runs[i])  # type: ignore[type-var]
            _breathe()
        runs = merged
    if len(runs) <= 1:
        return runs[0] if runs else []
    result: list[K] = []
    merging = heapq.merge(*runs)  # type: ignore[type-var]
    while piece := list(islice(merging, _ROWS_PER_BREATH)):
        result += piece
        _breathe()
    return result


def _counting_order(
    ranks: Sequence[int], rows: Iterable[int], *, descending: bool = False
) -> Order:
    """``rows`` stably sorted by ``ranks[row]`` (dense ranks), highest first if ``descending``."""
    count = 0
    for start in range(0, len(ranks), _ROWS_PER_BREATH):  # max() of 300,000 at once: ~5 ms
        count = max(count, max(ranks[start : start + _ROWS_PER_BREATH]) + 1)
    sizes = [0] * count
    for start in range(0, len(ranks), _ROWS_PER_BREATH):
        for rank in ranks[start : start + _ROWS_PER_BREATH]:
            sizes[rank] += 1
        _breathe()
    if descending:
        sizes.reverse()
    starts = [0, *accumulate(sizes)]
    order = [0] * len(ranks)
    top = count - 1
    for done, row in enumerate(rows, 1):
        slot = top - ranks[row] if descending else ranks[row]
        position = starts[slot]
        order[position] = row
        starts[slot] = position + 1
        if not done % _ROWS_PER_BREATH:
            _breathe()
    return order


def _pinned(order: Order, favourites: bytes | bytearray) -> Order:
    """``order`` with the favourites first (each part keeps its order); C-level steps only."""
    if 1 not in favourites:  # one scan in C (most categories have no favourite)
        return order
    flags = favourites.__getitem__
    pinned = list(compress(order, map(flags, order)))
    if not pinned:
        return order
    rest = list(filterfalse(flags, order))
    return pinned + rest


def _pinned_both(both: tuple[Order, Order], favourites: bytes) -> tuple[Order, Order]:
    return _pinned(both[0], favourites), _pinned(both[1], favourites)


@dataclass(frozen=True, slots=True)
class _ShownTexts:
    haystacks: list[str]
    dial_codes: list[str]
    in_stock: bytes


_EMPTY = PreparedRows((), ((), (), (), (), ()), (), b"", b"", {}, {}, {})


class ProductModel(QAbstractTableModel):
    """Columns ★, Product, Dial code, Stock, Price. ``Role.PRODUCT`` gives the ``Product``.

    Nothing here walks the rows in Python: showing a category swaps in its ``PreparedRows``, a
    sort picks a prepared order (favourites first: two C-level passes), a lookup by product id
    is a dict and a list search.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._prepared = _EMPTY
        self._favourites = bytearray()  # 1 per pinned prepared row
        self._order: Order = []  # shown row → prepared row
        self._shown: _ShownTexts | None = None  # what the filter reads, in ``_order``
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._watched: frozenset[int] = frozenset()  # product ids with a bell beside the star
        # Bells are shown (filled when watched, outlined otherwise) once a feature watches.
        self._bells = False

    # -- reading ---------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """``data`` of the cell at ``row``, ``column`` (what the proxy reads without an index)."""
        if role not in HANDLED_ROLES or not 0 <= row < len(self._order):
            return None
        item = self._order[row]
        if role == _DISPLAY:
            if column == _STAR:
                return STAR_ON if self._favourites[item] else STAR_OFF
            return self._prepared.texts[column][item]
        if role == _ALIGN:
            return ALIGNMENT_BY_COLUMN[column]
        if role == _DECORATION:  # asked of every cell on paint: the cheap tests first
            if column != _NAME or not self._bells:
                return None
            watched = self._prepared.products[item].product_id in self._watched
            return bell_icon() if watched else bell_outline_icon(*outline_colours())
        if role == _WATCHED:
            return self._prepared.products[item].product_id in self._watched
        if role == _BELL:
            return self._bells and column == _NAME
        favourite = bool(self._favourites[item])
        if role == _FOREGROUND:
            return _foreground(favourite, not self._prepared.in_stock[item], column)
        if role == _PRODUCT:
            return self._prepared.products[item]
        if role == _FAVOURITE:
            return favourite
        if role == _TOOLTIP:
            if column == _NAME and self._bells:
                if self._prepared.products[item].product_id in self._watched:
                    return watched_tip()
                return watch_tip()
            return _tooltip(self._prepared, item, favourite, column)
        if column == _STAR:  # _ACCESSIBLE
            return CatalogText.tr("Favourite") if favourite else CatalogText.tr("Not a favourite")
        return None

    def paint_cell(self, row: int, column: int) -> tuple[str, int, int]:
        """What the delegate draws in the cell: its text, ``TONE_*`` and ``BELL_*`` (what
        ``cell`` says for the display, foreground and decoration roles, as plain values)."""
        item = self._order[row]
        tone = TONE_PLAIN if self._prepared.in_stock[item] else TONE_DIMMED
        if column == _STAR:
            if self._favourites[item]:
                return STAR_ON, TONE_LINK, BELL_NONE
            return STAR_OFF, tone, BELL_NONE
        text = self._prepared.texts[column][item]
        if column != _NAME or not self._bells:
            return text, tone, BELL_NONE
        watched = self._prepared.products[item].product_id in self._watched
        return text, tone, BELL_WATCHED if watched else BELL_OUTLINE

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return header_tip(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGNMENT_BY_COLUMN[column]
        return None

    def product(self, row: int) -> Product:
        return self._prepared.products[self._order[row]]

    def row_of(self, product_id: int) -> int | None:
        item = self._prepared.rows_by_id.get(product_id)
        return None if item is None else self._order.index(item)

    def rows_matching(self, query: Query, in_stock_only: bool) -> list[int]:
        """The rows (as shown) that match every word of ``query``, and in stock if asked."""
        if not query and not in_stock_only:
            return list(range(len(self._order)))
        shown = self._shown_texts()
        keep = shown.in_stock if in_stock_only else None
        if not query:
            return kept_rows(shown.in_stock)
        mask = matching_mask(
            query, shown.haystacks, shown.dial_codes, self._prepared.countries, keep
        )
        return kept_rows(mask)

    def sort_column(self) -> Column:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # -- changing ---------------------------------------------------------------------------------

    def set_products(self, products: Iterable[Product], favourites: frozenset[int]) -> None:
        """Show ``products`` (one reset), sorted by the current column."""
        self.set_prepared(prepare_rows(products, favourites))

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows from ``prepare_rows``, in the current sort (one reset, no per-row work)."""
        self.beginResetModel()
        self._prepared = prepared
        self._favourites = bytearray(prepared.favourites)
        orders = prepared.pinned_orders.get(self._sort_column)
        self._order = orders[self._sort_order == _DESCENDING] if orders else []
        self._shown = None
        self.endResetModel()

    def clear(self) -> None:
        self.set_prepared(_EMPTY)

    def set_favourite(self, product_id: int, favourite: bool) -> None:
        """Pin or unpin a product; it moves to (or out of) the favourites at the top."""
        item = self._prepared.rows_by_id.get(product_id)
        if item is None or bool(self._favourites[item]) == favourite:
            return
        self._favourites[item] = favourite
        star = self.index(self._order.index(item), Column.STAR)
        self.dataChanged.emit(star, star, [Qt.ItemDataRole.DisplayRole, Role.FAVOURITE])
        self._resort()

    def set_watched(self, product_ids: frozenset[int]) -> None:
        """Show a bell before every name, beside the star: filled for the watched products,
        outlined for the others (once called, the bells stay: something watches)."""
        if product_ids == self._watched and self._bells:
            return
        self._watched = product_ids
        self._bells = True
        if self._order:
            top, bottom = self.index(0, Column.NAME), self.index(len(self._order) - 1, Column.NAME)
            roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, Role.WATCHED]
            self.dataChanged.emit(top, bottom, [*roles, Role.BELL])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column = Column(column)
        self._sort_order = order
        self._resort()

    # -- internals --------------------------------------------------------------------------------

    def _reorder(self) -> None:
        """Lay the rows out in the current sort, favourites first (no comparisons)."""
        orders = self._prepared.orders.get(self._sort_column)
        order = orders[self._sort_order == _DESCENDING] if orders else []
        self._order = _pinned(order, self._favourites)
        self._shown = None

    def _shown_texts(self) -> _ShownTexts:
        """The filter's texts in the shown order: made on the first filter after a sort or a
        new category (a few C-level passes), so each keystroke reads them in place."""
        shown = self._shown
        if shown is None:
            order, prepared = self._order, self._prepared
            self._shown = shown = _ShownTexts(
                reordered(prepared.haystacks, order),
                reordered(prepared.texts[Column.DIAL_CODE], order),
                bytes(reordered(prepared.in_stock, order)),
            )
        return shown

    def _resort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._order[index.row()] for index in persistent]
        self._reorder()
        if persistent:
            where = self._order.index
            moved = [
                self.index(where(item), index.column())
                for item, index in zip(before, persistent, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


def _tooltip(prepared: PreparedRows, item: int, favourite: bool, column: int) -> str | None:
    if column == _STAR:
        if favourite:
            return CatalogText.tr("Unpin this product")
        return CatalogText.tr("Pin this product to the top")
    if column == _STOCK and not prepared.in_stock[item]:
        return CatalogText.tr("Out of stock")
    if column == _PRICE:
        price = prepared.products[item].wallet_unit_price
        return CatalogText.tr("{price} per number").format(price=price_text(price))
    return None


def outline_colours() -> tuple[str, str]:
    """The outlined bell's colours: the palette's placeholder grey, and the highlighted text's
    on a selected row (light and dark themes alike)."""
    palette = QApplication.palette()
    return (
        palette.color(QPalette.ColorRole.PlaceholderText).name(),
        palette.color(QPalette.ColorRole.HighlightedText).name(),
    )


def _foreground(favourite: bool, sold_out: bool, column: int) -> Any:
    if column == _STAR and favourite:
        return QApplication.palette().color(QPalette.ColorRole.Link)
    if sold_out:
        disabled = QPalette.ColorGroup.Disabled
        return QApplication.palette().color(disabled, QPalette.ColorRole.Text)
    return None
