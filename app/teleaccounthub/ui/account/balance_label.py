"""The balance in the toolbar (``balanceLabel``): the server's display string, or "Set API key…".

Below the low-balance threshold it takes a warning colour and a tooltip. Without a key it is a
link that opens the API key dialog.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel

from teleaccounthub.api import Balance
from teleaccounthub.local.settings import DEFAULT_LOW_BALANCE_THRESHOLD
from teleaccounthub.services.formatting import usd

SET_KEY_TEXT = "Set API key…"


class BalanceLabel(QLabel):
    """Shows a ``Balance`` (``show_balance``), a pending state, or the "Set API key…" link.

    ``set_key_requested()`` is emitted when the link is activated. The ``level`` property
    ("ok", "low", "none") drives the style sheet.
    """

    set_key_requested = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceLabel")
        self.setAccessibleName("Balance")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.linkActivated.connect(lambda _link: self.set_key_requested.emit())
        self._threshold = DEFAULT_LOW_BALANCE_THRESHOLD
        self._balance: Balance | None = None
        self._has_key = False
        self._refused = False
        self._render()

    def plain_text(self) -> str:
        """What the label says, without markup."""
        if not self._has_key or self._refused:
            return SET_KEY_TEXT
        if self._balance is None:
            return "Balance …"
        return self._balance.balance_display

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
        if not self._has_key or self._refused:
            level = "none"
            self.setText(f'<a href="#api-key">{SET_KEY_TEXT}</a>')
            self.setToolTip(
                "The store refused the API key: enter a valid one"
                if self._refused
                else "Enter your API key to see your balance and buy"
            )
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
            text = self.plain_text()
            self.setText(text.replace("&", "&amp;").replace("<", "&lt;"))
            if self.is_low():
                level = "low"
                self.setToolTip(
                    f"Your balance is below {usd(self._threshold)}: top up in the Telegram "
                    "bot. (The threshold is in Settings.)"
                )
            else:
                level = "ok" if self._balance is not None else "none"
                self.setToolTip("Your wallet balance (refreshed periodically)")
        self.setAccessibleDescription(self.plain_text())
        if self.property("level") != level:
            self.setProperty("level", level)
            self.style().unpolish(self)
            self.style().polish(self)
