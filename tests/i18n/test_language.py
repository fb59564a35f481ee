"""Choosing the language: Russian and back without a restart, money and dates by QLocale."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from teleaccounthub.local import Settings
from teleaccounthub.services.formatting import age_text, moment_text, usd
from teleaccounthub.ui.language import (
    LANGUAGE,
    Language,
    apply_language,
    locale_for,
    resolve,
    shown_language,
    stored_language,
)
from teleaccounthub.ui.settings_dialog import SettingsDialog


def test_system_follows_the_first_translated_ui_language() -> None:
    assert resolve(Language.SYSTEM, QLocale("ru_RU")) is Language.RUSSIAN
    assert resolve(Language.SYSTEM, QLocale("de_DE")) is Language.ENGLISH
    assert resolve(Language.SYSTEM, QLocale("C")) is Language.ENGLISH
    assert resolve(Language.RUSSIAN, QLocale("de_DE")) is Language.RUSSIAN


def test_the_system_locale_formats_when_it_speaks_the_language() -> None:
    assert locale_for(Language.ENGLISH, QLocale("en_GB")).name() == "en_GB"
    assert locale_for(Language.RUSSIAN, QLocale("de_DE")).name() == "ru_RU"
    assert locale_for(Language.ENGLISH, QLocale("C")).name() == "en_US"


def test_a_stored_value_that_is_not_a_language_means_the_system(tmp_path: object) -> None:
    from pathlib import Path

    settings = Settings(Path(str(tmp_path)) / "settings.json")
    settings.set(LANGUAGE, "klingon")
    assert stored_language(settings) is Language.SYSTEM


@pytest.mark.usefixtures("language_restored")
def test_russian_money_dates_and_plurals() -> None:
    assert apply_language(Language.RUSSIAN) is Language.RUSSIAN
    assert usd(Decimal("1234.567")) == "1\xa0234,57\xa0$"
    assert moment_text(datetime(2026, 12, 1, 12, 0, tzinfo=UTC)).startswith("01.12.2026")
    from datetime import timedelta

    assert age_text(timedelta(days=2)) == "2 дня назад"
    assert age_text(timedelta(days=5)) == "5 дней назад"
    assert age_text(timedelta(days=21)) == "21 день назад"


@pytest.mark.usefixtures("language_restored")
def test_english_plurals_come_from_the_plural_only_translation() -> None:
    from datetime import timedelta

    apply_language(Language.ENGLISH)
    assert age_text(timedelta(days=2)) == "2 days ago"
    assert usd(Decimal("1234.567")) == "$1,234.57"


@pytest.mark.usefixtures("language_restored")
def test_an_open_dialog_changes_language_without_a_restart(qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    settings = Settings(Path(str(tmp_path)) / "settings.json")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.accept()
    assert shown_language() is Language.RUSSIAN
    assert stored_language(settings) is Language.RUSSIAN
    # Qt posts LanguageChange to the widgets: it arrives with the next events processed
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Настройки")
    assert dialog.language_combo.itemText(0) == "Как в системе"
    label = dialog._form.labelForField(dialog.threshold_spin)
    assert isinstance(label, QLabel)
    assert label.text() == "Предупреждать, если баланс ниже:"
    assert dialog.threshold_spin.suffix() == "\xa0$"
    assert dialog.threshold_spin.prefix() == ""
    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings")
    assert dialog.notifications_check.text().startswith("Tell me")
