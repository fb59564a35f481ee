"""“Track order by id…”: add an order placed elsewhere (the bot, curl, an unknown outcome).

The store's API knows an order by its *id* (74); the bot and receipts show its *order number*
(#10094). The dialog accepts either where it can: an order number already in the order book
maps to its id; one that is not is explained instead of being sent as an id.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import ApiError, NotFound, RateLimited, TransportError, Unauthorized
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.ui.widgets.retranslating import Retranslating

OrdersText = TrContext("OrdersText")

# An order id is a positive whole number the API takes; more digits than this is not one.
MAX_ID_DIGITS = 12


def track_error_text(order_id: int, error: ApiError) -> str:
    if isinstance(error, NotFound):
        return OrdersText.tr(
            "The store has no order with id {order_id} for this API key. Check the id — it is "
            "not the order number (#10094) but the id (74)."
        ).format(order_id=order_id)
    if isinstance(error, Unauthorized):
        return OrdersText.tr("The store refused the API key. Enter a valid key, then try again.")
    if isinstance(error, RateLimited):
        return OrdersText.tr(
            "The store is receiving too many requests. Try again in a few seconds."
        )
    if isinstance(error, TransportError):
        return OrdersText.tr("The store could not be reached: {reason}").format(
            reason=error.message
        )
    return OrdersText.tr("The order could not be looked up: {reason}").format(reason=error.message)


@dataclass(frozen=True, slots=True)
class OrderReference:
    """What the customer typed, read: an order ``order_id`` to look up, or a ``problem``."""

    order_id: int | None
    problem: str = ""
    note: str = ""


def read_order_reference(
    text: str,
    *,
    by_number: Callable[[str], OrderRecord | None],
    known_id: Callable[[int], bool],
) -> OrderReference:
    """``74`` → id 74; ``#10094`` (or ``10094`` when that is a known order number and not a known
    id) → the id of that order in the book; anything else → a sentence saying what to type."""
    shown = text.strip()
    if not shown:
        return OrderReference(None, OrdersText.tr("Enter the order id (for example 74)."))
    is_number = shown.startswith("#")
    digits = shown.lstrip("#").strip()
    if not digits.isascii() or not digits.isdigit() or len(digits) > MAX_ID_DIGITS:
        return OrderReference(
            None,
            OrdersText.tr(
                "“{typed}” is not an order id. An order id is a whole number, like 74."
            ).format(typed=shown[:20]),
        )
    value = int(digits)
    if not is_number and (value < 1 or known_id(value)):
        if value >= 1:
            return OrderReference(value)
        return OrderReference(None, OrdersText.tr("Ids start at 1."))
    record = by_number(digits)
    if record is not None:
        return OrderReference(
            record.order_id,
            note=OrdersText.tr("Order #{number} is order id {order_id}.").format(
                number=digits, order_id=record.order_id
            ),
        )
    if is_number:
        return OrderReference(
            None,
            OrdersText.tr(
                "Order #{number} is not in your order list, so its id is not known here. The "
                "store's API needs the order's id (for example 74), which the Telegram bot shows "
                "with the order; the order number (#10094) cannot be looked up."
            ).format(number=digits),
        )
    return OrderReference(value)


class TrackOrderDialog(Retranslating, QDialog):
    """Asks for an order id (or a known order number), looks it up, adds it to the order book;
    emits ``tracked(record, already_listed)``."""

    tracked = Signal(object, bool)

    def __init__(
        self,
        tracker: OrderTracker,
        tasks: TaskOwner,
        parent: QWidget | None = None,
        *,
        by_number: Callable[[str], OrderRecord | None] = lambda _number: None,
        known_id: Callable[[int], bool] = lambda _order_id: False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackOrderDialog")
        self._tracker = tracker
        self._tasks = tasks
        self._by_number = by_number
        self._known_id = known_id
        self._running: asyncio.Task[None] | None = None

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.id_field = QLineEdit()
        self.id_field.setObjectName("orderIdField")
        self.id_field.setPlaceholderText("74")
        self.id_field.setMaxLength(24)
        self.id_field.returnPressed.connect(self.submit)
        self.error_label = QLabel()
        self.error_label.setObjectName("trackOrderError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.track_button = QPushButton()
        self.track_button.setObjectName("trackButton")
        self.track_button.setDefault(True)
        buttons.addButton(self.track_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.track_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)

        self._form = QFormLayout()
        self._form.addRow(QLabel(), self.id_field)  # the label's text: _retranslate
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(self._form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._retranslate()
        self.id_field.setFocus()

    def _retranslate(self) -> None:
        self.setAccessibleName(OrdersText.tr("Track order by id"))
        self.setWindowTitle(OrdersText.tr("Track order by id"))
        self._intro.setText(
            OrdersText.tr(
                "Add an order placed in the Telegram bot, with curl or when the app could not "
                "tell whether a purchase went through. Enter the order's id (for example 74). An "
                "order number (for example #10094) works only for orders already in your list."
            )
        )
        self.id_field.setAccessibleName(OrdersText.tr("Order id"))
        self.track_button.setText(OrdersText.tr("Track", "a button: look the order up"))
        label = self._form.itemAt(0, QFormLayout.ItemRole.LabelRole)
        widget = label.widget() if label is not None else None
        if isinstance(widget, QLabel):
            widget.setText(OrdersText.tr("Order id:"))

    def set_order_id(self, order_id: int) -> None:
        self.id_field.setText(str(order_id))

    def submit(self) -> None:
        """Look the id up (the Track button's slot; also the test hook)."""
        if self._running is not None and not self._running.done():
            return
        reference = read_order_reference(
            self.id_field.text(), by_number=self._by_number, known_id=self._known_id
        )
        if reference.order_id is None:
            self._show_error(reference.problem)
            return
        self.error_label.hide()
        self.track_button.setEnabled(False)
        already = self._known_id(reference.order_id)
        self._running = self._tasks.start(
            "orders:track-by-id", self._lookup(reference.order_id, already)
        )

    async def _lookup(self, order_id: int, already: bool) -> None:
        try:
            record: OrderRecord = await self._tracker.track_by_id(order_id)
        except ApiError as error:
            self._show_error(track_error_text(order_id, error))
            self.track_button.setEnabled(True)
            return
        self.track_button.setEnabled(True)
        self.tracked.emit(record, already)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.adjustSize()

    def done(self, result: int) -> None:
        if self._running is not None and not self._running.done():
            self._running.cancel()
        super().done(result)
