"""The store writes amounts its own way ("$3.91"); the app says the same amount its way and quotes
the store only where it says something else."""

from __future__ import annotations

from decimal import Decimal

import pytest

from teleaccounthub.services.store_money import amount_text, says_amount, store_amount


@pytest.mark.parametrize(
    ("display", "amount"),
    [
        ("$3.91", Decimal("3.91")),
        (" $1,234.50 ", Decimal("1234.50")),
        ("0.7245", Decimal("0.7245")),
        ("", None),
        ("3,91 $", None),
        ("$NaN", None),
        ("$Infinity", None),
        ("about $4", None),
    ],
)
def test_the_store_amount_is_read_or_refused(display: str, amount: Decimal | None) -> None:
    assert store_amount(display) == amount


def test_an_amount_said_rounded_to_cents_is_the_same_amount() -> None:
    assert says_amount("$1.45", Decimal("1.449"))
    assert says_amount("$1.449", Decimal("1.449"))
    assert not says_amount("$1.44", Decimal("1.449"))
    assert not says_amount("free", Decimal("0"))
    assert says_amount("$1", Decimal("1E+30")) is False  # too many digits to round: no crash


def test_the_charge_is_said_the_apps_way_unless_the_store_says_more() -> None:
    assert amount_text("$3.91", Decimal("3.91")) == "$3.91"
    assert amount_text(None, Decimal("3.91")) == "$3.91"
    assert amount_text("$3.90 + fee", Decimal("3.91")) == "$3.90 + fee"
    assert amount_text("$3.91", None) == "$3.91"
    assert amount_text(None, None) == "—"
