"""The app's language: English or Russian, or whatever the system prefers.

``apply_language`` loads the app's own ``teleaccounthub_<code>.qm`` (``resources/translations``,
built from the ``.ts`` files by ``packaging/translations.py``) and Qt's ``qtbase_<code>.qm`` so
the standard dialogs and buttons follow, sets the default ``QLocale`` (money, dates, numbers),
and routes ``teleaccounthub.i18n`` through ``QCoreApplication.translate``. Installing a
translator makes Qt send ``QEvent.LanguageChange`` to every widget, which retranslates itself
(see ``is_language_change``); English loads a ``.qm`` too, holding only its plural forms.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from teleaccounthub import i18n
from teleaccounthub.i18n import TrContext
from teleaccounthub.local import Settings
from teleaccounthub.resources import resource_path

log = logging.getLogger(__name__)

LanguageText = TrContext("LanguageText")

# The settings key; its value is a ``Language``.
LANGUAGE: Final = "language"


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    RUSSIAN = "ru"


# The languages with a translation, by code; English is the source.
TRANSLATED: Final = (Language.ENGLISH, Language.RUSSIAN)


def language_name(language: Language) -> str:
    """How the choice reads in the Settings list: each language in its own words."""
    if language is Language.ENGLISH:
        return "English"
    if language is Language.RUSSIAN:
        return "Русский"
    return LanguageText.tr("Same as the system")


def stored_language(settings: Settings) -> Language:
    value = settings.get(LANGUAGE, Language.SYSTEM.value)
    try:
        return Language(value)
    except ValueError:
        return Language.SYSTEM


def resolve(language: Language, system: QLocale | None = None) -> Language:
    """The translated language to show: the choice, or the system's first translated one."""
    if language is not Language.SYSTEM:
        return language
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        for candidate in TRANSLATED:
            if candidate.value == code:
                return candidate
    return Language.ENGLISH


def locale_for(language: Language, system: QLocale | None = None) -> QLocale:
    """Money, dates and numbers: the system's own when it speaks the language shown."""
    system = system or QLocale.system()
    shown = resolve(language, system)
    if system.name().split("_")[0] == shown.value:
        return system
    if shown is Language.RUSSIAN:
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class Translations:
    """The translators installed on the application, replaced as a whole on each change."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.shown: Language = Language.ENGLISH

    def apply(self, language: Language) -> Language:
        """Show ``language`` (SYSTEM: the system's); returns the language now shown."""
        app = QCoreApplication.instance()
        shown = resolve(language)
        QLocale.setDefault(locale_for(language))
        loaded = [t for t in (_app_translator(shown), _qt_translator(shown)) if t is not None]
        for translator in self._installed:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._installed = loaded
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
        i18n.install(QCoreApplication.translate)
        if not loaded and app is not None:
            # No translator to install means no LanguageChange from Qt; widgets still follow.
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.shown = shown
        return shown

    def clear(self) -> None:
        """Back to the English source with no translator (as before ``apply``)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        i18n.install(None)
        self.shown = Language.ENGLISH


_translations = Translations()


def apply_language(language: Language) -> Language:
    """Switch the whole app to ``language``; open windows retranslate themselves."""
    return _translations.apply(language)


def clear_translations() -> None:
    _translations.clear()


def shown_language() -> Language:
    return _translations.shown


def is_language_change(event: QEvent) -> bool:
    """For ``changeEvent``: retranslate when this is true."""
    return event.type() == QEvent.Type.LanguageChange


def _app_translator(language: Language) -> QTranslator | None:
    try:
        path = resource_path("translations", f"teleaccounthub_{language.value}.qm")
    except FileNotFoundError as error:
        log.warning("No translation for %s: %s", language.value, error)
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("The translation %s could not be read", path)
        return None
    return translator


def _qt_translator(language: Language) -> QTranslator | None:
    if language is Language.ENGLISH:
        return None  # Qt's own texts are English already
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language.value}", folder):
        log.info("Qt's own %s translation is not in %s", language.value, folder)
        return None
    return translator
