from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local import Settings
from teleaccounthub.ui.settings_dialog import SettingsDialog
from tests.i18n.english_left import english_texts


@pytest.mark.usefixtures("russian")
def test_the_settings_dialog_has_no_english_left(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    assert english_texts(dialog, allowed=["English"]) == []
