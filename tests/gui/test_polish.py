"""Small things a customer notices: the title, one name per action, the orders heading, a
remembered "In stock only", a red balance-after, a link in About, the Downloads folder."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from teleaccounthub.api.defaults import LIVE_BASE_URL
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui import actions
from teleaccounthub.ui.application import create_application
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, EUROPE, PHILIPPINES, open_category, shown_names, type_filter
from tests.orders.builders import checkout_result
from tests.orders.test_orders_window import orders


def test_the_title_is_not_followed_by_the_app_name_again(qapp: QApplication) -> None:
    app = create_application([])
    assert app is qapp
    # With no display name set, Qt appends nothing to window titles; the display name then
    # follows the application name (which is how one can tell it was not set).
    app.setApplicationName("Probe")
    try:
        assert app.applicationDisplayName() == "Probe"
    finally:
        app.setApplicationName("TeleAccountHub")


def test_the_sandbox_title_and_one_name_for_saving(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    assert window.windowTitle() == "TeleAccountHub"
    feature = orders(window)
    name = actions.spec("downloadAction").text
    assert window.download_action.text() == name
    assert feature.panel.save_action.text() == name
    assert feature.panel.heading.text() == "Your orders"
    assert feature.panel.heading.isVisibleTo(window)


def test_in_stock_only_is_remembered(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    assert not window.products.in_stock_check.isChecked()
    window.in_stock_action.trigger()
    assert window.products.proxy.in_stock_only()
    main_window_factory.close(window)

    again = main_window_factory(sandbox.url, None, tmp_path)
    assert again.products.in_stock_check.isChecked()
    assert again.in_stock_action.isChecked()
    assert again.products.proxy.in_stock_only()
    again.products.in_stock_check.setChecked(False)
    main_window_factory.close(again)
    third = main_window_factory(sandbox.url, None, tmp_path)
    assert not third.products.in_stock_check.isChecked()


def test_a_negative_balance_after_is_red(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    qtbot.waitUntil(lambda: window.balance.current() is not None)
    qtbot.waitUntil(window.buy_action.isEnabled)
    window.buy_action.trigger()
    dialog = orders(window).checkout_dialog
    assert isinstance(dialog, CheckoutDialog)
    assert dialog.after_label.property("negative") is False
    assert dialog.after_label.styleSheet() == ""
    dialog.set_balance(Decimal("1.00"))
    dialog.quantity_spin.lineEdit().setText("2")  # $1.45: more than the balance covers
    assert dialog.quantity is None
    assert not dialog.confirm_button.isEnabled()
    assert dialog.after_label.text().startswith("-")
    assert dialog.after_label.property("negative") is True
    assert "color" in dialog.after_label.styleSheet()
    dialog.set_balance(Decimal("100"))
    assert dialog.after_label.property("negative") is False
    assert dialog.after_label.styleSheet() == ""
    dialog.reject()


def test_about_links_to_the_store(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    window.about_action.trigger()
    about = window.findChild(QMessageBox, "aboutBox")
    assert about is not None
    assert about.textFormat() == Qt.TextFormat.RichText
    assert f'<a href="{LIVE_BASE_URL}">' in about.text()
    labels = [label for label in about.findChildren(QLabel) if "<a href" in label.text()]
    assert labels
    assert all(label.openExternalLinks() for label in labels)
    flags = about.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
    about.close()


class FakePaths:
    """``QStandardPaths`` where the user's Downloads folder is ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.StandardLocation = type("Loc", (), {"DownloadLocation": "downloads"})

    def writableLocation(self, location: object) -> str:
        assert location == "downloads"
        return str(self.folder)


def test_the_save_dialog_starts_in_downloads(
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    downloads = tmp_path / "Downloads"
    downloads.mkdir()
    monkeypatch.setattr(
        "teleaccounthub.ui.widgets.save_dialogs.QStandardPaths", FakePaths(downloads)
    )
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = orders(window)
    account = AccountRef.from_key(sandbox.url, sandbox.api_key)
    with OrderBook(tmp_path / "scratch.sqlite3") as book:
        placed = book.record_checkout(account, checkout_result(70))
    record = dataclasses.replace(placed, status="completed", download_ready=True)
    assert window.settings.last_save_folder is None
    dialog = feature.save_order(record)
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == downloads
    dialog.reject()

    remembered = tmp_path / "zips"
    remembered.mkdir()
    window.settings.last_save_folder = remembered
    dialog = feature.save_order(record)
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.directory().absolutePath()) == remembered
    dialog.reject()


def test_the_filter_says_it_knows_countries_and_its_examples_find_products(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    hint = window.products.filter_edit.placeholderText()
    assert hint.startswith("Filter by name, country or dial code, e.g. germany or +63")
    # The sandbox lists Germany under its own name only: the example works by country name.
    for category, example, found in ((EUROPE, "germany", "Deutschland"), (ASIA, "+63", "Phil")):
        open_category(qtbot, window, category)
        type_filter(qtbot, window, example)
        names = shown_names(window)
        assert names
        assert all(found in name for name in names)
