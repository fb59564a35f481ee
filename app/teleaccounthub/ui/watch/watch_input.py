"""What the customer typed in the watch dialog, judged as typed: what is shown is what is used.

Nothing is clamped, rounded or completed: a threshold or quantity that is empty, negative, not a
number or absurdly large is refused with one sentence saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from teleaccounthub.local.watches import MAX_PRICE, MAX_STOCK, Condition, ConditionKind
from teleaccounthub.services.formatting import group_digits, usd

# The largest quantity the dialog takes (the checkout dialog still bounds it by stock and balance).
MAX_QUANTITY: Final = 100_000
# More characters than this is not a number anybody means.
MAX_CHARS: Final = 16


@dataclass(frozen=True, slots=True)
class WatchInput:
    """``condition`` (and ``quantity``, None for "the default") when the texts are usable;
    else ``problem`` says what is wrong."""

    condition: Condition | None
    quantity: int | None
    problem: str

    @property
    def ok(self) -> bool:
        return self.condition is not None


def judge_watch(kind: ConditionKind, threshold_text: str, quantity_text: str) -> WatchInput:
    """Judge the dialog's fields: the condition's threshold (if it has one) and the quantity."""
    condition, problem = _condition(kind, threshold_text.strip())
    if condition is None:
        return WatchInput(None, None, problem)
    quantity, problem = _quantity(quantity_text.strip())
    if problem:
        return WatchInput(None, None, problem)
    return WatchInput(condition, quantity, "")


def _condition(kind: ConditionKind, text: str) -> tuple[Condition | None, str]:
    if kind is ConditionKind.BACK_IN_STOCK:
        return Condition.back_in_stock(), ""
    if kind is ConditionKind.PRICE_AT_MOST:
        price, problem = _price(text)
        return (None, problem) if price is None else (Condition.price_at_most(price), "")
    stock, problem = _whole(text, "a stock", 1, MAX_STOCK)
    return (None, problem) if stock is None else (Condition.stock_at_least(stock), "")


def _price(text: str) -> tuple[Decimal | None, str]:
    span = f"from $0.00 to {usd(MAX_PRICE)}"
    if not text:
        return None, f"Enter the price to wait for ({span})."
    digits = text.removeprefix("$").strip()
    if digits.startswith(("-", "−")):
        return None, f"A price cannot be negative (you typed {_short(text)})."
    if len(digits) > MAX_CHARS or not digits.isascii() or not _plain_decimal(digits):
        return None, f"“{_short(text)}” is not a price. Enter dollars like 0.35."
    try:
        price = Decimal(digits)
    except InvalidOperation:
        return None, f"“{_short(text)}” is not a price. Enter dollars like 0.35."
    if price > MAX_PRICE:
        return None, f"A price of at most {usd(MAX_PRICE)}, please."
    return price, ""


def _plain_decimal(text: str) -> bool:
    whole, dot, fraction = text.partition(".")
    if not (whole or fraction) or (dot and not fraction and not whole):
        return False
    return (not whole or whole.isdigit()) and (not fraction or fraction.isdigit())


def _quantity(text: str) -> tuple[int | None, str]:
    if not text:
        return None, ""  # optional: the checkout dialog's default
    return _whole(text, "a quantity", 1, MAX_QUANTITY)


def _whole(text: str, what: str, low: int, high: int) -> tuple[int | None, str]:
    span = f"{group_digits(low)} to {group_digits(high)}"
    if not text:
        return None, f"Enter {what} ({span})."
    sign, digits = ("-", text[1:]) if text[:1] in ("-", "−") else ("", text.lstrip("+"))
    if len(digits) > MAX_CHARS or not digits.isascii() or not digits.isdigit():
        return None, f"“{_short(text)}” is not a whole number. Enter {what} ({span})."
    value = int(digits)
    if sign or value < low:
        return None, f"Enter {what} of at least {group_digits(low)} (you typed {_short(text)})."
    if value > high:
        return None, f"Enter {what} of at most {group_digits(high)}."
    return value, ""


def _short(text: str, width: int = 16) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
