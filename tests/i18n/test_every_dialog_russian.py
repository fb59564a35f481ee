"""The whole app under Russian: the main window and every dialog its actions open, walked for
English left on screen (the data the store sends — category and product names — excepted)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.account_list import demo_label
from teleaccounthub.services.session import BuiltinKey, KeySource
from teleaccounthub.ui.main_window import MainWindow
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category, wait_for_categories
from tests.i18n.english_left import english_texts

# Each opens a window or dialog of its own; the main window's own texts are walked first.
DIALOG_ACTIONS = (
    "settingsAction",
    "apiKeyAction",
    "searchAction",
    "insightsAction",
    "buyAction",
    "shortcutsAction",
    "aboutAction",
    "watchAction",
    "watchListAction",
    "trackOrderAction",
)


def _store_words(window: MainWindow) -> list[str]:
    """What the store (the sandbox) names: shown as it is in every language."""
    categories = window.catalog.categories()
    assert categories is not None
    words = [category.category_name for category in categories.value.categories]
    model = window.products.model
    words += [model.product(row).product_name for row in range(model.rowCount())]
    # The language list names English in English; the store's bot names its buttons in
    # English, and keys start with "tgsk_".
    return [*words, "English", "Api Docs", "Api Key", "tgsk_", "TeleAccountHub Desktop"]


def _opened(before: set[QWidget]) -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and widget not in before
    ]


@pytest.mark.usefixtures("russian")
def test_every_dialog_of_the_app_is_russian(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(
        sandbox.url,
        sandbox.api_key,
        tmp_path,
        orders=True,
        sandbox=True,
        key_source=KeySource.SANDBOX,
        more_keys=(BuiltinKey(demo_label(2), sandbox.second_api_key, KeySource.SANDBOX),),
    )
    wait_for_categories(qtbot, window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    allowed = _store_words(window)
    assert english_texts(window, allowed) == []
    walked = []
    english: dict[str, list[str]] = {}
    for name in DIALOG_ACTIONS:
        action = window.findChild(QAction, name)
        assert action is not None, name
        qtbot.waitUntil(action.isEnabled)
        before = set(QApplication.topLevelWidgets()) | {window}
        before = {w for w in before if w.isVisible()}
        action.trigger()
        qtbot.waitUntil(lambda: bool(_opened(before)))  # noqa: B023 - waited on at once
        for opened in _opened(before):
            walked.append(name)
            left = english_texts(opened, allowed)
            if left:
                english[name] = left
            opened.close()
        qtbot.waitUntil(lambda: not _opened(before))  # noqa: B023
    assert english == {}
    assert set(walked) == set(DIALOG_ACTIONS)
