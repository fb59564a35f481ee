"""The strip that says a purchase may have gone through while the app was not looking.

Shown at start-up for purchase-journal intents still open from an earlier run (the app died
while the checkout was in flight). It stays until the customer acts: "Track order by id…" (and
the order is found) or "Dismiss". It says what the balance did since the purchase was sent.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.journal import PurchaseIntent
from teleaccounthub.services.formatting import group_digits, short_moment_text, time_text, usd
from teleaccounthub.ui.language import is_language_change

OrdersText = TrContext("OrdersText")


def notice_text(intent: PurchaseIntent, balance_now: Decimal | None, more: int = 0) -> str:
    """What may have happened, then what the balance says about it: whole sentences, one by one."""
    when = intent.created_at.astimezone()
    moment = time_text(when) if when.date() == when.now().date() else short_moment_text(when)
    sentences = [
        OrdersText.tr(
            "A purchase of {count} × {name} may have gone through at {moment}: the app closed "
            "before the store answered. It costs about {total}."
        ).format(
            count=group_digits(intent.quantity),
            name=intent.product_name,
            moment=moment,
            total=usd(intent.expected_total_usd),
        )
    ]
    before = intent.balance_before_usd
    if before is not None and balance_now is not None:
        change = balance_now - before
        if change < 0:
            sentences.append(
                OrdersText.tr(
                    "Your balance was {before} then and is {now} now (down {change}): if that "
                    "matches, the order exists — track it by id."
                ).format(before=usd(before), now=usd(balance_now), change=usd(-change))
            )
        else:
            sentences.append(
                OrdersText.tr(
                    "Your balance was {before} then and is {now} now (not down): the purchase "
                    "probably did not go through."
                ).format(before=usd(before), now=usd(balance_now))
            )
    elif before is not None:
        sentences.append(
            OrdersText.tr(
                "Your balance was {before} then; the current balance is being fetched."
            ).format(before=usd(before))
        )
    if more:
        sentences.append(OrdersText.tr("(%Ln more such purchase(s) in the order list.)", "", more))
    return " ".join(sentences)


class InterruptedPurchaseNotice(QFrame):
    """``show_intents(intents, balance)``; signals ``track_requested()`` and
    ``dismiss_requested(intent_id)``."""

    track_requested = Signal()
    dismiss_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interruptedPurchaseBanner")
        self.setProperty("kind", "warning")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#interruptedPurchaseBanner { background: rgba(230, 160, 0, 0.16); "
            "border: 1px solid rgba(200, 130, 0, 0.55); border-radius: 6px; }"
        )
        self._intents: list[PurchaseIntent] = []
        self._balance: Decimal | None = None
        self.label = QLabel()
        self.label.setObjectName("interruptedPurchaseText")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.track_button = QPushButton()
        self.track_button.setObjectName("interruptedPurchaseTrack")
        self.track_button.clicked.connect(self.track_requested)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("interruptedPurchaseDismiss")
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.track_button)
        layout.addWidget(self.dismiss_button)
        self._retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
            self._show_text()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(OrdersText.tr("A purchase may have gone through"))
        self.label.setAccessibleName(OrdersText.tr("What may have happened"))
        self.track_button.setText(OrdersText.tr("Track order by id…"))
        self.dismiss_button.setText(OrdersText.tr("Dismiss", "a notice"))
        self.dismiss_button.setToolTip(
            OrdersText.tr("It did not go through: remove this notice and its row")
        )

    def intents(self) -> list[PurchaseIntent]:
        return list(self._intents)

    def show_intents(self, intents: list[PurchaseIntent], balance_now: Decimal | None) -> None:
        self._intents = list(intents)
        self._balance = balance_now
        if not intents:
            self.hide()
            return
        self._show_text()
        self.show()

    def _show_text(self) -> None:
        if self._intents:
            self.label.setText(
                notice_text(self._intents[0], self._balance, more=len(self._intents) - 1)
            )

    def _dismiss(self) -> None:
        if self._intents:
            self.dismiss_requested.emit(self._intents[0].intent_id)
