"""The window before its services exist: the cached categories on screen, nothing clickable that
would do nothing, Buy saying why; then the services plugged in, as start-up does."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Category, CategoryList
from teleaccounthub.local import DataDir, SessionKeyStore, Settings
from teleaccounthub.local.utc import utc_now
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.app_services import create_services
from teleaccounthub.startup import shut_down
from teleaccounthub.ui import window_state
from teleaccounthub.ui.error_presenter import catalog_age_text
from teleaccounthub.ui.main_window import (
    FEATURE_ACTIONS,
    NEEDS_SERVICES,
    MainWindow,
    WindowStart,
    starting_buy_text,
)

CACHED = CategoryList(
    has_purchasable_products=True,
    message=None,
    categories=(Category(86, "Philippines", 12), Category(87, "Indonésie", 0)),
)


def early_window(qtbot: QtBot, data_dir: Path, base_url: str) -> MainWindow:
    folder = DataDir(data_dir)
    window = MainWindow(WindowStart(Settings(folder.settings_file), base_url))
    qtbot.addWidget(window)
    return window


def test_before_the_services_buy_says_it_is_starting_and_nothing_needs_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = early_window(qtbot, tmp_path / "data", "http://127.0.0.1:9")
    saved_at = utc_now() - timedelta(hours=2)
    window.show_cached_categories(CACHED, saved_at)
    window.show()
    qtbot.waitExposed(window)
    assert not window.has_services()
    assert window.categories.category_count() == 2
    assert window.selected_category_id() == 86  # the first one, as after a live answer
    assert window.catalog_status.text() == catalog_age_text(saved_at)  # says how old it is
    assert not window.buy_action.isEnabled()
    assert window.buy_action.toolTip() == starting_buy_text()
    for name in (*NEEDS_SERVICES, *FEATURE_ACTIONS):
        assert not window.action(name).isEnabled(), name
    assert window.balance_label.plain_text() == "Balance …"  # not a "Set API key" link yet
    why = window.findChild(QShortcut, "buyWhyShortcut")
    assert why is not None
    assert why.isEnabled()
    why.activated.emit()  # Ctrl+B says why
    assert window.statusBar().currentMessage() == starting_buy_text()
    window.quit_app()
    assert window.was_closed()


def test_only_the_feature_actions_a_feature_handles_are_enabled_once_features_are_in(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = early_window(qtbot, tmp_path / "data", "http://127.0.0.1:9")
    searched: list[bool] = []
    window.action("searchAction").triggered.connect(lambda checked: searched.append(checked))
    window.features_installed()
    assert window.action("searchAction").isEnabled()
    assert not window.action("watchListAction").isEnabled()  # nothing would open
    window.action("searchAction").trigger()
    assert searched == [False]


def test_attached_services_take_over_the_painted_window(
    qtbot: QtBot,
    qt_loop: asyncio.AbstractEventLoop,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    folder = DataDir(tmp_path / "data")
    settings = Settings(folder.settings_file)
    window = MainWindow(WindowStart(settings, sandbox.url))
    window.show_cached_categories(CACHED, utc_now())
    window.show()
    qtbot.waitExposed(window)
    services = create_services(
        sandbox.url, folder, settings, SessionKeyStore(), api_key=sandbox.api_key, max_retries=0
    )
    window.attach(services)
    try:
        assert window.has_services()
        for name in NEEDS_SERVICES:
            assert window.action(name).isEnabled(), name
        assert window.account_switcher.parent() is not None
        services.start()
        # The live catalog replaces the cached one; the balance comes; Buy follows the product.
        qtbot.waitUntil(lambda: window.categories.category_count() > 2, timeout=10_000)
        qtbot.waitUntil(lambda: window.balance.current() is not None, timeout=10_000)
        qtbot.waitUntil(lambda: window.products.model.rowCount() > 0, timeout=10_000)
        assert window.buy_action.toolTip() != starting_buy_text()
    finally:
        done = asyncio.ensure_future(shut_down(window, services))
        qtbot.waitUntil(done.done, timeout=10_000)
        done.result()


def test_the_restored_last_category_is_not_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(DataDir(tmp_path / "data").settings_file)
    window_state.save_last_category(settings, "http://127.0.0.1:9/", 86)
    writes: list[object] = []
    monkeypatch.setattr(settings, "set", lambda key, value: writes.append((key, value)))
    window_state.save_last_category(settings, "http://127.0.0.1:9", 86)  # as restored at start
    assert writes == []
    window_state.save_last_category(settings, "http://127.0.0.1:9", 87)
    assert len(writes) == 1


def test_what_was_painted_for_another_store_is_forgotten_on_attach(
    qtbot: QtBot,
    qt_loop: asyncio.AbstractEventLoop,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    """``--sandbox`` paints the cache of its usual port; on another port that is not its own."""
    folder = DataDir(tmp_path / "data")
    settings = Settings(folder.settings_file)
    window = MainWindow(WindowStart(settings, "http://127.0.0.1:9"), sandbox=True)
    window.show_cached_categories(CACHED, utc_now())
    window.show()
    qtbot.waitExposed(window)
    services = create_services(
        sandbox.url, folder, settings, SessionKeyStore(), api_key=sandbox.api_key, max_retries=0
    )
    window.attach(services)
    try:
        assert window.categories.category_count() == 0
        assert window.catalog_status.text() == ""
        services.start()
        qtbot.waitUntil(lambda: window.categories.category_count() > 2, timeout=10_000)
    finally:
        done = asyncio.ensure_future(shut_down(window, services))
        qtbot.waitUntil(done.done, timeout=10_000)
        done.result()
