"""What the window says while it waits or after a failure is true: never "no products" before
the rows arrive, never "pick a category" before there are any, the right cause of a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.catalog.product_panel import loading_products, not_loaded, pick_a_category
from teleaccounthub.ui.main_window import offline_buy_text
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import (
    ASIA,
    BULK,
    PHILIPPINES,
    open_category,
    type_filter,
    wait_for_categories,
    wait_for_products,
)

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"
PRODUCTS_PATH = "/api/v1/catalog/securetd/categories/*/products"


def test_categories_loading_is_not_pick_a_category(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.faults.latency(0.5, path=CATEGORIES_PATH, times=1)
    window = main_window_factory(sandbox.url, None, tmp_path)
    assert window.products.empty_label.text() == "Loading categories…"
    assert window.products.stack.showing_empty()
    wait_for_categories(qtbot, window)
    assert window.products.empty_label.text() != "Loading categories…"
    window.products.show_category(None)
    assert window.products.empty_label.text() == pick_a_category()


def test_a_category_never_says_it_is_empty_before_its_rows_arrive(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    seen: list[tuple[str, str]] = []
    panel = window.products

    def record() -> None:
        if panel.stack.showing_empty():
            seen.append((panel.empty_label.text(), panel.count_label.text()))

    for signal in (panel.proxy.modelReset, panel.proxy.layoutChanged):
        signal.connect(record)
    window.catalog.loading_changed.connect(lambda _loading: record())
    sandbox.faults.latency(0.3, path=PRODUCTS_PATH, times=1)
    assert window.categories.select(BULK)
    record()
    wait_for_products(qtbot, window, BULK)
    assert seen
    assert all(text == loading_products() and count == "" for text, count in seen), seen
    assert panel.count_label.text().endswith("products")


@pytest.mark.expected_log(r"^Products of category 97 not refreshed: ServerError")
def test_products_that_did_not_load_are_not_called_none(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    sandbox.faults.status(500, path=PRODUCTS_PATH, times=1)
    assert window.categories.select(BULK)
    qtbot.waitUntil(lambda: window.products.empty_label.text() == not_loaded())
    assert window.products.count_label.text() == ""
    text = window.banner.label.text()
    assert "the store had a problem on its side" in text
    assert "unreachable" not in text


@pytest.mark.expected_log(r"^Categories not refreshed: UnexpectedResponse")
def test_an_unreadable_answer_is_said_in_words(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.faults.malformed_json(path=CATEGORIES_PATH)
    window = main_window_factory(sandbox.url, None, tmp_path)
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    text = window.banner.label.text()
    assert "The store sent an answer the app cannot read" in text
    assert "JSON" not in text
    assert "application/json" not in text


def test_no_match_mentions_in_stock_only_only_when_it_hides_matches(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    window.products.in_stock_check.setChecked(True)
    type_filter(qtbot, window, "49")
    assert window.products.proxy.rowCount() == 0
    assert window.products.empty_label.text().startswith("No product matches “49”.")
    assert "In stock only" not in window.products.empty_label.text()
    out_of_stock = [
        window.products.model.product(row)
        for row in range(window.products.model.rowCount())
        if window.products.model.product(row).total_stock < 1
    ]
    assert out_of_stock
    type_filter(qtbot, window, out_of_stock[0].product_name)
    assert window.products.proxy.rowCount() == 0
    assert "turn off “In stock only”" in window.products.empty_label.text()


@pytest.mark.expected_log(r"^Categories not refreshed: TransportError")
@pytest.mark.expected_log(r"^Products of category 1 not refreshed: TransportError")
@pytest.mark.expected_log(r"^Balance not refreshed: TransportError")
def test_offline_the_balance_is_marked_old_and_buy_waits(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    qtbot.waitUntil(window.buy_action.isEnabled)
    qtbot.waitUntil(lambda: window.balance.current() is not None)
    assert not window.balance_age.isVisibleTo(window)
    sandbox.stop()

    with qtbot.waitSignal(window.balance.failed, timeout=5000):
        window.refresh_action.trigger()
    qtbot.waitUntil(lambda: not window.catalog.is_loading())
    assert not window.buy_action.isEnabled()
    assert window.buy_refusal(window.selected_product()) == offline_buy_text()
    assert window.buy_action.toolTip() == offline_buy_text()
    assert window.balance.current() is not None  # the last one is still shown ...
    assert window.balance_age.isVisibleTo(window)  # ... and marked as old
    assert window.balance_age.text() == "from just now"
    assert "unreachable" in window.balance_age.toolTip()
