"""The checkout dialog: unit price, quantity, total and balance after; one confirmation, one POST.

What the customer can read is what is sent: the quantity is the text in the field, judged as
typed (``ui.quantity``); the confirm button names the purchase ("Buy 99 × Philippines +63 for
$71.73") and is disabled, with a sentence saying why, whenever the text is not a quantity that
can be bought. Totals show the exact amount where rounding to cents would hide a fraction.

Open it with ``open()`` (never ``exec()`` inside a coroutine). ``confirm()`` is the Buy button's
slot and the test hook; it does nothing while a checkout is in flight, a 429 countdown runs or
the shown quantity is not valid. After an outcome that holds buying (unknown, or placed but not
saved) the dialog stays until the customer closes it; closing it is what releases buying.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
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
)
from teleaccounthub.services.formatting import (
    exact_usd,
    group_digits,
    usd,
    usd_exact_if_needed,
)
from teleaccounthub.services.store_money import says_amount
from teleaccounthub.ui.language import is_language_change
from teleaccounthub.ui.orders.quantity import (
    QT_INT_MAX,
    CheckoutText,
    QuantityCheck,
    QuantityLimit,
    QuantitySpinBox,
    judge_quantity,
)

# Longer product names are cut in the confirm button (the dialog's title has the whole name).
BUTTON_NAME_WIDTH = 32


def max_affordable(unit: Decimal, balance: Decimal) -> int:
    """How many units ``balance`` covers at ``unit`` each (floor)."""
    if unit <= 0:
        return QT_INT_MAX
    return max(0, int(balance // unit))


def buy_button_text(quantity: int, product: Product) -> str:
    """``Buy 99 × Philippines +63 for $71.73``: the purchase in words, on the button itself."""
    name = product.product_name
    if len(name) > BUTTON_NAME_WIDTH:
        name = name[: BUTTON_NAME_WIDTH - 1] + "…"
    return CheckoutText.tr("Buy {count} × {name} for {total}").format(
        count=group_digits(quantity), name=name, total=usd(product.retail_price_usd * quantity)
    )


# A balance that would go below zero: red (readable on light and dark backgrounds), bold.
NEGATIVE_STYLE = "color: #e0352b; font-weight: 600;"


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
        quantity: int | None = None,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutDialog")
        self._service = service
        self._product = product
        self._category_id = category_id
        self._balance = balance_usd
        self._pending: CheckoutRequest | None = None
        self._closed_for_good = False
        self._holding = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._update_buttons)

        self._build(note)
        self._retranslate()
        service.busy_changed.connect(self._update_buttons)
        service.finished.connect(self._on_finished)
        self._apply_bounds()
        self._prefill = quantity
        self._put_prefill()

    # public

    @property
    def product(self) -> Product:
        return self._product

    @property
    def quantity(self) -> int | None:
        """The quantity the field shows, when it is one that may be bought; else None."""
        return self.check().quantity

    def check(self) -> QuantityCheck:
        """The field's text, judged as shown."""
        return judge_quantity(self.quantity_spin.shown_text(), self._limit())

    def total_usd(self) -> Decimal | None:
        quantity = self.quantity
        return None if quantity is None else self._product.retail_price_usd * quantity

    @property
    def holds_buying(self) -> bool:
        """It shows an outcome (unknown, or placed but not saved) the customer must close."""
        return self._holding

    def set_balance(self, balance_usd: Decimal | None) -> None:
        """The balance changed (refreshed elsewhere): re-bound the quantity, redo the sums."""
        self._balance = balance_usd
        self._apply_bounds()

    def confirm(self) -> None:
        """Send the checkout of the shown quantity — once. Ignored while one is in flight, not
        allowed, or when the field does not show a quantity that may be bought."""
        check = self.check()
        if check.quantity is None:
            self._update_sums()
            return
        if not self.confirm_button.isEnabled() or not self._service.can_checkout():
            return
        request = CheckoutRequest(
            self._product,
            check.quantity,
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)  # a spin box re-writes its field from its value when shown
        self._put_prefill()

    def _put_prefill(self) -> None:
        """Put the requested quantity as text, as if typed: one over today's stock or balance is
        judged and refused in words rather than silently lowered."""
        if self._prefill is None or self.quantity_spin.lineEdit().isModified():
            return
        self.quantity_spin.lineEdit().setText(str(self._prefill))
        self.quantity_spin.lineEdit().setModified(True)
        self._quantity_edited()

    # building

    def _build(self, note: str) -> None:
        product = self._product
        name = QLabel(f"<b>{_escape(product.product_name)}</b>")
        name.setObjectName("checkoutProductLabel")
        self.note_label = QLabel(note)
        self.note_label.setObjectName("checkoutNoteLabel")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(note))

        self.unit_label = QLabel()
        self.unit_label.setObjectName("unitPriceLabel")
        self.stock_label = QLabel()
        self.stock_label.setObjectName("checkoutStockLabel")
        self.quantity_spin = QuantitySpinBox()
        self.quantity_spin.setObjectName("quantitySpin")
        # textChanged for typing; valueChanged for the arrows and setValue (the spin box sets
        # its own field with the field's signals blocked).
        self.quantity_spin.lineEdit().textChanged.connect(self._quantity_edited)
        self.quantity_spin.valueChanged.connect(self._quantity_edited)
        self.quantity_spin.invalid_enter.connect(self._quantity_edited)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("checkoutBalanceLabel")
        self.after_label = QLabel()
        self.after_label.setObjectName("balanceAfterLabel")
        self.limit_label = QLabel()
        self.limit_label.setObjectName("quantityLimitLabel")
        self.limit_label.setWordWrap(True)
        self.limit_label.setStyleSheet("color: palette(placeholder-text);")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("quantityProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.problem_label.hide()

        form = QFormLayout()
        self._form = form
        for field in (
            self.unit_label,
            self.stock_label,
            self.quantity_spin,
            self.problem_label,
            self.total_label,
            self.balance_label,
            self.after_label,
        ):
            # No label beside the problem (a hidden row then takes no room); the others' texts
            # are set in _retranslate.
            form.addRow("" if field is self.problem_label else QLabel(), field)

        self.message_label = QLabel()
        self.message_label.setObjectName("checkoutMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumWidth(380)
        self.message_label.hide()

        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.track_button = QPushButton()
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
        layout.addWidget(self.note_label)
        layout.addWidget(name)
        layout.addLayout(form)
        layout.addWidget(self.limit_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        # Only now does the button know its dialog: Enter presses Buy, never Cancel.
        self.cancel_button.setAutoDefault(False)
        self.track_button.setAutoDefault(False)
        self.confirm_button.setDefault(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
            self._apply_bounds()  # the sums, the limits and the button's words
        super().changeEvent(event)

    def _retranslate(self) -> None:
        product = self._product
        self.setAccessibleName(CheckoutText.tr("Checkout"))
        self.setWindowTitle(CheckoutText.tr("Buy {name}").format(name=product.product_name))
        self.unit_label.setText(self._unit_text())
        self.unit_label.setToolTip(
            CheckoutText.tr("Exactly {amount} per unit").format(
                amount=exact_usd(product.retail_price_usd)
            )
        )
        self.stock_label.setText(
            CheckoutText.tr("{count} in stock").format(count=group_digits(product.total_stock))
        )
        self.quantity_spin.setAccessibleName(CheckoutText.tr("Quantity"))
        self.total_label.setAccessibleName(CheckoutText.tr("Total"))
        self.problem_label.setAccessibleName(CheckoutText.tr("What is wrong with the quantity"))
        self.confirm_button.setAccessibleName(CheckoutText.tr("Confirm purchase"))
        self.track_button.setText(CheckoutText.tr("Track order by id…"))
        if self._closed_for_good:
            self.cancel_button.setText(CheckoutText.tr("Close"))
        labels = (
            CheckoutText.tr("Unit price:"),
            CheckoutText.tr("Available:"),
            CheckoutText.tr("Quantity:"),
            "",
            CheckoutText.tr("Total:"),
            CheckoutText.tr("Balance:"),
            CheckoutText.tr("Balance after:"),
        )
        for row, text in enumerate(labels):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(text)

    def _unit_text(self) -> str:
        """The store's unit price, said the app's way when it is the same amount."""
        product = self._product
        price = product.retail_price_usd
        exact = exact_usd(price)
        shown = usd(price) if says_amount(product.wallet_unit_price, price) else None
        if shown is None:
            shown = product.wallet_unit_price
        if shown == exact:
            return shown
        return CheckoutText.tr("{shown}  (exactly {exact})").format(shown=shown, exact=exact)

    # state

    def _limit_note(self, limit: QuantityLimit) -> str:
        """The line under the form saying what limits the quantity ("" when only stock does)."""
        if limit.maximum < 1:
            return limit.why
        if self._balance is None:
            return CheckoutText.tr(
                "Your balance is not known yet: the quantity is limited by stock only."
            )
        if not limit.by_balance:
            return ""
        return CheckoutText.tr("Your balance covers at most {count}.").format(
            count=group_digits(limit.maximum)
        )

    def _limit(self) -> QuantityLimit:
        """What may be bought now: stock, what the balance covers, and what Qt can hold."""
        stock = min(self._product.total_stock, QT_INT_MAX)
        if stock < 1:
            return QuantityLimit(0, CheckoutText.tr("This product is out of stock."))
        in_stock = QuantityLimit(
            stock,
            CheckoutText.tr("At most {count}: only {count} in stock.").format(
                count=group_digits(stock)
            ),
        )
        if self._balance is None:
            return in_stock
        affordable = min(max_affordable(self._product.retail_price_usd, self._balance), stock)
        if affordable < 1:
            return QuantityLimit(
                0,
                CheckoutText.tr(
                    "Your balance ({balance}) does not cover one unit. Top up in the Telegram bot."
                ).format(balance=usd(self._balance)),
            )
        if affordable < stock:
            return QuantityLimit(
                affordable,
                CheckoutText.tr("At most {count}: your balance covers {count}.").format(
                    count=group_digits(affordable)
                ),
                by_balance=True,
            )
        return in_stock

    def _apply_bounds(self) -> None:
        limit = self._limit()
        bound, note = limit.maximum, self._limit_note(limit)
        spin = self.quantity_spin
        typed = spin.shown_text() if spin.lineEdit().isModified() else None
        spin.setRange(1, max(1, bound))
        if typed is not None and spin.shown_text() != typed:
            # Qt re-wrote the field to fit the new range (the balance changed): put back what
            # the customer typed, so the new bound judges it instead of silently changing it.
            spin.lineEdit().setText(typed)
            spin.lineEdit().setModified(True)
        self.limit_label.setText(note)
        if self.limit_label.isVisibleTo(self) != bool(note):
            self.limit_label.setVisible(bool(note))
            self.adjustSize()
        self._update_sums()
        self._update_buttons()

    def _quantity_edited(self, *_: object) -> None:
        self._update_sums()
        self._update_buttons()

    def _update_sums(self) -> None:
        check = self.check()
        problem = "" if check.ok or self._limit().maximum < 1 else check.problem
        self.problem_label.setText(problem)
        if self.problem_label.isVisibleTo(self) != bool(problem):
            self.problem_label.setVisible(bool(problem))
            self.adjustSize()
        total = self.total_usd()
        if total is None:
            self.total_label.setText("—")
            self.total_label.setToolTip("")
        else:
            self.total_label.setText(usd_exact_if_needed(total))
            self.total_label.setToolTip(exact_text(total))
        if self._balance is None:
            self.balance_label.setText(CheckoutText.tr("unknown", "the balance"))
        else:
            self.balance_label.setText(usd_exact_if_needed(self._balance))
        # A whole number the balance does not cover shows how far below zero it would go.
        wanted = total if total is not None else self._uncovered_total()
        if self._balance is None or wanted is None:
            self.after_label.setText("—")
            self.after_label.setToolTip("")
        else:
            after = self._balance - wanted
            self.after_label.setText(usd_exact_if_needed(after))
            self.after_label.setToolTip(exact_text(after))
        negative = self._balance is not None and wanted is not None and self._balance < wanted
        if self.after_label.property("negative") != negative:
            self.after_label.setProperty("negative", negative)
            self.after_label.setStyleSheet(NEGATIVE_STYLE if negative else "")

    def _uncovered_total(self) -> Decimal | None:
        """The total of a whole number typed within stock that the balance does not cover."""
        if self._balance is None:
            return None
        stock = QuantityLimit(min(self._product.total_stock, QT_INT_MAX), "")
        typed = judge_quantity(self.quantity_spin.shown_text(), stock).quantity
        if typed is None:
            return None
        total = self._product.retail_price_usd * typed
        return total if total > self._balance else None

    def _update_buttons(self) -> None:
        busy = self._service.busy
        wait = self._service.retry_wait()
        check = self.check()
        if wait > 0:
            self.confirm_button.setText(
                CheckoutText.tr("Retry in {seconds} s").format(seconds=int(-(-wait // 1)))
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            if busy and self._pending:
                self.confirm_button.setText(CheckoutText.tr("Buying…"))
            elif check.quantity is not None and not self._closed_for_good:
                self.confirm_button.setText(buy_button_text(check.quantity, self._product))
            else:
                self.confirm_button.setText(CheckoutText.tr("Buy"))
        allowed = self._service.can_checkout() and check.ok and not self._closed_for_good
        # While our purchase is in flight the dialog stays: its outcome must be seen.
        self.cancel_button.setEnabled(not self._sending())
        self.confirm_button.setEnabled(allowed)
        self.confirm_button.setToolTip("" if allowed else self._why_not(check))
        self.quantity_spin.setEnabled(
            self._limit().maximum >= 1 and not busy and not self._closed_for_good
        )

    def _why_not(self, check: QuantityCheck) -> str:
        if self._closed_for_good:
            return CheckoutText.tr("This purchase is finished; close the dialog.")
        return self._service.block_reason() or check.problem

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter held down on a product opens this dialog; its repeats must not press Buy.
        if event.isAutoRepeat() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

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
        if kind in (
            OutcomeKind.UNKNOWN,
            OutcomeKind.PLACED_UNSAVED,
            OutcomeKind.PRODUCT_UNAVAILABLE,
        ):
            # Never offer to send it again from here: a re-post could buy twice.
            self._closed_for_good = True
            self.cancel_button.setText(CheckoutText.tr("Close"))
        self._holding = outcome.holds_buying
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

    def done(self, result: int) -> None:
        holding, self._holding = self._holding, False
        super().done(result)
        if holding:
            # The customer has read the message and closed it: only now may buying go on.
            self._service.acknowledge()


def exact_text(amount: Decimal) -> str:
    return CheckoutText.tr("Exactly {amount}").format(amount=exact_usd(amount))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
