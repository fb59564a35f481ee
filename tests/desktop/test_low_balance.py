"""The low-balance notice: once each time the balance falls below the threshold set in Settings,
not again until it has been back at or above it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.low_balance import LowBalanceWatch
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from tests.fixtures.gui import MainWindowFactory
from tests.orders.test_orders_window import ready_to_buy

D = Decimal


@pytest.mark.parametrize(
    ("readings", "said"),
    [
        ([D("3"), D("3"), D("2"), D("1")], [True, False, False, False]),  # refreshes: once
        ([D("8"), D("4"), D("6"), D("4")], [False, True, False, True]),  # rose, fell: again
        ([D("4"), None, D("4")], [True, False, False]),  # a failed refresh changes nothing
        ([D("5"), D("4.99"), D("5"), D("4.99")], [False, True, False, True]),  # "at" is not below
        ([D("0"), D("-1")], [True, False]),
    ],
)
def test_the_watch_says_each_fall_once(readings: list[Decimal | None], said: list[bool]) -> None:
    watch = LowBalanceWatch()
    assert [watch.update(r, D("5")) for r in readings] == said


def test_another_account_is_watched_afresh() -> None:
    watch = LowBalanceWatch()
    assert watch.update(D("1"), D("5"))
    watch.reset()
    assert watch.update(D("1"), D("5"))


def notices(window: MainWindow) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    original = window.notify

    def record(title: str, body: str) -> str:
        if title == "Your balance is low":
            shown.append((title, body))
        return original(title, body)

    window.notify = record  # type: ignore[method-assign]
    return shown


def test_the_window_says_it_once_across_refreshes_and_again_after_a_rise(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    key = sandbox.add_key(D("3.20"))
    window = main_window_factory(sandbox.url, key, tmp_path / "data", start=False)
    shown = notices(window)
    with qtbot.waitSignal(window.balance.balance_changed, timeout=5_000):
        window.services.start()
    assert shown == [
        (
            "Your balance is low",
            "$3.20 left, below the $5.00 set in Settings. Top up in the store's Telegram bot to "
            "keep buying.",
        )
    ]
    assert window.statusBar().currentMessage().startswith("Your balance is low.")
    # A purchase takes it lower still: the refreshed balance is news, but not a new fall.
    ready_to_buy(qtbot, window)
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    window.buy_action.trigger()
    assert feature.checkout_dialog is not None
    with qtbot.waitSignal(
        window.balance.balance_changed,
        timeout=5_000,
        check_params_cb=lambda b: b is not None and b.balance_usd < D("3.20"),
    ):
        feature.checkout_dialog.confirm()
    assert len(shown) == 1

    window.settings.low_balance_threshold = D("2.00")  # the balance is above it now
    window.open_settings().accept()
    assert len(shown) == 1
    window.settings.low_balance_threshold = D("10.00")  # and below it again
    window.open_settings().accept()
    assert len(shown) == 2
    assert "below the $10.00 set in Settings" in shown[1][1]
