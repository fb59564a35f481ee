"""An account switch (Ctrl+2) is followed by the order details and the insights: they show the
account now in use, say which one it is, and its own balance line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.insights.insights_window import InsightsWindow
from teleaccounthub.ui.orders.order_details import nothing_selected_text
from tests.account.conftest import DemoWindow, buy, orders, wait_for_balance
from tests.insights.test_insights_window import insights_of
from tests.orders.conftest import run

DEMO_START = Decimal("315.56")
DEMO_2_START = Decimal("42.50")
ONE = Decimal("0.7245")  # one Philippines +63


def press_ctrl(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def line(view: InsightsWindow) -> list[Decimal]:
    return [amount for _, amount in view.balance_chart.points()]


def test_details_and_insights_follow_ctrl_2_and_say_which_account(
    qtbot: QtBot, demo_window: DemoWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = demo_window()
    feature = orders(window)
    details = feature.details
    first = buy(qtbot, window)
    buy(qtbot, window)
    assert feature.panel.select_order(first.order_id)
    qtbot.waitUntil(lambda: details.record() is not None)
    view = insights_of(window).open()
    qtbot.waitUntil(lambda: view.figure_values["total"].text() == "$1.45")
    assert view.account_label.text() == "Account: Demo"
    assert view.windowTitle() == "Insights: Demo — TeleAccountHub"

    press_ctrl(qtbot, window, Qt.Key.Key_2)
    wait_for_balance(qtbot, window, "$42.50")
    # The pane no longer shows an order of "Demo".
    assert details.record() is None
    assert details.stack.currentWidget() is details.empty_label
    assert details.empty_label.text() == nothing_selected_text()
    # The insights are those of "Demo 2", and say so.
    assert view.isVisible()
    assert view.account_label.text() == "Account: Demo 2"
    assert view.windowTitle() == "Insights: Demo 2 — TeleAccountHub"
    assert view.figure_values["total"].text() == "$0.00"
    assert view.top_model.rowCount() == 0
    assert view.insights() is not None
    assert view.insights().counted == 0  # type: ignore[union-attr]

    second = buy(qtbot, window)
    assert feature.panel.select_order(second.order_id)
    qtbot.waitUntil(lambda: details.record() is not None)
    assert details.record().order_id == second.order_id  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.figure_values["total"].text() == "$0.72")

    press_ctrl(qtbot, window, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: view.account_label.text() == "Account: Demo")
    assert details.record() is None
    assert view.figure_values["total"].text() == "$1.45"
    assert view.insights().counted == 2  # type: ignore[union-attr]

    # Renamed in the accounts dialog: the window says the new name at once.
    demo = window.session.active_account()
    assert demo is not None
    window.session.rename_account(demo.account_id, "Shop front")
    assert view.account_label.text() == "Account: Shop front"
    assert view.windowTitle() == "Insights: Shop front — TeleAccountHub"

    # Ctrl+2 in the insights window itself puts "Demo 2" in use (its figures are per account).
    press_ctrl(qtbot, view, Qt.Key.Key_2)
    wait_for_balance(qtbot, window, "$41.78")
    assert window.session.active_account().label == "Demo 2"  # type: ignore[union-attr]
    assert view.account_label.text() == "Account: Demo 2"
    assert view.figure_values["total"].text() == "$0.72"


def test_each_account_has_its_own_balance_line(
    qtbot: QtBot, demo_window: DemoWindow, sandbox: SandboxServer
) -> None:
    window = demo_window()
    view = insights_of(window).open()
    buy(qtbot, window)
    qtbot.waitUntil(lambda: line(view) == [DEMO_START, DEMO_START - ONE], timeout=5000)

    press_ctrl(qtbot, window, Qt.Key.Key_2)
    wait_for_balance(qtbot, window, "$42.50")
    qtbot.waitUntil(lambda: line(view) == [DEMO_2_START], timeout=5000)
    buy(qtbot, window)
    qtbot.waitUntil(lambda: line(view) == [DEMO_2_START, DEMO_2_START - ONE], timeout=5000)

    press_ctrl(qtbot, window, Qt.Key.Key_1)
    wait_for_balance(qtbot, window, "$314.84")
    qtbot.waitUntil(lambda: view.account_label.text() == "Account: Demo")
    assert line(view) == [DEMO_START, DEMO_START - ONE]


def test_testing_another_account_adds_to_its_balance_line_only(
    qtbot: QtBot, demo_window: DemoWindow, sandbox: SandboxServer
) -> None:
    window = demo_window()
    session = window.session
    view = insights_of(window).open()
    wait_for_balance(qtbot, window, "$315.56")
    qtbot.waitUntil(lambda: line(view) == [DEMO_START])
    demo_2 = session.accounts()[1]
    (ref,) = [r for r in session.account_refs() if r != session.account()]
    assert session.order_book.balances.since(ref) == []
    # "Test" in the accounts dialog while "Demo" is in use: the balance fetched is Demo 2's.
    assert run(qtbot, session.test_account(demo_2.account_id)).balance_usd == DEMO_2_START
    assert [s.balance_usd for s in session.order_book.balances.since(ref)] == [DEMO_2_START]
    assert [s.balance_usd for s in session.order_book.balances.since(session.account())] == [
        DEMO_START
    ]
    assert line(view) == [DEMO_START]
