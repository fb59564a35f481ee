"""Money on screen: one rounding rule (half-up to cents) and the exact amount where it differs.

Amounts are ``Decimal`` end to end; these functions only format. Where rounding to cents would
hide a fraction of a cent, ``usd_exact_if_needed`` shows both ("$7.25 (exactly $7.245)"), so a
total and a "balance after" can never seem to disagree by a rounding cent.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Final

CENT: Final = Decimal("0.01")


def usd(amount: Decimal | None, *, up: bool = False) -> str:
    """``$1,234.57``: cents, rounded half-up (or up, for an amount the customer must add)."""
    if amount is None:
        return "—"
    cents = amount.quantize(CENT, rounding=ROUND_CEILING if up else ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents):,.2f}"


def exact_usd(amount: Decimal) -> str:
    """The exact amount, without trailing zeros beyond cents: ``$2.1735``, ``$2.10``."""
    text = f"{abs(amount):f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    sign = "-" if amount < 0 else ""
    return f"{sign}${int(whole):,}.{fraction}"


def is_whole_cents(amount: Decimal) -> bool:
    return amount == amount.quantize(CENT, rounding=ROUND_HALF_UP)


def usd_exact_if_needed(amount: Decimal) -> str:
    """``$7.25`` when that is exact, else ``$7.25 (exactly $7.245)``."""
    shown = usd(amount)
    return shown if is_whole_cents(amount) else f"{shown} (exactly {exact_usd(amount)})"
