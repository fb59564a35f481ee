"""Settings → Network in the running app: the fields say what is wrong and OK waits; "Test
connection" reports the time or the error in words; a manual SOCKS5 proxy with a password is
applied to the session (a purchase goes through it), its password in the keyring and in no file
under the data folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api.network import proxy_refused_credentials
from teleaccounthub.api.proxy import ProxyMode, ProxyScheme
from teleaccounthub.local import KeyringKeyStore, Settings
from teleaccounthub.local.key_store import SERVICE
from teleaccounthub.local.proxy_store import ProxyStore, proxy_entry_name
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.network_settings import APPLY_TASK, NetworkSection
from teleaccounthub.ui.settings_dialog import SettingsDialog
from tests.account.conftest import buy
from tests.account.test_keys_kept import files_holding
from tests.fixtures.gui import MainWindowFactory
from tests.local.test_keyring_store import MemoryKeyring
from tests.network.proxies import PASSWORD, USER, ProxyServer
from tests.orders.conftest import FAST_POLLING


def open_network(window: MainWindow) -> tuple[SettingsDialog, NetworkSection]:
    dialog = window.open_settings()
    assert dialog.network is not None
    return dialog, dialog.network


def fill(section: NetworkSection, proxy: ProxyServer, *, password: str) -> None:
    section.manual_radio.setChecked(True)
    section.scheme_combo.setCurrentIndex(section.scheme_combo.findData(proxy.scheme.value))
    section.host_edit.setText("127.0.0.1")
    section.port_edit.setText(str(proxy.port))
    section.user_edit.setText(proxy.user)
    section.password_edit.setText(password)


def sandbox_port(sandbox: SandboxServer) -> int:
    return int(sandbox.url.rsplit(":", 1)[1])


@pytest.mark.parametrize(
    ("port", "message"),
    [("", "Enter the proxy's port"), ("80 80", "from 1 to 65535"), ("70000", "from 1 to 65535")],
)
def test_the_fields_say_what_is_wrong_and_ok_waits(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    port: str,
    message: str,
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path / "data")
    dialog, section = open_network(window)
    assert section.system_radio.isChecked()
    assert not section.host_edit.isEnabled()  # only the manual proxy's fields are editable
    section.manual_radio.setChecked(True)
    section.host_edit.setText("proxy.example.com")
    section.port_edit.setText(port)
    assert message in section.problem_label.text()
    assert section.problem_label.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    assert not section.test_button.isEnabled()
    dialog.accept()  # Enter in a field: nothing is applied, the dialog stays
    assert dialog.isVisible()
    section.port_edit.setText("1080")
    assert not section.problem_label.isVisibleTo(dialog)
    assert dialog.ok_button.isEnabled()
    section.port_edit.setText("x")
    section.none_radio.setChecked(True)  # what the manual fields hold no longer matters
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert window.settings.proxy.mode is ProxyMode.SYSTEM


def test_test_connection_reports_the_error_and_the_time_and_applies_nothing(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    socks_proxy_with_password: ProxyServer,
    proxy_loopback: None,
) -> None:
    proxy = socks_proxy_with_password
    window = main_window_factory(sandbox.url, None, tmp_path / "data")
    dialog, section = open_network(window)
    fill(section, proxy, password="wrong")
    section.test_button.click()
    qtbot.waitUntil(lambda: section.result_label.text() == proxy_refused_credentials())
    assert section.test_button.isEnabled()
    section.password_edit.setText(PASSWORD)
    section.test_button.click()
    shown = re.compile(
        rf"Connected through 127\.0\.0\.1:{proxy.port}: the store answered in \d+\.\d\d s\."
    )
    qtbot.waitUntil(lambda: shown.fullmatch(section.result_label.text()) is not None)
    proxy.wait_until(lambda: proxy.forwarded_to(sandbox_port(sandbox)) >= 1)
    dialog.reject()
    assert window.session.proxy_store.config().mode is ProxyMode.SYSTEM
    assert window.settings.proxy.mode is ProxyMode.SYSTEM


def test_a_socks5_proxy_with_a_password_is_used_and_its_password_is_in_no_file(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    socks_proxy_with_password: ProxyServer,
    proxy_loopback: None,
) -> None:
    proxy = socks_proxy_with_password
    data = tmp_path / "data"
    backend = MemoryKeyring()
    window = main_window_factory(
        sandbox.url,
        sandbox.api_key,
        data,
        key_store=KeyringKeyStore(backend),  # type: ignore[arg-type]
        poll_policy=FAST_POLLING,
    )
    dialog, section = open_network(window)
    fill(section, proxy, password=PASSWORD)
    dialog.accept()
    store = window.session.proxy_store
    qtbot.waitUntil(lambda: store.config().mode is ProxyMode.MANUAL)
    config = store.config()
    assert (config.scheme, config.user, config.password) == (ProxyScheme.SOCKS5, USER, PASSWORD)
    qtbot.waitUntil(lambda: not window.session.tasks.running(APPLY_TASK))
    assert backend.items[(SERVICE, proxy_entry_name(config))] == PASSWORD

    before = proxy.forwarded_to(sandbox_port(sandbox))
    record = buy(qtbot, window)  # the checkout goes out on a connection of its own
    assert record.order_id > 0
    proxy.wait_until(lambda: proxy.forwarded_to(sandbox_port(sandbox)) > before)
    assert proxy.refused_credentials() == 0

    assert files_holding(data, PASSWORD) == []
    assert files_holding(data, "s3cret") == []
    # The next start reads the password back from the keyring.
    again = ProxyStore(Settings(window.settings.path), KeyringKeyStore(backend))  # type: ignore[arg-type]
    assert again.config().password == ""
    assert again.load() == config
