"""One convention for the item models: a ``Column`` and a ``Role`` enum beside each model, the
roles starting at ``UserRole + 1``, a header for every column."""

from __future__ import annotations

import enum
from types import ModuleType

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from teleaccounthub.ui.catalog import category_model, product_model
from teleaccounthub.ui.orders import order_model

MODELS: list[tuple[ModuleType, type[QAbstractItemModel]]] = [
    (product_model, product_model.ProductModel),
    (category_model, category_model.CategoryModel),
    (order_model, order_model.OrderTableModel),
]


@pytest.mark.parametrize(("module", "model_type"), MODELS, ids=lambda m: getattr(m, "__name__", ""))
def test_each_model_has_a_column_and_a_role_enum_and_a_header_per_column(
    qapp: object, module: ModuleType, model_type: type[QAbstractItemModel]
) -> None:
    column, role = module.Column, module.Role
    assert issubclass(column, enum.IntEnum)
    assert issubclass(role, enum.IntEnum)
    assert [int(c) for c in column] == list(range(len(column)))
    assert [int(r) for r in role] == list(
        range(int(Qt.ItemDataRole.UserRole) + 1, int(Qt.ItemDataRole.UserRole) + 1 + len(role))
    )
    model = model_type()
    assert model.columnCount() == len(column)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in column]
    named = getattr(module, "header_text", None)
    if named is not None:
        expected = [named(c) for c in column]
    else:
        table = module.headers() if hasattr(module, "headers") else module.HEADERS
        expected = [table[c] for c in column]
    assert headers == expected
    assert all(headers)
