"""When to say "your balance is low": once each time it falls below the threshold.

Not again while it stays below (however often it is refreshed), and again only after it has
been back at or above the threshold. An unknown balance (no answer yet, a failed refresh)
changes nothing.
"""

from __future__ import annotations

from decimal import Decimal


class LowBalanceWatch:
    def __init__(self) -> None:
        self._below = False

    def update(self, balance: Decimal | None, threshold: Decimal) -> bool:
        """Take a new reading; True when it has just fallen below ``threshold``."""
        if balance is None:
            return False
        below = balance < threshold
        fell = below and not self._below
        self._below = below
        return fell

    def reset(self) -> None:
        """Forget the last reading (another account): its first low balance is said again."""
        self._below = False
