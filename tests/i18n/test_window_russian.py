"""The main window in Russian: its title, menus, toolbar actions, status bar, banner messages,
tray menu and Help boxes say nothing in English, and an open window follows a language change."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.api import RateLimited, ServerError, TransportError, UnexpectedResponse
from teleaccounthub.api.defaults import LIVE_BASE_URL
from teleaccounthub.local import DataDir
from teleaccounthub.local.data_folder import open_contents
from teleaccounthub.local.utc import utc_now
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.account_list import demo_label
from teleaccounthub.services.catalog import CatalogFailure
from teleaccounthub.services.session import BuiltinKey, KeySource
from teleaccounthub.ui import actions
from teleaccounthub.ui.application import ErrorBox
from teleaccounthub.ui.help import BOT_BUTTONS, show_about, show_shortcuts
from teleaccounthub.ui.language import Language, apply_language
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.startup_problem import show_start_up_problems
from teleaccounthub.ui.toolbar_fit import needed_width
from teleaccounthub.ui.tray import AppTray, tooltip_for
from tests.desktop.conftest import OFFSCREEN_TRAY
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import wait_for_categories
from tests.i18n.english_left import LATIN_WORD, english_texts
from tests.i18n.test_translations import KEPT, PLACEHOLDER


def _sandbox_window(
    factory: MainWindowFactory, sandbox: SandboxServer, folder: Path, *, orders: bool
) -> MainWindow:
    """As ``--sandbox`` starts: the demo keys as accounts, the badge on the toolbar."""
    return factory(
        sandbox.url,
        sandbox.api_key,
        folder,
        orders=orders,
        sandbox=True,
        key_source=KeySource.SANDBOX,
        more_keys=(BuiltinKey(demo_label(2), sandbox.second_api_key, KeySource.SANDBOX),),
    )


def _tray(window: MainWindow) -> AppTray:
    """A tray as on a desktop that has one (the offscreen platform has none)."""
    tray = window.install_tray(available=lambda: True)
    assert tray is not None
    return tray


def _action_texts(action: QAction) -> list[str]:
    return [action.text(), action.toolTip(), action.statusTip()]


def _is_english(text: str) -> bool:
    return bool(LATIN_WORD.search(KEPT.sub("", PLACEHOLDER.sub("", text))))


def _shell_english(window: MainWindow) -> list[str]:
    """English left in what the shell itself shows (the features' panels are walked by theirs):
    the actions of the table, the menu titles, the window and toolbar titles, the status bar's
    own labels and the banner."""
    table = {row.name for row in actions.ACTIONS}
    texts = [
        (action.objectName(), text)
        for action in window.findChildren(QAction)
        if action.objectName() in table
        for text in _action_texts(action)
    ]
    texts += [("menu", menu.title()) for menu in window.menuBar().findChildren(QMenu)]
    texts += [("title", window.windowTitle()), ("toolbar", window.toolbar.windowTitle())]
    texts += [
        ("toolbar", window.toolbar.accessibleName()),
        ("menu bar", window.menuBar().accessibleName()),
    ]
    found = [f"{where}: {text!r}" for where, text in texts if _is_english(text)]
    if _is_english(window.statusBar().accessibleName()):
        found.append(f"status bar: {window.statusBar().accessibleName()!r}")
    for name in ("catalogStatus", "sandboxStatus"):  # the features add their own widgets there
        label = window.statusBar().findChild(QWidget, name)
        assert label is not None, name
        found += english_texts(label)
    found += english_texts(window.banner)
    return found


@pytest.mark.usefixtures("russian")
def test_the_window_shell_has_no_english_left(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=False)
    wait_for_categories(qtbot, window)
    assert window.windowTitle() == "TeleAccountHub — песочница"
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.action("buyAction").toolTip() == "Выберите товар для покупки."
    assert window.catalog_status.text().startswith("Каталог обновлён в ")
    assert english_texts(window.findChild(QWidget, "sandboxBadge")) == []
    assert _shell_english(window) == []


@pytest.mark.usefixtures("russian")
def test_the_banner_messages_are_russian(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=False)
    wait_for_categories(qtbot, window)
    presenter, banner = window.presenter, window.banner
    five_minutes_ago = utc_now() - timedelta(minutes=5)
    offline = "connection refused"  # the network's words (api/ says them in Russian itself)
    for error in (
        TransportError(offline),
        ServerError("boom", status_code=503),
        UnexpectedResponse("not JSON"),
    ):
        for what in ("categories", "products"):
            presenter.catalog_failed(CatalogFailure(what, error), None)
            assert english_texts(banner, allowed=[offline]) == [], (what, error)
            presenter.catalog_failed(CatalogFailure(what, error), five_minutes_ago, 30)
            assert english_texts(banner, allowed=[offline]) == [], (what, error)
    presenter.catalog_failed(CatalogFailure("products", RateLimited("slow", retry_after=7)), None)
    assert "Повтор через 7 с" in banner.label.text()
    assert english_texts(banner) == []


@pytest.mark.usefixtures("language_restored")
def test_a_start_up_problem_found_before_the_language_is_set_is_said_in_it(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    # As start-up does: the data folder is opened (and judged) before its language is applied.
    folder = DataDir(tmp_path / "data")
    folder.settings_file.write_text("{not json", encoding="utf-8")
    opened = open_contents(folder, with_order_book=False)
    apply_language(Language.RUSSIAN)
    window = _sandbox_window(main_window_factory, sandbox, tmp_path / "window", orders=False)
    show_start_up_problems(window, opened.problems)
    assert window.banner.label.text().startswith("Не удалось прочитать настройки")
    aside = [str(path) for path in folder.root.glob("settings.json.broken-*")]
    assert len(aside) == 1
    assert english_texts(window.banner, allowed=aside) == []
    opened.order_book.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
@pytest.mark.usefixtures("russian")
def test_the_tray_menu_and_the_help_boxes_are_russian(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=False)
    tray = _tray(window)
    assert english_texts(tray.menu) == []
    assert tooltip_for(1) == "TeleAccountHub — 1 заказ готов к сохранению"
    assert tooltip_for(3) == "TeleAccountHub — 3 заказа готовы к сохранению"
    assert tooltip_for(11) == "TeleAccountHub — 11 заказов готовы к сохранению"
    shortcuts = show_shortcuts(window)
    assert english_texts(shortcuts) == []
    shortcuts.close()
    about = show_about(window)
    assert english_texts(about, allowed=[BOT_BUTTONS, LIVE_BASE_URL, "Desktop"]) == []
    about.close()
    errors = ErrorBox()  # it keeps the box while it is open
    errors.show("ValueError: x", "Traceback …")
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedErrorBox")
    assert english_texts(box, allowed=["ValueError: x", "Traceback …"]) == []
    box.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
@pytest.mark.usefixtures("language_restored")
def test_an_open_window_follows_a_language_change(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=True)
    tray = _tray(window)
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    apply_language(Language.RUSSIAN)
    qtbot.waitUntil(lambda: file_menu.text() == "&Файл")
    qtbot.waitUntil(lambda: tray.quit_action.text() == "Выход")
    assert english_texts(tray.menu) == []
    assert window.windowTitle() == "TeleAccountHub — песочница"
    assert window.action("refreshAction").toolTip() == "Заново загрузить каталог и баланс (F5)"
    assert window.banner.close_button.toolTip() == "Скрыть"
    assert _shell_english(window) == []
    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: file_menu.text() == "&File")
    assert window.action("refreshAction").toolTip() == "Reload the catalog and the balance (F5)"
    assert window.windowTitle() == "TeleAccountHub — Sandbox"
    qtbot.waitUntil(lambda: tray.show_action.text() == "Show TeleAccountHub")


@pytest.mark.usefixtures("russian")
def test_in_the_smallest_window_the_balance_stays_on_the_toolbar(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=False)
    refresh = window.toolbar.widgetForAction(window.action("refreshAction"))
    assert isinstance(refresh, QToolButton)
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert refresh.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(window.minimumWidth(), 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    assert refresh.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert needed_width(window.toolbar) <= window.width()
    qtbot.waitUntil(window.balance_label.isVisible)
    assert window.account_switcher.isVisible()
    assert refresh.toolTip() == "Заново загрузить каталог и баланс (F5)"


@pytest.mark.usefixtures("russian")
def test_the_whole_window_has_no_english_left(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _sandbox_window(main_window_factory, sandbox, tmp_path, orders=True)
    wait_for_categories(qtbot, window)
    snapshot = window.catalog.categories()
    assert snapshot is not None
    names = [category.category_name for category in snapshot.value.categories]
    assert english_texts(window, allowed=names) == []
