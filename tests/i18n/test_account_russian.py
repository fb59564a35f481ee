"""Accounts, the network settings and the API's messages in Russian: every error a customer can
read is a Russian sentence, the key dialog, the account switcher, the balance label and Settings →
Network have no English left in any state, and they follow a change of language at once."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Balance
from teleaccounthub.api import client as client_module
from teleaccounthub.api.bodies import too_large
from teleaccounthub.api.errors import ApiError
from teleaccounthub.api.files import verify_zip
from teleaccounthub.api.network import transport_error
from teleaccounthub.api.proxy import ProxyScheme, manual_proxy
from teleaccounthub.api.redirects import next_hop, too_many_redirects
from teleaccounthub.api.responses import error_for, payload
from teleaccounthub.api.urls import check_base_url
from teleaccounthub.local import KeyringKeyStore
from teleaccounthub.local.account import clean_label, key_problem
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.account_list import KeySource
from teleaccounthub.ui.account.account_switcher import AccountSwitcher
from teleaccounthub.ui.account.api_key_dialog import ApiKeyDialog
from teleaccounthub.ui.account.balance_label import BalanceLabel
from teleaccounthub.ui.language import Language, apply_language
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.network_settings import NetworkSection
from teleaccounthub.ui.settings_dialog import SettingsDialog
from tests.fixtures.gui import MainWindowFactory
from tests.i18n.english_left import english_texts
from tests.i18n.test_translations import KEPT
from tests.local.test_keyring_store import MemoryKeyring
from tests.network.proxies import free_port, proxy_loopback

__all__ = ["proxy_loopback"]  # a fixture, used by name

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
BAD_KEY = "tgsk_wrongwrongwrong"
# Data shown inside the dialogs' texts: the bot's buttons, how a key begins, the sandbox's own
# words, the example host, Qt's key names.
DATA = ("Api Docs → Api Key", "tgsk_…", "tgsk_", "proxy.example.com", "English")


def english_in(text: str, allowed: Iterable[str] = ()) -> list[str]:
    for data in sorted(allowed, key=len, reverse=True):
        text = text.replace(data, "")
    return LATIN_WORD.findall(KEPT.sub("", text))


def _raised(make: Callable[[], object]) -> str:
    try:
        make()
    except (ApiError, ValueError) as error:
        return error.message if isinstance(error, ApiError) else str(error)
    raise AssertionError("nothing was raised")


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://store.example/api/v1/balance")


def _answer(status: int, body: bytes = b"", kind: str = "") -> httpx.Response:
    headers = {"content-type": kind} if kind else {}
    return httpx.Response(status, content=body, headers=headers, request=_request())


def _bad_zip(tmp_path: Path) -> str:
    path = tmp_path / "order.zip"
    path.write_bytes(b"not a zip")
    return _raised(lambda: verify_zip(path))


def _damaged_zip(tmp_path: Path) -> str:
    path = tmp_path / "order.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("numbers.txt", "+63 900 000 0000\n" * 50)
    data = bytearray(path.read_bytes())
    data[100] ^= 0xFF  # inside the stored member: its CRC no longer matches
    path.write_bytes(bytes(data))
    return _raised(lambda: verify_zip(path))


PROXY = "127.0.0.1:3128"
E = httpx.ConnectError
CASES: dict[str, tuple[Callable[[Path], str], tuple[str, ...]]] = {
    # the network, directly and through a proxy
    "connect timeout": (lambda _: transport_error(httpx.ConnectTimeout("")).message, ()),
    "no connection": (lambda _: transport_error(E("refused")).message, ()),
    "certificate": (lambda _: transport_error(E("CERTIFICATE_VERIFY_FAILED")).message, ()),
    "tls": (lambda _: transport_error(E("SSL: WRONG_VERSION")).message, ()),
    "read timeout": (lambda _: transport_error(httpx.ReadTimeout("")).message, ()),
    "pool timeout": (lambda _: transport_error(httpx.PoolTimeout("")).message, ()),
    "cut short": (lambda _: transport_error(httpx.RemoteProtocolError("")).message, ()),
    "interrupted": (lambda _: transport_error(httpx.ReadError("")).message, ()),
    "proxy error": (lambda _: transport_error(httpx.ProxyError("")).message, ()),
    "redirects": (lambda _: transport_error(httpx.TooManyRedirects("")).message, ()),
    "decoding": (lambda _: transport_error(httpx.DecodingError("")).message, ()),
    "other": (lambda _: transport_error(httpx.UnsupportedProtocol("")).message, ()),
    "proxy password": (
        lambda _: transport_error(httpx.ProxyError("407 Proxy Authentication"), PROXY).message,
        (),
    ),
    "proxy refuses": (
        lambda _: transport_error(httpx.ProxyError("host unreachable"), PROXY).message,
        ("host unreachable",),
    ),
    "proxy silent": (lambda _: transport_error(httpx.ProxyError(""), PROXY).message, ()),
    "no proxy in time": (lambda _: transport_error(httpx.ConnectTimeout(""), PROXY).message, ()),
    "no proxy": (lambda _: transport_error(E("refused"), PROXY).message, ()),
    # the store's answers
    **{
        f"HTTP {status}": (lambda _, s=status: error_for(_answer(s, b"{}")).message, ())
        for status in (400, 401, 402, 403, 404, 422, 429, 418)
    },
    "HTTP 407": (lambda _: error_for(_answer(407)).message, ()),
    "HTTP 500 page": (lambda _: error_for(_answer(500, b"<html>", "text/html")).message, ()),
    "HTTP 503 json": (lambda _: error_for(_answer(503, b"{}")).message, ()),
    "HTTP 400 page": (lambda _: error_for(_answer(400, b"<html>", "text/html")).message, ()),
    "HTTP 400 empty": (lambda _: error_for(_answer(400)).message, ()),
    "HTTP 400 text": (
        lambda _: error_for(_answer(400, b"x", "text/plain")).message,
        ("text/plain",),
    ),
    "HTTP 400 unknown": (lambda _: error_for(_answer(400, b"x")).message, ()),
    "page not json": (lambda _: _raised(lambda: payload(_answer(200, b"<p>"))), ()),
    "empty not json": (lambda _: _raised(lambda: payload(_answer(200))), ()),
    "text not json": (
        lambda _: _raised(lambda: payload(_answer(200, b"x", "text/plain"))),
        ("text/plain",),
    ),
    "not an object": (lambda _: _raised(lambda: payload(_answer(200, b"[]"))), ()),
    "not ok": (lambda _: _raised(lambda: payload(_answer(200, b'{"ok": false}'))), ()),
    "too large": (lambda _: too_large(_answer(200), 2 * 1024 * 1024).message, ()),
    "too large bytes": (lambda _: too_large(_answer(200), 1500).message, ()),
    "missing field": (
        lambda _: _raised(lambda: Balance.from_json({"balance_display": "$1"})),
        ("response", "'balance_usd'"),
    ),
    "wrong type": (
        lambda _: _raised(lambda: Balance.from_json({"balance_usd": "1", "balance_display": 1})),
        ("response.balance_usd",),
    ),
    "not a string": (
        lambda _: _raised(lambda: Balance.from_json({"balance_usd": 1, "balance_display": 1})),
        ("response.balance_display", "str", "int"),
    ),
    "not an object field": (lambda _: _raised(lambda: Balance.from_json([])), ("response",)),
    # the purchase
    "outcome unknown": (
        lambda _: (
            client_module._outcome_unknown(transport_error(httpx.ReadTimeout("")).message).message
        ),
        (),
    ),
    "late": (
        lambda _: client_module._unreadable_purchase_answer(client_module._shown_seconds(30)),
        (),
    ),
    "quantity": (lambda _: _raised(lambda: client_module._whole(0, "quantity", minimum=1)), ()),
    "order id": (lambda _: _raised(lambda: client_module._whole(-1, "order id")), ()),
    # addresses, redirects, downloads
    "bad address": (lambda _: _raised(lambda: check_base_url("ftp://store")), ("'ftp://store'",)),
    "clear text": (
        lambda _: _raised(lambda: check_base_url("http://store.example")),
        ("'http://store.example'",),
    ),
    "user in address": (lambda _: _raised(lambda: check_base_url("https://a:b@store.example")), ()),
    "insecure redirect": (
        lambda _: _raised(lambda: next_hop(httpx.URL("https://a.example/x"), "http://b.example/")),
        ("http://b.example/…",),
    ),
    "too many redirects": (lambda _: too_many_redirects().message, ()),
    "not a zip": (_bad_zip, ()),
    "damaged zip": (_damaged_zip, ("'numbers.txt'",)),
    # the proxy's fields, the key and the account's name
    **{
        f"proxy field {n}": (
            lambda _, f=fields: _raised(lambda: manual_proxy(ProxyScheme.HTTP, *f)),
            ("http://", "socks5://", "proxy.example.com"),
        )
        for n, fields in enumerate(
            [
                ("", "8080", "", ""),
                ("socks5://p.example", "8080", "", ""),
                ("p example", "8080", "", ""),
                ("p" * 300, "8080", "", ""),
                ("p<x>", "8080", "", ""),
                ("p.example:80", "8080", "", ""),
                ("p.example", "", "", ""),
                ("p.example", "0", "", ""),
                ("p.example", "8080", " u", ""),
                ("p.example", "8080", "", "secret"),
                ("p.example", "8080", "u" * 300, ""),
                ("p.example", "8080", "u\x00", ""),
                ("p.example", "8080", "u", "p" * 300),
                ("p.example", "8080", "u", "p\n"),
            ]
        )
    },
    "empty key": (lambda _: key_problem("") or "", ()),
    "long key": (lambda _: key_problem("x" * 1000) or "", ()),
    "spaces in key": (lambda _: key_problem("tgsk_a b") or "", ()),
    "empty name": (lambda _: _raised(lambda: clean_label("  ")), ()),
    "name like a key": (lambda _: _raised(lambda: clean_label("tgsk_abcdef")), ()),
}


@pytest.mark.usefixtures("russian")
@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_error_a_customer_reads_is_a_russian_sentence(kind: str, tmp_path: Path) -> None:
    make, data = CASES[kind]
    text = make(tmp_path)
    assert CYRILLIC.search(text), text
    assert english_in(text, data) == [], text
    assert re.search(r"\{|%L?n|\(s\)", text) is None, text  # every placeholder filled


# ---- the widgets ----------------------------------------------------------------------------


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer() as server:
        yield server


def demo(factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path) -> MainWindow:
    return factory(
        sandbox.url,
        sandbox.api_key,
        tmp_path / "data",
        key_store=KeyringKeyStore(MemoryKeyring()),  # type: ignore[arg-type]
        key_source=KeySource.SANDBOX,
        sandbox=True,
    )


def no_english(widget: QWidget, *also: str) -> list[str]:
    return english_texts(widget, allowed=[*DATA, *also])


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.waitUntil(button.isEnabled)  # the previous action has finished
    button.click()


def wait_status(qtbot: QtBot, dialog: ApiKeyDialog, start: str) -> None:
    try:
        qtbot.waitUntil(lambda: dialog.status().startswith(start), timeout=10_000)
    except Exception:
        raise AssertionError(dialog.status()) from None


@pytest.mark.usefixtures("russian")
def test_the_key_dialog_has_no_english_left_in_any_state(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = demo(main_window_factory, sandbox, tmp_path)
    dialog = window.open_key_dialog()
    assert dialog.windowTitle() == "Аккаунты и API-ключи"
    assert no_english(dialog) == []  # empty

    dialog.key_edit.setText("tgsk_a b")  # not a key: refused here
    click(qtbot, dialog.test_button)
    wait_status(qtbot, dialog, "✗")
    assert no_english(dialog) == [], dialog.status()

    dialog.key_edit.setText(BAD_KEY)  # refused by the store, in the store's words
    click(qtbot, dialog.test_button)
    assert dialog.status() == "Проверяем ключ…"
    assert no_english(dialog) == []
    wait_status(qtbot, dialog, "✗")
    assert no_english(dialog, "Invalid API key") == [], dialog.status()
    assert not dialog.save_button.isEnabled()

    dialog.key_edit.setText(sandbox.second_api_key)
    dialog.label_edit.setText("Командный")
    click(qtbot, dialog.save_button)
    wait_status(qtbot, dialog, "✓")
    assert "«Командный» сохранён" in dialog.status()
    assert no_english(dialog, window.session.key_store.backend_name) == [], dialog.status()

    click(qtbot, dialog.show_button)
    assert dialog.show_button.text() == "Скрыть"
    click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: dialog.confirmation() is not None)
    box = dialog.confirmation()
    assert isinstance(box, QMessageBox)
    assert no_english(box, "Командный") == []
    keep = next(b for b in box.buttons() if b.text() == "Оставить")
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation() is None)


@pytest.mark.usefixtures("russian")
def test_the_switcher_and_the_balance_label_have_no_english_left(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = demo(main_window_factory, sandbox, tmp_path)
    switcher = window.findChild(AccountSwitcher)
    assert isinstance(switcher, AccountSwitcher)
    assert switcher.text() == "Демо"
    assert no_english(switcher) == []
    assert switcher.manage_action.text() == "&Управление аккаунтами…"

    label = BalanceLabel()
    qtbot.addWidget(label)
    balance = Balance(Decimal("1.50"), "$1.50")
    shown = []
    for has_key, value, refused in (
        (False, None, False),  # no key: the link
        (True, None, False),  # fetching
        (True, balance, False),  # low (below the $5 default)
        (True, Balance(Decimal("900"), "$900.00"), False),
        (True, balance, True),  # the store refused the key
    ):
        label.set_state(has_key=has_key, balance=value, refused=refused)
        assert no_english(label) == [], label.toolTip()
        shown.append(label.plain_text())
    assert shown == [
        "Указать API-ключ…",
        "Баланс …",
        "1,50\xa0$",
        "900,00\xa0$",
        "Указать API-ключ…",
    ]


@pytest.mark.usefixtures("russian", "proxy_loopback")
def test_settings_network_has_no_english_left_in_every_mode_and_test(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = demo(main_window_factory, sandbox, tmp_path)
    dialog = window.open_settings()
    section = dialog.network
    assert isinstance(section, NetworkSection)
    assert section.title() == "Сеть"
    for radio in (section.system_radio, section.none_radio, section.manual_radio):
        radio.setChecked(True)
        assert no_english(dialog) == [], section.system_note.text()

    section.host_edit.setText("127.0.0.1")  # a field missing: said in Russian, OK waits
    assert "Введите порт прокси" in section.problem_label.text()
    assert not dialog.ok_button.isEnabled()
    assert no_english(dialog) == []
    # Longer Russian and the problem shown: the dialog grows, no field is squeezed.
    for edit in (section.host_edit, section.port_edit, section.user_edit, section.password_edit):
        assert edit.height() >= edit.sizeHint().height(), edit.objectName()

    port = free_port()  # nothing listens there: the test fails, in words
    section.port_edit.setText(str(port))
    click(qtbot, section.test_button)
    assert section.result_label.text() == "Проверяем: запрашиваем у магазина список категорий…"
    qtbot.waitUntil(lambda: "прокси не отвечает" in section.result_label.text(), timeout=10_000)
    assert no_english(dialog) == [], section.result_label.text()

    section.none_radio.setChecked(True)  # directly: the test passes, the time in Russian
    click(qtbot, section.test_button)
    passed = re.compile(r"Прямое соединение работает: магазин ответил за \d+,\d\d с\.")
    qtbot.waitUntil(lambda: passed.fullmatch(section.result_label.text()) is not None)
    assert no_english(dialog) == []
    dialog.reject()


def test_the_dialogs_follow_a_change_of_language_at_once(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    language_restored: None,
) -> None:
    window = demo(main_window_factory, sandbox, tmp_path)
    dialog = window.open_key_dialog()
    settings = SettingsDialog(window.settings, window, session=window.session)
    qtbot.addWidget(settings)
    settings.load()
    network = settings.network
    assert network is not None
    network.manual_radio.setChecked(True)  # a problem on screen follows too
    switcher = window.findChild(AccountSwitcher)
    assert isinstance(switcher, AccountSwitcher)
    header = dialog.model.headerData(0, Qt.Orientation.Horizontal)
    assert (dialog.windowTitle(), header, network.title()) == (
        "Accounts and API keys",
        "Account",
        "Network",
    )

    apply_language(Language.RUSSIAN)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Аккаунты и API-ключи")
    qtbot.waitUntil(lambda: network.title() == "Сеть")
    assert no_english(dialog, "Demo") == []
    assert no_english(network) == []
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Аккаунт"
    assert network.problem_label.text().startswith("Введите адрес прокси")
    assert switcher.manage_action.text() == "&Управление аккаунтами…"
    assert window.balance_label.accessibleName() == "Баланс"
    test_key = dialog.findChild(QPushButton, "testKeyButton")
    assert test_key is not None
    assert test_key.text() == "Пр&оверить ключ"

    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Accounts and API keys")
    qtbot.waitUntil(lambda: network.title() == "Network")
    assert test_key.text() == "&Test key"
    assert network.problem_label.text().startswith("Enter the proxy's address")
    assert switcher.manage_action.text() == "&Manage accounts…"
    assert window.balance_label.accessibleName() == "Balance"
