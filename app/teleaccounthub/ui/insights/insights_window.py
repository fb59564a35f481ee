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

from teleaccounthub.services.formatting import count_text, exact_usd, is_whole_cents, usd
from teleaccounthub.services.insights import Insights
from teleaccounthub.ui.insights.charts import BalanceLineChart, SpendBarChart
from teleaccounthub.ui.insights.top_products_model import Column, TopProductsModel

NO_KEY = "Enter your API key to see what its account has spent."
TITLE = "Insights — TeleAccountHub"


def account_text(label: str) -> str:
    return f"Account: {label}"


def title_text(label: str | None) -> str:
    return TITLE if not label else f"Insights: {label} — TeleAccountHub"


FIGURES = (
    ("today", "Spent today"),
    ("last_7_days", "Last 7 days"),
    ("this_month", "This month"),
    ("total", "In total"),
)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class InsightsWindow(QWidget):
    """Signals: ``export_requested()``, ``refresh_requested()``."""

    export_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("insightsWindow")
        self.setWindowTitle(TITLE)
        self.setAccessibleName("Insights")
        self.resize(900, 680)
        self._insights: Insights | None = None
        self._account: str | None = None

        # Which account the figures are about: they are per account, and the switch is elsewhere.
        self.account_label = QLabel()
        self.account_label.setObjectName("insightsAccount")
        self.account_label.setAccessibleName("Account")
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        account_font = QFont(self.account_label.font())
        account_font.setBold(True)
        account_font.setPointSizeF(account_font.pointSizeF() * 1.15)
        self.account_label.setFont(account_font)

        self.figure_values: dict[str, QLabel] = {}
        # Under each rounded figure: the exact amount, where rounding to cents hides some.
        self.figure_exact: dict[str, QLabel] = {}
        figures = QGridLayout()
        for column, (name, caption) in enumerate(FIGURES):
            card = QFrame()
            card.setObjectName(f"{name}Card")
            card.setFrameShape(QFrame.Shape.StyledPanel)
            inside = QVBoxLayout(card)
            caption_label = QLabel(caption)
            caption_label.setProperty("role", "muted")
            value = QLabel("—")
            value.setObjectName(f"{name}Value")
            value.setAccessibleName(caption)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = QFont(value.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.4)
            value.setFont(font)
            exact = QLabel()
            exact.setObjectName(f"{name}Exact")
            exact.setAccessibleName(f"{caption}, exact amount")
            exact.setProperty("role", "muted")
            exact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inside.addWidget(caption_label)
            inside.addWidget(value)
            inside.addWidget(exact)
            figures.addWidget(card, 0, column)
            self.figure_values[name] = value
            self.figure_exact[name] = exact

        self.spend_chart = SpendBarChart()
        self.balance_chart = BalanceLineChart()
        self.top_model = TopProductsModel(self)
        self.top_table = QTableView()
        self.top_table.setObjectName("topProducts")
        self.top_table.setAccessibleName("Top products by spend")
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
        self.counted_label.setAccessibleName("What is counted")
        self.counted_label.setProperty("role", "muted")
        self.counted_label.setWordWrap(True)
        self.export_button = QPushButton("Export CSV…")
        self.export_button.setObjectName("exportInsightsButton")
        self.export_button.clicked.connect(self.export_requested)
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setObjectName("refreshInsightsButton")
        self.refresh_button.clicked.connect(self.refresh_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counted_label, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)

        charts = QGridLayout()
        charts.addWidget(_heading("Spending per day, last 30 days"), 0, 0)
        charts.addWidget(_heading("Balance over time"), 0, 1)
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
        layout.addWidget(_heading("Top products by spend"))
        layout.addWidget(self.top_table, 2)
        layout.addLayout(buttons)

        self.empty_label = QLabel(NO_KEY)
        self.empty_label.setObjectName("insightsPlaceholder")
        self.empty_label.setAccessibleName("Insights status")
        self.empty_label.setProperty("role", "empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

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
        for name, _ in FIGURES:
            amount = getattr(insights, name)
            self.figure_values[name].setText(usd(amount))
            self.figure_exact[name].setText(
                "" if is_whole_cents(amount) else f"exactly {exact_usd(amount)}"
            )
        self.spend_chart.set_days(insights.days)
        self.balance_chart.set_points([(s.taken_at, s.balance_usd) for s in insights.balance])
        self.top_model.set_products(insights.top_products)
        counted = f"Counted: {count_text(insights.counted, 'order')} bought in this app."
        if insights.not_counted:
            counted += (
                f" Not counted: {count_text(insights.not_counted, 'order')} that failed, were "
                "cancelled or were placed elsewhere (their price is not known here)."
            )
        self.counted_label.setText(counted)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        event.accept()
        self.hide()
