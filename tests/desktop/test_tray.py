"""The tray: notifications go through it, it counts ready orders, Show / Quit, and closing the
window keeps the app in it only when the customer chose that."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.settings_dialog import SettingsDialog
from teleaccounthub.ui.tray import AppTray, tooltip_for
from tests.desktop.test_icons import darkness
from tests.orders.test_orders_window import ready_to_buy


def always() -> bool:
    return True


def tray_of(window: MainWindow) -> AppTray:
    """A tray as on a desktop that has one (the offscreen platform has none)."""
    tray = window.install_tray(available=always)
    assert tray is not None
    assert tray.usable()
    return tray


def test_without_a_tray_there_is_no_icon_and_notices_go_to_the_status_bar(
    window: MainWindow,
) -> None:
    assert window.install_tray(available=lambda: False) is None
    assert window.tray() is None
    assert window.notify("Order #1 is ready", "Save it.") == "status"
    assert window.statusBar().currentMessage() == "Order #1 is ready. Save it."


def test_with_a_tray_notices_are_tray_messages(qtbot: QtBot, window: MainWindow) -> None:
    tray = tray_of(window)
    assert window.install_tray(available=always) is tray  # once
    with qtbot.waitSignal(tray.message_shown) as shown:
        assert window.notify("Order #1 is ready", "Save it.") == "tray"
    assert shown.args == ["Order #1 is ready", "Save it."]
    assert window.statusBar().currentMessage() == ""


def test_the_tray_menu_shows_the_window_and_quits(qtbot: QtBot, window: MainWindow) -> None:
    tray = tray_of(window)
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "Show TeleAccountHub",
        "Quit",
    ]
    window.hide()
    tray.show_action.trigger()
    assert window.isVisible()
    with qtbot.waitSignal(window.closed):
        tray.quit_action.trigger()


def test_the_tray_menu_entries_have_icons_that_follow_the_palette(
    qtbot: QtBot, window: MainWindow
) -> None:
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1f22"))
    window.setPalette(dark)
    qtbot.waitUntil(lambda: darkness(window.quit_action.icon()) > 200)
    tray = tray_of(window)  # installed after the turn: it starts on the dark variant
    assert not tray.show_action.icon().isNull()
    assert tray.show_action.icon().cacheKey() == tray.icon.icon().cacheKey()  # the app's
    assert darkness(tray.quit_action.icon()) > 200
    light = QPalette(window.palette())
    light.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    window.setPalette(light)
    qtbot.waitUntil(lambda: darkness(tray.quit_action.icon()) < 60)
    assert darkness(window.quit_action.icon()) < 60


def test_the_icon_counts_ready_orders_until_they_are_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    tray = tray_of(window)
    plain = tray.icon.icon().cacheKey()
    assert tray.icon.toolTip() == "TeleAccountHub"
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    assert feature.checkout_dialog is not None
    with qtbot.waitSignal(tray.message_shown, timeout=10_000) as shown:
        feature.checkout_dialog.confirm()
    assert shown.args[0].endswith("is ready")
    assert tray.ready_count() == 1
    assert tray.icon.toolTip() == "TeleAccountHub — 1 order ready to save"
    assert tray.icon.icon().cacheKey() != plain  # the badge
    record = feature.model.records()[0]
    with qtbot.waitSignal(feature.downloads.saved, timeout=10_000):
        feature.save_order_to(record, tmp_path / "order.zip")
    qtbot.waitUntil(lambda: tray.ready_count() == 0)
    assert tray.icon.toolTip() == "TeleAccountHub"


def test_tooltips_say_the_count_in_words() -> None:
    assert tooltip_for(0) == "TeleAccountHub"
    assert tooltip_for(-3) == "TeleAccountHub"
    assert tooltip_for(2) == "TeleAccountHub — 2 orders ready to save"


# -- closing the window ------------------------------------------------------------------------


def test_closing_quits_by_default_even_with_a_tray(qtbot: QtBot, window: MainWindow) -> None:
    tray_of(window)
    assert window.settings.close_to_tray is False
    with qtbot.waitSignal(window.closed):
        window.close()


def test_closing_keeps_running_in_the_tray_when_chosen(qtbot: QtBot, window: MainWindow) -> None:
    tray = tray_of(window)
    window.settings.close_to_tray = True
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    with qtbot.waitSignal(tray.message_shown) as told:
        window.close()
    assert not window.isVisible()
    assert closed == []
    assert told.args[0] == "TeleAccountHub is still running"
    window.bring_forward()  # from the tray or a second start
    assert window.isVisible()
    window.close()  # hidden again, and said only once
    assert not window.isVisible()
    assert closed == []
    with qtbot.waitSignal(window.closed):
        window.quit_action.trigger()  # File → Quit quits


def test_without_a_tray_the_choice_cannot_trap_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.close_to_tray = True  # chosen on a desktop that had a tray
    assert window.tray() is None
    with qtbot.waitSignal(window.closed):
        window.close()


def test_settings_explain_the_choice_and_store_it(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings, window, tray_available=True)
    qtbot.addWidget(dialog)
    assert not dialog.close_to_tray_check.isChecked()  # default: closing quits
    assert "closing the window hides it" in dialog.close_to_tray_note.text()
    dialog.close_to_tray_check.setChecked(True)
    dialog.accept()
    assert window.settings.close_to_tray is True


def test_settings_without_a_tray_say_closing_quits(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.close_to_tray = True
    dialog = SettingsDialog(window.settings, window, tray_available=False)
    qtbot.addWidget(dialog)
    assert not dialog.close_to_tray_check.isEnabled()
    assert not dialog.close_to_tray_check.isChecked()
    assert "closing the window quits" in dialog.close_to_tray_note.text()
    dialog.accept()
    assert window.settings.close_to_tray is True  # kept for a desktop with a tray
