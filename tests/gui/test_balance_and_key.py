"""The balance indicator and the API key: shown, asked for on 401, kept in the keyring only."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import keyring.backend
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from teleaccounthub.local import KeyringKeyStore
from teleaccounthub.local.key_store import entry_name
from teleaccounthub.logging_setup import LOG_FILE_NAME, configure_logging, remove_handlers
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.session import KeySource, session_only_message
from teleaccounthub.ui.account.api_key_dialog import ApiKeyDialog
from teleaccounthub.ui.account.balance_label import set_key_text
from teleaccounthub.ui.main_window import MainWindow
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend in memory: the real KeyringKeyStore code path without D-Bus.

    It has no ``priority``, so keyring never picks it by itself (it is registered on definition).
    """

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.on_gui_thread: list[str] = []  # calls that would have blocked the window

    def _note_thread(self, call: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread.append(call)

    def get_password(self, service: str, username: str) -> str | None:
        self._note_thread("get")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._note_thread("set")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._note_thread("delete")
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    """The app's own logging (file handler with the key redactor) at its most verbose."""
    folder = tmp_path / "logs"
    root = logging.getLogger()
    level = root.level
    handlers = configure_logging(folder, level=logging.DEBUG)
    try:
        yield folder
    finally:
        remove_handlers(handlers)
        root.setLevel(level)


def balance_text(window: MainWindow) -> str:
    return window.balance_label.plain_text()


def wait_for_balance(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: balance_text(window) == text, timeout=10_000)


def wait_for_dialog(qtbot: QtBot, window: MainWindow) -> ApiKeyDialog:
    qtbot.waitUntil(lambda: window.key_dialog() is not None and window.key_dialog().isVisible())
    dialog = window.key_dialog()
    assert dialog is not None
    return dialog


def enter_key(qtbot: QtBot, dialog: ApiKeyDialog, key: str) -> None:
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, key)


def confirm_remove(qtbot: QtBot, dialog: ApiKeyDialog) -> None:
    """Remove the selected account, answering "Remove" to the question."""
    qtbot.waitUntil(dialog.remove_button.isEnabled)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    box = dialog.confirmation()
    assert box is not None
    button = box.findChild(QPushButton, "confirmRemoveButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "removed" in dialog.status(), timeout=10_000)


def click_and_wait_status(
    qtbot: QtBot, dialog: ApiKeyDialog, button: QPushButton, text: str
) -> None:
    qtbot.waitUntil(button.isEnabled)  # the buttons are off while the previous action runs
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: text in dialog.status(), timeout=10_000)


