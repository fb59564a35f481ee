"""The entries of a saved order's ZIP as a table: name, size, and what is wrong with it."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.local.zip_listing import ZipEntry
from teleaccounthub.services.formatting import size_text

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    SIZE = 1
    PROBLEM = 2


class Role(enum.IntEnum):
    #: The row's ``ZipEntry``.
    ENTRY = int(Qt.ItemDataRole.UserRole) + 1
    #: The size in bytes (an int), for sorting and tests.
    BYTES = int(Qt.ItemDataRole.UserRole) + 2


HEADERS = {Column.NAME: "Name", Column.SIZE: "Size", Column.PROBLEM: "Warning"}


class ZipEntryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ZipEntry] = []

    def set_entries(self, entries: Iterable[ZipEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[ZipEntry]:
        return list(self._entries)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Role.ENTRY:
            return entry
        if role == Role.BYTES:
            return entry.size
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return entry.shown_name or "(no name)"
            if column == Column.SIZE:
                return "folder" if entry.is_folder else size_text(entry.size)
            return "; ".join(entry.problems).capitalize()
        if role == Qt.ItemDataRole.ToolTipRole and entry.problems:
            return "Do not unpack this archive with another program before you look at it: " + (
                "; ".join(entry.problems)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
