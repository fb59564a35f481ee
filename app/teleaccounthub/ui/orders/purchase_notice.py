"""The strip that says a purchase may have gone through while the app was not looking.

Shown at start-up for purchase-journal intents still open from an earlier run (the app died
while the checkout was in flight). It stays until the customer acts: "Track order by id…" (and
the order is found) or "Dismiss". It says what the balance did since the purchase was sent.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from teleaccounthub.local.journal import PurchaseIntent
from teleaccounthub.services.formatting import count_text, usd


def notice_text(intent: PurchaseIntent, balance_now: Decimal | None, more: int = 0) -> str:
    when = intent.created_at.astimezone()
    moment = (
        when.strftime("%H:%M")
        if when.date() == when.now().date()
        else when.strftime("%Y-%m-%d %H:%M")
    )
    text = (
        f"A purchase of {intent.quantity:,} × {intent.product_name} may have gone through at "
        f"{moment}: the app closed before the store answered. It costs about "
        f"{usd(intent.expected_total_usd)}."
    )
    before = intent.balance_before_usd
    if before is not None and balance_now is not None:
        change = balance_now - before
        if change < 0:
            text += (
                f" Your balance was {usd(before)} then and is {usd(balance_now)} now "
                f"(down {usd(-change)}): if that matches, the order exists — track it by id."
            )
        else:
            text += (
                f" Your balance was {usd(before)} then and is {usd(balance_now)} now "
                "(not down): the purchase probably did not go through."
            )
    elif before is not None:
        text += f" Your balance was {usd(before)} then; the current balance is being fetched."
    if more:
        text += f" ({count_text(more, 'more such purchase')} in the order list.)"
    return text


class InterruptedPurchaseNotice(QFrame):
    """``show_intents(intents, balance)``; signals ``track_requested()`` and
    ``dismiss_requested(intent_id)``."""

    track_requested = Signal()
    dismiss_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interruptedPurchaseBanner")
        self.setAccessibleName("A purchase may have gone through")
        self.setProperty("kind", "warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#interruptedPurchaseBanner { background: rgba(230, 160, 0, 0.16); "
            "border: 1px solid rgba(200, 130, 0, 0.55); border-radius: 6px; }"
        )
        self._intents: list[PurchaseIntent] = []
        self.label = QLabel()
        self.label.setObjectName("interruptedPurchaseText")
        self.label.setAccessibleName("What may have happened")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.track_button = QPushButton("Track order by id…")
        self.track_button.setObjectName("interruptedPurchaseTrack")
        self.track_button.clicked.connect(self.track_requested)
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setObjectName("interruptedPurchaseDismiss")
        self.dismiss_button.setToolTip("It did not go through: remove this notice and its row")
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.track_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def intents(self) -> list[PurchaseIntent]:
        return list(self._intents)

    def show_intents(self, intents: list[PurchaseIntent], balance_now: Decimal | None) -> None:
        self._intents = list(intents)
        if not intents:
            self.hide()
            return
        self.label.setText(notice_text(intents[0], balance_now, more=len(intents) - 1))
        self.show()

    def _dismiss(self) -> None:
        if self._intents:
            self.dismiss_requested.emit(self._intents[0].intent_id)
