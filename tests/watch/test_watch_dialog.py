"""The watch dialog takes what is shown and refuses in words what cannot be meant."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Product
from teleaccounthub.local.watches import Condition, ConditionKind, Watch
from teleaccounthub.ui.watch.watch_dialog import WatchDialog
from teleaccounthub.ui.watch.watch_input import judge_watch

PRICE, STOCK, BACK = (
    ConditionKind.PRICE_AT_MOST,
    ConditionKind.STOCK_AT_LEAST,
    ConditionKind.BACK_IN_STOCK,
)
SOLD_OUT = Product(56, "Philippines +63", 0, Decimal("0.7245"), "$0.72", "$0.72")


@pytest.mark.parametrize(
    ("kind", "threshold", "quantity", "problem"),
    [
        (PRICE, "", "", "Enter the price to wait for"),
        (PRICE, "-1", "", "cannot be negative"),
        (PRICE, "−0.5", "", "cannot be negative"),
        (PRICE, "abc", "", "is not a price"),
        (PRICE, "1e3", "", "is not a price"),
        (PRICE, "1.2.3", "", "is not a price"),
        (PRICE, "NaN", "", "is not a price"),
        (PRICE, "٣", "", "is not a price"),
        (PRICE, "99999999", "", "at most $1,000,000.00"),
        (PRICE, "1" * 40, "", "is not a price"),
        (STOCK, "", "", "Enter a stock (1 to 10,000,000)"),
        (STOCK, "0", "", "at least 1"),
        (STOCK, "-5", "", "at least 1"),
        (STOCK, "2.5", "", "is not a whole number"),
        (STOCK, "10000001", "", "at most 10,000,000"),
        (BACK, "", "0", "a quantity of at least 1"),
        (BACK, "", "-3", "a quantity of at least 1"),
        (BACK, "", "three", "is not a whole number"),
        (BACK, "", "100001", "at most 100,000"),
        (BACK, "", "9" * 30, "is not a whole number"),
    ],
)
def test_bad_input_is_refused_in_words(
    kind: ConditionKind, threshold: str, quantity: str, problem: str
) -> None:
    judged = judge_watch(kind, threshold, quantity)
    assert not judged.ok
    assert problem in judged.problem


@pytest.mark.parametrize(
    ("kind", "threshold", "quantity", "condition", "wanted"),
    [
        (BACK, "ignored", "", Condition.back_in_stock(), None),
        (PRICE, " $0.125 ", "2", Condition.price_at_most(Decimal("0.125")), 2),
        (PRICE, ".5", "", Condition.price_at_most(Decimal("0.5")), None),
        (PRICE, "0", "", Condition.price_at_most(Decimal("0")), None),
        (STOCK, "50", "+7", Condition.stock_at_least(50), 7),
    ],
)
def test_what_is_shown_is_what_is_used(
    kind: ConditionKind, threshold: str, quantity: str, condition: Condition, wanted: int | None
) -> None:
    judged = judge_watch(kind, threshold, quantity)
    assert judged.problem == ""
    assert (judged.condition, judged.quantity) == (condition, wanted)


def test_the_dialog_disables_watch_and_says_why_until_the_fields_are_usable(qtbot: QtBot) -> None:
    dialog = WatchDialog(SOLD_OUT.product_name, SOLD_OUT)
    qtbot.addWidget(dialog)
    chosen: list[tuple[object, object]] = []
    dialog.watch_chosen.connect(lambda condition, quantity: chosen.append((condition, quantity)))
    dialog.show()
    assert dialog.watch_button.isEnabled()  # back in stock needs nothing more
    assert not dialog.threshold_edit.isEnabled()

    dialog.condition_combo.setCurrentIndex(1)  # price at or below
    assert not dialog.watch_button.isEnabled()
    assert dialog.problem_label.text().startswith("Enter the price")
    qtbot.keyClicks(dialog.threshold_edit, "-0.50")
    assert "negative" in dialog.problem_label.text()
    qtbot.keyClick(dialog.threshold_edit, Qt.Key.Key_Return)  # Enter on a bad field: nothing
    assert chosen == []
    assert dialog.isVisible()

    dialog.threshold_edit.setText("0.70")
    qtbot.keyClicks(dialog.quantity_edit, "0")
    assert not dialog.watch_button.isEnabled()
    dialog.quantity_edit.setText("12")
    assert dialog.watch_button.isEnabled()
    assert not dialog.problem_label.isVisibleTo(dialog)
    qtbot.keyClick(dialog.quantity_edit, Qt.Key.Key_Return)  # Enter means Watch, not Cancel
    assert chosen == [(Condition.price_at_most(Decimal("0.70")), 12)]
    assert not dialog.isVisible()


def test_the_dialog_shows_an_existing_watch(qtbot: QtBot) -> None:
    watch = Watch(56, 1, "Philippines +63", Condition.stock_at_least(40), quantity=5)
    dialog = WatchDialog(watch.product_name, None, watch)
    qtbot.addWidget(dialog)
    assert dialog.kind() is STOCK
    assert dialog.threshold_edit.text() == "40"
    assert dialog.quantity_edit.text() == "5"
    assert dialog.judged().condition == watch.condition
