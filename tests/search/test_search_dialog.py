"""The search window as a customer uses it: Ctrl+K, type, arrows, Enter opens the product in its
category, Escape closes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Product
from teleaccounthub.services.search_results import SearchHit
from teleaccounthub.ui import actions
from teleaccounthub.ui.help import shortcuts_html
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.search.result_model import (
    Column,
    Role,
    SearchResultModel,
    headers,
)
from tests.gui.helpers import ASIA, BULK, EUROPE, open_category, type_filter, wait_for_products
from tests.search.conftest import feature_of, open_search, type_search


def test_ctrl_k_opens_the_search_and_ctrl_shift_k_the_api_key(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert actions.spec("searchAction").shortcut == "Ctrl+K"
    assert actions.spec("apiKeyAction").shortcut == "Ctrl+Shift+K"
    html = shortcuts_html()
    assert html.count("<b>Ctrl+K</b>") == html.count("<b>Ctrl+Shift+K</b>") == 1
    assert "Search every category" in html

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = feature_of(window).dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.objectName() == "storeSearchDialog"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    assert dialog.stack.label.text().startswith("Type a product, a country")
    dialog.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    key_dialog = window.key_dialog()
    assert key_dialog is not None
    qtbot.waitUntil(key_dialog.isVisible)
    key_dialog.reject()


def test_results_as_you_type_arrows_move_and_enter_opens_the_product_in_its_category(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_category(qtbot, window, ASIA)
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "deutschland")
    model = dialog.model
    assert model.rowCount() > 3
    assert model.index(0, Column.CATEGORY).data() == "Europe"
    assert model.index(0, Column.PRODUCT).data() == "Deutschland +49"
    assert dialog.current_row() == 0  # Enter opens the top result at once

    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Up)
    assert dialog.current_row() == 1
    chosen: SearchHit = model.index(1, 0).data(Role.HIT)
    assert chosen.category_id == BULK
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert window.selected_category_id() == BULK
    wait_for_products(qtbot, window, BULK)
    qtbot.waitUntil(lambda: window.selected_product() == chosen.product)
    assert window.buy_action.isEnabled() == (chosen.product.total_stock > 0)


def test_enter_shows_the_product_even_where_the_filter_hid_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_category(qtbot, window, EUROPE)
    type_filter(qtbot, window, "france")
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "germany")
    top: SearchHit = dialog.model.index(0, 0).data(Role.HIT)
    assert top.category_id == EUROPE
    qtbot.keyClick(dialog.field, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: window.selected_product() == top.product)
    assert window.products.filter_edit.text() == ""


def test_escape_closes_and_the_next_ctrl_k_keeps_the_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "korea")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.selected_category_id() == ASIA  # nothing was opened
    again = open_search(qtbot, window)
    assert again is dialog
    assert dialog.field.text() == "korea"
    assert dialog.field.selectedText() == "korea"  # typing replaces them


def test_nothing_found_is_said(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "atlantis")
    assert dialog.model.rowCount() == 0
    assert dialog.stack.showing_empty()
    assert dialog.stack.label.text() == (
        "No product in 7 categories matches “atlantis”. Try a country name or a dial code like +63."
    )
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert dialog.isVisible()


def test_the_result_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SearchResultModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == list(
        headers().values()
    )
    in_stock = Product(1, "Deutschland +49", 1200, Decimal("1.5"), "$1.50", "$1.50")
    sold_out = Product(2, "대한민국 +82", 0, Decimal("0.2"), "$0.20", "$0.20")
    model.set_hits([SearchHit(in_stock, 12, "Europe"), SearchHit(sold_out, 1, "Asia")])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, Column.STOCK).data() == "1,200"
    assert model.index(1, Column.STOCK).data() == "Sold out"
    assert model.index(1, Column.CATEGORY).data(Role.CATEGORY_ID) == 1
    assert model.index(0, Column.PRICE).data(Qt.ItemDataRole.ToolTipRole) == "$1.50 per number"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.row_of(2, 1) == 1
    assert model.row_of(2, 12) is None
    model.set_hits([])
    assert model.rowCount() == 0
