"""The balance label says its threshold as every other amount is said: half-up to cents."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from teleaccounthub.api import Balance
from teleaccounthub.ui.account.balance_label import BalanceLabel


def test_the_low_balance_tooltip_rounds_the_threshold_half_up(qtbot: QtBot) -> None:
    label = BalanceLabel()
    qtbot.addWidget(label)
    label.set_threshold(Decimal("0.125"))  # half-even would say $0.12
    label.set_state(has_key=True, balance=Balance(Decimal("0.1"), "$0.10"))
    assert label.property("level") == "low"
    assert label.toolTip().startswith("Your balance is below $0.13:")
