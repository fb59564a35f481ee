"""The details of the selected order: what was bought and paid, its history, its file and the
ZIP's contents (listed from its table of contents, never unpacked), and what can be done with it.

Reading the file happens off the GUI thread, on the session's ``TaskOwner``: listing the
entries when an order is shown, and checking the whole file ("Verify again") when asked. A new
selection cancels both.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api.files import StopSignal, in_worker_thread
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.file_check import check_saved_file
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.status_history import StatusChange
from teleaccounthub.local.zip_listing import (
    ZipListing,
    ZipListingError,
    count_items,
    list_zip,
)
from teleaccounthub.services.formatting import (
    group_digits,
    size_text,
    usd,
    usd_exact_if_needed,
)
from teleaccounthub.services.formatting import moment_text as second_text
from teleaccounthub.services.store_money import says_amount
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.ui.language import is_language_change
from teleaccounthub.ui.orders.order_status import status_name
from teleaccounthub.ui.orders.zip_entry_model import Column, ZipEntryModel

log = logging.getLogger(__name__)

LISTING_TASK: Final = "order-details:contents"
VERIFY_TASK: Final = "order-details:verify"
# The widest row of three equal buttons the pane takes; wider, they go two a row.
BUTTON_ROW_WIDTH: Final = 340
OrdersText = TrContext("OrdersText")


def nothing_selected_text() -> str:
    return OrdersText.tr("Select an order to see its details.")


def saved_unrecorded_text() -> str:
    return OrdersText.tr("Not recorded (saved by an earlier version of the app)")


def moment_text(moment: datetime | None) -> str:
    """A time in the computer's time zone, to the second; "—" when there is none."""
    return "—" if moment is None else second_text(moment)


def history_text(changes: list[StatusChange], saved_at: datetime | None = None) -> str:
    """Each status change, and the (latest) save of the ZIP, oldest first."""
    events = [(c.changed_at, status_name(c.status)) for c in changes]
    if saved_at is not None:
        # After every change seen by then; the changes keep their own order whatever the clock.
        at = next((n for n, (moment, _) in enumerate(events) if moment > saved_at), len(events))
        events.insert(at, (saved_at, OrdersText.tr("Saved", "an order's ZIP")))
    if not events:
        return "—"
    return "\n".join(f"{moment_text(moment)}  {what}" for moment, what in events)


def saved_text(record: OrderRecord) -> str:
    if not record.saved_path:
        return "—"
    return saved_unrecorded_text() if record.saved_at is None else moment_text(record.saved_at)


def _value() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _long_value() -> QLineEdit:
    """A long value that cannot wrap (a path, a hash): read-only, scrolls, copies whole."""
    field = QLineEdit()
    field.setReadOnly(True)
    field.setFrame(False)
    field.setStyleSheet("background: transparent; border: none; padding: 0;")
    field.setMinimumWidth(80)
    return field


