"""Buy again: today's price and stock are read first, the dialog is pre-filled, nothing is sent."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pytestqt.qtbot import QtBot

from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from tests.gui.helpers import ASIA, PHILIPPINES
from tests.orders.conftest import posts
from tests.orders.test_orders_window import dialogs, orders, ready_to_buy, settle

PRODUCTS_PATH = f"/api/v1/catalog/securetd/categories/{ASIA}/products"


def product_gets(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox.requests if r.method == "GET" and r.path == PRODUCTS_PATH)


def bought(qtbot: QtBot, window: MainWindow, quantity: int) -> tuple[OrdersFeature, OrderRecord]:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    dialog.quantity_spin.setValue(quantity)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)
    record: OrderRecord = placed.args[0]
    settle(qtbot, window, feature)  # the category's refresh after the purchase is done
    assert feature.panel.select_order(record.order_id)
    return feature, record


def test_buy_again_reads_the_new_price_prefills_and_sends_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature, record = bought(qtbot, window, 2)
    assert record.charged_usd == Decimal("1.449")
    sandbox.set_price(PHILIPPINES, Decimal("0.8"))
    gets = product_gets(sandbox)
    panel = feature.panel
    record = panel.selected_record()
    assert record is not None
    assert panel.buy_again_action in panel.context_menu_for(record).actions()
    assert panel.buy_again_action in panel.toolbar.actions()

    panel.buy_again_action.trigger()
    assert feature.checkout_dialog is None  # not before today's price is known
    qtbot.waitUntil(lambda: feature.checkout_dialog is not None, timeout=5000)
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert product_gets(sandbox) == gets + 1
    assert dialogs(window) == [dialog]
    assert dialog.quantity == 2
    assert dialog.total_usd() == Decimal("1.6")
    assert dialog.note_label.text() == (
        f"Buying order #{record.order_number} again. Price now $0.80 (was $0.7245)."
    )
    assert posts(sandbox) == 1  # the first purchase only
    dialog.reject()


def test_buy_again_says_when_the_stock_is_short_and_refuses_in_words(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature, record = bought(qtbot, window, 3)
    sandbox.set_stock(PHILIPPINES, 2)
    feature.details.buy_again_button.click()
    qtbot.waitUntil(lambda: feature.checkout_dialog is not None, timeout=5000)
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert dialog.note_label.text() == (
        f"Buying order #{record.order_number} again. Same price as then: $0.7245. "
        "Only 2 items in stock now."
    )
    assert dialog.quantity is None  # 3 is shown, judged and refused; never lowered to 2
    assert dialog.quantity_spin.shown_text() == "3"
    assert not dialog.confirm_button.isEnabled()
    assert posts(sandbox) == 1
    dialog.reject()


def test_a_product_no_longer_listed_says_so_and_opens_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature, record = bought(qtbot, window, 1)
    gone = replace(record, product_id=987_654_321, product_name="Atlantis +999")
    gets = product_gets(sandbox)
    feature.buy_again(gone)
    expected = "“Atlantis +999” is no longer listed by the store, so it cannot be bought again."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(expected), timeout=5000)
    assert product_gets(sandbox) == gets + 1
    assert feature.checkout_dialog is None
    assert dialogs(window) == []
    assert posts(sandbox) == 1


def test_an_order_placed_elsewhere_has_no_known_category_and_asks_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature, record = bought(qtbot, window, 1)
    tracked = replace(record, category_id=None, charged_usd=None)
    gets = product_gets(sandbox)
    feature.buy_again(tracked)
    assert "was placed elsewhere" in window.statusBar().currentMessage()
    assert product_gets(sandbox) == gets
    assert feature.checkout_dialog is None
