"""How money, counts, sizes and ages read on screen: the one place that formats them for people.

Money has one rounding rule, half-up to cents (``up=True`` rounds up, for an amount the customer
must add). Amounts are ``Decimal`` end to end; these functions only format. Where rounding to
cents would hide a fraction of a cent, ``usd_exact_if_needed`` shows both ("$7.25 (exactly
$7.245)"), so a total and a "balance after" can never seem to disagree by a rounding cent.

Money and counts follow the default ``QLocale`` (the language chosen in Settings, or the
system's): ``$1,234.57`` in English, ``1 234,57 $`` in Russian. The digits are always the exact
``Decimal`` ones; only the separators and where the ``$`` stands come from the locale. The "C"
locale reads as US English. Files written for machines (the CSV export) keep their own exact
formats.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Context, Decimal, getcontext
from typing import Final

from PySide6.QtCore import QDateTime, QLocale

from teleaccounthub.i18n import TrContext

FormatText = TrContext("FormatText")

CENT: Final = Decimal("0.01")
_SIZE_UNITS: Final = ("B", "KB", "MB", "GB")


def usd(amount: Decimal | None, *, up: bool = False) -> str:
    """``$1,234.57``: cents, rounded half-up (or up, for an amount the customer must add)."""
    if amount is None:
        return "—"
    cents = _cents(amount, ROUND_CEILING if up else ROUND_HALF_UP)
    return _money(cents < 0, f"{cents.copy_abs():,.2f}")


def exact_usd(amount: Decimal) -> str:
    """The exact amount, without trailing zeros beyond cents: ``$2.1735``, ``$2.10``."""
    text = f"{amount.copy_abs():f}"
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0").ljust(2, "0")
    return _money(amount < 0, f"{int(whole):,}.{fraction}")


@dataclass(frozen=True, slots=True)
class _MoneyShape:
    before: str
    after: str
    group: str
    point: str
    minus: str


_shapes: dict[str, _MoneyShape] = {}


def _money(negative: bool, digits: str) -> str:
    """``digits`` (``1,234.57``: Python's separators) as the display locale writes dollars."""
    shape = _money_shape(display_locale())
    number = digits.translate({ord(","): "\0", ord("."): shape.point}).replace("\0", shape.group)
    return f"{shape.minus if negative else ''}{shape.before}{number}{shape.after}"


def money_affixes() -> tuple[str, str]:
    """What stands before and after an amount in the display locale: ("$", "") or ("", " $")."""
    shape = _money_shape(display_locale())
    return shape.before, shape.after


def _money_shape(locale: QLocale) -> _MoneyShape:
    key = locale.name()
    shape = _shapes.get(key)
    if shape is None:
        if locale.language() == QLocale.Language.C:
            locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        sample = locale.toCurrencyString(1.25, "$")
        number = f"1{locale.decimalPoint()}25"
        before, found, after = sample.partition(number)
        if not found:
            before, after = "$", ""
        shape = _shapes[key] = _MoneyShape(
            before, after, locale.groupSeparator(), locale.decimalPoint(), locale.negativeSign()
        )
    return shape


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
    if is_whole_cents(amount):
        return shown
    return FormatText.tr("{rounded} (exactly {exact})").format(
        rounded=shown, exact=exact_usd(amount)
    )


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
        return FormatText.tr("just now")
    minutes = seconds // 60
    if minutes < 60:
        return FormatText.tr("%n min ago", "", minutes)
    hours = minutes // 60
    if hours < 48:
        return FormatText.tr("%n h ago", "", hours)
    return FormatText.tr("%n day(s) ago", "", hours // 24)


def moment_text(moment: datetime) -> str:
    """To the second, the locale's way: ``12/1/26 3:25:07 PM``, ``01.12.2026 15:25:07``."""
    locale = display_locale()
    date_format = (
        "yyyy-MM-dd"
        if locale.language() == QLocale.Language.C
        else locale.dateFormat(QLocale.FormatType.ShortFormat)
    )
    return locale.toString(
        _qt_moment(moment), f"{date_format} {_time_format(locale, seconds=True)}"
    )


def short_moment_text(moment: datetime) -> str:
    """A day and a time for lists: ``1 Dec 15:25`` / ``1 дек. 15:25``."""
    locale = display_locale()
    return locale.toString(_qt_moment(moment), f"d MMM {_time_format(locale, seconds=False)}")


def time_text(moment: datetime) -> str:
    """The time of day, the locale's way: ``3:25 PM`` / ``15:25``."""
    locale = display_locale()
    return locale.toString(_qt_moment(moment), _time_format(locale, seconds=False))


def day_text(moment: datetime | date) -> str:
    """A day for chart labels: ``1 Dec`` / ``1 дек.``."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day)
    return display_locale().toString(_qt_moment(moment), "d MMM")


def _time_format(locale: QLocale, *, seconds: bool) -> str:
    if locale.language() == QLocale.Language.C:
        return "HH:mm:ss" if seconds else "HH:mm"
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return short.replace("mm", "mm:ss", 1) if seconds and "ss" not in short else short


def _qt_moment(moment: datetime) -> QDateTime:
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # local time, as the customer's clock shows it
    milliseconds = round(moment.replace(tzinfo=None).timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(milliseconds)
