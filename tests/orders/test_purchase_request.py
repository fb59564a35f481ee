"""A feature's purchase request opens a pre-filled checkout dialog and buys nothing by itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.host import PurchaseRequest
from teleaccounthub.ui.main_window import MainWindow
from tests.gui.helpers import ASIA, PHILIPPINES
from tests.orders.conftest import posts
from tests.orders.test_orders_window import dialogs, orders, ready_to_buy


def test_a_request_prefills_quantity_and_note_and_sends_nothing(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    product = window.selected_product()
    assert product is not None
    assert product.product_id == PHILIPPINES
    window.request_purchase(
        PurchaseRequest(product, category_id=ASIA, quantity=3, note="Back in stock")
    )
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert dialogs(window) == [dialog]
    assert dialog.quantity == 3
    assert dialog.note_label.text() == "Back in stock"
    assert dialog.total_usd() == product.retail_price_usd * 3
    assert posts(sandbox) == 0


def test_a_requested_quantity_over_the_stock_is_refused_in_words_not_lowered(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    product = window.selected_product()
    assert product is not None
    window.request_purchase(
        PurchaseRequest(product, category_id=ASIA, quantity=product.total_stock + 1)
    )
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert dialog.quantity is None
    assert dialog.quantity_spin.shown_text() == str(product.total_stock + 1)
    assert not dialog.confirm_button.isEnabled()
    assert not dialog.note_label.isVisibleTo(dialog)
    assert posts(sandbox) == 0
