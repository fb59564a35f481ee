"""The accounts dialog (``apiKeyDialog``) cannot confuse: a refused key is never added, one
status line, focus in the key field when reopened, Remove asks first and clears the refusal
banner, the demo keys come back, a key that cannot be tested is added only when confirmed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.local import KeyringKeyStore
from teleaccounthub.local.account import AccountRef
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.account import account_model
from teleaccounthub.ui.account.account_model import AccountModel, Column, Role, in_use_text
from teleaccounthub.ui.account.api_key_dialog import ApiKeyDialog
from teleaccounthub.ui.account.balance_label import set_key_text
from teleaccounthub.ui.main_window import MainWindow
from tests.account.conftest import DemoWindow, buy, orders, shown_order_ids, wait_for_balance
from tests.fixtures.gui import MainWindowFactory
from tests.local.test_keyring_store import MemoryKeyring
from tests.orders.conftest import FAST_POLLING

BAD_KEY = "tgsk_wrongwrongwrong"
MARKS = ("✓", "✗", "⚠", "Using", "session only", "saved")


def type_key(qtbot: QtBot, dialog: ApiKeyDialog, key: str, label: str = "") -> None:
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, key)
    dialog.label_edit.clear()
    if label:
        qtbot.keyClicks(dialog.label_edit, label)


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wait_status(qtbot: QtBot, dialog: ApiKeyDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in dialog.status(), timeout=10_000)


def status_lines(dialog: ApiKeyDialog) -> list[str]:
    """Every visible text of the dialog that reports a state: there must be one at most."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and any(mark in label.text() for mark in MARKS)
    ]


def answer(qtbot: QtBot, dialog: ApiKeyDialog, name: str, button_name: str) -> None:
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    box = dialog.confirmation()
    assert isinstance(box, QMessageBox)
    assert box.objectName() == name
    assert box.isModal()  # shown with open(): the loop kept running
    button = box.findChild(QPushButton, button_name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation() is None)


def keep(qtbot: QtBot, dialog: ApiKeyDialog) -> None:
    box = dialog.confirmation()
    assert box is not None
    keep_button = next(b for b in box.buttons() if b.text() == "Keep")
    qtbot.mouseClick(keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation() is None)


def keyring_window(
    factory: MainWindowFactory, sandbox: SandboxServer, data: Path, key: str | None = None
) -> MainWindow:
    store = KeyringKeyStore(MemoryKeyring())
    return factory(sandbox.url, key, data, key_store=store, poll_policy=FAST_POLLING)


def test_the_accounts_model_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_window: DemoWindow
) -> None:
    window = demo_window()
    model = AccountModel(window.session)
    qtmodeltester.check(model)
    assert [int(c) for c in account_model.Column] == list(range(len(Column)))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        account_model.header_text(c) for c in Column
    ]
    assert model.index(0, Column.NAME).data() == "Demo"
    assert model.index(0, Column.IN_USE).data() == in_use_text()
    assert model.index(1, Column.IN_USE).data() == ""
    assert model.index(1, Column.NAME).data(Role.ACTIVE) is False
    assert model.index(0, Column.KEPT).data() == "Sandbox demo key"
    # Renaming in place; an empty name is refused with a reason.
    refusals: list[str] = []
    model.rename_refused.connect(refusals.append)
    assert model.setData(model.index(1, Column.NAME), "  Side\tshop  ")
    assert window.session.accounts()[1].label == "Side shop"
    assert not model.setData(model.index(1, Column.NAME), "   ")
    assert refusals == ["Give the account a name."]
    qtmodeltester.check(model)


