"""``services.formatting``: money with one rounding rule, exact amounts, counts, sizes, ages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from teleaccounthub.services.formatting import (
    age_text,
    count_text,
    exact_usd,
    group_digits,
    size_text,
    usd,
    usd_exact_if_needed,
)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    """Digit grouping follows the system locale: pin it, so the texts below hold anywhere."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0.005", "$0.01"),  # half-even would say $0.00
        ("0.125", "$0.13"),  # half-even would say $0.12
        ("0.0049", "$0.00"),
        ("7.245", "$7.25"),
        ("1234567.891", "$1,234,567.89"),
        ("-0.125", "-$0.13"),  # half-up rounds away from zero on both sides
        ("-1234.5", "-$1,234.50"),
        ("-0.004", "$0.00"),  # no "-$0.00"
        ("1E+30", "$1,000,000,000,000,000,000,000,000,000,000.00"),  # beyond 28 digits
        ("123456789012345678901234567.895", "$123,456,789,012,345,678,901,234,567.90"),
    ],
)
def test_usd_rounds_half_up_to_cents(amount: str, shown: str) -> None:
    assert usd(Decimal(amount)) == shown


def test_usd_rounds_up_an_amount_the_customer_must_add() -> None:
    assert usd(Decimal("0.001"), up=True) == "$0.01"
    assert usd(Decimal("0.441"), up=True) == "$0.45"
    assert usd(Decimal("0.44"), up=True) == "$0.44"


def test_usd_of_an_unknown_amount_is_a_dash() -> None:
    assert usd(None) == "—"


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("2.1735", "$2.1735"),
        ("2.1", "$2.10"),
        ("0.29900", "$0.299"),
        ("5", "$5.00"),
        ("1E+3", "$1,000.00"),  # never in exponent form
        ("1E-7", "$0.0000001"),
        ("12345678901234567890.123456789", "$12,345,678,901,234,567,890.123456789"),
        ("-0.7245", "-$0.7245"),
    ],
)
def test_exact_usd_keeps_every_digit(amount: str, shown: str) -> None:
    assert exact_usd(Decimal(amount)) == shown


def test_usd_exact_if_needed_adds_the_exact_amount_only_when_cents_hide_some() -> None:
    assert usd_exact_if_needed(Decimal("7.25")) == "$7.25"
    assert usd_exact_if_needed(Decimal("7.2500")) == "$7.25"
    assert usd_exact_if_needed(Decimal("7.245")) == "$7.25 (exactly $7.245)"
    assert usd_exact_if_needed(Decimal("-0.125")) == "-$0.13 (exactly -$0.125)"
    assert usd_exact_if_needed(Decimal("1E+30")) == usd(Decimal("1E+30"))


@pytest.mark.parametrize(
    ("count", "shown"),
    [(0, "0 orders"), (1, "1 order"), (2, "2 orders"), (1000, "1,000 orders"), (-1, "-1 orders")],
)
def test_count_text_says_the_noun_in_the_right_number(count: int, shown: str) -> None:
    assert count_text(count, "order") == shown


def test_count_text_takes_an_irregular_plural() -> None:
    assert count_text(1, "category", "categories") == "1 category"
    assert count_text(3, "category", "categories") == "3 categories"
    assert count_text(0, "category", "categories") == "0 categories"


def test_digits_are_grouped_by_the_locale() -> None:
    assert group_digits(53489) == "53,489"
    assert group_digits(53489, QLocale(QLocale.Language.German, QLocale.Country.Germany)) == (
        "53.489"
    )
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert count_text(1000, "order") == "1.000 orders"


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1023.9, "1023 B"),
        (1024, "1.0 KB"),
        (123456, "120.6 KB"),
        (47 * 1024**2, "47.0 MB"),
        (3 * 1024**3, "3.0 GB"),
        (1024**4, "1024.0 GB"),  # GB is the largest unit
    ],
)
def test_size_text(size: float, shown: str) -> None:
    assert size_text(size) == shown


@pytest.mark.parametrize(
    ("age", "shown"),
    [
        (timedelta(seconds=-5), "just now"),  # a clock that went back
        (timedelta(seconds=59), "just now"),
        (timedelta(seconds=60), "1 min ago"),
        (timedelta(minutes=59, seconds=59), "59 min ago"),
        (timedelta(hours=1), "1 h ago"),
        (timedelta(hours=47, minutes=59), "47 h ago"),
        (timedelta(hours=48), "2 days ago"),
        (timedelta(days=30), "30 days ago"),
    ],
)
def test_age_text(age: timedelta, shown: str) -> None:
    assert age_text(age) == shown
