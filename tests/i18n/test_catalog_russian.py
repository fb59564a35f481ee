"""The catalog, the search, the watch list and the insights in Russian: nothing left in English,
and an open window follows a language change at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teleaccounthub.local.watches import Condition
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.language import Language, apply_language
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.search.result_model import Column as SearchColumn
from teleaccounthub.ui.search.search_dialog import SearchDialog
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category
from tests.i18n.english_left import english_texts
from tests.insights.test_insights_window import insights_of
from tests.search.conftest import open_search, type_search
from tests.watch.test_watch_feature import feature_of as watch_feature_of


def data_shown(window: MainWindow) -> list[str]:
    """The store's words on screen: category and product names, the account's label."""
    names = [
        window.categories.model.category(row).category_name
        for row in range(window.categories.model.rowCount())
    ]
    names += [
        window.products.proxy.product(row).product_name
        for row in range(window.products.proxy.rowCount())
    ]
    active = window.session.active_account()
    return names + ([active.label] if active is not None else [])


def shown(
    qtbot: QtBot, factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> MainWindow:
    """The whole app with Asia open and the Philippines watched (an alert list, a watch list)."""
    window = factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    open_category(qtbot, window, ASIA)
    product = next(
        window.products.proxy.product(row)
        for row in range(window.products.proxy.rowCount())
        if window.products.proxy.product(row).product_id == PHILIPPINES
    )
    watch = watch_feature_of(window)
    watch.service.watch(
        PHILIPPINES, ASIA, product.product_name, Condition.back_in_stock(), 3, product
    )
    return window


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> SearchDialog:
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, text)
    return dialog


@pytest.mark.usefixtures("russian")
def test_catalog_search_watch_and_insights_have_no_english_left(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = shown(qtbot, main_window_factory, sandbox, tmp_path)
    allowed = data_shown(window)
    assert window.products.in_stock_check.text() == "Только в наличии"
    assert "товар" in window.products.count_label.text()
    assert english_texts(window.categories, allowed) == []
    assert english_texts(window.products, allowed) == []

    watch = watch_feature_of(window)
    assert english_texts(watch.status_button, allowed) == []
    dialog = watch.open_watch_dialog(PHILIPPINES, ASIA)
    dialog.condition_combo.setCurrentIndex(1)  # a price: the threshold's own words
    dialog.threshold_edit.setText("-1")
    assert dialog.problem_label.text().startswith("Цена не может быть отрицательной")
    assert english_texts(dialog, allowed) == []
    dialog.reject()
    watch.window_.show_watching()
    assert english_texts(watch.window_, allowed) == []

    search = search_for(qtbot, window, "atlantis")
    assert "«atlantis»" in search.stack.label.text()
    assert english_texts(search, [*allowed, "atlantis"]) == []
    type_search(qtbot, search, "+63")
    assert search.model.rowCount() > 0
    assert search.status.text().startswith("Найден")
    assert english_texts(search, allowed) == []
    # "Нет в наличии" is longer than any stock count: its column makes room for it.
    stock_width = search.table.horizontalHeader().sectionSize(SearchColumn.STOCK)
    assert stock_width > search.table.fontMetrics().horizontalAdvance("Нет в наличии")
    search.close()

    insights = insights_of(window).open()
    assert english_texts(insights, allowed) == []
    assert insights.windowTitle().startswith("Статистика")


@pytest.mark.usefixtures("language_restored")
def test_open_windows_follow_a_language_change_without_a_restart(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    apply_language(Language.ENGLISH)
    window = shown(qtbot, main_window_factory, sandbox, tmp_path)
    watch = watch_feature_of(window)
    watch.window_.show_watching()
    search = search_for(qtbot, window, "+63")
    insights = insights_of(window).open()
    header = window.products.proxy.headerData(2, Qt.Orientation.Horizontal)
    assert header == "Dial code"
    assert search.windowTitle() == "Search the store"

    apply_language(Language.RUSSIAN)
    qtbot.waitUntil(lambda: search.windowTitle() == "Поиск по магазину")
    qtbot.waitUntil(lambda: insights.refresh_button.text() == "Обновить")
    qtbot.waitUntil(lambda: watch.window_.windowTitle() == "Список отслеживания и уведомления")
    assert window.products.in_stock_check.text() == "Только в наличии"
    assert window.products.proxy.headerData(2, Qt.Orientation.Horizontal) == "Код"
    assert window.categories.model.headerData(0, Qt.Orientation.Horizontal) == "Категория"
    assert watch.window_.tabs.tabText(1) == "Отслеживание (1)"
    assert watch.status_button.text() == "Отслеживание: 1 товар"
    assert search.status.text().startswith("Найден")
    assert "товар" in window.products.count_label.text()

    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: search.windowTitle() == "Search the store")
    qtbot.waitUntil(lambda: watch.window_.tabs.tabText(1) == "Watching (1)")
    assert window.products.in_stock_check.text() == "In stock only"
    assert window.products.proxy.headerData(2, Qt.Orientation.Horizontal) == "Dial code"
    assert watch.status_button.text() == "Watching 1 product"
    assert insights.refresh_button.text() == "Refresh"
    assert window.products.count_label.text().endswith("products")
