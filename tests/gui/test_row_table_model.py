"""The list models' shared base: rows, headers, and the row behind an index."""

from __future__ import annotations

import enum
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.ui.widgets.row_table_model import RowTableModel


class Column(enum.IntEnum):
    NAME = 0
    SIZE = 1


class Words(RowTableModel[str]):
    def __init__(self) -> None:
        super().__init__({Column.NAME: "Name", Column.SIZE: "Size"})

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        word = self.row_at(index)
        if word is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return word if index.column() == Column.NAME else str(len(word))


def test_rows_headers_and_the_row_behind_an_index(qtbot: QtBot) -> None:
    model = Words()
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    model.set_rows(["ab", "cde"])
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 2
    assert model.columnCount() == 2
    assert model.headerData(Column.SIZE, Qt.Orientation.Horizontal) == "Size"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(1, Column.SIZE).data() == "3"
    assert model.row_at(model.index(0, 0)) == "ab"
    assert model.row_at(QModelIndex()) is None
    stale = QPersistentModelIndex(model.index(1, 0))
    model.set_rows(["x"])
    assert model.row_at(stale) is None
    assert model.rows() == ["x"]


def test_headers_must_name_every_column_once() -> None:
    class Gap(enum.IntEnum):
        FIRST = 0
        THIRD = 2

    with pytest.raises(ValueError, match="each once"):
        RowTableModel({Gap.FIRST: "First", Gap.THIRD: "Third"})
