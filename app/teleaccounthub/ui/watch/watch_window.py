"""The watch list window (View → Watch list and alerts): the alerts, and the watched products.

A window beside the main one (not modal), with two tabs. Alerts: newest first, "Buy…" on the
selected one. Watching: "Change…" and "Stop watching" on the selected one. The buttons only ask
(signals ``buy_requested(Alert)``, ``edit_requested(Watch)``, ``remove_requested(Watch)``); the
feature does the work.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import group_digits
from teleaccounthub.ui.watch.alert_model import AlertModel
from teleaccounthub.ui.watch.alert_model import Column as AlertColumn
from teleaccounthub.ui.watch.watch_model import Column as WatchColumn
from teleaccounthub.ui.watch.watch_model import WatchModel
from teleaccounthub.ui.widgets.retranslating import Retranslating

WatchText = TrContext("WatchText")

ALERTS_TAB = 0
WATCHING_TAB = 1


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
    table.verticalHeader().hide()
    table.horizontalHeader().setHighlightSections(False)
    return table


class WatchWindow(Retranslating, QDialog):
    buy_requested = Signal(object)
    edit_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(
        self, alerts: AlertModel, watches: WatchModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("watchWindow")
        self.setModal(False)
        self.resize(720, 380)
        self.alerts = alerts
        self.watches = watches

        self.alert_table = _table("alertTable")
        self.alert_table.setModel(alerts)
        header = self.alert_table.horizontalHeader()
        header.setSectionResizeMode(AlertColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for column in (AlertColumn.TIME, AlertColumn.CONDITION, AlertColumn.SEEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.alert_empty = QLabel()
        self.alert_empty.setObjectName("alertEmptyLabel")
        self.alert_empty.setWordWrap(True)
        self.alert_empty.setProperty("role", "muted")
        self.buy_button = QPushButton()
        self.buy_button.setObjectName("alertBuyButton")
        self.buy_button.clicked.connect(self._buy)
        self.alert_table.doubleClicked.connect(lambda _index: self._buy())

        self.watch_table = _table("watchTable")
        self.watch_table.setModel(watches)
        header = self.watch_table.horizontalHeader()
        header.setSectionResizeMode(WatchColumn.PRODUCT, QHeaderView.ResizeMode.Stretch)
        for watch_column in (WatchColumn.CONDITION, WatchColumn.QUANTITY, WatchColumn.NOW):
            header.setSectionResizeMode(watch_column, QHeaderView.ResizeMode.ResizeToContents)
        self.watch_empty = QLabel()
        self.watch_empty.setObjectName("watchEmptyLabel")
        self.watch_empty.setWordWrap(True)
        self.watch_empty.setProperty("role", "muted")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("watchEditButton")
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("watchRemoveButton")
        self.remove_button.clicked.connect(self._remove)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("watchTabs")
        self.tabs.addTab(self._page(self.alert_table, self.alert_empty, [self.buy_button]), "")
        self.tabs.addTab(
            self._page(self.watch_table, self.watch_empty, [self.edit_button, self.remove_button]),
            "",
        )
        self.close_button = QPushButton()
        self.close_button.setObjectName("watchCloseButton")
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        for model in (alerts, watches):
            model.modelReset.connect(self._update)
            model.rowsInserted.connect(self._update)
            model.rowsRemoved.connect(self._update)
        for table in (self.alert_table, self.watch_table):
            table.selectionModel().selectionChanged.connect(self._update)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(WatchText.tr("Watch list and alerts"))
        self.setWindowTitle(WatchText.tr("Watch list and alerts"))
        self.alert_table.setAccessibleName(WatchText.tr("Alerts"))
        self.alert_empty.setText(
            WatchText.tr(
                "No alerts yet. Watch a product (right-click it in the product list) and an "
                "alert appears here when it comes back in stock or gets cheaper."
            )
        )
        self.alert_empty.setAccessibleName(WatchText.tr("No alerts yet"))
        self.buy_button.setText(WatchText.tr("Buy…"))
        self.buy_button.setToolTip(
            WatchText.tr("Open the checkout for this product at today's price and stock")
        )
        self.watch_table.setAccessibleName(WatchText.tr("Watched products"))
        self.watch_empty.setText(
            WatchText.tr(
                "You are not watching any product. Right-click a product and choose “Watch…”."
            )
        )
        self.watch_empty.setAccessibleName(WatchText.tr("Nothing watched"))
        self.edit_button.setText(WatchText.tr("Change…"))
        self.remove_button.setText(WatchText.tr("Stop watching"))
        self.tabs.setAccessibleName(WatchText.tr("Alerts and watched products"))
        self.close_button.setText(WatchText.tr("Close"))
        self.alerts.retranslate()
        self.watches.retranslate()
        self._update()

    def show_alerts(self) -> None:
        """Bring the window forward on the Alerts tab, the newest alert selected."""
        self.tabs.setCurrentIndex(ALERTS_TAB)
        if self.alerts.rowCount():
            self.alert_table.selectionModel().setCurrentIndex(
                self.alerts.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._bring_forward()

    def show_watching(self) -> None:
        self.tabs.setCurrentIndex(WATCHING_TAB)
        self._bring_forward()

    def _bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    @staticmethod
    def _page(table: QTableView, empty: QLabel, buttons: list[QPushButton]) -> QWidget:
        page = QWidget()
        row = QHBoxLayout()
        row.addWidget(empty, 1)
        row.addStretch(0)  # the buttons stay right while the hint is hidden
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def _selected(self, table: QTableView) -> QModelIndex | None:
        rows = table.selectionModel().selectedRows()
        return rows[0] if rows else None

    def _buy(self) -> None:
        index = self._selected(self.alert_table)
        if index is not None:
            self.buy_requested.emit(self.alerts.alert(index.row()))

    def _edit(self) -> None:
        index = self._selected(self.watch_table)
        if index is not None:
            self.edit_requested.emit(self.watches.watch(index.row()))

    def _remove(self) -> None:
        index = self._selected(self.watch_table)
        if index is not None:
            self.remove_requested.emit(self.watches.watch(index.row()))

    def _update(self) -> None:
        alerts, watching = self.alerts.rowCount(), self.watches.rowCount()
        if alerts:
            alerts_tab = WatchText.tr("Alerts ({count})").format(count=group_digits(alerts))
        else:
            alerts_tab = WatchText.tr("Alerts")
        if watching:
            watching_tab = WatchText.tr("Watching ({count})").format(count=group_digits(watching))
        else:
            watching_tab = WatchText.tr("Watching", "a tab: the products watched")
        self.tabs.setTabText(ALERTS_TAB, alerts_tab)
        self.tabs.setTabText(WATCHING_TAB, watching_tab)
        self.alert_empty.setVisible(not alerts)
        self.watch_empty.setVisible(not watching)
        self.buy_button.setEnabled(self._selected(self.alert_table) is not None)
        has_watch = self._selected(self.watch_table) is not None
        self.edit_button.setEnabled(has_watch)
        self.remove_button.setEnabled(has_watch)
