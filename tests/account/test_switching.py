"""Several accounts in one window: the switcher, Ctrl+1…9, orders kept apart, every account's
processing orders followed, the notification naming the account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui import actions
from teleaccounthub.ui.account.account_switcher import switch_action_name
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import account_changed_text
from tests.account.conftest import DemoWindow, buy, orders, shown_order_ids, wait_for_balance
from tests.gui.helpers import ASIA, PHILIPPINES, open_category
from tests.orders.conftest import posts


def labels(window: MainWindow) -> list[str]:
    return [a.label for a in window.session.accounts()]


def test_sandbox_offers_both_demo_accounts_in_the_switcher(
    qtbot: QtBot, demo_window: DemoWindow
) -> None:
    window = demo_window()
    switcher = window.account_switcher
    assert switcher.objectName() == "accountSwitcher"
    assert labels(window) == ["Demo", "Demo 2"]
    assert switcher.text() == "Demo"
    menu = switcher.menu()
    assert menu is not None
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries == ["Demo", "Demo 2", "&Manage accounts…"]
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert checked == ["Demo"]
    wait_for_balance(qtbot, window, "$315.56")


def test_ctrl_number_switches_and_the_balance_follows(
    qtbot: QtBot, demo_window: DemoWindow
) -> None:
    window = demo_window()
    wait_for_balance(qtbot, window, "$315.56")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    wait_for_balance(qtbot, window, "$42.50")
    assert window.account_switcher.text() == "Demo 2"
    assert "Demo 2" in window.statusBar().currentMessage()
    # Ctrl+3: there is no third account; nothing changes.
    assert not window.action(switch_action_name(3)).isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.session.active_account().label == "Demo 2"  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_for_balance(qtbot, window, "$315.56")
    # The Help list says so.
    assert any(keys.startswith("Ctrl+1") for keys, _ in actions.shortcut_rows())


def test_switching_accounts_keeps_their_orders_apart(qtbot: QtBot, demo_window: DemoWindow) -> None:
    window = demo_window()
    first = buy(qtbot, window)
    assert shown_order_ids(window) == [first.order_id]

    assert window.account_switcher.switch_to(2)
    wait_for_balance(qtbot, window, "$42.50")
    assert shown_order_ids(window) == []
    second = buy(qtbot, window)
    assert shown_order_ids(window) == [second.order_id]

    assert window.account_switcher.switch_to(1)
    qtbot.waitUntil(lambda: shown_order_ids(window) == [first.order_id])
    assert first.account != second.account


def test_every_accounts_processing_orders_are_followed_and_announced_with_its_label(
    qtbot: QtBot, demo_window: DemoWindow, sandbox: SandboxServer
) -> None:
    window = demo_window()
    feature = orders(window)
    first = buy(qtbot, window)
    assert window.account_switcher.switch_to(2)
    wait_for_balance(qtbot, window, "$42.50")
    second = buy(qtbot, window)
    qtbot.waitUntil(
        lambda: sorted(feature.tracker.watching()) == sorted([first.order_id, second.order_id])
    )
    announced: list[str] = []
    feature.notifier.notified.connect(lambda _channel, text: announced.append(text))
    ready: list[int] = []
    feature.tracker.order_ready.connect(lambda record: ready.append(record.order_id))

    # Both complete while "Demo 2" is in use: both are noticed, each asked with its own key.
    sandbox.complete_order(first.order_id)
    sandbox.complete_order(second.order_id)
    qtbot.waitUntil(lambda: sorted(ready) == sorted([first.order_id, second.order_id]))
    demo = AccountRef(first.base_url, first.account)
    stored = window.session.order_book.get(demo, first.order_id)
    assert stored is not None
    assert stored.is_completed
    assert any(f"#{first.order_number} is ready (Demo)" in text for text in announced)
    assert any(f"#{second.order_number} is ready (Demo 2)" in text for text in announced)
    keys = {
        r.headers.get("authorization")
        for r in sandbox.requests
        if r.path.endswith(f"/orders/{first.order_id}")
    }
    assert keys == {f"Bearer {sandbox.api_key}"}  # never with the other account's key
    # The list still shows only the account in use.
    assert shown_order_ids(window) == [second.order_id]


def test_an_open_checkout_closes_when_another_account_is_put_in_use(
    qtbot: QtBot, demo_window: DemoWindow, sandbox: SandboxServer
) -> None:
    window = demo_window()
    feature = orders(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    wait_for_balance(qtbot, window, "$315.56")
    qtbot.waitUntil(window.buy_action.isEnabled)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert window.account_switcher.switch_to(2)
    # Its figures were the first account's: it must not buy for the second on them.
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == account_changed_text())
    assert posts(sandbox) == 0
