"""Amounts as the store writes them ("$0.72", "$1,234.50"), whatever language the app speaks:
read back, so the app can say an amount its own way and quote the store only where it differs."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from teleaccounthub.services.formatting import usd


def store_amount(display: str) -> Decimal | None:
    """The amount in the store's wording; None when it is not one."""
    text = display.strip().removeprefix("$").replace(",", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def price_text(display: str) -> str:
    """A price the store wrote ("$0.72") the app's own way ("0,72 $"), or as written."""
    amount = store_amount(display)
    return display if amount is None else usd(amount)


def says_amount(display: str, amount: Decimal) -> bool:
    """``display`` is ``amount``, exactly or rounded to cents."""
    shown = store_amount(display)
    if shown is None:
        return False
    try:
        cents = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # too many digits to round: compared as it is
        cents = amount
    return shown in (amount, cents)


def amount_text(display: str | None, amount: Decimal | None) -> str:
    """An amount (what an order cost, the balance, a price) the app's own way when the store's
    ``display`` says that amount; else the store's own words."""
    if amount is not None and (not display or says_amount(display, amount)):
        return usd(amount)
    return display if display else usd(amount)
