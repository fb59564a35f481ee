"""A ready order is announced through the window (tray or status bar), unless turned off; the
window hears how many ready orders are still unsaved."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.local.settings import Settings
from teleaccounthub.ui.orders.notifications import OrderNotifier, waiting_to_be_saved
from tests.orders.builders import KEY_A, LIVE_URL, checkout_result, order


def ready_order(tmp_path: Path, order_id: int = 74) -> OrderRecord:
    account = AccountRef.from_key(LIVE_URL, KEY_A)
    with OrderBook(tmp_path / "orders.sqlite3") as book:
        book.record_checkout(account, checkout_result(order_id))
        return book.update_from_server(account, order(order_id, status="completed"))


class Channel:
    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, body: str) -> str:
        self.shown.append((title, body))
        return self.answer


def test_a_ready_order_goes_through_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    channel = Channel("tray")
    notifier = OrderNotifier(Settings(tmp_path / "settings.json"), channel)
    with qtbot.waitSignal(notifier.notified) as shown:
        assert notifier.order_ready(ready_order(tmp_path)) == "tray"
    assert channel.shown == [
        ("Order #10094 is ready", "1 × Philippines +63 — save the ZIP from the order list.")
    ]
    assert shown.args[0] == "tray"


def test_the_channel_the_window_used_is_reported(qtbot: QtBot, tmp_path: Path) -> None:
    notifier = OrderNotifier(Settings(tmp_path / "settings.json"), Channel("status"))
    with qtbot.waitSignal(notifier.notified) as shown:
        notifier.order_ready(ready_order(tmp_path))
    assert shown.args == [
        "status",
        "Order #10094 is ready: 1 × Philippines +63 — save the ZIP from the order list.",
    ]


def test_nothing_when_notifications_are_turned_off(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.notifications_enabled = False
    channel = Channel("tray")
    notifier = OrderNotifier(Settings(tmp_path / "settings.json"), channel)  # read back
    assert notifier.order_ready(ready_order(tmp_path)) is None
    assert channel.shown == []


def test_only_ready_unsaved_orders_wait_for_the_customer(tmp_path: Path) -> None:
    ready = ready_order(tmp_path, 74)
    saved = dataclasses.replace(ready_order(tmp_path, 75), saved_path=str(tmp_path / "a.zip"))
    assert ready.is_completed
    assert ready.download_ready
    assert not ready.is_saved
    assert saved.is_saved
    assert waiting_to_be_saved([]) == 0
    assert waiting_to_be_saved([ready, saved]) == 1
