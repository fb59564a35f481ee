"""The whole app on the sandbox, and its search."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.search.feature import SearchFeature
from teleaccounthub.ui.search.search_dialog import SearchDialog
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import wait_for_categories

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"


def products_path(category_id: int) -> str:
    return f"{CATEGORIES_PATH}/{category_id}/products"


def product_requests(sandbox: SandboxServer) -> Counter[str]:
    """Products requests that reached the sandbox, by path."""
    return Counter(
        r.path for r in sandbox.requests if r.method == "GET" and r.path.endswith("/products")
    )


@pytest.fixture
def window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> MainWindow:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    wait_for_categories(qtbot, window)
    return window


def feature_of(window: MainWindow) -> SearchFeature:
    feature = window.findChild(SearchFeature)
    assert feature is not None
    return feature


def open_search(qtbot: QtBot, window: MainWindow, *, loaded: bool = True) -> SearchDialog:
    """Ctrl+K's action; with ``loaded``, until every category has been searched."""
    window.action("searchAction").trigger()
    dialog = feature_of(window).dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    if loaded:
        search = feature_of(window).search
        count = len(search.categories())
        qtbot.waitUntil(
            lambda: not search.is_loading() and search.search("").searched == count,
            timeout=15_000,
        )
    return dialog


def type_search(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, text)
    results = dialog.results()
    assert results is not None
    assert results.query == text.strip()
