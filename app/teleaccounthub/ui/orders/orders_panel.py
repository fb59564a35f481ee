"""The order list: table, status delegate, context menu, toolbar and a one-line summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QRegion,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.journal import PurchaseIntent
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.ui.actions import shortcut_of, spec
from teleaccounthub.ui.language import is_language_change
from teleaccounthub.ui.orders.order_model import Column, OrderTableModel, Role
from teleaccounthub.ui.widgets.empty_state import EmptyStateStack
from teleaccounthub.ui.widgets.row_keys import RowKeys

AnyIndex = QModelIndex | QPersistentModelIndex

# The status shows elapsed time as m:ss: it changes once a second, so that is how often the
# status cells of the processing rows in view are repainted — only while they can be seen. The
# repaint is the view's alone: the model signals nothing (the time moving on changes no data).
TICK_MS = 1000

# The progress bar of a processing order needs room; the other short columns fit their
# content (in any font: dark mode, a bigger scale), the product and "Saved to" share the rest.
STATUS_WIDTH = 160
# The status delegate keeps at most this many drawn bars (a bar per size, progress and look).
BAR_CACHE_SIZE = 64
BAR_MARGIN = 2
FIT_CONTENT = (Column.NUMBER, Column.ID, Column.QTY, Column.CHARGED, Column.PLACED)
SHARE_THE_REST = (Column.PRODUCT, Column.SAVED)
# Narrower than this, the list leaves out "Saved to" so the product name keeps some room
# (the file is named in the download row and its tooltip, and "Open folder" shows it).
NARROW_LIST = 700
# The product name keeps at least this much room: where the short columns would take it, the
# ones the details pane also shows step aside, the API's order id first, then Placed.
PRODUCT_ROOM = 90
STEP_ASIDE = (Column.ID, Column.PLACED)


OrdersText = TrContext("OrdersText")


def summary_text(model: OrderTableModel) -> str:
    """``2 orders processing · 1 order ready to save · 1 order no longer checked``, or ``""``."""
    processing = model.processing_count()
    ready = sum(1 for r in model.records() if r.is_completed and not r.is_saved)
    stopped = model.stopped_count()
    parts = []
    if processing:
        parts.append(OrdersText.tr("%Ln order(s) processing", "", processing))
    if ready:
        parts.append(OrdersText.tr("%Ln order(s) ready to save", "", ready))
    if stopped:
        parts.append(OrdersText.tr("%Ln order(s) no longer checked", "", stopped))
    return " · ".join(parts)


def no_orders_text() -> str:
    return OrdersText.tr(
        "No orders yet.\nBuy a product ({key}) and its order appears here at once. Orders placed "
        "in the Telegram bot or with curl can be added with “Track order by id…”."
    ).format(key=shortcut_of("buyAction"))


def buy_again_tip() -> str:
    return OrdersText.tr("Open the checkout with the same product and quantity at today's price")


class OrderStatusDelegate(QStyledItemDelegate):
    """Paints a progress bar with "Processing · 0:12" for processing orders.

    The bar itself (groove and fill) is drawn once per look — size, progress, palette, style —
    and copied from then on; only the text is drawn each time. Orders placed together show the
    same progress, so the once-a-second repaint of ten of them draws one bar, not ten."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bars: dict[tuple[int, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        progress = index.data(Role.PROGRESS)
        if progress is None:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect).adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = int(float(progress) * 1000)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole))
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette  # type: ignore[attr-defined]
        corner = bar.rect.topLeft() - QPoint(BAR_MARGIN, BAR_MARGIN)
        painter.drawPixmap(corner, self._bar(style, bar, widget, painter))
        bar.textVisible = True
        style.drawControl(QStyle.ControlElement.CE_ProgressBarLabel, bar, painter, widget)

    def _bar(
        self, style: QStyle, bar: QStyleOptionProgressBar, widget: QWidget, painter: QPainter
    ) -> QPixmap:
        """The groove and fill of ``bar`` (its text not drawn), from the cache when it can, with
        ``BAR_MARGIN`` around it (a style may shade just outside the bar's rectangle)."""
        device = painter.device()
        ratio = device.devicePixelRatio() if device is not None else 1.0
        size = bar.rect.size()
        key = (
            size.width(),
            size.height(),
            bar.progress,
            round(ratio * 100),
            bar.palette.cacheKey(),
            id(style),
        )
        pixmap = self._bars.get(key)
        if pixmap is not None:
            return pixmap
        if len(self._bars) >= BAR_CACHE_SIZE:
            self._bars.clear()
        margins = QSize(2 * BAR_MARGIN, 2 * BAR_MARGIN)
        pixmap = QPixmap((size + margins) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        plain = QStyleOptionProgressBar(bar)
        plain.rect = QRect(QPoint(BAR_MARGIN, BAR_MARGIN), size)
        plain.textVisible = False
        on_pixmap = QPainter(pixmap)
        try:
            style.drawControl(QStyle.ControlElement.CE_ProgressBar, plain, on_pixmap, widget)
        finally:
            on_pixmap.end()
        self._bars[key] = pixmap
        return pixmap


class OrdersPanel(QWidget):
    """The orders of the current account, newest first, with what can be done to each.

    Signals: ``save_requested(OrderRecord)``, ``open_folder_requested(OrderRecord)``,
    ``check_now_requested(int)``, ``buy_again_requested(OrderRecord)``, ``track_requested()``,
    ``export_requested()``, ``current_changed(object)`` (the selected OrderRecord or None) and
    ``summary_changed(str)``.
    """

    save_requested = Signal(object)
    open_folder_requested = Signal(object)
    check_now_requested = Signal(int)
    buy_again_requested = Signal(object)
    dismiss_intent_requested = Signal(int)
    track_requested = Signal()
    export_requested = Signal()
    current_changed = Signal(object)
    summary_changed = Signal(str)

    def __init__(self, model: OrderTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPanel")
        self.model = model
        self._summary = ""
        self._current: OrderRecord | None = None
        self._watched_window: QWidget | None = None

        self.table = QTableView()
        self.table.setObjectName("orderTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(Column.STATUS, OrderStatusDelegate(self.table))
        # The list never scrolls sideways: its columns share its width.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for column in FIT_CONTENT:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in SHARE_THE_REST:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.STATUS, STATUS_WIDTH)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # Enter does what a double click does; the menu is always the selected row's.
        self.row_keys = RowKeys(self.table, activate=self._double_clicked, menu=self._menu_for)
        self.table.doubleClicked.connect(self._double_clicked)
        # New rows may be wider than the old (a longer order number): fit again.
        for changed in (model.modelReset, model.rowsInserted, model.layoutChanged):
            changed.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(self._emit_current)

        # The same name as the window's action (Orders menu, main toolbar) that does the same.
        self.save_action = QAction(spec("downloadAction").text, self)
        self.save_action.setToolTip(spec("downloadAction").description)
        self.save_action.setObjectName("saveOrderAction")
        self.save_action.triggered.connect(self._save_current)
        self.open_folder_action = QAction(self)
        self.open_folder_action.setObjectName("openFolderAction")
        self.open_folder_action.triggered.connect(self._open_current)
        self.copy_action = QAction(self)
        self.copy_action.setObjectName("copyOrderNumberAction")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_order_number)
        self.table.addAction(self.copy_action)
        self.check_action = QAction(self)
        self.check_action.setObjectName("checkNowAction")
        self.check_action.triggered.connect(self._check_current)
        self.buy_again_action = QAction(self)
        self.buy_again_action.setObjectName("buyAgainAction")
        self.buy_again_action.triggered.connect(self._buy_again_current)
        self.track_action = QAction(self)
        self.track_action.setObjectName("trackOrderAction")
        self.track_action.triggered.connect(self.track_requested)
        self.dismiss_action = QAction(self)
        self.dismiss_action.setObjectName("dismissIntentAction")
        self.dismiss_action.triggered.connect(self._dismiss_current)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportCsvAction")
        self.export_action.triggered.connect(self.export_requested)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("ordersToolBar")
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.open_folder_action)
        self.toolbar.addAction(self.check_action)
        self.toolbar.addAction(self.buy_again_action)
        # What is not about the selected order stands beside the heading, where there is room:
        # beside the details pane the row's toolbar is too narrow to show them all.
        self.list_toolbar = QToolBar()
        self.list_toolbar.setObjectName("ordersListToolBar")
        self.list_toolbar.addAction(self.track_action)
        self.list_toolbar.addAction(self.export_action)

        self.heading = QLabel()
        self.heading.setObjectName("ordersHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        heading_row = QHBoxLayout()
        heading_row.setContentsMargins(0, 0, 0, 0)
        heading_row.addWidget(self.heading)
        heading_row.addStretch(1)
        heading_row.addWidget(self.list_toolbar)
        self._layout.addLayout(heading_row)
        self._layout.addWidget(self.toolbar)
        self.stack = EmptyStateStack(self.table, "", "ordersPlaceholder", "")
        self.empty_label = self.stack.label
        self._retranslate()
        self._layout.addWidget(self.stack, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            change.connect(self._model_changed)
        self._model_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
            self.model.retranslate()
            self._model_changed()  # the summary line, in the new language
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.table.setAccessibleName(OrdersText.tr("Orders"))
        self.open_folder_action.setText(OrdersText.tr("Open folder"))
        self.copy_action.setText(OrdersText.tr("Copy order number"))
        self.check_action.setText(OrdersText.tr("Check now"))
        self.buy_again_action.setText(OrdersText.tr("Buy again…"))
        self.buy_again_action.setToolTip(buy_again_tip())
        self.track_action.setText(OrdersText.tr("Track order by id…"))
        self.dismiss_action.setText(OrdersText.tr("Dismiss: it did not go through"))
        self.export_action.setText(OrdersText.tr("Export CSV…"))
        self.toolbar.setWindowTitle(OrdersText.tr("Orders"))
        self.list_toolbar.setWindowTitle(OrdersText.tr("All orders"))
        self.heading.setText(OrdersText.tr("Your orders"))
        self.heading.setAccessibleName(OrdersText.tr("Your orders"))
        self.empty_label.setText(no_orders_text())
        self.empty_label.setAccessibleName(OrdersText.tr("Orders status"))

    # public

    def add_footer(self, widget: QWidget) -> None:
        """Put ``widget`` (the download progress) under the table."""
        self._layout.addWidget(widget)

    def selected_record(self) -> OrderRecord | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record = index.data(Role.ORDER)
        return record if isinstance(record, OrderRecord) else None

    def selected_intent(self) -> PurchaseIntent | None:
        """The purchase with an unknown outcome in the current row, if that is what it is."""
        index = self.table.currentIndex()
        intent = index.data(Role.INTENT) if index.isValid() else None
        return intent if isinstance(intent, PurchaseIntent) else None

    def intent_menu(self) -> QMenu:
        """The context menu of an "Outcome unknown" row (also what tests inspect)."""
        menu = QMenu(self)
        menu.setObjectName("intentContextMenu")
        menu.addAction(self.track_action)
        menu.addAction(self.dismiss_action)
        return menu

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)
        return True

    def summary(self) -> str:
        return self._summary

    def is_ticking(self) -> bool:
        """Whether the elapsed time of processing orders is being repainted."""
        return self._ticker.isActive()

    def copy_order_number(self) -> None:
        record = self.selected_record()
        if record is not None:
            QGuiApplication.clipboard().setText(record.order_number)

    def context_menu_for(self, record: OrderRecord | None) -> QMenu:
        """The context menu for ``record`` (also what tests inspect)."""
        self._update_actions(record)
        menu = QMenu(self)
        menu.setObjectName("orderContextMenu")
        for action in (self.save_action, self.open_folder_action, self.copy_action):
            menu.addAction(action)
        menu.addAction(self.check_action)
        menu.addAction(self.buy_again_action)
        return menu

    # showing and hiding: the ticker runs only while processing rows can be seen

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._watch_window()
        self._update_ticker()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Never wider than the list: narrow, "Saved to" leaves, then what ``STEP_ASIDE`` says
        while the product name would have less than ``PRODUCT_ROOM``."""
        table = self.table
        table.setColumnHidden(Column.SAVED, self.width() < NARROW_LIST)
        header = table.horizontalHeader()

        def width(column: Column) -> int:
            return max(table.sizeHintForColumn(column), header.sectionSizeHint(column))

        for column in STEP_ASIDE:  # a hidden section's size hint is 0: measure them shown
            table.setColumnHidden(column, False)
        shown = list(FIT_CONTENT)
        room = table.viewport().width() - header.sectionSize(Column.STATUS) - PRODUCT_ROOM
        aside: set[Column] = set()
        for column in STEP_ASIDE:
            if sum(width(c) for c in shown) <= room:
                break
            aside.add(column)
            shown.remove(column)
        for column in STEP_ASIDE:
            table.setColumnHidden(column, column in aside)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._ticker.stop()  # hidden, or its window was minimised

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._watched_window:
            if event.type() == QEvent.Type.Hide:
                self._ticker.stop()
            elif event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.Show):
                self._update_ticker()
        return super().eventFilter(watched, event)

    def _watch_window(self) -> None:
        window = self.window()
        if window is self or window is self._watched_window:
            return
        if self._watched_window is not None:
            self._watched_window.removeEventFilter(self)
        self._watched_window = window
        window.installEventFilter(self)

    def _can_be_seen(self) -> bool:
        return self.table.isVisible() and not self.window().isMinimized()

    def _update_ticker(self) -> None:
        if self.model.processing_count() and self._can_be_seen():
            if not self._ticker.isActive():
                self._ticker.start()
        else:
            self._ticker.stop()

    def _tick(self) -> None:
        """Repaint the status cells of the visible processing rows (one region, one paint)."""
        if not self._can_be_seen():
            self._ticker.stop()
            return
        first, last = self._visible_rows()
        if first > last:
            return
        region = self.elapsed_region(first, last)
        if not region.isEmpty():
            self.table.viewport().update(region)

    def elapsed_region(self, first: int, last: int) -> QRegion:
        """Where rows ``first``..``last`` show an elapsed time, in the viewport's coordinates."""
        region = QRegion()
        column = Column.STATUS
        if self.table.isColumnHidden(column):
            return region
        for top, bottom in self.model.live_runs(first, last):
            upper = self.table.visualRect(self.model.index(top, column))
            lower = self.table.visualRect(self.model.index(bottom, column))
            region += upper.united(lower)
        return region

    def _visible_rows(self) -> tuple[int, int]:
        """First and last row in the table's viewport ((0, -1) when none)."""
        rows = self.model.rowCount()
        if rows == 0:
            return 0, -1
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        return max(top, 0), rows - 1 if bottom < 0 else bottom

    # internals

    def _menu_for(self, index: QModelIndex, position: QPoint) -> None:
        """Pop up the menu of the row of ``index`` (the selected row) at ``position``."""
        record = index.data(Role.ORDER)
        if isinstance(record, OrderRecord):
            menu = self.context_menu_for(record)
        elif isinstance(index.data(Role.INTENT), PurchaseIntent):
            menu = self.intent_menu()
        else:
            return
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def _double_clicked(self, index: QModelIndex) -> None:
        record = index.data(Role.ORDER)
        if not isinstance(record, OrderRecord):
            return
        if record.is_saved and record.saved_path and Path(record.saved_path).exists():
            self.open_folder_requested.emit(record)
        elif record.is_completed:
            self.save_requested.emit(record)
        else:
            self.check_now_requested.emit(record.order_id)

    def _save_current(self) -> None:
        record = self.selected_record()
        if record is not None and record.is_completed:
            self.save_requested.emit(record)

    def _open_current(self) -> None:
        record = self.selected_record()
        if record is not None and record.saved_path:
            self.open_folder_requested.emit(record)

    def _dismiss_current(self) -> None:
        intent = self.selected_intent()
        if intent is not None:
            self.dismiss_intent_requested.emit(intent.intent_id)

    def _check_current(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.check_now_requested.emit(record.order_id)

    def _buy_again_current(self) -> None:
        record = self.selected_record()
        if record is not None:
            self.buy_again_requested.emit(record)

    def _emit_current(self, *_: object) -> None:
        record = self.selected_record()
        self._update_actions(record)
        if record != self._current:
            self._current = record
            self.current_changed.emit(record)

    def _update_actions(self, record: OrderRecord | None) -> None:
        self.save_action.setEnabled(record is not None and record.is_completed)
        self.open_folder_action.setEnabled(record is not None and record.saved_path is not None)
        self.copy_action.setEnabled(record is not None)
        self.check_action.setEnabled(record is not None)
        self.buy_again_action.setEnabled(record is not None)

    def _model_changed(self, *_: object) -> None:
        empty = self.model.rowCount() == 0
        self.stack.show_empty(empty)
        self._update_ticker()
        text = summary_text(self.model)
        if text != self._summary:
            self._summary = text
            self.summary_changed.emit(text)
        self._emit_current()
