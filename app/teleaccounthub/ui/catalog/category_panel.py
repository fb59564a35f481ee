"""The left side: the ``categoryTree`` with stock counts, or a sentence while there is none."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import Category
from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.catalog.category_model import CategoryModel, Column
from teleaccounthub.ui.widgets.item_viewport import give_own_viewport
from teleaccounthub.ui.widgets.retranslating import Retranslating

CatalogText = TrContext("CatalogText")


def loading_categories_text() -> str:
    return CatalogText.tr("Loading categories…")


def no_categories_text() -> str:
    return CatalogText.tr("The store has no categories right now.")


class CategoryPanel(Retranslating, QWidget):
    """Signals: ``category_selected(int | None)`` when the customer (or ``select``) changes it."""

    category_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CategoryModel(self)
        self.tree = QTreeView()
        give_own_viewport(self.tree)  # before anything uses the viewport: faster start
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STOCK, QHeaderView.ResizeMode.ResizeToContents)
        selection = self.tree.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("categoryPlaceholder")
        self.placeholder.setProperty("role", "empty")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.placeholder)
        self.stack.setCurrentWidget(self.placeholder)

        # The store's answer had categories that could not be read: they were left out.
        self.skipped_label = QLabel()
        self.skipped_label.setObjectName("categorySkipped")
        self.skipped_label.setProperty("role", "muted")
        self.skipped_label.setWordWrap(True)
        self.skipped_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        layout.addWidget(self.skipped_label)
        self._selected: int | None = None
        self._updating = False
        self._skipped = 0
        # What the placeholder says, asked again when the language changes.
        self._placeholder_text: Callable[[], str] = loading_categories_text
        self._retranslate()

    def _retranslate(self) -> None:
        self.tree.setAccessibleName(CatalogText.tr("Categories"))
        self.placeholder.setAccessibleName(CatalogText.tr("Categories status"))
        self.skipped_label.setAccessibleName(CatalogText.tr("Categories that could not be read"))
        self._show_skipped()
        self.placeholder.setText(self._placeholder_text())
        self.model.retranslate()

    def _show_skipped(self) -> None:
        self.skipped_label.setText(
            CatalogText.tr("%Ln of the categories could not be read", "", self._skipped)
        )
        self.skipped_label.setVisible(self._skipped > 0)

    def set_categories(self, categories: Sequence[Category], *, skipped: int = 0) -> None:
        """Show ``categories``; the selected one stays selected if it is still there.

        ``skipped``: how many categories of the answer could not be read (said under the tree).
        """
        self._skipped = max(0, skipped)
        self._show_skipped()
        keep = self._selected
        self._updating = True
        try:
            self.model.set_categories(categories)
        finally:
            self._updating = False
        if categories:
            self.stack.setCurrentWidget(self.tree)
        else:
            self._set_placeholder(no_categories_text)
        if keep is not None and self.model.row_of(keep) is not None:
            self.select(keep)
        elif keep is not None:
            self._set_selected(None)

    def show_loading(self) -> None:
        """Say the categories are loading (only while there are none)."""
        self._set_placeholder(loading_categories_text)

    def show_placeholder(self, text: str) -> None:
        """Say ``text`` where the tree would be (only while there are no categories)."""
        self._set_placeholder(lambda: text)

    def _set_placeholder(self, text: Callable[[], str]) -> None:
        self._placeholder_text = text
        self.placeholder.setText(text())
        if self.model.rowCount() == 0:
            self.stack.setCurrentWidget(self.placeholder)

    def select(self, category_id: int) -> bool:
        """Select ``category_id``; False if it is not in the tree."""
        row = self.model.row_of(category_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        self._set_selected(category_id)
        return True

    def selected_category_id(self) -> int | None:
        return self._selected

    def category_count(self) -> int:
        return self.model.rowCount()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._updating:
            return
        rows = {index.row() for index in selected.indexes()}
        if len(rows) == 1:
            self._set_selected(self.model.category(rows.pop()).category_id)
        elif not self.tree.selectionModel().hasSelection():
            self._set_selected(None)

    def _set_selected(self, category_id: int | None) -> None:
        if category_id != self._selected:
            self._selected = category_id
            self.category_selected.emit(category_id)
