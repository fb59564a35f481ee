"""Money as the store shows it: exact ``Decimal`` amounts, "$0.72" display strings."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, ROUND_UP, Decimal

_CENT = Decimal("0.01")


def display(amount: Decimal) -> str:
    """Dollars with two decimals, rounded half up: "$0.13" for 0.125 (banker's would give 0.12)."""
    return f"${amount.quantize(_CENT, rounding=ROUND_HALF_UP)}"


def display_shortfall(amount: Decimal) -> str:
    """A missing amount, rounded up to the cent so that adding it is always enough."""
    return f"${amount.quantize(_CENT, rounding=ROUND_UP)}"
