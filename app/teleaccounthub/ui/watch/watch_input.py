"""What the customer typed in the watch dialog, judged as typed: what is shown is what is used.

Nothing is clamped, rounded or completed: a threshold or quantity that is empty, negative, not a
number or absurdly large is refused with one sentence saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.watches import MAX_PRICE, MAX_STOCK, Condition, ConditionKind
from teleaccounthub.services.formatting import display_locale, group_digits, usd

WatchText = TrContext("WatchText")

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
    stock, problem = _whole(text, _STOCK, 1, MAX_STOCK)
    return (None, problem) if stock is None else (Condition.stock_at_least(stock), "")


def _price(text: str) -> tuple[Decimal | None, str]:
    if not text:
        return None, WatchText.tr("Enter the price to wait for (from {low} to {high}).").format(
            low=usd(Decimal(0)), high=usd(MAX_PRICE)
        )
    digits = text.removeprefix("$").removesuffix("$").strip()
    if display_locale().decimalPoint() == "," and "." not in digits:
        digits = digits.replace(",", ".", 1)  # "0,35" where the decimal point is a comma
    if digits.startswith(("-", "−")):
        return None, WatchText.tr("A price cannot be negative (you typed {text}).").format(
            text=_short(text)
        )
    if len(digits) > MAX_CHARS or not digits.isascii() or not _plain_decimal(digits):
        return None, _not_a_price(text)
    try:
        price = Decimal(digits)
    except InvalidOperation:
        return None, _not_a_price(text)
    if price > MAX_PRICE:
        return None, WatchText.tr("A price of at most {price}, please.").format(
            price=usd(MAX_PRICE)
        )
    return price, ""


def _not_a_price(text: str) -> str:
    return WatchText.tr("“{text}” is not a price. Enter dollars like 0.35.").format(
        text=_short(text)
    )


def _plain_decimal(text: str) -> bool:
    whole, dot, fraction = text.partition(".")
    if not (whole or fraction) or (dot and not fraction and not whole):
        return False
    return (not whole or whole.isdigit()) and (not fraction or fraction.isdigit())


def _quantity(text: str) -> tuple[int | None, str]:
    if not text:
        return None, ""  # optional: the checkout dialog's default
    return _whole(text, _QUANTITY, 1, MAX_QUANTITY)


# Which number a whole-number field holds: its problems are worded for it.
_STOCK, _QUANTITY = "stock", "quantity"


def _whole(text: str, what: str, low: int, high: int) -> tuple[int | None, str]:
    numbers = {"low": group_digits(low), "high": group_digits(high), "text": _short(text)}
    if not text:
        return None, _enter(what).format(**numbers)
    sign, digits = ("-", text[1:]) if text[:1] in ("-", "−") else ("", text.lstrip("+"))
    if len(digits) > MAX_CHARS or not digits.isascii() or not digits.isdigit():
        return None, _not_whole(what).format(**numbers)
    value = int(digits)
    if sign or value < low:
        return None, _too_small(what).format(**numbers)
    if value > high:
        return None, _too_large(what).format(**numbers)
    return value, ""


def _enter(what: str) -> str:
    if what == _STOCK:
        return WatchText.tr("Enter a stock ({low} to {high}).")
    return WatchText.tr("Enter a quantity ({low} to {high}).")


def _not_whole(what: str) -> str:
    if what == _STOCK:
        return WatchText.tr("“{text}” is not a whole number. Enter a stock ({low} to {high}).")
    return WatchText.tr("“{text}” is not a whole number. Enter a quantity ({low} to {high}).")


def _too_small(what: str) -> str:
    if what == _STOCK:
        return WatchText.tr("Enter a stock of at least {low} (you typed {text}).")
    return WatchText.tr("Enter a quantity of at least {low} (you typed {text}).")


def _too_large(what: str) -> str:
    if what == _STOCK:
        return WatchText.tr("Enter a stock of at most {high}.")
    return WatchText.tr("Enter a quantity of at most {high}.")


def _short(text: str, width: int = 16) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
