"""The store's categories in API order with their stock counts (shown in the ``categoryTree``)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from teleaccounthub.api import Category
from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import display_locale

ModelIndex = QModelIndex | QPersistentModelIndex
CatalogText = TrContext("CatalogText")


class Column(enum.IntEnum):
    NAME = 0
    STOCK = 1


class Role(enum.IntEnum):
    CATEGORY = int(Qt.ItemDataRole.UserRole) + 1  # the row's ``Category``


def header_text(column: Column) -> str:
    if column is Column.NAME:
        return CatalogText.tr("Category")
    return CatalogText.tr("In stock")


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CategoryModel(QAbstractTableModel):
    """One row per category, in the order the API sent them. ``Role.CATEGORY`` gives the
    ``Category``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []
        self._locale = display_locale()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._categories):
            return None
        category = self._categories[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.NAME:
                return category.category_name
            return self._locale.toString(category.total_stock)
        if role == Role.CATEGORY:
            return category
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if column is Column.STOCK else _LEFT).value)
        if role == Qt.ItemDataRole.ForegroundRole and category.total_stock == 0:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            stock = self._locale.toString(category.total_stock)
            return CatalogText.tr("{name}: {stock} in stock").format(
                name=category.category_name, stock=stock
            )
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((_RIGHT if column is Column.STOCK else _LEFT).value)
        return None

    def set_categories(self, categories: Sequence[Category]) -> None:
        """Show ``categories``. The same categories in the same order only update their counts,
        so the selection and the scroll position stay."""
        new = list(categories)
        same_rows = [c.category_id for c in new] == [c.category_id for c in self._categories]
        if same_rows:
            self._categories = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._categories = new
        self.endResetModel()

    def retranslate(self) -> None:
        """The headers, counts and tooltips in the language now shown."""
        self._locale = display_locale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._categories:
            last = self.index(len(self._categories) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def category(self, row: int) -> Category:
        return self._categories[row]

    def row_of(self, category_id: int) -> int | None:
        for number, category in enumerate(self._categories):
            if category.category_id == category_id:
                return number
        return None
