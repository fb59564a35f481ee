"""A read-only table whose rows are values of one kind under fixed column headers: what the
app's list models share (row count, column count, header texts, the row behind an index).

A subclass keeps its own ``Column`` and ``Role`` enums and says in ``data`` what a cell shows;
``self._rows`` is its list of rows, changed through ``set_rows`` or with the usual begin/end
calls around an edit of the list.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

RowT = TypeVar("RowT")
ColumnT = TypeVar("ColumnT", bound=enum.IntEnum)
ModelIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, headers: Mapping[ColumnT, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        if sorted(int(column) for column in headers) != list(range(len(headers))):
            raise ValueError("the headers must name the columns 0, 1, 2, … each once")
        self._headers = {int(column): text for column, text in headers.items()}
        self._rows: list[RowT] = []

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, index: ModelIndex) -> RowT | None:
        """The row behind ``index``, or None for an invalid or stale one."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(section)
        return None
