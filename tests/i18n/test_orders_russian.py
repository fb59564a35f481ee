"""The orders feature in Russian: the order list with an order in every state, the details, the
checkout (normal, a refused quantity, a balance too low), "Track order by id…" and the download
row leave no English on screen, and they follow a language change while open."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.journal import PurchaseIntent
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.downloads import DownloadProgress
from teleaccounthub.ui.actions import spec
from teleaccounthub.ui.language import Language, apply_language
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.download_progress import DownloadRow
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.orders.order_model import Column
from tests.i18n.english_left import LATIN_WORD, english_texts
from tests.i18n.test_translations import KEPT
from tests.orders.builders import PHILIPPINES, at, checkout_result, order

# The window's own "Save ZIP…" action (the shell's, translated with the shell): the panel's
# toolbar says what it says.
WINDOW_SAVE = spec("downloadAction")


@pytest.fixture
def seeded(
    russian: None, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> Iterator[tuple[OrdersFeature, dict[str, OrderRecord], PurchaseIntent]]:
    """The window in Russian, its order list showing an order in each state (processing, no
    longer checked, ready, saved, failed) and a purchase whose outcome is unknown, from a scratch
    order book (none of them is polled: the sandbox does not know them)."""
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    account = AccountRef.from_key(sandbox.url, sandbox.api_key)
    archive = tmp_path / "order-72.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("accounts/0001.json", b"{}")
        zipped.writestr("accounts/0002.json", b"{}")
        zipped.writestr("../escape.txt", b"")
    with OrderBook(tmp_path / "scratch.sqlite3") as book:
        processing = book.record_checkout(account, checkout_result(70), placed_at=at(0))
        stopped = book.record_checkout(account, checkout_result(74), placed_at=at(1))
        book.record_checkout(account, checkout_result(71, quantity=2), placed_at=at(2))
        ready = book.update_from_server(account, order(71, status="completed", quantity=2))
        book.record_checkout(account, checkout_result(72, quantity=2), placed_at=at(3))
        book.update_from_server(account, order(72, status="completed", quantity=2))
        saved = book.record_download(account, 72, archive, archive.stat().st_size, "0" * 64)
        book.record_checkout(account, checkout_result(73), placed_at=at(4))
        failed = book.update_from_server(account, order(73, status="failed"))
        intent = book.journal.open_intent(
            account,
            run_id="an-earlier-run",
            product_id=PHILIPPINES.product_id,
            product_name=PHILIPPINES.product_name,
            category_id=None,
            quantity=3,
            unit_price_usd=PHILIPPINES.retail_price_usd,
            balance_before_usd=Decimal("10"),
        )
        records = {
            "processing": processing,
            "stopped": stopped,
            "ready": ready,
            "saved": saved,
            "failed": failed,
        }
        feature.model.set_orders(account, records.values())
        feature.model.set_intents([intent])
        feature.notice.show_intents([intent], Decimal("7.83"))
        feature.model.mark_stopped(74, "Магазин не знает этот заказ.")
        yield feature, records, intent


def data_texts(tmp_path: Path) -> list[str]:
    """What the store and this computer name (not words of the app)."""
    shown = WINDOW_SAVE.text.replace("&", "").rstrip("…")  # as a tool button shows it
    names = [PHILIPPINES.product_name, str(tmp_path), "accounts/"]  # the archive's folder
    return [*names, WINDOW_SAVE.tooltip, WINDOW_SAVE.text, shown]


def no_english(widget: QWidget, tmp_path: Path) -> None:
    assert english_texts(widget, allowed=data_texts(tmp_path)) == []


def english_words(text: object, tmp_path: Path) -> bool:
    if not isinstance(text, str):
        return False
    for data in data_texts(tmp_path):
        text = text.replace(data, "")
    return LATIN_WORD.search(KEPT.sub("", text)) is not None


def test_the_order_list_details_and_notice_have_no_english_left(
    qtbot: QtBot,
    seeded: tuple[OrdersFeature, dict[str, OrderRecord], PurchaseIntent],
    tmp_path: Path,
) -> None:
    feature, records, _intent = seeded
    model = feature.model
    assert model.rowCount() == 6
    # Every state's status and tooltips (cells are not walked by english_texts).
    statuses = [model.index(row, Column.STATUS).data() for row in range(model.rowCount())]
    # Newest first, the purchase of unknown outcome on top.
    assert statuses[:5] == [
        "Результат неизвестен",
        "Не выполнен",
        "Сохранён",
        "Готов",
        "Остановлен",
    ]
    assert statuses[5].startswith("В обработке · ")
    for row in range(model.rowCount()):
        for column in Column:
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                text = model.index(row, column).data(role)
                assert not english_words(text, tmp_path), (row, column, text)
    assert (
        feature.summary_label.text()
        == "1 заказ в обработке · 1 заказ готов к сохранению · 1 заказ больше не проверяется"
    )
    no_english(feature.area, tmp_path)
    no_english(feature.notice, tmp_path)
    no_english(feature.summary_label, tmp_path)
    assert "(меньше на 2,17\N{NO-BREAK SPACE}$)" in feature.notice.label.text()

    items = feature.details.items_value
    for state, record in records.items():
        assert feature.panel.select_order(record.order_id), state
        no_english(feature.panel.context_menu_for(record), tmp_path)
        if state == "saved":
            qtbot.waitUntil(lambda: "1 опасное имя" in items.text(), timeout=5000)
        no_english(feature.details, tmp_path)
    feature.panel.table.setCurrentIndex(model.index(0, 0))
    no_english(feature.panel.intent_menu(), tmp_path)


def test_the_checkout_says_everything_in_russian_with_money_the_russian_way(
    qtbot: QtBot,
    seeded: tuple[OrdersFeature, dict[str, OrderRecord], PurchaseIntent],
    tmp_path: Path,
) -> None:
    feature, _records, _intent = seeded
    dialog = feature.open_checkout(PHILIPPINES, category_id=None, quantity=2)
    assert dialog is not None
    dialog.set_balance(Decimal("100"))
    assert dialog.confirm_button.text() == "Купить 2 × Philippines +63 за 1,45\N{NO-BREAK SPACE}$"
    assert dialog.windowTitle() == "Покупка: Philippines +63"
    no_english(dialog, tmp_path)

    dialog.quantity_spin.lineEdit().setText("0")  # a quantity that cannot be bought
    assert dialog.problem_label.text() == "Купить можно не меньше 1 (вы ввели 0)."
    no_english(dialog, tmp_path)
    dialog.quantity_spin.lineEdit().setText("20000")
    assert dialog.problem_label.text().startswith("Не больше 138:")
    no_english(dialog, tmp_path)

    dialog.set_balance(Decimal("0.10"))  # the balance does not cover one
    assert dialog.limit_label.text().startswith("Баланса (0,10\N{NO-BREAK SPACE}$) не хватает")
    no_english(dialog, tmp_path)
    dialog.set_balance(None)
    assert dialog.balance_label.text() == "неизвестен"
    no_english(dialog, tmp_path)
    dialog.reject()


def test_track_order_and_the_download_row_have_no_english_left(
    qtbot: QtBot,
    seeded: tuple[OrdersFeature, dict[str, OrderRecord], PurchaseIntent],
    tmp_path: Path,
) -> None:
    feature, records, _intent = seeded
    track = feature.open_track_dialog()
    no_english(track, tmp_path)
    track.id_field.setText("7-4")
    track.submit()
    assert track.error_label.text().startswith("«7-4» — не ID заказа.")
    no_english(track, tmp_path)
    track.reject()

    ready = records["ready"]
    path = tmp_path / "order-71.zip"
    row = DownloadRow(
        ready,
        path,
        on_cancel=lambda: None,
        on_open_folder=lambda _path: True,
        on_dismiss=lambda: None,
        on_retry=lambda _path: None,
    )
    qtbot.addWidget(row)
    row.show_progress(DownloadProgress(ready.order_id, path, 512 * 1024, 2048 * 1024, 100_000))
    assert row.title.text() == "Заказ №10091 → order-71.zip"
    assert " из " in row.detail.text()
    no_english(row, tmp_path)
    row.show_failed("Соединение прервано.")
    assert row.title.text().endswith(": не сохранён")
    no_english(row, tmp_path)
    row.show_saved(records["saved"])
    assert row.bar.format() == "Сохранено"
    no_english(row, tmp_path)


def test_the_orders_follow_a_language_change_while_open(
    qtbot: QtBot, language_restored: None, window: MainWindow
) -> None:
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    dialog = feature.open_checkout(PHILIPPINES, category_id=None, quantity=2)
    assert dialog is not None
    dialog.set_balance(Decimal("100"))
    header = feature.model.headerData(Column.STATUS, Qt.Orientation.Horizontal)
    assert (header, feature.panel.heading.text()) == ("Status", "Your orders")
    assert dialog.confirm_button.text() == "Buy 2 × Philippines +63 for $1.45"

    apply_language(Language.RUSSIAN)
    qtbot.waitUntil(
        lambda: (
            dialog.confirm_button.text() == "Купить 2 × Philippines +63 за 1,45\N{NO-BREAK SPACE}$"
        )
    )
    qtbot.waitUntil(lambda: feature.panel.heading.text() == "Ваши заказы")
    assert feature.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Статус"
    assert feature.panel.track_action.text() == "Найти заказ по ID…"
    assert feature.details.empty_label.text() == "Выберите заказ, чтобы увидеть подробности."

    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: dialog.confirm_button.text() == "Buy 2 × Philippines +63 for $1.45")
    qtbot.waitUntil(lambda: feature.panel.heading.text() == "Your orders")
    assert feature.panel.track_action.text() == "Track order by id…"
    dialog.reject()
