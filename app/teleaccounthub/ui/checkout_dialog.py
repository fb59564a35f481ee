"""The checkout dialog: unit price, quantity, total and balance after; one confirmation, one POST.

Open it with ``open()`` (never ``exec()`` inside a coroutine). ``confirm()`` is the Buy button's
slot and the test hook; it does nothing while a checkout is in flight or a 429 countdown runs.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QTimer, Signal
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

from teleaccounthub.api import Product
from teleaccounthub.services.checkout import (
    CheckoutBusy,
    CheckoutOutcome,
    CheckoutRequest,
    CheckoutService,
    OutcomeKind,
    usd,
)


def exact_usd(amount: Decimal) -> str:
    """The exact amount, without trailing zeros beyond cents: ``$2.1735``, ``$2.10``."""
    text = f"{amount:f}"
    if "." in text:
        whole, fraction = text.split(".")
        fraction = fraction.rstrip("0").ljust(2, "0")
        text = f"{whole}.{fraction}"
    else:
        text = f"{text}.00"
    return f"-${text[1:]}" if text.startswith("-") else f"${text}"


def max_affordable(unit: Decimal, balance: Decimal) -> int:
    """How many units ``balance`` covers at ``unit`` each (floor)."""
    if unit <= 0:
        return 2**31 - 1
    return max(0, int(balance // unit))


class CheckoutDialog(QDialog):
    """Buy ``product``: quantity bounded by stock and by what the balance covers.

    Signals: ``track_requested()`` when the customer asks to track an order by id (offered after an
    unknown outcome).
    """

    track_requested = Signal()

    def __init__(
        self,
        service: CheckoutService,
        product: Product,
        *,
        category_id: int | None,
        balance_usd: Decimal | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self.setAccessibleName("Checkout")
        self.setWindowTitle(f"Buy {product.product_name}")
        self._service = service
        self._product = product
        self._category_id = category_id
        self._balance = balance_usd
        self._pending: CheckoutRequest | None = None
        self._closed_for_good = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_buttons)

        self._build()
        service.busy_changed.connect(self._update_buttons)
        service.finished.connect(self._on_finished)
        self._apply_bounds()

    # public

    @property
    def product(self) -> Product:
        return self._product

    @property
    def quantity(self) -> int:
        return self.quantity_spin.value()

    def total_usd(self) -> Decimal:
        return self._product.retail_price_usd * self.quantity

    def set_balance(self, balance_usd: Decimal | None) -> None:
        """The balance changed (refreshed elsewhere): re-bound the quantity, redo the sums."""
        self._balance = balance_usd
        self._apply_bounds()

    def confirm(self) -> None:
        """Send the checkout — once. Ignored while one is in flight or not allowed."""
        if not self.confirm_button.isEnabled() or not self._service.can_checkout():
            return
        request = CheckoutRequest(
            self._product,
            self.quantity,
            category_id=self._category_id,
            known_balance_usd=self._balance,
        )
        self._pending = request
        self.message_label.hide()
        try:
            self._service.checkout(request)
        except CheckoutBusy:
            self._pending = None
        self._update_buttons()

    # building

    def _build(self) -> None:
        product = self._product
        name = QLabel(f"<b>{_escape(product.product_name)}</b>")
        name.setObjectName("checkoutProductLabel")

        self.unit_label = QLabel(self._unit_text())
        self.unit_label.setObjectName("unitPriceLabel")
        self.unit_label.setToolTip(f"Exactly {exact_usd(product.retail_price_usd)} per unit")
        stock = QLabel(f"{product.total_stock:,} in stock")
        self.quantity_spin = QSpinBox()
        self.quantity_spin.setObjectName("quantitySpin")
        self.quantity_spin.setAccessibleName("Quantity")
        self.quantity_spin.valueChanged.connect(self._update_sums)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAccessibleName("Total")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("checkoutBalanceLabel")
        self.after_label = QLabel()
        self.after_label.setObjectName("balanceAfterLabel")
        self.limit_label = QLabel()
        self.limit_label.setObjectName("quantityLimitLabel")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet("color: palette(placeholder-text);")

        form = QFormLayout()
        form.addRow("Unit price:", self.unit_label)
        form.addRow("Available:", stock)
        form.addRow("Quantity:", self.quantity_spin)
        form.addRow("Total:", self.total_label)
        form.addRow("Balance:", self.balance_label)
        form.addRow("Balance after:", self.after_label)

        self.message_label = QLabel()
        self.message_label.setObjectName("checkoutMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(380)
        self.message_label.hide()

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton("Buy")
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setAccessibleName("Confirm purchase")
        self.confirm_button.clicked.connect(self.confirm)
        self.track_button = QPushButton("Track order by id…")
        self.track_button.setObjectName("trackOrderButton")
        self.track_button.clicked.connect(self._on_track)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.track_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        # After addButton, which shows it. It is offered only after an unknown outcome.
        self.track_button.hide()

        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        total_font = self.total_label.font()
        total_font.setBold(True)
        self.total_label.setFont(total_font)
        self.quantity_spin.setMinimumWidth(120)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        self.setMinimumWidth(420)
        layout.addWidget(name)
        layout.addLayout(form)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        # Only now does the button know its dialog: Enter presses Buy, never Cancel.
        self.cancel_button.setAutoDefault(False)
        self.track_button.setAutoDefault(False)
        self.confirm_button.setDefault(True)

    def _unit_text(self) -> str:
        product = self._product
        shown = product.wallet_unit_price
        exact = exact_usd(product.retail_price_usd)
        return shown if shown == exact else f"{shown}  (exactly {exact})"

    # state

    def _bound(self) -> tuple[int, str]:
        """The largest quantity allowed, and why (a note for the customer)."""
        stock = self._product.total_stock
        unit = self._product.retail_price_usd
        if stock < 1:
            return 0, "This product is out of stock."
        if self._balance is None:
            return stock, "Your balance is not known yet: the quantity is limited by stock only."
        affordable = max_affordable(unit, self._balance)
        if affordable < 1:
            return 0, (
                f"Your balance ({usd(self._balance)}) does not cover one unit. "
                "Top up in the Telegram bot."
            )
        if affordable < stock:
            return affordable, f"Your balance covers at most {affordable:,}."
        return stock, ""

    def _apply_bounds(self) -> None:
        bound, note = self._bound()
        self.quantity_spin.setRange(1, max(1, bound))
        self.quantity_spin.setEnabled(bound >= 1)
        self.limit_label.setText(note)
        if self.limit_label.isVisibleTo(self) != bool(note):
            self.limit_label.setVisible(bool(note))
            self.adjustSize()
        self._update_sums()
        self._update_buttons()

    def _update_sums(self) -> None:
        total = self.total_usd()
        self.total_label.setText(usd(total))
        self.total_label.setToolTip(f"Exactly {exact_usd(total)}")
        if self._balance is None:
            self.balance_label.setText("unknown")
            self.after_label.setText("—")
            self.after_label.setToolTip("")
        else:
            after = self._balance - total
            self.balance_label.setText(usd(self._balance))
            self.after_label.setText(usd(after))
            self.after_label.setToolTip(f"Exactly {exact_usd(after)}")

    def _update_buttons(self) -> None:
        busy = self._service.busy
        wait = self._service.retry_wait()
        bound, _ = self._bound()
        if wait > 0:
            self.confirm_button.setText(f"Retry in {int(-(-wait // 1))} s")
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.confirm_button.setText("Buying…" if busy and self._pending else "Buy")
        allowed = not busy and wait == 0 and bound >= 1 and not self._closed_for_good
        # While our purchase is in flight the dialog stays: its outcome must be seen.
        self.cancel_button.setEnabled(not self._sending())
        self.confirm_button.setEnabled(allowed)
        self.quantity_spin.setEnabled(bound >= 1 and not busy and not self._closed_for_good)

    def reject(self) -> None:
        if not self._sending():
            super().reject()

    def _sending(self) -> bool:
        return self._pending is not None and self._service.busy

    def _on_finished(self, outcome: CheckoutOutcome) -> None:
        if self._pending is None or outcome.request is not self._pending:
            self._update_buttons()
            return
        self._pending = None
        kind = outcome.kind
        if kind is OutcomeKind.PLACED:
            self._update_buttons()
            self.accept()
            return
        if kind is OutcomeKind.INSUFFICIENT_BALANCE and outcome.balance_usd is not None:
            self.set_balance(outcome.balance_usd)
        if kind in (OutcomeKind.UNKNOWN, OutcomeKind.PRODUCT_UNAVAILABLE):
            # Never offer to send it again from here: a re-post could buy twice.
            self._closed_for_good = True
            self.cancel_button.setText("Close")
        if kind is OutcomeKind.UNKNOWN:
            self.track_button.show()
        self._show_message(outcome.message, error=kind is not OutcomeKind.RATE_LIMITED)
        self._update_buttons()

    def _show_message(self, text: str, *, error: bool) -> None:
        colour = "#b3261e" if error else "#7a5b00"
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setText(text)
        self.message_label.show()
        self.adjustSize()  # grow to fit the message: a word-wrapped label does not ask for it

    def _on_track(self) -> None:
        self.track_requested.emit()
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
