"""How numbers and ages read on screen."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale


def display_locale() -> QLocale:
    """The system locale, but always grouping digits (the "C" locale would print 53489)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale


def group_digits(value: int, locale: QLocale | None = None) -> str:
    """``53489`` → ``53,489`` (or the locale's own separator)."""
    return (locale or display_locale()).toString(value)


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