class OrderDetailsPane(QWidget):
    """Signals: ``save_requested(OrderRecord)``, ``open_folder_requested(OrderRecord)``,
    ``buy_again_requested(OrderRecord)``, ``check_now_requested(int)``; ``contents_shown()``
    once a listing (or its failure) is on screen and ``verified(FileCheck)`` after a check."""

    save_requested = Signal(object)
    open_folder_requested = Signal(object)
    buy_again_requested = Signal(object)
    check_now_requested = Signal(int)
    contents_shown = Signal()
    verified = Signal(object)

    def __init__(
        self,
        tasks: TaskOwner,
        history: Callable[[OrderRecord], list[StatusChange]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetails")
        self._tasks = tasks
        self._history = history
        self._record: OrderRecord | None = None
        self._stop: StopSignal | None = None
        self._refocus = False

        self.title = QLabel()
        self.title.setObjectName("orderDetailsTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.number_value = _value()
        self.id_value = _value()
        self.product_value = _value()
        self.quantity_value = _value()
        self.charged_value = _value()
        self.placed_value = _value()
        self.completed_value = _value()
        self.saved_value = _value()
        self.history_value = _value()
        self.path_value = _long_value()
        self.path_value.setObjectName("savedPathText")
        self.size_value = _value()
        self.sha_value = _long_value()
        self.sha_value.setObjectName("sha256Text")
        self.sha_value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.check_value = _value()
        self.check_value.setObjectName("fileCheckText")
        self.items_value = _value()
        self.items_value.setObjectName("zipItemsText")
        self.more_value = _value()
        self.more_value.setProperty("role", "muted")

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: tuple[QWidget, ...] = (
            self.number_value,
            self.id_value,
            self.product_value,
            self.quantity_value,
            self.charged_value,
            self.placed_value,
            self.completed_value,
            self.saved_value,
            self.history_value,
            self.path_value,
            self.size_value,
            self.sha_value,
            self.check_value,
            self.items_value,
        )
        for value in self._fields:
            form.addRow(QLabel(), value)  # the label's text: _retranslate
        self._form = form

        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verifyAgainButton")
        self.verify_button.clicked.connect(self.verify_again)

        self.entry_model = ZipEntryModel(self)
        self.entries = QTableView()
        self.entries.setObjectName("zipEntries")
        self.entries.setModel(self.entry_model)
        self.entries.verticalHeader().hide()
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setWordWrap(False)
        self.entries.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside
        self.entries.setMinimumHeight(120)
        header = self.entries.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SIZE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PROBLEM, QHeaderView.ResizeMode.ResizeToContents)

        self.save_button = QPushButton()
        self.save_button.setObjectName("detailsSaveButton")
        self.save_button.clicked.connect(lambda: self._emit_record(self.save_requested))
        self.open_button = QPushButton()
        self.open_button.setObjectName("detailsOpenFolderButton")
        self.open_button.clicked.connect(lambda: self._emit_record(self.open_folder_requested))
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("detailsCopyButton")
        self.copy_button.clicked.connect(self.copy_order_number)
        self.buy_again_button = QPushButton()
        self.buy_again_button.setObjectName("detailsBuyAgainButton")
        self.buy_again_button.clicked.connect(lambda: self._emit_record(self.buy_again_requested))
        self.check_button = QPushButton()
        self.check_button.setObjectName("detailsCheckNowButton")
        self.check_button.clicked.connect(self._check_now)
        # Two rows, so the pane stays narrow enough to sit beside the order list.
        self._buttons = QGridLayout()
        self._button_order = (
            self.save_button,
            self.open_button,
            self.copy_button,
            self.buy_again_button,
            self.check_button,
        )
        # In the grid before the form, so Tab reaches them first; _arrange_buttons re-rows them.
        for position, button in enumerate(self._button_order):
            self._buttons.addWidget(button, position // 3, position % 3)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(8, 4, 8, 4)
        body_layout.addWidget(self.title)
        body_layout.addLayout(self._buttons)
        body_layout.addLayout(form)
        verify_row = QHBoxLayout()
        verify_row.addWidget(self.verify_button)
        verify_row.addStretch(1)
        body_layout.addLayout(verify_row)
        body_layout.addWidget(self.entries, 1)
        body_layout.addWidget(self.more_value)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside
        scroll.setWidget(body)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("orderDetailsPlaceholder")
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._body = body
        self._scrollbar = scroll.verticalScrollBar().sizeHint().width()
        self._retranslate()
        self.show_record(None)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
            if self._record is not None:
                self._fill(self._record)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(OrdersText.tr("Order details"))
        self.title.setAccessibleName(OrdersText.tr("Order"))
        names = (
            (OrdersText.tr("Order number"), None),
            (OrdersText.tr("Order id (API)"), None),
            (OrdersText.tr("Product"), None),
            (OrdersText.tr("Quantity"), None),
            (OrdersText.tr("Charged"), None),
            (OrdersText.tr("Placed"), None),
            (OrdersText.tr("Completed", "when the order was completed"), None),
            (OrdersText.tr("Saved", "when the ZIP was saved"), None),
            (OrdersText.tr("Status history"), None),
            (OrdersText.tr("Saved to"), OrdersText.tr("Where the file was saved")),
            (OrdersText.tr("Size"), None),
            ("SHA-256", OrdersText.tr("SHA-256 of the saved file")),
            (OrdersText.tr("File check"), None),
            (OrdersText.tr("Items"), None),
        )
        for row, (field, (label, accessible)) in enumerate(zip(self._fields, names, strict=True)):
            field.setAccessibleName(accessible or label)
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(label)
        self.more_value.setAccessibleName(OrdersText.tr("Entries in the archive"))
        self.verify_button.setText(OrdersText.tr("Verify again"))
        self.verify_button.setToolTip(
            OrdersText.tr(
                "Check the saved file against its recorded SHA-256 and the ZIP's own checksums"
            )
        )
        self.entries.setAccessibleName(OrdersText.tr("Files in the ZIP"))
        self.open_button.setText(OrdersText.tr("Open folder"))
        self.copy_button.setText(OrdersText.tr("Copy order number"))
        self.buy_again_button.setText(OrdersText.tr("Buy again…"))
        self.buy_again_button.setToolTip(
            OrdersText.tr("Open the checkout with the same product and quantity at today's price")
        )
        self.check_button.setText(OrdersText.tr("Check now"))
        self._set_save_text()
        self.empty_label.setText(nothing_selected_text())
        self.empty_label.setAccessibleName(OrdersText.tr("Order details status"))
        self.entry_model.retranslate()
        self._arrange_buttons()
        self.updateGeometry()  # longer words ask for a wider pane

    def _arrange_buttons(self) -> None:
        """Three a row while they fit ``BUTTON_ROW_WIDTH`` (English), else two a row (longer
        words): the pane stays narrow enough to sit beside the order list."""
        hints = [button.sizeHint().width() for button in self._button_order]
        # In rows of three, a column is as wide as the widest button in it.
        three = sum(max(hints[column::3]) for column in range(3))
        spacing = max(0, self._buttons.horizontalSpacing())
        per_row = 3 if three + 2 * spacing <= BUTTON_ROW_WIDTH else 2
        for button in self._button_order:
            self._buttons.removeWidget(button)
        for position, button in enumerate(self._button_order):
            self._buttons.addWidget(button, position // per_row, position % per_row)
        for column in range(4):
            self._buttons.setColumnStretch(column, 1 if column == per_row else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Never narrower than its buttons and labels (the splitter beside it respects this),
        # measured when asked: the words, the font and the style may have changed since.
        hint = super().minimumSizeHint()
        return QSize(
            max(hint.width(), self._body.minimumSizeHint().width() + self._scrollbar), hint.height()
        )

    def _set_save_text(self) -> None:
        saved = self._record is not None and bool(self._record.saved_path)
        self.save_button.setText(OrdersText.tr("Save again…") if saved else OrdersText.tr("Save…"))

    # -- public ---------------------------------------------------------------------------------

    def record(self) -> OrderRecord | None:
        return self._record

    def show_record(self, record: OrderRecord | None) -> None:
        """Show ``record`` (None: nothing selected). The same order again (a new status, a new
        file) is shown again; its contents are listed again only when its file changed."""
        previous = self._record
        self._record = record
        if record is None:
            self._cancel()
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        same_file = (
            previous is not None
            and previous.order_id == record.order_id
            and (previous.saved_path, previous.sha256) == (record.saved_path, record.sha256)
        )
        self._fill(record)
        if not same_file:
            self._cancel()
            self.check_value.setText(
                OrdersText.tr("Not saved yet.")
                if not record.saved_path
                else OrdersText.tr("Checked when it was saved; “Verify again” checks it now.")
            )
            self._list_contents(record)

    def copy_order_number(self) -> None:
        if self._record is not None:
            QGuiApplication.clipboard().setText(self._record.order_number)

    def verify_again(self) -> None:
        """Check the saved file (hash, then every member's CRC) off the GUI thread."""
        record = self._record
        if record is None or not record.saved_path:
            return
        self._stop_check()
        stop = StopSignal()
        self._stop = stop
        self.check_value.setText(OrdersText.tr("Checking the file…"))
        # Disabled while it checks. Its focus stays on the pane, not jumping (and scrolling) to
        # the next field, and comes back to it when the check is done.
        self._refocus = self.verify_button.hasFocus()
        if self._refocus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.verify_button.setEnabled(False)
        self._start(VERIFY_TASK, self._verify(record, stop))

    def is_busy(self) -> bool:
        return self._tasks.running(LISTING_TASK) or self._tasks.running(VERIFY_TASK)

    # -- internals ------------------------------------------------------------------------------

    def _fill(self, record: OrderRecord) -> None:
        self.title.setText(OrdersText.tr("Order #{number}").format(number=record.order_number))
        self.number_value.setText(record.order_number)
        self.id_value.setText(str(record.order_id))
        self.product_value.setText(record.product_name)
        self.quantity_value.setText(group_digits(record.quantity))
        if record.charged_usd is None:
            self.charged_value.setText(OrdersText.tr("Not known (the order was placed elsewhere)"))
        else:
            shown = usd_exact_if_needed(record.charged_usd)
            display = record.charged_display
            # The store's own wording only where it says something the amount does not (it
            # writes "$0.72" whatever language the app speaks).
            same = (
                not display
                or display in (shown, usd(record.charged_usd))
                or says_amount(display, record.charged_usd)
            )
            self.charged_value.setText(
                shown
                if same
                else OrdersText.tr("{amount} (the store says {display})").format(
                    amount=shown, display=display
                )
            )
        self.placed_value.setText(moment_text(record.placed_at))
        self.completed_value.setText(moment_text(record.completed_at))
        self.saved_value.setText(saved_text(record))
        try:
            history = self._history(record)
        except Exception:  # the book cannot be read: the rest of the details still shows
            log.warning("The status history of order %s could not be read", record.order_id)
            history = []
        self.history_value.setText(history_text(history, record.saved_at))
        self.path_value.setText(record.saved_path or OrdersText.tr("Not saved yet"))
        self.path_value.setCursorPosition(0)
        self.size_value.setText(
            "—"
            if record.file_size is None
            else OrdersText.tr("{size} (%Ln byte(s))", "", record.file_size).format(
                size=size_text(record.file_size)
            )
        )
        self.sha_value.setText(record.sha256 or "—")
        self.sha_value.setCursorPosition(0)
        saved = bool(record.saved_path)
        # A path or a hash is a Tab stop (to copy it) only when there is one.
        for field in (self.path_value, self.sha_value):
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus if saved else Qt.FocusPolicy.NoFocus)
        self._set_save_text()
        self.save_button.setEnabled(record.is_completed)
        self.open_button.setEnabled(saved)
        self.verify_button.setEnabled(saved and not self._tasks.running(VERIFY_TASK))
        self.buy_again_button.setEnabled(True)
        self.check_button.setEnabled(True)

    def _list_contents(self, record: OrderRecord) -> None:
        self.entry_model.set_entries(())
        self.more_value.setText("")
        self.items_value.setProperty("role", "")
        if not record.saved_path:
            self.items_value.setText(OrdersText.tr("%Ln item(s) ordered", "", record.quantity))
            self.entries.hide()
            self.contents_shown.emit()
            return
        self.entries.show()
        self.items_value.setText(OrdersText.tr("Reading the archive's table of contents…"))
        self._start(LISTING_TASK, self._list(record, Path(record.saved_path)))

    async def _list(self, record: OrderRecord, path: Path) -> None:
        try:
            listing = await asyncio.to_thread(list_zip, path)
        except ZipListingError as error:
            if self._record is not None and self._record.order_id == record.order_id:
                self._restyle(self.items_value, "warning")
                self.items_value.setText(
                    OrdersText.tr("The contents cannot be shown: {reason}").format(reason=error)
                )
                self.contents_shown.emit()
            return
        if self._record is None or self._record.order_id != record.order_id:
            return
        self._show_listing(record, listing)
        self.contents_shown.emit()

    def _show_listing(self, record: OrderRecord, listing: ZipListing) -> None:
        self.entry_model.set_entries(listing.entries)
        self.entries.setColumnHidden(Column.PROBLEM, not listing.flagged)
        count = count_items(listing, record.quantity)
        notes = [count.text, *listing.problems]
        flagged = len(listing.flagged)
        if flagged:
            notes.append(
                OrdersText.tr(
                    "%Ln dangerous name(s): do not unpack this archive with another program "
                    "before you look at it.",
                    "",
                    flagged,
                )
            )
        self._restyle(
            self.items_value,
            "" if count.matches and not flagged and not listing.problems else "warning",
        )
        self.items_value.setText("\n".join(notes))
        self.more_value.setText(
            OrdersText.tr("… and %Ln more not listed.", "entries of the archive", listing.more)
            if listing.more
            else OrdersText.tr("Entries in the archive: {count}.").format(
                count=group_digits(len(listing.entries))
            )
        )

    async def _verify(self, record: OrderRecord, stop: StopSignal) -> None:
        path = Path(record.saved_path or "")
        try:
            result = await in_worker_thread(
                lambda: check_saved_file(
                    path, size=record.file_size, sha256=record.sha256, stop=stop
                ),
                on_cancel=stop.stop,
            )
        finally:
            if self._stop is stop:
                self._stop = None
                self.verify_button.setEnabled(bool(self._record and self._record.saved_path))
                if self._refocus and self.hasFocus() and self.verify_button.isEnabled():
                    self.verify_button.setFocus(Qt.FocusReason.OtherFocusReason)
                self._refocus = False
        if self._record is None or self._record.order_id != record.order_id:
            return
        self._restyle(self.check_value, "" if result.ok else "warning")
        self.check_value.setText(result.text)
        self.verified.emit(result)

    def _start(self, key: str, work: Coroutine[Any, Any, None]) -> None:
        try:
            self._tasks.start(key, work)
        except RuntimeError:  # the session is closing: nothing new starts, nothing to show
            self.verify_button.setEnabled(False)

    def _restyle(self, label: QLabel, role: str) -> None:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)

    def _emit_record(self, signal: SignalInstance) -> None:
        if self._record is not None:
            signal.emit(self._record)

    def _check_now(self) -> None:
        if self._record is not None:
            self.check_now_requested.emit(self._record.order_id)

    def _stop_check(self) -> None:
        if self._stop is not None:
            self._stop.stop()
            self._stop = None
        self._tasks.cancel(VERIFY_TASK)

    def _cancel(self) -> None:
        self._stop_check()
        self._tasks.cancel(LISTING_TASK)
        self._restyle(self.check_value, "")