def test_balance_is_shown_with_a_key(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    wait_for_balance(qtbot, window, "$315.56")
    label = window.findChild(QLabel, "balanceLabel")
    assert label is window.balance_label
    assert label.accessibleName() == "Balance"
    assert window.balance_label.property("level") == "ok"
    assert sandbox.api_key not in window.windowTitle()

    open_category(qtbot, window, ASIA)
    window.products.select_product(PHILIPPINES)
    assert window.buy_action.isEnabled()
    with qtbot.waitSignal(window.buy_requested) as bought:
        window.buy_action.trigger()
    assert bought.args[0].product_id == PHILIPPINES


def test_without_a_key_the_label_asks_for_one_and_buying_is_off(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    assert balance_text(window) == set_key_text()
    assert set_key_text() in window.balance_label.text()
    assert not any(r.path == "/api/v1/balance" for r in sandbox.requests)

    window.products.select_product(PHILIPPINES)
    assert window.selected_product() is not None
    assert not window.buy_action.isEnabled()

    window.balance_label.linkActivated.emit("#api-key")
    dialog = wait_for_dialog(qtbot, window)
    assert dialog.objectName() == "apiKeyDialog"


def test_buy_is_off_for_a_product_out_of_stock(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.set_stock(PHILIPPINES, 0)
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    wait_for_balance(qtbot, window, "$315.56")
    open_category(qtbot, window, ASIA)
    window.products.select_product(PHILIPPINES)
    assert not window.buy_action.isEnabled()
    assert window.buy_action.objectName() == "buyAction"
    assert window.buy_action.shortcut().toString() == "Ctrl+B"
    assert window.download_action.objectName() == "downloadAction"


@pytest.mark.expected_log(r"^Unauthorized: ")
def test_a_401_opens_the_key_dialog_once_with_a_clear_message(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, "tgsk_notavalidkey000", tmp_path)
    dialog = wait_for_dialog(qtbot, window)
    assert "refused" in dialog.message_label.text()
    assert dialog.message_label.isVisibleTo(dialog)
    assert window.banner.button.text() == "Set API key…"
    assert balance_text(window) == set_key_text()  # the refused key shows no balance
    assert "refused" in window.balance_label.toolTip()

    reports: list[str] = []
    window.session.unauthorized.connect(reports.append)
    window.balance.refresh()  # another 401 for the same key: no second dialog, no storm
    qtbot.waitUntil(lambda: sum(r.path == "/api/v1/balance" for r in sandbox.requests) == 2)
    qtbot.waitUntil(lambda: not window.session.tasks.running("balance"))
    assert reports == []
    assert window.key_dialog() is dialog

    # A good key from the dialog fixes it.
    enter_key(qtbot, dialog, sandbox.api_key)
    click_and_wait_status(qtbot, dialog, dialog.save_button, "in use now")
    wait_for_balance(qtbot, window, "$315.56")
    assert window.banner.isHidden()


def test_test_button_shows_the_balance_or_the_error_inline(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    dialog = window.open_key_dialog()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_button.setChecked(True)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    dialog.show_button.setChecked(False)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password

    enter_key(qtbot, dialog, "tgsk_wrongwrongwrong")
    click_and_wait_status(qtbot, dialog, dialog.test_button, "✗")
    enter_key(qtbot, dialog, sandbox.api_key)
    click_and_wait_status(qtbot, dialog, dialog.test_button, "$315.56")
    assert not window.session.has_key()  # testing does not set the key


def test_keyring_round_trip_through_the_dialog(
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    logs: Path,
) -> None:
    backend = MemoryKeyring()
    window = main_window_factory(sandbox.url, None, tmp_path, key_store=KeyringKeyStore(backend))
    dialog = window.open_key_dialog()
    enter_key(qtbot, dialog, sandbox.api_key)
    click_and_wait_status(qtbot, dialog, dialog.save_button, "saved in")
    account_id = window.session.active_account_id()
    assert account_id is not None
    entry = (KeyringKeyStore.SERVICE, entry_name(sandbox.url, account_id))
    assert backend.passwords == {entry: sandbox.api_key}
    assert window.session.key_source is KeySource.KEYRING
    wait_for_balance(qtbot, window, "$315.56")
    main_window_factory.close(window)

    # The next start finds it in the keyring.
    again = main_window_factory(sandbox.url, None, tmp_path, key_store=KeyringKeyStore(backend))
    wait_for_balance(qtbot, again, "$315.56")
    assert again.session.key_source is KeySource.KEYRING

    # Remove (once confirmed) forgets it everywhere.
    dialog = again.open_key_dialog()
    confirm_remove(qtbot, dialog)
    assert backend.passwords == {}
    wait_for_balance(qtbot, again, set_key_text())
    assert backend.on_gui_thread == []  # keyring calls block (D-Bus): always on a worker

    # Never in the settings file, the logs or the window title.
    assert sandbox.api_key not in (tmp_path / "settings.json").read_text(encoding="utf-8")
    log_text = (logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "API key set (keyring)" in log_text
    assert sandbox.api_key not in log_text
    assert sandbox.api_key not in again.windowTitle()


@pytest.mark.expected_log(r"^Keyring unavailable at start: ")
@pytest.mark.expected_log(r"^Key kept for this session only: ")
def test_without_a_keyring_the_key_is_kept_for_this_session_only(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(
        sandbox.url, None, tmp_path, key_store=KeyringKeyStore(fail.Keyring())
    )
    dialog = window.open_key_dialog()
    enter_key(qtbot, dialog, sandbox.api_key)
    click_and_wait_status(qtbot, dialog, dialog.save_button, "session only")
    assert session_only_message() in dialog.status()
    assert dialog.status().startswith("⚠ No system keyring is available")
    assert dialog.isVisible()  # the customer reads it where they are looking
    assert window.session.key_source is KeySource.SESSION
    wait_for_balance(qtbot, window, "$315.56")
    main_window_factory.close(window)

    again = main_window_factory(
        sandbox.url, None, tmp_path, key_store=KeyringKeyStore(fail.Keyring())
    )
    open_category(qtbot, again, ASIA)
    assert balance_text(again) == set_key_text()  # nothing was kept beyond the session


def test_low_balance_takes_a_warning_colour_and_the_threshold_is_a_setting(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    key = sandbox.add_key(Decimal("1.00"))
    window = main_window_factory(sandbox.url, key, tmp_path)
    wait_for_balance(qtbot, window, "$1.00")
    assert window.balance_label.property("level") == "low"
    assert "below $5.00" in window.balance_label.toolTip()

    settings = window.open_settings()
    settings.threshold_spin.setValue(0.5)
    settings.accept()
    assert window.settings.low_balance_threshold == Decimal("0.50")
    assert window.balance_label.property("level") == "ok"


@pytest.mark.keyring_service
def test_keyring_round_trip_against_the_system_secret_service(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    store = KeyringKeyStore()
    if not store.available():
        if os.environ.get("CI"):
            pytest.fail("CI runs the tests with a Secret Service (.ci/with-secret-service)")
        pytest.skip("no system keyring here; run under .ci/with-secret-service")
    window = main_window_factory(sandbox.url, None, tmp_path, key_store=store)
    dialog = window.open_key_dialog()
    enter_key(qtbot, dialog, sandbox.api_key)
    account_id = ""
    try:
        click_and_wait_status(qtbot, dialog, dialog.save_button, "saved in")
        account_id = window.session.active_account_id() or ""
        assert account_id
        assert KeyringKeyStore().load(sandbox.url, account_id) == sandbox.api_key
        wait_for_balance(qtbot, window, "$315.56")
        main_window_factory.close(window)

        again = main_window_factory(sandbox.url, None, tmp_path, key_store=KeyringKeyStore())
        wait_for_balance(qtbot, again, "$315.56")
        dialog = again.open_key_dialog()
        confirm_remove(qtbot, dialog)
        assert KeyringKeyStore().load(sandbox.url, account_id) is None
    finally:
        if account_id:
            KeyringKeyStore().delete(sandbox.url, account_id)
