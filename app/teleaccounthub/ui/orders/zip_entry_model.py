"""The entries of a saved order's ZIP as a table: name, size, and what is wrong with it."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from teleaccounthub.i18n import TrContext
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


OrdersText = TrContext("OrdersText")


def headers() -> dict[Column, str]:
    return {
        Column.NAME: OrdersText.tr("Name", "of a file"),
        Column.SIZE: OrdersText.tr("Size"),
        Column.PROBLEM: OrdersText.tr("Warning"),
    }


def _sentence(text: str) -> str:
    """The first letter a capital, the rest as it is ("NUL" stays "NUL")."""
    return text[:1].upper() + text[1:]


class ZipEntryModel(RowTableModel[ZipEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(headers(), parent)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return headers()[Column(section)]
        return None

    def retranslate(self) -> None:
        """The language changed: the headers and the words in the cells are said again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, len(Column) - 1)
            )

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
                return entry.shown_name or OrdersText.tr("(no name)")
            if column == Column.SIZE:
                return OrdersText.tr("folder") if entry.is_folder else size_text(entry.size)
            return _sentence("; ".join(entry.problems))
        if role == Qt.ItemDataRole.ToolTipRole and entry.problems:
            return OrdersText.tr(
                "Do not unpack this archive with another program before you look at it: {problems}"
            ).format(problems="; ".join(entry.problems))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
