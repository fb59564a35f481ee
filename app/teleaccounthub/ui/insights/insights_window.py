"""The insights window: spent today / in 7 days / this month / in total, spending per day, the
balance over time and the top products, for the account in use; CSV export of the figures."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import exact_usd, is_whole_cents, usd
from teleaccounthub.services.insights import Insights
from teleaccounthub.ui.insights.charts import BalanceLineChart, SpendBarChart
from teleaccounthub.ui.insights.top_products_model import Column, TopProductsModel
from teleaccounthub.ui.widgets.retranslating import Retranslating

InsightsText = TrContext("InsightsText")


def no_key_text() -> str:
    return InsightsText.tr("Enter your API key to see what its account has spent.")


def account_text(label: str) -> str:
    return InsightsText.tr("Account: {account}").format(account=label)


def title_text(label: str | None) -> str:
    if not label:
        return InsightsText.tr("Insights — TeleAccountHub")
    return InsightsText.tr("Insights: {account} — TeleAccountHub").format(account=label)


# The figures shown, by the name of their ``Insights`` field.
FIGURES = ("today", "last_7_days", "this_month", "total")


def figure_caption(name: str) -> str:
    if name == "today":
        return InsightsText.tr("Spent today")
    if name == "last_7_days":
        return InsightsText.tr("Last 7 days")
    if name == "this_month":
        return InsightsText.tr("This month")
    return InsightsText.tr("In total")


def _heading() -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class InsightsWindow(Retranslating, QWidget):
    """Signals: ``export_requested()``, ``refresh_requested()``."""

    export_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("insightsWindow")
        self.resize(900, 680)
        self._insights: Insights | None = None
        self._account: str | None = None

        # Which account the figures are about: they are per account, and the switch is elsewhere.
        self.account_label = QLabel()
        self.account_label.setObjectName("insightsAccount")
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        account_font = QFont(self.account_label.font())
        account_font.setBold(True)
        account_font.setPointSizeF(account_font.pointSizeF() * 1.15)
        self.account_label.setFont(account_font)

        self.figure_values: dict[str, QLabel] = {}
        # Under each rounded figure: the exact amount, where rounding to cents hides some.
        self.figure_exact: dict[str, QLabel] = {}
        self.figure_captions: dict[str, QLabel] = {}
        figures = QGridLayout()
        for column, name in enumerate(FIGURES):
            card = QFrame()
            card.setObjectName(f"{name}Card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inside = QVBoxLayout(card)
            caption_label = QLabel()
            caption_label.setProperty("role", "muted")
            value = QLabel("—")
            value.setObjectName(f"{name}Value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(value.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.4)
            value.setFont(font)
            exact = QLabel()
            exact.setObjectName(f"{name}Exact")
            exact.setProperty("role", "muted")
            exact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inside.addWidget(caption_label)
            inside.addWidget(value)
            inside.addWidget(exact)
            figures.addWidget(card, 0, column)
            self.figure_values[name] = value
            self.figure_exact[name] = exact
            self.figure_captions[name] = caption_label

        self.spend_chart = SpendBarChart()
        self.balance_chart = BalanceLineChart()
        self.top_model = TopProductsModel(self)
        self.top_table = QTableView()
        self.top_table.setObjectName("topProducts")
        self.top_table.setModel(self.top_model)
        self.top_table.verticalHeader().hide()
        self.top_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.top_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.top_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.top_table.horizontalHeader()
        header.setSectionResizeMode(Column.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (Column.SPENT, Column.QUANTITY, Column.ORDERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.counted_label = QLabel()
        self.counted_label.setObjectName("insightsCounted")
        self.counted_label.setProperty("role", "muted")
        self.counted_label.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportInsightsButton")
        self.export_button.clicked.connect(self.export_requested)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshInsightsButton")
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counted_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)

        self.spend_heading = _heading()
        self.balance_heading = _heading()
        self.top_heading = _heading()
        charts = QGridLayout()
        charts.addWidget(self.spend_heading, 0, 0)
        charts.addWidget(self.balance_heading, 0, 1)
        charts.addWidget(self.spend_chart, 1, 0)
        charts.addWidget(self.balance_chart, 1, 1)
        charts.setRowStretch(1, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.account_label)
        layout.addLayout(figures)
        layout.addLayout(charts, 3)
        layout.addWidget(self.top_heading)
        layout.addWidget(self.top_table, 2)
        layout.addLayout(buttons)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("insightsPlaceholder")
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(title_text(self._account))
        self.setAccessibleName(InsightsText.tr("Insights"))
        self.account_label.setAccessibleName(InsightsText.tr("Account"))
        for name in FIGURES:
            caption = figure_caption(name)
            self.figure_captions[name].setText(caption)
            self.figure_values[name].setAccessibleName(caption)
            self.figure_exact[name].setAccessibleName(
                InsightsText.tr("{figure}, exact amount").format(figure=caption)
            )
        self.top_table.setAccessibleName(InsightsText.tr("Top products by spend"))
        self.counted_label.setAccessibleName(InsightsText.tr("What is counted"))
        self.export_button.setText(InsightsText.tr("Export CSV…"))
        self.refresh_button.setText(InsightsText.tr("Refresh"))
        self.spend_heading.setText(InsightsText.tr("Spending per day, last 30 days"))
        self.balance_heading.setText(InsightsText.tr("Balance over time"))
        self.top_heading.setText(InsightsText.tr("Top products by spend"))
        self.empty_label.setText(no_key_text())
        self.empty_label.setAccessibleName(InsightsText.tr("Insights status"))
        self.top_model.retranslate()
        if self._insights is not None:
            self.show_insights(self._insights, self._account)

    def insights(self) -> Insights | None:
        return self._insights

    def account(self) -> str | None:
        """The label of the account shown (None: no account)."""
        return self._account

    def set_account(self, label: str | None) -> None:
        """Say which account the figures are about (None: there is none)."""
        self._account = label
        self.account_label.setText(account_text(label) if label else "")
        self.setWindowTitle(title_text(label))

    def show_insights(self, insights: Insights | None, account: str | None = None) -> None:
        """Show ``insights`` of the account labelled ``account`` (None: there is no key, so no
        account to show)."""
        self._insights = insights
        self.set_account(account if insights is not None else None)
        if insights is None:
            self.stack.setCurrentIndex(0)
            self.top_model.set_products(())
            self.spend_chart.set_days(())
            self.balance_chart.set_points(())
            return
        self.stack.setCurrentIndex(1)
        for name in FIGURES:
            amount = getattr(insights, name)
            self.figure_values[name].setText(usd(amount))
            self.figure_exact[name].setText(
                ""
                if is_whole_cents(amount)
                else InsightsText.tr("exactly {amount}").format(amount=exact_usd(amount))
            )
        self.spend_chart.set_days(insights.days)
        self.balance_chart.set_points([(s.taken_at, s.balance_usd) for s in insights.balance])
        self.top_model.set_products(insights.top_products)
        # Two sentences, each whole: what is counted, and (if any) what is not.
        counted = InsightsText.tr("Counted: %Ln order(s) bought in this app.", "", insights.counted)
        if insights.not_counted:
            not_counted = InsightsText.tr(
                "Not counted: %Ln order(s) that failed, were cancelled or were placed elsewhere "
                "(their price is not known here).",
                "",
                insights.not_counted,
            )
            counted = f"{counted} {not_counted}"
        self.counted_label.setText(counted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.accept()
        self.hide()
