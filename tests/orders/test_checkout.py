"""Buying against the sandbox: the order book first, one POST per confirmation, every outcome."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.checkout import (
    CheckoutBusy,
    CheckoutOutcome,
    CheckoutRequest,
    CheckoutService,
    OutcomeKind,
)
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from tests.orders.conftest import CHECKOUT_PATH, Rig, RigFactory, posts

PHILIPPINES = 56  # category 1, $0.7245, stock 15242
ASIA = 1
BALANCE = Decimal("315.56")


def open_dialog(
    qtbot: QtBot, rig: Rig, *, balance: Decimal | None = BALANCE, product_id: int = PHILIPPINES
) -> CheckoutDialog:
    dialog = CheckoutDialog(
        rig.checkout,
        rig.product(qtbot, product_id, ASIA),
        category_id=ASIA,
        balance_usd=balance,
    )
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_success_is_recorded_before_the_balance_refresh_polling_and_signals(
    qtbot: QtBot, rig: Rig
) -> None:
    product = rig.product(qtbot, PHILIPPINES, ASIA)
    # A second connection sees only what is committed: "recorded" means durable, not cached.
    witness = OrderBook(rig.data_dir / "orders.sqlite3")
    events: list[tuple[str, list[int], list[int]]] = []

    def note(what: str) -> None:
        durable = [r.order_id for r in witness.orders(rig.account)]
        events.append((what, durable, rig.tracker.watching()))

    rig.on_balance_refresh.append(lambda: note("balance refresh"))
    rig.checkout.order_placed.connect(lambda _: note("order_placed"))
    rig.checkout.busy_changed.connect(lambda busy: note(f"busy={busy}"))

    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        rig.checkout.checkout(CheckoutRequest(product, 2, category_id=ASIA))
    outcome: CheckoutOutcome = finished.args[0]
    assert outcome.kind is OutcomeKind.PLACED
    assert outcome.record is not None
    order_id = outcome.record.order_id
    assert events == [
        ("busy=True", [], []),
        ("balance refresh", [order_id], []),
        ("order_placed", [order_id], [order_id]),
        ("busy=False", [order_id], [order_id]),
    ]
    recorded = witness.get(rig.account, order_id)
    assert recorded is not None
    assert recorded.charged_usd == Decimal("1.4490")
    assert recorded.quantity == 2
    assert recorded.category_id == ASIA
    assert rig.sandbox.balance(rig.sandbox.api_key) == BALANCE - Decimal("1.449")

    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000) as ready:
        pass
    assert ready.args[0].order_id == order_id
    completed = witness.get(rig.account, order_id)
    assert completed is not None
    assert completed.is_completed
    assert completed.completed_at is not None
    assert rig.tracker.watching() == []
    assert posts(rig.sandbox) == 1
    witness.close()


def test_double_confirm_sends_one_post(qtbot: QtBot, rig: Rig) -> None:
    rig.sandbox.faults.latency(0.3, path=CHECKOUT_PATH)
    dialog = open_dialog(qtbot, rig)
    dialog.confirm()
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()
    # Nor can it be closed before the outcome is known.
    assert not dialog.cancel_button.isEnabled()
    dialog.reject()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    with pytest.raises(CheckoutBusy):
        rig.checkout.checkout(CheckoutRequest(dialog.product, 1, category_id=ASIA))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        pass
    assert posts(rig.sandbox) == 1
    assert len(rig.book.orders(rig.account)) == 1


def test_enter_twice_and_a_double_click_send_one_post_each(qtbot: QtBot, rig: Rig) -> None:
    rig.sandbox.faults.latency(0.3, path=CHECKOUT_PATH)
    dialog = open_dialog(qtbot, rig)
    dialog.quantity_spin.setFocus()
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rig.checkout.busy)
    qtbot.keyClick(dialog.quantity_spin, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        pass
    assert posts(rig.sandbox) == 1

    # A double click is two clicks in quick succession, with no event processing between.
    second = open_dialog(qtbot, rig)
    qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second.confirm_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(second.accepted, timeout=5000):
        pass
    assert posts(rig.sandbox) == 2
    assert len(rig.book.orders(rig.account)) == 2


def test_quantity_is_bounded_by_stock_and_by_the_balance(qtbot: QtBot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig, balance=Decimal("5.00"))
    assert dialog.quantity_spin.maximum() == 6  # 5.00 // 0.7245
    dialog.quantity_spin.setValue(3)
    assert dialog.total_label.text() == "$2.17 (exactly $2.1735)"  # half-up to cents
    assert dialog.total_label.toolTip() == "Exactly $2.1735"
    assert dialog.after_label.text() == "$2.83 (exactly $2.8265)"  # 5.00 − 2.1735
    dialog.set_balance(Decimal("0.50"))
    assert not dialog.confirm_button.isEnabled()
    assert "does not cover one unit" in dialog.limit_label.text()
    dialog.set_balance(None)
    assert dialog.quantity_spin.maximum() == 15242
    assert "stock only" in dialog.limit_label.text()
    assert dialog.confirm_button.isEnabled()

    rig.sandbox.set_stock(PHILIPPINES, 4)
    stocked = open_dialog(qtbot, rig)
    assert stocked.quantity_spin.maximum() == 4


def test_insufficient_balance_says_how_much_is_missing(
    qtbot: QtBot, rig_factory: RigFactory, sandbox: SandboxServer
) -> None:
    key = sandbox.add_key(Decimal("1.00"))
    rig = rig_factory(key)
    dialog = open_dialog(qtbot, rig, balance=None)  # balance not known yet: bounded by stock
    dialog.quantity_spin.setValue(2)  # 1.449 > 1.00
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    outcome: CheckoutOutcome = finished.args[0]
    assert outcome.kind is OutcomeKind.INSUFFICIENT_BALANCE
    assert outcome.missing_usd == Decimal("0.449")
    assert "You need $0.45 more" in dialog.message_label.text()
    assert dialog.message_label.isVisible()
    # The fresh balance bounds the quantity now, and the customer may buy what it covers.
    assert dialog.quantity_spin.maximum() == 1
    assert dialog.confirm_button.isEnabled()
    assert rig.balance_refreshes
    assert rig.book.orders(rig.account) == []
    assert rig.sandbox.balance(key) == Decimal("1.00")


def test_product_gone_refreshes_its_category(qtbot: QtBot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig)
    rig.sandbox.set_stock(PHILIPPINES, 0)  # sold out after the dialog opened
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.PRODUCT_UNAVAILABLE
    assert rig.category_refreshes == [ASIA]
    assert "no longer available" in dialog.message_label.text()
    assert not dialog.confirm_button.isEnabled()
    assert rig.book.orders(rig.account) == []


def test_more_than_the_stock_left_is_refused_without_charge(qtbot: QtBot, rig: Rig) -> None:
    dialog = open_dialog(qtbot, rig)
    dialog.quantity_spin.setValue(3)
    rig.sandbox.set_stock(PHILIPPINES, 2)
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.PRODUCT_UNAVAILABLE
    assert rig.category_refreshes == [ASIA]
    assert rig.sandbox.balance(rig.sandbox.api_key) == BALANCE


def test_refused_key_asks_for_a_key(qtbot: QtBot, rig_factory: RigFactory) -> None:
    rig = rig_factory("tgsk_not_a_real_key_0000000000000000")
    dialog = open_dialog(qtbot, rig)
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert rig.unauthorized == ["Invalid API key."]
    assert finished.args[0].kind is OutcomeKind.UNAUTHORIZED
    assert "refused the API key" in dialog.message_label.text()
    assert dialog.confirm_button.isEnabled()
    assert rig.book.orders(rig.account) == []


def test_without_a_key_nothing_is_sent(qtbot: QtBot, rig: Rig) -> None:
    keyless = CheckoutService(replace(rig.context, account=lambda: None))
    product = rig.product(qtbot, PHILIPPINES, ASIA)
    with qtbot.waitSignal(keyless.finished, timeout=1000) as finished:
        keyless.checkout(CheckoutRequest(product, 1, category_id=ASIA))
    assert finished.args[0].kind is OutcomeKind.UNAUTHORIZED
    assert finished.args[0].message == "Enter your API key to buy."
    assert posts(rig.sandbox) == 0
    assert rig.unauthorized == []  # no key is not a refused key
    assert keyless.can_checkout()


def test_rate_limited_counts_down_before_a_retry(qtbot: QtBot, rig: Rig) -> None:
    rig.sandbox.faults.status(429, path=CHECKOUT_PATH, retry_after="2")
    dialog = open_dialog(qtbot, rig)
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.RATE_LIMITED
    assert finished.args[0].retry_after == 2.0
    assert dialog.confirm_button.text() == "Retry in 2 s"
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()
    with pytest.raises(CheckoutBusy):
        rig.checkout.checkout(CheckoutRequest(dialog.product, 1, category_id=ASIA))
    assert posts(rig.sandbox) == 1
    qtbot.waitUntil(lambda: dialog.confirm_button.text() == "Retry in 1 s", timeout=2000)
    qtbot.waitUntil(dialog.confirm_button.isEnabled, timeout=3000)
    assert dialog.confirm_button.text() == "Buy 1 × Philippines +63 for $0.72"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.confirm()
    assert posts(rig.sandbox) == 2
    assert len(rig.book.orders(rig.account)) == 1


@pytest.mark.expected_log(r"^Checkout outcome unknown: ")
def test_unknown_outcome_is_never_reposted_and_can_be_tracked(qtbot: QtBot, rig: Rig) -> None:
    from teleaccounthub.ui.orders.track_order_dialog import TrackOrderDialog

    rig.sandbox.faults.drop(path=CHECKOUT_PATH, when="after_processing")
    dialog = open_dialog(qtbot, rig)
    with qtbot.waitSignal(rig.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    assert finished.args[0].kind is OutcomeKind.UNKNOWN
    assert "cannot tell whether the order was placed" in dialog.message_label.text()
    assert "will not send it again" in dialog.message_label.text()
    assert rig.balance_refreshes == ["balance"]
    assert dialog.track_button.isVisible()
    assert not dialog.confirm_button.isEnabled()
    dialog.confirm()
    assert posts(rig.sandbox) == 1
    assert rig.book.orders(rig.account) == []
    # The store did place (and charge) it: the customer finds its id in the bot and tracks it.
    assert rig.sandbox.balance(rig.sandbox.api_key) == BALANCE - Decimal("0.7245")

    requested: list[bool] = []
    dialog.track_requested.connect(lambda: requested.append(True))
    qtbot.mouseClick(dialog.track_button, Qt.MouseButton.LeftButton)
    assert requested == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted

    tracker_dialog = TrackOrderDialog(rig.tracker, rig.tasks)
    qtbot.addWidget(tracker_dialog)
    tracker_dialog.open()
    tracker_dialog.set_order_id(74)  # the first order of a fresh sandbox
    with qtbot.waitSignal(tracker_dialog.tracked, timeout=5000) as tracked:
        tracker_dialog.submit()
    record = tracked.args[0]
    assert record.order_id == 74
    assert record.source == "tracked"
    assert [r.order_id for r in rig.book.orders(rig.account)] == [74]
    with qtbot.waitSignal(rig.tracker.order_ready, timeout=5000):
        pass
    assert posts(rig.sandbox) == 1


def test_tracking_an_unknown_id_or_with_a_bad_key_says_so(
    qtbot: QtBot, rig_factory: RigFactory
) -> None:
    from teleaccounthub.ui.orders.track_order_dialog import TrackOrderDialog

    rig = rig_factory()
    dialog = TrackOrderDialog(rig.tracker, rig.tasks)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.set_order_id(9999)
    dialog.submit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=5000)
    assert "no order with id 9999" in dialog.error_label.text()
    assert dialog.track_button.isEnabled()
    assert rig.book.orders(rig.account) == []

    bad = rig_factory("tgsk_not_a_real_key_0000000000000000")
    refused = TrackOrderDialog(bad.tracker, bad.tasks)
    qtbot.addWidget(refused)
    refused.open()
    refused.set_order_id(74)
    refused.submit()
    qtbot.waitUntil(refused.error_label.isVisible, timeout=5000)
    assert bad.unauthorized == ["Invalid API key."]
    assert "refused the API key" in refused.error_label.text()