def test_a_key_the_store_refused_cannot_be_added(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    dialog = window.open_key_dialog()
    type_key(qtbot, dialog, BAD_KEY)
    click(qtbot, dialog.test_button)
    wait_status(qtbot, dialog, "✗ The store refused this key")
    assert "cannot be added" in dialog.status()
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert not dialog.save_button.isEnabled()
    assert "refused" in dialog.save_button.toolTip()
    assert status_lines(dialog) == [dialog.status()]  # one line, never contradictory
    assert window.session.accounts() == ()

    # Add without a Test first: it is tested, refused, and not added.
    type_key(qtbot, dialog, BAD_KEY + "x")
    assert dialog.status() == ""  # what was said about the other key is gone
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "It was not added")
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert not dialog.save_button.isEnabled()
    assert window.session.accounts() == ()
    assert status_lines(dialog) == [dialog.status()]

    # A good key: tested, then added, and the one line says so.
    type_key(qtbot, dialog, sandbox.api_key, "Shop")
    click(qtbot, dialog.test_button)
    wait_status(qtbot, dialog, "✓ The key works. Balance: $315.56")
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "It is in use now")
    assert status_lines(dialog) == [dialog.status()]
    assert "refused" not in dialog.status()
    assert [a.label for a in window.session.accounts()] == ["Shop"]
    assert dialog.key_edit.text() == ""
    wait_for_balance(qtbot, window, "$315.56")


def test_enter_in_the_key_field_adds_the_account_after_testing_it(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    dialog = window.open_key_dialog()
    type_key(qtbot, dialog, BAD_KEY)
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)
    wait_status(qtbot, dialog, "It was not added")
    qtbot.waitUntil(dialog.test_button.isEnabled)  # the test is over
    assert dialog.isVisible()  # Enter did not close the dialog
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)  # refused: Enter again does nothing
    assert "It was not added" in dialog.status()
    assert window.session.accounts() == ()
    type_key(qtbot, dialog, sandbox.api_key, "Shop")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Enter)
    wait_status(qtbot, dialog, "It is in use now")
    assert [a.label for a in window.session.accounts()] == ["Shop"]


def test_reopened_the_focus_is_in_the_key_field_and_the_old_status_is_gone(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    dialog = window.open_key_dialog()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.key_edit)
    type_key(qtbot, dialog, BAD_KEY)
    click(qtbot, dialog.test_button)
    wait_status(qtbot, dialog, "✗")
    qtbot.waitUntil(dialog.test_button.isEnabled)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    again = window.open_key_dialog()
    assert again is dialog
    assert dialog.status() == ""
    assert status_lines(dialog) == []
    assert dialog.key_edit.text() == ""
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.key_edit)
    qtbot.keyClicks(dialog.focusWidget(), sandbox.api_key)  # a paste lands in the key field
    assert dialog.key_edit.text() == sandbox.api_key
    assert dialog.save_button.isEnabled()  # the refusal was about another key


def test_remove_asks_first_keeps_the_orders_and_adding_the_key_again_brings_them_back(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    dialog = window.open_key_dialog()
    type_key(qtbot, dialog, sandbox.api_key, "Shop")
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "in use now")
    dialog.reject()
    placed = buy(qtbot, window)

    dialog = window.open_key_dialog()
    assert dialog.selected_account_id() == window.session.active_account_id()
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    assert "Remove “Shop”" in dialog.confirmation().text()  # type: ignore[union-attr]
    keep(qtbot, dialog)
    assert [a.label for a in window.session.accounts()] == ["Shop"]  # nothing removed

    click(qtbot, dialog.remove_button)
    answer(qtbot, dialog, "removeAccountConfirm", "confirmRemoveButton")
    wait_status(qtbot, dialog, "was removed")
    assert window.session.accounts() == ()
    wait_for_balance(qtbot, window, set_key_text())
    assert shown_order_ids(window) == []
    book = window.session.order_book
    assert [r.order_id for r in book.orders(AccountRef(placed.base_url, placed.account))] == [
        placed.order_id
    ]

    # The same key again, under another name: the same fingerprint, its orders are back.
    type_key(qtbot, dialog, sandbox.api_key, "Shop again")
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "in use now")
    qtbot.waitUntil(lambda: shown_order_ids(window) == [placed.order_id])
    assert orders(window).tracker.is_watching(placed.order_id)  # still processing: followed


