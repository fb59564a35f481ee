"""Browsing: categories and products load, filter, sort, favourites, stale answers, busy state."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.catalog import category_model
from teleaccounthub.ui.catalog.product_model import STAR_ON, Column
from teleaccounthub.ui.window_state import load_last_category
from tests.api.scripted_server import ScriptedServer, ok, product_json
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import (
    ASIA,
    EUROPE,
    PHILIPPINES,
    open_category,
    shown_names,
    shown_prices,
    shown_products,
    type_filter,
    wait_for_categories,
    wait_for_products,
)

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"


def products_path(category_id: int) -> str:
    return f"{CATEGORIES_PATH}/{category_id}/products"


def click_header(qtbot: QtBot, view: QAbstractItemView, column: int) -> None:
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_categories_load_in_api_order_with_stock(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    wait_for_categories(qtbot, window)

    model = window.categories.model
    rows = range(model.rowCount())
    shown = [model.index(row, 0).data(category_model.Role.CATEGORY) for row in rows]
    assert shown == list(window.catalog.categories().value.categories)  # type: ignore[union-attr]
    assert [c.category_name for c in shown][:2] == ["Asia", "Europe"]
    asia_stock = model.index(0, 1).data()
    assert asia_stock == f"{shown[0].total_stock:,}"  # grouped digits
    assert window.findChild(QAbstractItemView, "categoryTree") is window.categories.tree
    assert window.categories.tree.accessibleName() == "Categories"


def test_first_category_opens_and_products_show_name_dial_code_stock_and_price(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    wait_for_categories(qtbot, window)
    wait_for_products(qtbot, window, ASIA)  # nothing remembered yet: the first category opens

    model = window.products.model
    row = model.row_of(PHILIPPINES)
    assert row is not None
    cells = [model.index(row, column).data() for column in Column]
    assert cells == ["☆", "Philippines +63", "+63", "15,242", "$0.72"]
    right = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.index(row, Column.PRICE).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(row, Column.STOCK).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert window.products.title.text() == "Asia"


def test_filter_by_dial_code_and_by_name(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    everything = window.products.proxy.rowCount()

    type_filter(qtbot, window, "+63")
    names = shown_names(window)
    assert names
    assert all("+63" in name for name in names)
    assert "Philippines +63" in names
    assert len(names) < everything

    type_filter(qtbot, window, "PHIL")
    assert shown_names(window) == names  # case-insensitive, by name

    type_filter(qtbot, window, "no such country")
    assert window.products.proxy.rowCount() == 0
    assert window.products.stack.showing_empty()
    assert "no such country" in window.products.empty_label.text()

    window.products.filter_edit.clear()
    qtbot.waitUntil(lambda: window.products.proxy.rowCount() == everything)
    assert not window.products.stack.showing_empty()


def test_ctrl_f_focuses_the_filter(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    window.activateWindow()
    window.products.table.setFocus()
    window.find_action.trigger()
    qtbot.waitUntil(window.products.filter_edit.hasFocus)
    assert window.find_action.shortcut().toString() == "Ctrl+F"


def test_in_stock_toggle_hides_sold_out_products(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    assert any(p.total_stock == 0 for p in shown_products(window))

    window.products.in_stock_check.setChecked(True)
    shown = shown_products(window)
    assert shown
    assert all(p.total_stock > 0 for p in shown)
    assert window.in_stock_action.isChecked()


def test_price_sorts_by_decimal_value_in_both_directions(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    table = window.products.table

    click_header(qtbot, table, Column.PRICE)
    prices = shown_prices(window)
    assert prices == sorted(prices)
    assert window.products.model.sort_column() is Column.PRICE

    click_header(qtbot, table, Column.PRICE)
    prices = shown_prices(window)
    assert prices == sorted(prices, reverse=True)
    # The proxy never sorts by itself: the order is the source model's.
    assert window.products.proxy.sortColumn() == -1


def test_sort_and_filter_work_together(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    # A dial code: a letter would also find products by their country's other names (日本: japan).
    type_filter(qtbot, window, "+9")
    click_header(qtbot, window.products.table, Column.STOCK)
    stocks = [p.total_stock for p in shown_products(window)]
    assert stocks == sorted(stocks)
    assert len(stocks) > 3
    assert all("+9" in name for name in shown_names(window))


def test_favourites_sort_first_and_persist_across_a_restart(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    click_header(qtbot, window.products.table, Column.PRICE)
    assert shown_products(window)[0].product_id != PHILIPPINES

    window.products.favourite_clicked.emit(PHILIPPINES)  # what a click on the star does
    first = shown_products(window)[0]
    assert first.product_id == PHILIPPINES
    assert window.products.proxy.index(0, Column.STAR).data() == STAR_ON
    main_window_factory.close(window)

    again = main_window_factory(sandbox.url, None, tmp_path)
    wait_for_products(qtbot, again, ASIA)
    assert shown_products(again)[0].product_id == PHILIPPINES
    assert again.products.proxy.index(0, Column.STAR).data() == STAR_ON
    # The sort column came back too, and the rest is still sorted by price.
    assert again.products.model.sort_column() is Column.PRICE
    rest = shown_prices(again)[1:]
    assert rest == sorted(rest)


def test_clicking_a_star_pins_the_product(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    table = window.products.table
    last = window.products.proxy.rowCount() - 1
    table.scrollToBottom()
    target = shown_products(window)[last]
    rect = table.visualRect(window.products.proxy.index(last, Column.STAR))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: shown_products(window)[0] == target)
    account_id = window.session.active_account_id()
    assert target.product_id in window.settings.favourites(sandbox.url, account_id)


def test_selection_and_last_category_are_remembered(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, EUROPE)
    assert window.selected_category_id() == EUROPE
    main_window_factory.close(window)
    assert load_last_category(window.settings, sandbox.url) == EUROPE

    again = main_window_factory(sandbox.url, None, tmp_path)
    wait_for_products(qtbot, again, EUROPE)
    assert again.selected_category_id() == EUROPE


def test_a_stale_category_answer_never_overwrites_the_newer_selection(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    delay = 0.8
    sandbox.faults.latency(delay, path=products_path(EUROPE), times=1)
    shown: list[int] = []
    window.catalog.products_changed.connect(lambda s: shown.append(s.value.category_id))

    window.categories.select(EUROPE)  # slow
    qtbot.waitUntil(lambda: any(r.path == products_path(EUROPE) for r in sandbox.requests))
    started = time.monotonic()
    window.categories.select(ASIA)  # newer, fast
    wait_for_products(qtbot, window, ASIA)

    # Give the slow answer every chance to arrive (its delay, plus margin), then look again.
    qtbot.waitUntil(lambda: time.monotonic() - started > delay + 0.5, timeout=5_000)
    assert EUROPE not in shown  # cached Asia, then live Asia: never Europe
    assert shown[-1] == ASIA
    assert window.catalog.products().value.category_id == ASIA  # type: ignore[union-attr]
    assert window.products.title.text() == "Asia"
    assert window.selected_category_id() == ASIA
    assert "Philippines +63" in shown_names(window)


def test_busy_indicator_shows_while_loading_and_window_paints_before_any_answer(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.faults.latency(0.6, path=CATEGORIES_PATH, times=1)
    window = main_window_factory(sandbox.url, None, tmp_path)
    # Shown, and saying so, while the store has not answered yet.
    assert window.isVisible()
    qtbot.waitUntil(window.busy.isVisible)
    assert window.categories.category_count() == 0
    assert window.categories.stack.currentWidget() is window.categories.placeholder
    assert "Loading" in window.categories.placeholder.text()
    assert window.products.empty_label.text()  # an empty state, not a blank table

    wait_for_products(qtbot, window, ASIA)
    qtbot.waitUntil(lambda: not window.busy.isVisible())


def test_f5_refreshes_stock_counts(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    sandbox.set_stock(PHILIPPINES, 7)
    assert window.refresh_action.shortcut().toString() == "F5"
    window.refresh_action.trigger()
    model = window.products.model

    def updated() -> bool:
        row = model.row_of(PHILIPPINES)
        return row is not None and model.index(row, Column.STOCK).data() == "7"

    qtbot.waitUntil(updated)
    assert window.selected_category_id() == ASIA


# ---- unreadable items are left out, and said so


@pytest.fixture
def unreadable_store() -> Iterator[ScriptedServer]:
    """A store whose answers hold some items that cannot be read."""
    with ScriptedServer() as server:
        categories = [
            {"category_id": 1, "category_name": "Asia", "total_stock": 9},
            {"category_id": 2, "category_name": None, "total_stock": 1},
            {"category_id": 3, "category_name": "Europe", "total_stock": 3},
        ]
        server.script(CATEGORIES_PATH, ok(has_purchasable_products=True, categories=categories))
        products = [
            product_json(1),
            product_json(2, retail_price_usd=None),
            product_json(3),
            {"product_id": 4},
        ]
        server.script(products_path(1), ok(category_id=1, products=products))
        server.script(products_path(3), ok(category_id=3, products=[product_json(5)]))
        yield server


@pytest.mark.expected_log(r"^1 of 3 categories could not be read")
@pytest.mark.expected_log(r"^2 of 4 products could not be read")
def test_unreadable_products_and_categories_are_left_out_and_counted(
    main_window_factory: MainWindowFactory,
    unreadable_store: ScriptedServer,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    window = main_window_factory(unreadable_store.url, None, tmp_path)
    wait_for_products(qtbot, window, ASIA)
    panel = window.products
    assert [p.product_id for p in shown_products(window)] == [1, 3]
    assert panel.count_label.text() == "2 products"
    assert panel.skipped_label.isVisible()
    assert panel.skipped_label.text() == "2 products could not be read"
    assert window.findChild(QLabel, "productSkipped") is panel.skipped_label
    skipped_categories = window.categories.skipped_label
    assert window.categories.category_count() == 2
    assert skipped_categories.isVisible()
    assert skipped_categories.text() == "1 of the categories could not be read"

    assert window.categories.select(3)
    wait_for_products(qtbot, window, 3)
    assert panel.count_label.text() == "1 product"
    assert not panel.skipped_label.isVisible()  # a clean category says nothing
