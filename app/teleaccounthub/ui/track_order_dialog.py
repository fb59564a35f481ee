"""“Track order by id…”: add an order placed elsewhere (the bot, curl, an unknown outcome)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import ApiError, NotFound, RateLimited, TransportError, Unauthorized
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.store.order_record import OrderRecord


def track_error_text(order_id: int, error: ApiError) -> str:
    if isinstance(error, NotFound):
        return f"The store has no order with id {order_id} for this API key. Check the id."
    if isinstance(error, Unauthorized):
        return "The store refused the API key. Enter a valid key, then try again."
    if isinstance(error, RateLimited):
        return "The store is receiving too many requests. Try again in a few seconds."
    if isinstance(error, TransportError):
        return f"The store could not be reached: {error.message}"
    return f"The order could not be looked up: {error.message}"


class TrackOrderDialog(QDialog):
    """Asks for an order id, looks it up, adds it to the order book; emits ``tracked(record)``."""

    tracked = Signal(object)

    def __init__(
        self, tracker: OrderTracker, tasks: TaskOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trackOrderDialog")
        self.setAccessibleName("Track order by id")
        self.setWindowTitle("Track order by id")
        self._tracker = tracker
        self._tasks = tasks
        self._running: asyncio.Task[None] | None = None

        intro = QLabel(
            "Add an order placed in the Telegram bot, with curl or when the app could not tell "
            "whether a purchase went through. Enter the order's id (for example 74), not its "
            "order number (for example 10094)."
        )
        intro.setWordWrap(True)
        self.id_spin = QSpinBox()
        self.id_spin.setObjectName("orderIdSpin")
        self.id_spin.setAccessibleName("Order id")
        self.id_spin.setRange(1, 2**31 - 1)
        self.id_spin.setValue(1)
        self.error_label = QLabel()
        self.error_label.setObjectName("trackOrderError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.track_button = QPushButton("Track")
        self.track_button.setObjectName("trackButton")
        self.track_button.setDefault(True)
        buttons.addButton(self.track_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.track_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Order id:", self.id_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def set_order_id(self, order_id: int) -> None:
        self.id_spin.setValue(order_id)

    def submit(self) -> None:
        """Look the id up (the Track button's slot; also the test hook)."""
        if self._running is not None and not self._running.done():
            return
        order_id = self.id_spin.value()
        self.error_label.hide()
        self.track_button.setEnabled(False)
        self._running = self._tasks.start("orders:track-by-id", self._lookup(order_id))

    async def _lookup(self, order_id: int) -> None:
        try:
            record: OrderRecord = await self._tracker.track_by_id(order_id)
        except ApiError as error:
            self.error_label.setText(track_error_text(order_id, error))
            self.error_label.show()
            self.adjustSize()
            self.track_button.setEnabled(True)
            return
        self.track_button.setEnabled(True)
        self.tracked.emit(record)
        self.accept()

    def done(self, result: int) -> None:
        if self._running is not None and not self._running.done():
            self._running.cancel()
        super().done(result)
