"""The search window (Ctrl+K): a field, the products found in every category, and a status line.

Results follow every keystroke. Up/Down (and Page Up/Down) move through them without leaving
the field; Enter opens the chosen product in its category; Escape closes.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.utc import utc_now
from teleaccounthub.services.formatting import age_text, group_digits
from teleaccounthub.services.search_results import SearchHit, SearchResults, progress_text
from teleaccounthub.services.store_search import StoreSearch
from teleaccounthub.ui.search.result_model import Column, SearchResultModel, sold_out
from teleaccounthub.ui.widgets.empty_state import EmptyStateStack
from teleaccounthub.ui.widgets.retranslating import Retranslating

SearchText = TrContext("SearchText")

# More than any product name: a paste of a whole page is cut here.
MAX_QUERY_CHARACTERS = 200
# Results older than this say their age.
SAY_AGE_AFTER = timedelta(minutes=1)
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 10,
    Qt.Key.Key_PageUp: -10,
}


def start_text() -> str:
    return SearchText.tr(
        "Type a product, a country in any language or a dial code: germany, 대한민국, DE, +49."
    )


class SearchDialog(Retranslating, QDialog):
    """Signals: ``product_chosen(SearchHit)`` (Enter or a double-click on a result)."""

    product_chosen = Signal(object)

    def __init__(self, search: StoreSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._results: SearchResults | None = None
        self.setObjectName("storeSearchDialog")
        self.setModal(False)
        self.resize(760, 460)

        self.field = QLineEdit()
        self.field.setObjectName("storeSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMaxLength(MAX_QUERY_CHARACTERS)
        self.field.installEventFilter(self)

        self.model = SearchResultModel(self)
        self.table = QTableView()
        self.table.setObjectName("storeSearchResults")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.PRODUCT, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to the contents would ask every cell on every keystroke.
        for column in (Column.CATEGORY, Column.STOCK, Column.PRICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.stack = EmptyStateStack(self.table, "", "storeSearchPlaceholder", "")

        self.status = QLabel()
        self.status.setObjectName("storeSearchStatus")
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setObjectName("storeSearchProblems")
        self.problems.setWordWrap(True)
        self.problems.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.status)

        self.field.textChanged.connect(lambda _text: self.refresh())
        self.table.doubleClicked.connect(lambda index: self._choose(index.row()))
        search.changed.connect(self.refresh)
        search.loading_changed.connect(lambda _loading: self.refresh())
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(SearchText.tr("Search the store"))
        self.setWindowTitle(SearchText.tr("Search the store"))
        self.field.setAccessibleName(SearchText.tr("Search every category"))
        self.field.setPlaceholderText(
            SearchText.tr("Search every category: product, country or dial code")
        )
        self.table.setAccessibleName(SearchText.tr("Products found"))
        self.stack.label.setAccessibleName(SearchText.tr("Search status"))
        self.status.setAccessibleName(SearchText.tr("Search progress"))
        self.problems.setAccessibleName(SearchText.tr("Categories not searched"))
        self.model.retranslate()
        self._size_columns()
        if self._results is not None and self.isVisible():
            self._say(self._results)
        else:
            self.stack.label.setText(start_text())

    def _size_columns(self) -> None:
        """Room for the numbers, and for the header and "Sold out" in the language shown."""
        cells = self.table.fontMetrics()
        digit = cells.horizontalAdvance("0")
        header = self.table.horizontalHeader()
        padding = 2 * digit + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) * 2
        for column, digits in ((Column.CATEGORY, 16), (Column.STOCK, 10), (Column.PRICE, 10)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            wide = header.fontMetrics().horizontalAdvance(title)
            if column is Column.STOCK:
                wide = max(wide, cells.horizontalAdvance(sold_out()))
            header.resizeSection(column, max(digit * digits, wide + padding))

    # -- what the feature calls ------------------------------------------------------------------

    def open_search(self, anchor: QWidget | None = None) -> None:
        """Show (or bring forward) with the field focused and its text selected."""
        if anchor is not None and not self.isVisible():
            top = anchor.mapToGlobal(QPoint(0, 0))
            x = top.x() + max(0, (anchor.width() - self.width()) // 2)
            self.move(x, top.y() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search.open()
        self.refresh()

    def results(self) -> SearchResults | None:
        return self._results

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def choose_current(self) -> None:
        """What Enter does: open the highlighted result (the first one if none is)."""
        row = self.current_row()
        if row < 0 and self.model.rowCount():
            row = 0
        self._choose(row)

    def refresh(self) -> None:
        """Search again for the field's text (new text, or new categories arrived)."""
        if not self.isVisible():
            return
        keep = self._current_hit()
        results = self._search.search(self.field.text())
        self._results = results
        self.model.set_hits(results.hits)
        row = self.model.row_of(keep.product.product_id, keep.category_id) if keep else None
        if self.model.rowCount():
            self._select(row if row is not None else 0)
        self._say(results)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._search.close()

    # -- internals --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in _MOVES and self.model.rowCount():
                self._move(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        current = max(0, self.current_row())
        self._select(min(self.model.rowCount() - 1, max(0, current + step)))

    def _select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _current_hit(self) -> SearchHit | None:
        row = self.current_row()
        return self.model.hit(row) if 0 <= row < self.model.rowCount() else None

    def _choose(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.product_chosen.emit(self.model.hit(row))

    def _say(self, results: SearchResults) -> None:
        # Separate statements side by side, each one whole sentence of its own.
        parts = [progress_text(results)]
        if results.total:
            parts.insert(0, SearchText.tr("%Ln product(s) found", "", results.total))
        if results.more > 0:
            parts.insert(
                1,
                SearchText.tr("{count} more — refine the search to see them").format(
                    count=group_digits(results.more)
                ),
            )
        if results.oldest is not None and utc_now() - results.oldest > SAY_AGE_AFTER:
            parts.append(
                SearchText.tr("stock and prices from {age}").format(
                    age=age_text(utc_now() - results.oldest)
                )
            )
        self.status.setText(" · ".join(parts))
        self.problems.setText(
            SearchText.tr("Not searched: {problems}").format(problems=" ".join(results.problems))
        )
        self.problems.setVisible(bool(results.problems))
        message = self._empty_message(results)
        if message is not None:
            self.stack.label.setText(message)
        self.stack.show_empty(message is not None)

    def _empty_message(self, results: SearchResults) -> str | None:
        if results.hits:
            return None
        if not results.query:
            return start_text()
        if results.searched == 0:
            return SearchText.tr("Loading the store’s categories…")
        if results.searched == 1:
            if results.loading:
                return SearchText.tr(
                    "No product in 1 category matches “{query}” yet; still searching the others…"
                ).format(query=results.query)
            return SearchText.tr(
                "No product in 1 category matches “{query}”. "
                "Try a country name or a dial code like +63."
            ).format(query=results.query)
        if results.loading:
            return SearchText.tr(
                "No product in %Ln categories matches “{query}” yet; still searching the others…",
                "",
                results.searched,
            ).format(query=results.query)
        return SearchText.tr(
            "No product in %Ln categories matches “{query}”. "
            "Try a country name or a dial code like +63.",
            "",
            results.searched,
        ).format(query=results.query)