@pytest.mark.expected_log(r"^Unauthorized: ")
def test_removing_a_refused_key_takes_the_red_banner_away(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, "tgsk_notavalidkey000", tmp_path / "data")
    qtbot.waitUntil(lambda: window.key_dialog() is not None and window.key_dialog().isVisible())
    dialog = window.key_dialog()
    assert dialog is not None
    assert "refused" in dialog.status()
    assert status_lines(dialog) == []  # the reason it opened: one line, and no false "✓"
    assert not window.banner.isHidden()
    click(qtbot, dialog.remove_button)
    answer(qtbot, dialog, "removeAccountConfirm", "confirmRemoveButton")
    wait_status(qtbot, dialog, "was removed")
    assert window.banner.isHidden()
    assert window.balance_label.plain_text() == set_key_text()


def test_use_the_demo_keys_brings_the_demo_accounts_back(
    qtbot: QtBot, demo_window: DemoWindow
) -> None:
    window = demo_window()
    dialog = window.open_key_dialog()
    assert dialog.demo_button.isVisibleTo(dialog)
    assert not dialog.demo_button.isEnabled()  # both are there, one in use
    click(qtbot, dialog.remove_button)  # "Demo", the one in use
    answer(qtbot, dialog, "removeAccountConfirm", "confirmRemoveButton")
    wait_status(qtbot, dialog, "“Demo” was removed")
    assert window.session.active_account().label == "Demo 2"  # type: ignore[union-attr]
    click(qtbot, dialog.demo_button)  # "Demo" is back in use, in its place: Ctrl+1 again
    assert [a.label for a in window.session.accounts()] == ["Demo", "Demo 2"]
    assert window.session.active_account().label == "Demo"  # type: ignore[union-attr]
    for _ in range(2):
        click(qtbot, dialog.remove_button)
        answer(qtbot, dialog, "removeAccountConfirm", "confirmRemoveButton")
        wait_status(qtbot, dialog, "was removed")
    assert window.session.accounts() == ()
    wait_for_balance(qtbot, window, set_key_text())
    click(qtbot, dialog.demo_button)
    assert not dialog.demo_button.isEnabled()  # nothing more to bring back
    assert [a.label for a in window.session.accounts()] == ["Demo", "Demo 2"]
    assert "Using the demo key" in dialog.status()
    wait_for_balance(qtbot, window, "$315.56")


def test_the_demo_button_is_only_offered_in_the_sandbox(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    assert not window.open_key_dialog().demo_button.isVisibleTo(window.key_dialog())


def test_a_key_that_cannot_be_tested_is_added_only_when_confirmed(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    qtbot.waitUntil(window.session.accounts_loaded)
    sandbox.faults.status(503, path="/api/v1/balance", times=None)
    dialog = window.open_key_dialog()
    type_key(qtbot, dialog, sandbox.api_key, "Offline shop")
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "⚠ The key could not be tested")
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    box = dialog.confirmation()
    assert box is not None
    assert "not tested" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation() is None)
    assert window.session.accounts() == ()

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    sandbox.faults.clear()  # the store is back before the balance of the new account is asked
    answer(qtbot, dialog, "addUntestedConfirm", "confirmAddUntestedButton")
    wait_status(qtbot, dialog, "It is not tested yet")
    assert [a.label for a in window.session.accounts()] == ["Offline shop"]
    assert status_lines(dialog) == [dialog.status()]


def test_what_cannot_be_a_key_is_refused_without_asking_the_store(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = keyring_window(main_window_factory, sandbox, tmp_path / "data")
    dialog = window.open_key_dialog()
    asked = len(sandbox.requests)
    dialog.key_edit.setText("tgsk_" + "a" * 100_000)  # a paste of something else entirely
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "an API key is much shorter")
    qtbot.waitUntil(dialog.test_button.isEnabled)
    assert not dialog.save_button.isEnabled()
    assert dialog.confirmation() is None  # never offered "add untested"
    assert window.session.accounts() == ()
    balance_asks = [r for r in sandbox.requests[asked:] if r.path == "/api/v1/balance"]
    assert balance_asks == []
