"""How money, counts, sizes and ages read on screen: the one place that formats them for people.

Money has one rounding rule, half-up to cents (``up=True`` rounds up, for an amount the customer
must add). Amounts are ``Decimal`` end to end; these functions only format. Where rounding to
cents would hide a fraction of a cent, ``usd_exact_if_needed`` shows both ("$7.25 (exactly
$7.245)"), so a total and a "balance after" can never seem to disagree by a rounding cent.

Counts are grouped by the system locale (``QLocale``, which is why this module imports QtCore).
Files written for machines (the CSV export) keep their own exact formats.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Context, Decimal, getcontext
from typing import Final

from PySide6.QtCore import QLocale

CENT: Final = Decimal("0.01")
_SIZE_UNITS: Final = ("B", "KB", "MB", "GB")


def usd(amount: Decimal | None, *, up: bool = False) -> str:
    """``$1,234.57``: cents, rounded half-up (or up, for an amount the customer must add)."""
    if amount is None:
        return "—"
    cents = _cents(amount, ROUND_CEILING if up else ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    return f"{sign}${cents.copy_abs():,.2f}"


def exact_usd(amount: Decimal) -> str:
    """The exact amount, without trailing zeros beyond cents: ``$2.1735``, ``$2.10``."""
    text = f"{amount.copy_abs():f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    sign = "-" if amount < 0 else ""
    return f"{sign}${int(whole):,}.{fraction}"


def is_whole_cents(amount: Decimal) -> bool:
    return amount == _cents(amount, ROUND_HALF_UP)


def _cents(amount: Decimal, rounding: str) -> Decimal:
    # Enough digits for any finite amount: the default 28 would round (``abs``) or raise
    # (``quantize``) on an absurd amount from the store, and a formatter must not do either.
    digits = max(getcontext().prec, amount.adjusted() + 3)
    return amount.quantize(CENT, rounding=rounding, context=Context(prec=digits))


def usd_exact_if_needed(amount: Decimal) -> str:
    """``$7.25`` when that is exact, else ``$7.25 (exactly $7.245)``."""
    shown = usd(amount)
    return shown if is_whole_cents(amount) else f"{shown} (exactly {exact_usd(amount)})"


def display_locale() -> QLocale:
    """The system locale, but always grouping digits (the "C" locale would print 53489)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def group_digits(value: int, locale: QLocale | None = None) -> str:
    """``53489`` → ``53,489`` (or the locale's own separator)."""
    return (locale or display_locale()).toString(value)


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """``3 orders``, ``1 order``, ``1,000 orders``; ``plural`` for irregular nouns."""
    noun = singular if count == 1 else (plural if plural is not None else f"{singular}s")
    return f"{group_digits(count)} {noun}"


def size_text(count: float) -> str:
    """A file size for people: ``512 B``, ``1.5 KB``, ``47.0 MB`` (units of 1024)."""
    value = float(count)
    step = 0
    while value >= 1024 and step < len(_SIZE_UNITS) - 1:
        value /= 1024
        step += 1
    return f"{int(value)} B" if step == 0 else f"{value:.1f} {_SIZE_UNITS[step]}"


def age_text(age: timedelta) -> str:
    """A catalog age for people: "just now", "5 min ago", "3 h ago", "2 days ago"."""
    seconds = max(0, int(age.total_seconds()))
    if seconds < 60:
        return "just now"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h ago"
    return f"{hours // 24} days ago"
