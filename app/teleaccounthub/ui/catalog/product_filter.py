"""The product table's filter: a proxy over ``ProductModel`` that shows the rows matching the
filter text (name, dial code, or the country's English or native name or ISO code) and
"in stock only", and hands sorting to the source model."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from teleaccounthub.api import Product
from teleaccounthub.services.search_text import Query
from teleaccounthub.ui.catalog.product_model import (
    CELL_FLAGS,
    COLUMN_COUNT,
    HANDLED_ROLES,
    NO_FLAGS,
    ModelIndex,
    ProductModel,
)


class ProductFilterProxy(QAbstractProxyModel):
    """Filters a ``ProductModel`` by text (``services.search_text.Query``) and stock; never
    sorts itself.

    The filter is the list of visible source rows (``None``: all of them), replaced with one
    reset. ``sort`` (what a header click calls) is handed to the source model, and a source sort
    re-filters in the same ``layoutChanged``.
    """

    def __init__(self, source: ProductModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._products = source
        self._query = Query()
        self._text = ""
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
        self._text = " ".join(text.casefold().split())  # before the reset, which shows it
        query = Query.parse(text)
        if query != self._query:
            self._refilter(lambda: self._set_query(query))

    def filter_text(self) -> str:
        """The filter's words as they were applied, lower-cased (to say what found nothing)."""
        return self._text

    def _set_query(self, query: Query) -> None:
        self._query = query

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
        return CELL_FLAGS if index.isValid() else NO_FLAGS  # as the source's, for every cell

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or role not in HANDLED_ROLES:  # most roles a paint asks for: one call, no more
            return None
        visible = self._visible
        return self._products.cell(row if visible is None else visible[row], index.column(), role)

    def paint_cell(self, row: int, column: int) -> tuple[str, int, int]:
        """``ProductModel.paint_cell`` of proxy row ``row``."""
        visible = self._visible
        return self._products.paint_cell(row if visible is None else visible[row], column)

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
        if not self._query and not self._in_stock_only:
            return None
        return self._products.rows_matching(self._query, self._in_stock_only)

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
