"""In Russian the store's amounts ("$0.72", "$315.56") read the Russian way ("0,72 $")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.store_money import amount_text, price_text
from teleaccounthub.ui.catalog.product_model import Column
from teleaccounthub.ui.language import Language, apply_language
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category, wait_for_categories


@pytest.mark.usefixtures("russian")
def test_prices_and_the_balance_follow_the_language(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    wait_for_categories(qtbot, window)
    open_category(qtbot, window, ASIA)
    model = window.products.model
    row = model.row_of(PHILIPPINES)
    assert row is not None
    assert model.index(row, Column.PRICE).data() == "0,72\xa0$"
    qtbot.waitUntil(lambda: window.balance_label.plain_text() == "315,56\xa0$")


@pytest.mark.usefixtures("russian")
def test_a_store_text_that_is_not_an_amount_is_shown_as_the_store_wrote_it() -> None:
    assert price_text("$1,234.50") == "1\xa0234,50\xa0$"
    assert price_text("ask the bot") == "ask the bot"
    # The store's words win where they say another amount than its number.
    assert amount_text("$9.99", Decimal("1.00")) == "$9.99"


@pytest.mark.usefixtures("language_restored")
def test_the_product_rows_follow_a_language_change(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    wait_for_categories(qtbot, window)
    open_category(qtbot, window, ASIA)
    model = window.products.model

    def price() -> object:
        row = model.row_of(PHILIPPINES)
        return None if row is None else model.index(row, Column.PRICE).data()

    assert price() == "$0.72"
    apply_language(Language.RUSSIAN)
    qtbot.waitUntil(lambda: price() == "0,72\xa0$")
    apply_language(Language.ENGLISH)
    qtbot.waitUntil(lambda: price() == "$0.72")


@pytest.mark.usefixtures("russian")
def test_a_russian_customer_may_type_a_price_with_a_decimal_comma() -> None:
    from teleaccounthub.local.watches import ConditionKind
    from teleaccounthub.ui.watch.watch_input import judge_watch

    judged = judge_watch(ConditionKind.PRICE_AT_MOST, "0,35", "")
    assert judged.problem == ""
    assert judged.condition is not None
    assert judged.condition.price == Decimal("0.35")
    assert judge_watch(ConditionKind.PRICE_AT_MOST, "0,35 $", "").condition is not None


def test_in_english_a_comma_is_not_a_decimal_point() -> None:
    from teleaccounthub.local.watches import ConditionKind
    from teleaccounthub.ui.watch.watch_input import judge_watch

    assert judge_watch(ConditionKind.PRICE_AT_MOST, "0,35", "").condition is None
