"""The quantity a customer typed, judged as typed: what the field shows is what would be bought.

``QSpinBox.value()`` is the last *valid* value, not what the field shows, and the spin box quietly
swallows or reverts what it does not like (type ``1000`` where 435 is the maximum and it shows
``100``; clear it, press Enter, and it buys the old value). ``QuantitySpinBox`` lets every text
stand, and ``judge_quantity`` says whether that text is a quantity that can be bought, and if not,
what is wrong in one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import group_digits

CheckoutText = TrContext("CheckoutText")

# The largest value a QSpinBox (a C++ int) holds.
QT_INT_MAX: Final = 2**31 - 1
# More digits than this is not a quantity anybody means (and keeps int() cheap).
MAX_DIGITS: Final = 12


@dataclass(frozen=True, slots=True)
class QuantityLimit:
    """The largest quantity allowed now, and why, e.g. ``(435, "At most 435: your balance
    covers 435.")``: ``why`` is the sentence shown for a quantity over ``maximum`` (with a
    ``maximum`` below 1, why nothing can be bought)."""

    maximum: int
    why: str
    by_balance: bool = False
    """The balance, not the stock, is what limits the quantity."""


@dataclass(frozen=True, slots=True)
class QuantityCheck:
    """``quantity`` when the text is a quantity that may be bought; else ``problem`` says why."""

    quantity: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.quantity is not None


def judge_quantity(text: str, limit: QuantityLimit) -> QuantityCheck:
    """Judge the field's text against ``limit`` — never turning it into another number."""
    shown = text.strip()
    maximum = limit.maximum
    if maximum < 1:
        return QuantityCheck(None, limit.why)
    most = group_digits(maximum)
    if not shown:
        return QuantityCheck(
            None, CheckoutText.tr("Enter how many to buy (1 to {maximum}).").format(maximum=most)
        )
    sign, digits = ("-", shown[1:]) if shown[:1] in ("-", "−") else ("", shown.lstrip("+"))
    if not digits.isascii() or not digits.isdigit() or len(digits) > MAX_DIGITS:
        return QuantityCheck(
            None,
            CheckoutText.tr("“{typed}” is not a whole number. Enter 1 to {maximum}.").format(
                typed=_short(shown), maximum=most
            ),
        )
    value = int(digits)
    if sign or value < 1:
        return QuantityCheck(
            None,
            CheckoutText.tr("Buy at least 1 (you typed {typed}).").format(
                typed=sign + group_digits(value)
            ),
        )
    if value > maximum:
        return QuantityCheck(None, limit.why)
    return QuantityCheck(value, "")


def _short(text: str, width: int = 16) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class QuantitySpinBox(QSpinBox):
    """A spin box that never replaces what the customer typed behind their back.

    Any text may stand in the field (the dialog says what is wrong with it); focus leaving does
    not revert it; Enter on a text that is not a valid quantity is consumed here (so it cannot
    press the dialog's default button with the last valid value) and ``invalid_enter`` is
    emitted instead.
    """

    invalid_enter = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setKeyboardTracking(True)
        self.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToPreviousValue)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid:
            return QValidator.State.Intermediate, text, pos
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text  # nothing is corrected: the customer sees and fixes it

    def shown_text(self) -> str:
        return self.lineEdit().text()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self._acceptable():
            event.accept()
            self.invalid_enter.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self._acceptable():
            super().focusOutEvent(event)
            return
        # QAbstractSpinBox would put the last valid value back into the field here.
        QWidget.focusOutEvent(self, event)

    def _acceptable(self) -> bool:
        return self.lineEdit().hasAcceptableInput()
