"""The right side: the category's title, the filter row and the ``productTable``.

When the table would be empty it says why in a sentence instead (pick a category, loading,
nothing matches the filter, nothing in stock).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import group_digits
from teleaccounthub.services.search_text import Query
from teleaccounthub.ui.actions import shortcut_of
from teleaccounthub.ui.catalog.bell_delegate import BellDelegate
from teleaccounthub.ui.catalog.product_filter import ProductFilterProxy
from teleaccounthub.ui.catalog.product_model import (
    COLUMN_COUNT,
    Column,
    PreparedRows,
    ProductModel,
    prepare_rows,
)
from teleaccounthub.ui.widgets.empty_state import EmptyStateStack
from teleaccounthub.ui.widgets.item_viewport import give_own_viewport
from teleaccounthub.ui.widgets.retranslating import Retranslating
from teleaccounthub.ui.widgets.row_keys import RowKeys

CatalogText = TrContext("CatalogText")

# Filtering 20,000 rows takes a few milliseconds: the timer only folds keystrokes that arrive
# together (a paste, a held key) into one filter pass.
FILTER_DELAY_MS = 0
# Pixels at the right of each header section kept free for the sort arrow.
SORT_ARROW_ROOM = 22


def pick_a_category() -> str:
    return CatalogText.tr("Pick a category on the left to see what is in stock.")


def loading_products() -> str:
    return CatalogText.tr("Loading products…")


def not_loaded() -> str:
    return CatalogText.tr(
        "The products of this category could not be loaded yet. They show here as soon as the "
        "store answers."
    )


class ProductPanel(Retranslating, QWidget):
    """Signals: ``selection_changed()``, ``activated()`` (a product was double-clicked, or Enter
    was pressed on it), ``context_menu_requested(QPoint)`` (global position; the row it is for
    is selected), ``favourite_clicked(int)`` (the id of the product whose star was clicked),
    ``bell_clicked(int)`` (the id of the product whose bell was clicked; its row is selected).

    Keys: Escape in the filter clears it and goes to the table; Enter or Down there go to the
    table too (the first row selected when none is).
    """

    selection_changed = Signal()
    activated = Signal()
    context_menu_requested = Signal(QPoint)
    favourite_clicked = Signal(int)
    bell_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ProductModel(self)
        self.proxy = ProductFilterProxy(self.model, self)
        self._loading = False
        self._has_category = False
        # Between picking a category and its rows arriving: nothing known yet, not "no products".
        self._awaiting = False
        self._not_loaded = False
        self._no_category_text: Callable[[], str] = pick_a_category
        self._category_name: str | None = None
        self._selected_id: int | None = None
        self._skipped = 0

        self.title = QLabel()
        self.title.setObjectName("productTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("productCount")
        self.count_label.setProperty("role", "muted")
        # The store's answer had products that could not be read: they were left out.
        self.skipped_label = QLabel()
        self.skipped_label.setObjectName("productSkipped")
        self.skipped_label.setProperty("role", "muted")
        self.skipped_label.hide()

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("productFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.in_stock_check = QCheckBox()
        self.in_stock_check.setObjectName("inStockToggle")

        self.table = QTableView()
        give_own_viewport(self.table)  # before anything uses the viewport: faster start
        self.table.setObjectName("productTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.bell_delegate = BellDelegate(self.table, self.proxy.paint_cell)
        self.table.setItemDelegate(self.bell_delegate)
        self.bell_delegate.bell_clicked.connect(
            lambda row: self.bell_clicked.emit(self.proxy.product(row).product_id)
        )
        self.row_keys = RowKeys(
            self.table,
            activate=lambda _index: self.activated.emit(),
            menu=lambda _index, position: self.context_menu_requested.emit(position),
        )
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(Column.STAR, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (Column.DIAL_CODE, Column.STOCK, Column.PRICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The sort arrow is drawn at a section's right end: leave it room, so it never covers
        # the right-aligned "Stock" and "Price".
        header.setStyleSheet(f"QHeaderView::section {{ padding-right: {SORT_ARROW_ROOM}px; }}")
        digit = self.fontMetrics().horizontalAdvance("0")
        header.resizeSection(Column.STAR, 40)
        for column in (Column.DIAL_CODE, Column.STOCK, Column.PRICE):
            header.resizeSection(column, digit * 11 + SORT_ARROW_ROOM)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)

        self.stack = EmptyStateStack(self.table, "", "productPlaceholder", "")
        self.empty_label = self.stack.label
        self.stack.show_empty(True)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.skipped_label)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.setSpacing(12)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.in_stock_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.installEventFilter(self)
        self.in_stock_check.toggled.connect(self._set_in_stock_only)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.clicked.connect(self._clicked)
        for signal in (
            self.proxy.modelReset,
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
        ):
            signal.connect(self._update_state)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self._category_name or CatalogText.tr("Products"))
        self.title.setAccessibleName(CatalogText.tr("Category shown"))
        self.count_label.setAccessibleName(CatalogText.tr("Number of products"))
        self.skipped_label.setAccessibleName(CatalogText.tr("Products that could not be read"))
        self.filter_edit.setAccessibleName(CatalogText.tr("Filter products"))
        self.filter_edit.setPlaceholderText(
            CatalogText.tr(
                "Filter by name, country or dial code, e.g. germany or +63  ({shortcut})"
            ).format(shortcut=shortcut_of("findAction"))
        )
        self.in_stock_check.setText(CatalogText.tr("In stock only"))
        self.in_stock_check.setAccessibleName(CatalogText.tr("In stock only"))
        self.in_stock_check.setToolTip(CatalogText.tr("Hide products that are out of stock"))
        self.table.setAccessibleName(CatalogText.tr("Products"))
        self.empty_label.setAccessibleName(CatalogText.tr("Products status"))
        # The headers and tooltips are asked at paint time: say they changed.
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        rows = self.model.rowCount()
        if rows:
            last = self.model.index(rows - 1, COLUMN_COUNT - 1)
            self.model.dataChanged.emit(self.model.index(0, 0), last)
        self._update_state()

    # -- showing --------------------------------------------------------------------------------

    def show_category(self, name: str | None) -> None:
        """A category was picked (None: none is): clear the table until its products arrive."""
        self._has_category = name is not None
        self._awaiting = name is not None
        self._not_loaded = False
        self._category_name = name
        self.title.setText(name or CatalogText.tr("Products"))
        self._selected_id = None
        self._skipped = 0
        self.model.clear()
        self._update_state()

    def set_products(
        self, products: Iterable[Product], favourites: frozenset[int], *, skipped: int = 0
    ) -> None:
        """Show ``products``; the selected product stays selected if it is still there.

        ``skipped``: how many products of the answer could not be read (said beside the count).
        """
        self._show(prepare_rows(products, favourites), skipped)

    async def show_products(
        self, products: Sequence[Product], favourites: frozenset[int], *, skipped: int = 0
    ) -> None:
        """``set_products`` with the rows built and sorted on a worker thread: a category of
        thousands of products never stalls the window."""
        import asyncio  # here: the window paints before asyncio is imported

        self._show(await asyncio.to_thread(prepare_rows, products, favourites), skipped)

    def _show(self, prepared: PreparedRows, skipped: int) -> None:
        keep = self._selected_id
        self._skipped = skipped
        self._awaiting = False
        self._not_loaded = False
        self.model.set_prepared(prepared)
        if keep is not None:
            self.select_product(keep)
        self._update_state()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_state()

    def show_not_loaded(self) -> None:
        """Loading the category's products failed and none are shown: say so (not "none")."""
        if self._awaiting:
            self._not_loaded = True
            self._update_state()

    def set_no_category_text(self, text: str | Callable[[], str]) -> None:
        """What the empty table says while no category is picked ("Loading categories…"); a
        function is asked again when the language changes."""
        self._no_category_text = text if callable(text) else lambda: text
        self._update_state()

    def set_favourite(self, product_id: int, favourite: bool) -> None:
        self.model.set_favourite(product_id, favourite)

    def select_product(self, product_id: int) -> bool:
        row = self.model.row_of(product_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_product(self) -> Product | None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.proxy.product(rows[0].row())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- reacting -------------------------------------------------------------------------------

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        self.proxy.set_filter_text(self.filter_edit.text())
        self._reselect()

    def _set_in_stock_only(self, enabled: bool) -> None:
        self.proxy.set_in_stock_only(enabled)
        self._reselect()

    def _reselect(self) -> None:
        """After the proxy's reset (a filter change): the selected product stays selected if it
        is still shown; if not, nothing is selected and ``selection_changed`` says so."""
        keep = self._selected_id
        if keep is not None and not self.select_product(keep):
            self._selection_changed()

    def _selection_changed(self) -> None:
        product = self.selected_product()
        self._selected_id = product.product_id if product is not None else None
        self.selection_changed.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() != Column.STAR:
            self.activated.emit()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.STAR:
            self.favourite_clicked.emit(self.proxy.product(index.row()).product_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.filter_edit.clear()
                self._apply_filter()
                self.focus_table()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._apply_filter()
                self.focus_table()
                return True
        return super().eventFilter(watched, event)

    def focus_table(self) -> None:
        """Move the focus to the table; select its first row when none is selected."""
        if self.selected_product() is None and self.proxy.rowCount():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if not self._has_category or self._awaiting:
            self.count_label.clear()
        elif shown == total:
            self.count_label.setText(CatalogText.tr("%Ln product(s)", "", total))
        else:
            self.count_label.setText(
                CatalogText.tr("{shown} of %Ln product(s)", "", total).format(
                    shown=group_digits(shown)
                )
            )
        unreadable = self._skipped if self._has_category else 0
        self.skipped_label.setText(
            CatalogText.tr("%Ln product(s) could not be read", "", unreadable)
        )
        self.skipped_label.setVisible(unreadable > 0)
        message = self._empty_message(total, shown)
        if message is not None:
            self.empty_label.setText(message)
        self.stack.show_empty(message is not None)

    def _matches_out_of_stock(self, text: str) -> bool:
        """Whether ``text`` matches products that "In stock only" hides."""
        return bool(self.model.rows_matching(Query.parse(text), False))

    def _empty_message(self, total: int, shown: int) -> str | None:
        if shown:
            return None
        if not self._has_category:
            return self._no_category_text()
        if total == 0:
            if self._not_loaded and not self._loading:
                return not_loaded()
            if self._awaiting or self._loading:
                return loading_products()
            return CatalogText.tr("This category has no products.")
        text = self.proxy.filter_text()
        if text and self.proxy.in_stock_only() and self._matches_out_of_stock(text):
            return CatalogText.tr(
                "No product in stock matches “{text}”. "
                "Clear the filter or turn off “In stock only”."
            ).format(text=text)
        if text:
            return CatalogText.tr(
                "No product matches “{text}”. Try a country name or a dial code like +63."
            ).format(text=text)
        return CatalogText.tr(
            "Nothing is in stock in this category right now. "
            "Turn off “In stock only” to see every product."
        )
