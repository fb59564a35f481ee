"""The balance in the toolbar (``balanceLabel``): the server's display string, or "Set API key…".

Below the low-balance threshold it takes a warning colour and a tooltip. Without a key it is a
link that opens the API key dialog.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel

from teleaccounthub.api import Balance
from teleaccounthub.local.settings import DEFAULT_LOW_BALANCE_THRESHOLD
from teleaccounthub.services.formatting import usd
from teleaccounthub.services.store_money import amount_text
from teleaccounthub.ui.account.texts import AccountText
from teleaccounthub.ui.language import is_language_change


def set_key_text() -> str:
    return AccountText.tr("Set API key…")


class BalanceLabel(QLabel):
    """Shows a ``Balance`` (``show_balance``), a pending state, or the "Set API key…" link.

    ``set_key_requested()`` is emitted when the link is activated. The ``level`` property
    ("ok", "low", "none") drives the style sheet.
    """

    set_key_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceLabel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.linkActivated.connect(lambda _link: self.set_key_requested.emit())
        self._threshold = DEFAULT_LOW_BALANCE_THRESHOLD
        self._balance: Balance | None = None
        self._has_key = False
        self._refused = False
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if is_language_change(event):
            self._render()

    def plain_text(self) -> str:
        """What the label says, without markup."""
        if not self._has_key or self._refused:
            return set_key_text()
        if self._balance is None:
            return AccountText.tr("Balance …", "the balance is being fetched")
        return amount_text(self._balance.balance_display, self._balance.balance_usd)

    def is_low(self) -> bool:
        return self._balance is not None and self._balance.balance_usd < self._threshold

    def set_threshold(self, threshold: Decimal) -> None:
        self._threshold = threshold
        self._render()

    def set_state(self, *, has_key: bool, balance: Balance | None, refused: bool = False) -> None:
        """``refused``: the store answered 401 for the key in use."""
        self._has_key = has_key
        self._refused = refused
        self._balance = balance if has_key and not refused else None
        self._render()

    def _render(self) -> None:
        self.setAccessibleName(AccountText.tr("Balance"))
        if not self._has_key or self._refused:
            level = "none"
            self.setText(f'<a href="#api-key">{set_key_text()}</a>')
            self.setToolTip(
                AccountText.tr("The store refused the API key: enter a valid one")
                if self._refused
                else AccountText.tr("Enter your API key to see your balance and buy")
            )
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
            text = self.plain_text()
            self.setText(text.replace("&", "&amp;").replace("<", "&lt;"))
            if self.is_low():
                level = "low"
                self.setToolTip(
                    AccountText.tr(
                        "Your balance is below {threshold}: top up in the Telegram bot. "
                        "(The threshold is in Settings.)"
                    ).format(threshold=usd(self._threshold))
                )
            else:
                level = "ok" if self._balance is not None else "none"
                self.setToolTip(AccountText.tr("Your wallet balance (refreshed periodically)"))
        self.setAccessibleDescription(self.plain_text())
        if self.property("level") != level:
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
