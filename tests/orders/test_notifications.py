"""A ready order is announced in the tray, else in the status bar, unless turned off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.local.settings import Settings
from teleaccounthub.ui.orders.notifications import OrderNotifier
from tests.orders.builders import KEY_A, LIVE_URL, checkout_result, order


class RecordingTray(QSystemTrayIcon):
    """A tray icon that says it is shown and keeps its messages (offscreen Qt has no tray)."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return True

    def showMessage(self, title: str, msg: str, *args: object) -> None:  # type: ignore[override]
        self.messages.append((title, msg))


def ready_order(tmp_path: Path) -> OrderRecord:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        book.record_checkout(account, checkout_result(74))
        return book.update_from_server(account, order(74, status="completed"))


def test_tray_message_when_a_tray_exists(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = RecordingTray()
    notifier = OrderNotifier(
        Settings(tmp_path / "settings.json"),
        tray=tray,
        show_status=window.statusBar().showMessage,
        tray_available=lambda: True,
    )
    assert notifier.order_ready(ready_order(tmp_path)) == "tray"
    assert tray.messages == [
        ("Order #10094 is ready", "1 × Philippines +63 — save the ZIP from the order list.")
    ]
    assert window.statusBar().currentMessage() == ""


def test_status_bar_when_there_is_no_tray(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = RecordingTray()
    notifier = OrderNotifier(
        Settings(tmp_path / "settings.json"),
        tray=tray,
        show_status=window.statusBar().showMessage,
        tray_available=lambda: False,
    )
    with qtbot.waitSignal(notifier.notified) as shown:
        notifier.order_ready(ready_order(tmp_path))
    assert shown.args[0] == "status"
    assert window.statusBar().currentMessage().startswith("Order #10094 is ready.")
    assert tray.messages == []


def test_nothing_when_notifications_are_turned_off(qtbot: QtBot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    settings = Settings(tmp_path / "settings.json")
    settings.notifications_enabled = False
    tray = RecordingTray()
    notifier = OrderNotifier(
        Settings(tmp_path / "settings.json"),  # read back from the file
        tray=tray,
        show_status=window.statusBar().showMessage,
        tray_available=lambda: True,
    )
    assert notifier.order_ready(ready_order(tmp_path)) is None
    assert tray.messages == []
    assert window.statusBar().currentMessage() == ""
