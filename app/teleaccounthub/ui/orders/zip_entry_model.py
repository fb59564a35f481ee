"""The entries of a saved order's ZIP as a table: name, size, and what is wrong with it."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.local.zip_listing import ZipEntry
from teleaccounthub.services.formatting import size_text
from teleaccounthub.ui.widgets.row_table_model import RowTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    SIZE = 1
    PROBLEM = 2


class Role(enum.IntEnum):
    # The row's ``ZipEntry``.
    ENTRY = int(Qt.ItemDataRole.UserRole) + 1
    # The size in bytes (an int), for sorting and tests.
    BYTES = int(Qt.ItemDataRole.UserRole) + 2


HEADERS = {Column.NAME: "Name", Column.SIZE: "Size", Column.PROBLEM: "Warning"}


class ZipEntryModel(RowTableModel[ZipEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(HEADERS, parent)

    def set_entries(self, entries: Iterable[ZipEntry]) -> None:
        self.set_rows(entries)

    def entries(self) -> list[ZipEntry]:
        return self.rows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index)
        if entry is None:
            return None
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
