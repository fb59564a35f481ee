from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from teleaccounthub.ui.language import Language, apply_language, clear_translations


@pytest.fixture
def language_restored(qapp: object) -> Iterator[None]:
    """Put the source language (no translator, the locale as it was) back afterwards."""
    before = QLocale()
    yield
    clear_translations()
    QLocale.setDefault(before)


@pytest.fixture
def russian(language_restored: None) -> None:
    """The app in Russian for this test (before the widgets under test are built)."""
    apply_language(Language.RUSSIAN)
