"""The insights window on the whole app: it follows the account in use and its purchases."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.insights import DaySpend
from teleaccounthub.ui.insights.charts import BalanceLineChart, SpendBarChart
from teleaccounthub.ui.insights.feature import InsightsFeature
from teleaccounthub.ui.insights.insights_window import no_key_text
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.theme import DARK, LIGHT, palette_for
from tests.orders.conftest import posts, run
from tests.orders.test_orders_window import orders, ready_to_buy, settle


def insights_of(window: MainWindow) -> InsightsFeature:
    feature = window.findChild(InsightsFeature)
    assert feature is not None
    return feature


def has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


def test_the_view_menu_opens_the_insights_of_the_account_and_follows_its_purchases(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    feature = orders(window)
    insights = insights_of(window)
    action = window.action("insightsAction")
    view_menu = window.menuBar().findChild(QMenu, "viewMenu")
    assert view_menu is not None
    assert action in view_menu.actions()
    ready_to_buy(qtbot, window)
    action.trigger()
    view = insights.window
    assert view is not None
    assert view.isVisible()
    assert view.figure_values["total"].text() == "$0.00"

    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000):
        dialog.confirm()
    # The balance fetched after the purchase brings the new figures.
    qtbot.waitUntil(lambda: view.figure_values["today"].text() == "$0.72")
    settle(qtbot, window, feature)
    for name in ("today", "last_7_days", "this_month", "total"):
        assert view.figure_values[name].text() == "$0.72"
        assert view.figure_exact[name].text() == "exactly $0.7245"
    assert view.top_model.rowCount() == 1
    assert view.top_model.index(0, 0).data() == "Philippines +63"
    ModelTester(None).check(view.top_model)  # type: ignore[no-untyped-call]
    assert view.spend_chart.days()[-1].amount == Decimal("0.7245")
    amounts = [amount for _, amount in view.balance_chart.points()]
    assert amounts[-1] == sandbox.balance(sandbox.api_key)
    assert len(amounts) == 2  # before and after the purchase

    path = tmp_path / "insights.csv"
    assert insights.export_csv_to(path) == 4 + 30 + 1 + 2
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert ["spent", "total", "0.7245", "", "1"] in rows

    other = sandbox.add_key(Decimal("5"))
    run(qtbot, window.session.add_account("Other", other))
    qtbot.waitUntil(lambda: view.figure_values["total"].text() == "$0.00")
    assert view.figure_exact["total"].text() == ""
    assert view.top_model.rowCount() == 0
    for account in window.session.accounts():
        run(qtbot, window.session.remove_account(account.account_id))
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.empty_label)
    assert view.empty_label.text() == no_key_text()
    assert insights.export_csv_to(tmp_path / "none.csv") is None
    assert not (tmp_path / "none.csv").exists()
    assert posts(sandbox) == 1


def test_charts_follow_the_palette_and_resize(qtbot: QtBot) -> None:
    today = datetime(2026, 12, 1, tzinfo=UTC).date()
    bars = SpendBarChart()
    qtbot.addWidget(bars)
    bars.set_days(
        [
            DaySpend(today - timedelta(days=29 - n), Decimal(n % 4) * Decimal("1.25"))
            for n in range(30)
        ]
    )
    line = BalanceLineChart()
    qtbot.addWidget(line)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    line.set_points([(start + timedelta(days=n), Decimal(40 - n)) for n in range(10)])
    for colours in (LIGHT, DARK):
        for chart in (bars, line):
            chart.setPalette(palette_for(colours))
            for size in ((600, 220), (260, 150), (1200, 400)):
                chart.resize(*size)
                image = chart.grab().toImage()
                assert (image.width(), image.height()) == size
                assert has_colour(image, colours.accent), (chart, colours, size)


def test_a_bar_says_its_day_and_exact_amount(qtbot: QtBot) -> None:
    today = datetime(2026, 12, 1, tzinfo=UTC).date()
    bars = SpendBarChart()
    qtbot.addWidget(bars)
    days = [DaySpend(today - timedelta(days=29 - n), Decimal(n)) for n in range(30)]
    bars.set_days(days)
    bars.resize(620, 200)
    assert bars.day_at(bars.width() - 10) == days[-1]
    assert bars.day_at(2) is None
    assert bars.day_at(bars.width() / 2) in days[13:17]


def test_empty_charts_say_why_they_are_empty(qtbot: QtBot) -> None:
    bars = SpendBarChart()
    qtbot.addWidget(bars)
    bars.set_days([])
    bars.resize(400, 200)
    assert not has_colour(bars.grab().toImage(), LIGHT.accent)
    assert bars.empty_text() == "Nothing spent in the last 30 days."


def test_the_balance_scale_says_amounts_the_balance_really_had(qtbot: QtBot) -> None:
    line = BalanceLineChart()
    qtbot.addWidget(line)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    line.set_points([(start, Decimal("42.50")), (start + timedelta(hours=1), Decimal("38.6054"))])
    # Not the padded edges of the plot ($42.89 / $38.22 for these two).
    assert line.scale_labels() == ("$42.50", "$38.61")
    line.set_points([(start, Decimal("5")), (start + timedelta(days=1), Decimal("5.00"))])
    assert line.scale_labels() == ("$5.00",)
    line.setPalette(palette_for(LIGHT))
    line.resize(400, 200)
    assert has_colour(line.grab().toImage(), LIGHT.accent)
    line.set_points([])
    assert line.scale_labels() == ()
