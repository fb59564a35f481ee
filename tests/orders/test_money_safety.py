"""Money safety, end to end: what the customer reads is what is bought, a journal row before every
POST, and one rule — outcome unknown, nothing re-sent, Buy held — once the request may have left."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client, Product
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.journal import IntentState
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.checkout import CheckoutService, OutcomeKind
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.orders.order_model import Column, outcome_unknown_text
from teleaccounthub.ui.orders.quantity import QuantityLimit, judge_quantity
from tests.api.scripted_server import Reply, ScriptedServer, ok
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category
from tests.orders.conftest import CHECKOUT_PATH, FAST_POLLING, context_of, posts, run

KEY = "tgsk_money_safety_test_key_000000000000"

# -- the quantity field is the truth -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Enter how many to buy (1 to 435)."),
        ("0", "Buy at least 1 (you typed 0)."),
        ("-3", "Buy at least 1 (you typed -3)."),
        ("12x", "“12x” is not a whole number. Enter 1 to 435."),
        ("1000", "At most 435: your balance covers 435."),
        ("٣", "“٣” is not a whole number. Enter 1 to 435."),
        ("9" * 40, "is not a whole number"),
    ],
)
def test_a_quantity_that_cannot_be_bought_is_refused_in_words(typed: str, problem: str) -> None:
    check = judge_quantity(typed, QuantityLimit(435, "At most 435: your balance covers 435."))
    assert check.quantity is None
    assert problem in check.problem


def test_a_valid_quantity_is_exactly_the_typed_number() -> None:
    limit = QuantityLimit(435, "At most 435: your balance covers 435.")
    assert judge_quantity(" 99 ", limit).quantity == 99
    assert judge_quantity("435", limit).quantity == 435
    assert judge_quantity("436", limit).quantity is None


def feature_of(window: MainWindow) -> OrdersFeature:
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    return feature


def open_checkout(qtbot: QtBot, window: MainWindow) -> CheckoutDialog:
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    qtbot.waitUntil(lambda: window.balance.current() is not None, timeout=5000)
    qtbot.waitUntil(window.buy_action.isEnabled)
    window.buy_action.trigger()
    dialog = feature_of(window).checkout_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def type_quantity(qtbot: QtBot, dialog: CheckoutDialog, text: str) -> None:
    spin = dialog.quantity_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(spin, text)


@pytest.mark.parametrize("typed", ["0", "", "-3", "12x", "1000"])
def test_enter_on_a_field_that_is_not_a_valid_quantity_buys_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, typed: str
) -> None:
    dialog = open_checkout(qtbot, window)
    type_quantity(qtbot, dialog, "99")
    assert dialog.confirm_button.text() == "Buy 99 × Philippines +63 for $71.73"
    type_quantity(qtbot, dialog, typed)
    shown = dialog.quantity_spin.shown_text()
    assert shown == typed.lstrip("-") or shown == typed  # the field keeps what was typed
    assert not dialog.confirm_button.isEnabled()
    assert dialog.confirm_button.text() == "Buy"
    assert dialog.problem_label.isVisible()
    if typed == "1000":
        assert dialog.problem_label.text() == "At most 435: your balance covers 435."
    assert dialog.total_label.text() == "—"
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Enter)
    dialog.quantity_spin.clearFocus()  # leaving the field does not put 99 back either
    assert dialog.quantity_spin.shown_text() == shown
    dialog.confirm()
    assert dialog.isVisible()
    assert posts(sandbox) == 0


def test_enter_on_a_shown_quantity_buys_exactly_that(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    dialog = open_checkout(qtbot, window)
    type_quantity(qtbot, dialog, "99")
    assert dialog.total_label.text() == "$71.73 (exactly $71.7255)"
    assert dialog.after_label.text() == "$243.83 (exactly $243.8345)"
    feature = feature_of(window)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)  # a second Enter: no second POST
    assert placed.args[0].quantity == 99
    assert posts(sandbox) == 1
    account = feature.session.account()
    assert account is not None
    assert feature.session.order_book.journal.unresolved(account) == []


def test_double_click_on_confirm_is_one_post(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    sandbox.faults.latency(0.3, path=CHECKOUT_PATH)
    dialog = open_checkout(qtbot, window)
    feature = feature_of(window)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000):
        qtbot.mouseDClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert posts(sandbox) == 1


def test_two_windows_one_confirmation_each_is_two_posts_each_journalled(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    sandbox.faults.latency(0.2, path=CHECKOUT_PATH)
    first = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "d", poll_policy=FAST_POLLING
    )
    second = main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "d", poll_policy=FAST_POLLING
    )
    one, two = open_checkout(qtbot, first), open_checkout(qtbot, second)
    placed = [feature_of(first).checkout.order_placed, feature_of(second).checkout.order_placed]
    with qtbot.waitSignals(placed, timeout=5000):
        for dialog in (one, two, one, two):
            dialog.confirm()
    assert posts(sandbox) == 2
    book = OrderBook(tmp_path / "d" / "orders.sqlite3")
    account = AccountRef.from_key(sandbox.url, sandbox.api_key)
    states = [
        row[0] for row in book._db.execute("SELECT state FROM purchase_intents ORDER BY intent_id")
    ]
    assert states == ["placed", "placed"]
    assert len(book.orders(account)) == 2
    book.close()


# -- one rule after the request may have left ------------------------------------------------------


def checkout_body(**order: Any) -> dict[str, Any]:
    fields = {
        "id": 74,
        "order_number": "10094",
        "status": "processing",
        "product_id": 2281,
        "product_name": "Nigeria +234",
        "quantity": 1,
        "download_ready": False,
    }
    fields.update(order)
    return {
        "ok": True,
        "order": fields,
        "local_order_id": 376,
        "charged_usd": 0.299,
        "charged_display": "$0.30",
    }


NIGERIA = Product(2281, "Nigeria +234", 50, Decimal("0.299"), "$0.30", "$0.30")


class Shop:
    """A checkout service and its dialog against a scripted store."""

    def __init__(self, qtbot: QtBot, server: ScriptedServer, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.server = server
        self.client = Client(server.url, KEY, timeout=5.0, max_retries=0)
        self.book = OrderBook(data_dir / "orders.sqlite3")
        self.account = AccountRef.from_key(server.url, KEY)
        self.tasks = TaskOwner("money-test")
        self.refreshes: list[str] = []
        self.checkout = CheckoutService(
            context_of(self.client, self.book, self.account, self.tasks)[0],
            refresh_balance=lambda: self.refreshes.append("balance"),
        )

    def dialog(self) -> CheckoutDialog:
        dialog = CheckoutDialog(self.checkout, NIGERIA, category_id=86, balance_usd=Decimal(10))
        self.qtbot.addWidget(dialog)
        dialog.open()
        self.qtbot.waitExposed(dialog)
        return dialog

    def posts(self) -> int:
        return sum(1 for r in self.server.requests if r.method == "POST")

    def close(self) -> None:
        run(self.qtbot, self.tasks.aclose())
        run(self.qtbot, self.client.aclose())
        self.book.close()


@pytest.fixture
def shop(qtbot: QtBot, qt_loop: object, tmp_path: Path) -> Iterator[Shop]:
    with ScriptedServer() as server:
        shop = Shop(qtbot, server, tmp_path)
        try:
            yield shop
        finally:
            shop.close()


DEEP = b'{"ok": true, "order": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"

UNREADABLE = {
    "deep nesting": Reply(body=DEEP),
    "wrong types": ok(**{k: v for k, v in checkout_body(id="seventy-four").items() if k != "ok"}),
    "html on 200": Reply(body="<html><body>Order placed!</body></html>", content_type="text/html"),
    "not an object": Reply(body=[1, 2, 3]),
    "truncated": Reply(body=json.dumps(checkout_body())[:40]),
}


@pytest.mark.parametrize("kind", sorted(UNREADABLE))
@pytest.mark.expected_log(r"^Checkout outcome unknown: ")
def test_an_unreadable_answer_is_one_post_outcome_unknown_and_buying_held(
    qtbot: QtBot, shop: Shop, kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    shop.server.script(CHECKOUT_PATH, UNREADABLE[kind])
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=10_000) as finished:
        dialog.confirm()
    outcome = finished.args[0]
    assert outcome.kind is OutcomeKind.UNKNOWN
    assert shop.posts() == 1
    assert shop.refreshes == ["balance"]
    # Held: neither this dialog nor the service starts another purchase until it is closed.
    assert not shop.checkout.can_checkout()
    assert "outcome of your last purchase is unknown" in shop.checkout.block_reason()
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()
    assert shop.posts() == 1
    (intent,) = shop.book.journal.unresolved(shop.account)
    assert intent.state is IntentState.UNKNOWN
    assert intent.quantity == 1
    dialog.cancel_button.click()  # "Close": the customer has read it
    assert shop.checkout.can_checkout()
    assert shop.posts() == 1


def test_a_lone_surrogate_in_the_answer_is_recorded_with_a_replacement_character(
    qtbot: QtBot, shop: Shop
) -> None:
    body = json.dumps(checkout_body(product_name="Nigeria \ud83c +234"))
    shop.server.script(CHECKOUT_PATH, Reply(body=body))
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=10_000) as finished:
        dialog.confirm()
    outcome = finished.args[0]
    assert outcome.kind is OutcomeKind.PLACED
    assert outcome.record.product_name == "Nigeria \ufffd +234"
    assert shop.posts() == 1


class DiskFull(sqlite3.OperationalError):
    pass


@pytest.mark.expected_log(r"^Order 74 was placed but could not be written down")
def test_a_full_disk_when_recording_is_placed_not_saved_and_never_a_second_purchase(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.server.script(CHECKOUT_PATH, Reply(body=checkout_body()))
    real_record = shop.book.record_checkout
    failing = True

    def record(*args: Any, **kwargs: Any) -> Any:
        if failing:
            raise DiskFull("database or disk is full")
        return real_record(*args, **kwargs)

    monkeypatch.setattr(shop.book, "record_checkout", record)
    monkeypatch.setattr("teleaccounthub.services.checkout.UNSAVED_RETRY_FIRST", 0.05)
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=10_000) as finished:
        dialog.confirm()
    outcome = finished.args[0]
    assert outcome.kind is OutcomeKind.PLACED_UNSAVED
    assert "#10094" in outcome.message
    assert "id 74" in outcome.message
    assert "#10094" in dialog.message_label.text()
    assert [r.order.id for r in shop.checkout.unsaved_orders()] == [74]
    assert not shop.checkout.can_checkout()
    assert "not saved on this computer" in shop.checkout.block_reason()
    dialog.confirm()
    assert shop.posts() == 1
    # The intent stays open until the order is written down: a crash now shows at the next start.
    (intent,) = shop.book.journal.unresolved(shop.account)
    assert intent.state is IntentState.OPEN
    dialog.cancel_button.click()
    assert shop.checkout.can_checkout()  # read and closed: buying may go on, retrying goes on
    failing = False
    with qtbot.waitSignal(shop.checkout.order_placed, timeout=5000) as placed:
        pass
    assert placed.args[0].order_id == 74
    assert shop.book.get(shop.account, 74) is not None
    assert shop.book.journal.unresolved(shop.account) == []
    assert shop.checkout.unsaved_orders() == []
    assert shop.posts() == 1


@pytest.mark.expected_log(r"^The purchase could not be journalled; nothing is sent")
def test_nothing_is_sent_when_the_intent_cannot_be_written(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.server.script(CHECKOUT_PATH, Reply(body=checkout_body()))

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise DiskFull("database or disk is full")

    monkeypatch.setattr(shop.book.journal, "open_intent", refuse)
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.FAILED
    assert "Nothing was bought" in finished.args[0].message
    assert shop.posts() == 0


def test_a_documented_refusal_resolves_the_intent_as_not_placed(qtbot: QtBot, shop: Shop) -> None:
    shop.server.script(
        CHECKOUT_PATH,
        Reply(status=422, body={"ok": False, "error": "invalid_product", "message": "Gone."}),
    )
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.PRODUCT_UNAVAILABLE
    assert shop.book.journal.unresolved(shop.account) == []
    assert shop.checkout.can_checkout()


def test_a_huge_retry_after_is_a_countdown_of_minutes_not_years(qtbot: QtBot, shop: Shop) -> None:
    shop.server.script(
        CHECKOUT_PATH,
        Reply(
            status=429,
            body={"ok": False, "error": "rate_limited"},
            headers={"Retry-After": "1735689600"},
        ),
    )
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].retry_after <= 300
    assert dialog.confirm_button.text() in ("Retry in 300 s", "Retry in 299 s")
    assert "try again in" in shop.checkout.block_reason()


# -- Buy explains itself ---------------------------------------------------------------------


def test_buy_says_why_it_is_disabled(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    keyless = main_window_factory(sandbox.url, None, tmp_path / "k")
    open_category(qtbot, keyless, ASIA)
    assert keyless.products.select_product(PHILIPPINES)
    assert not keyless.buy_action.isEnabled()
    assert "Enter your API key to buy" in keyless.buy_action.toolTip()
    qtbot.keyClick(keyless, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert "Enter your API key to buy" in keyless.statusBar().currentMessage()

    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "w")
    sandbox.faults.latency(0.5, path=CHECKOUT_PATH)
    dialog = open_checkout(qtbot, window)
    dialog.confirm()
    assert not window.buy_action.isEnabled()
    assert "being sent" in window.buy_action.toolTip()
    qtbot.waitUntil(lambda: feature_of(window).checkout_dialog is None, timeout=5000)
    qtbot.waitUntil(window.buy_action.isEnabled, timeout=5000)
    assert window.buy_action.toolTip() == "Buy the selected product (Ctrl+B)"


# -- the journal at the next start ---------------------------------------------------------------


def test_an_intent_left_open_by_an_earlier_run_is_shown_at_start_until_dismissed(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    book = OrderBook(data / "orders.sqlite3")
    account = AccountRef.from_key(sandbox.url, sandbox.api_key)
    book.journal.open_intent(
        account,
        run_id="an-earlier-run",
        product_id=PHILIPPINES,
        product_name="Philippines +63",
        category_id=ASIA,
        quantity=3,
        unit_price_usd=Decimal("0.7245"),
        balance_before_usd=Decimal("320.00"),
    )
    book.close()
    window = main_window_factory(sandbox.url, sandbox.api_key, data)
    feature = feature_of(window)
    notice = feature.notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "A purchase of 3 × Philippines +63 may have gone through at" in notice.label.text()
    qtbot.waitUntil(lambda: "is $315.56 now" in notice.label.text(), timeout=5000)
    assert "down $4.44" in notice.label.text()
    assert feature.model.index(0, Column.STATUS).data() == outcome_unknown_text()
    notice.dismiss_button.click()
    assert not notice.isVisible()
    assert feature.model.intents() == []


@pytest.mark.expected_log(r"^Checkout ended in an unexpected way; outcome unknown")
def test_an_exception_of_any_class_after_sending_is_outcome_unknown(
    qtbot: QtBot, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    shop.server.script(CHECKOUT_PATH, Reply(body=checkout_body()))
    send = shop.client.checkout

    async def send_then_fail(*args: Any, **kwargs: Any) -> Any:
        await send(*args, **kwargs)
        raise MemoryError("while reading the answer")

    monkeypatch.setattr(shop.client, "checkout", send_then_fail)
    dialog = shop.dialog()
    with qtbot.waitSignal(shop.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.UNKNOWN
    assert "MemoryError" in finished.args[0].message
    assert shop.posts() == 1
    assert not shop.checkout.can_checkout()


def test_stock_beyond_what_qt_can_hold_still_opens_the_dialog(qtbot: QtBot, shop: Shop) -> None:
    huge = Product(9, "Bulk +1", 3_000_000_000, Decimal("0.01"), "$0.01", "$0.01")
    dialog = CheckoutDialog(shop.checkout, huge, category_id=None, balance_usd=None)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.quantity_spin.maximum() == 2**31 - 1
    type_quantity(qtbot, dialog, "5")
    assert dialog.quantity == 5
    assert dialog.confirm_button.text() == "Buy 5 × Bulk +1 for $0.05"
    type_quantity(qtbot, dialog, "2147483648")
    assert dialog.quantity is None
    assert "At most 2,147,483,647" in dialog.problem_label.text()


# -- order id and order number -----------------------------------------------------------------


def test_track_accepts_an_id_or_a_known_order_number_and_selects_a_listed_order(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    dialog = open_checkout(qtbot, window)
    feature = feature_of(window)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    record = placed.args[0]
    assert feature.model.index(0, Column.ID).data() == record.order_id
    assert feature.model.index(0, Column.NUMBER).data() == record.order_number

    track = feature.open_track_dialog()
    track.id_field.setText(f"#{record.order_number}")  # the number the bot shows
    with qtbot.waitSignal(track.tracked, timeout=5000) as tracked:
        track.submit()
    assert tracked.args == [tracked.args[0], True]
    assert tracked.args[0].order_id == record.order_id
    assert "already in your order list" in window.statusBar().currentMessage()
    assert feature.panel.selected_record() is not None

    unknown = feature.open_track_dialog()
    unknown.id_field.setText("#99999")
    unknown.submit()
    assert unknown.error_label.isVisible()
    assert "is not in your order list" in unknown.error_label.text()
    unknown.id_field.setText("seventy")
    unknown.submit()
    assert "is not an order id" in unknown.error_label.text()
    unknown.reject()
