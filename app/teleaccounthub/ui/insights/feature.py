"""Plugging the insights into a window: a View-menu action opens them in a window of their own.

``install_insights(host, services)`` is the one call start-up makes. The figures are computed
from the order book when the window opens, when the key changes (another account), and when the
balance is fetched again (after each checkout, and periodically), so they follow new orders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from teleaccounthub.i18n import TrContext
from teleaccounthub.local import AccountRef, utc
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.insights import (
    CHART_DAYS,
    Insights,
    export_insights_csv,
    spend_insights,
)
from teleaccounthub.ui.host import ACCOUNT_SHORTCUTS, WindowHost, switch_action_name
from teleaccounthub.ui.insights.insights_window import InsightsWindow
from teleaccounthub.ui.widgets.save_dialogs import open_csv_export_dialog

log = logging.getLogger(__name__)
InsightsText = TrContext("InsightsText")

# The window's action that opens the insights (a row of ``ui/actions.py``).
INSIGHTS_ACTION = "insightsAction"
STATUS_MS = 15_000


class InsightsFeature(QObject):
    """Test hooks: ``open()``, ``reload()``, ``export_csv_to(path)``; ``window`` once opened."""

    def __init__(
        self,
        host: WindowHost,
        services: AppServices,
        *,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = utc.utc_now,
    ) -> None:
        super().__init__(host.window())
        self.host = host
        self.session = services.session
        self._tz = tz
        self._clock = clock
        self.window: InsightsWindow | None = None
        self._shown: AccountRef | None = None  # whose figures the window holds
        self.action = host.action(INSIGHTS_ACTION)
        self.action.triggered.connect(self.open)
        self.session.key_changed.connect(self._follow)
        self.session.accounts_changed.connect(self._label_changed)
        services.balance.balance_changed.connect(lambda _balance: self._follow())
        host.closed.connect(self._window_closed)

    def open(self) -> InsightsWindow:
        if self.window is None:
            self.window = InsightsWindow(self.host.window())
            self.window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.window.export_requested.connect(self.export_csv)
            self.window.refresh_requested.connect(self.reload)
            # Ctrl+1 … Ctrl+9 switch the account here too: the figures are per account.
            for number in range(1, ACCOUNT_SHORTCUTS + 1):
                try:
                    self.window.addAction(self.host.action(switch_action_name(number)))
                except KeyError:  # a window without accounts to switch (a test's fake one)
                    break
        self.reload()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def compute(self) -> Insights | None:
        """The figures of the account in use now (None without a key)."""
        account = self.session.account()
        if account is None:
            return None
        now = self._clock()
        book = self.session.order_book
        snapshots = book.balances.since(account, now - timedelta(days=CHART_DAYS))
        return spend_insights(book.orders(account), snapshots, now=now, tz=self._tz)

    def reload(self) -> None:
        if self.window is None:
            return
        account = self.session.account()
        try:
            insights = self.compute()
        except Exception:
            log.exception("The insights could not be computed")
            self.host.show_status(
                InsightsText.tr("The insights could not be read from the order book."), STATUS_MS
            )
            return
        self._shown = account if insights is not None else None
        self.window.show_insights(insights, self._account_label())

    def export_csv(self) -> QFileDialog | None:
        if self.window is None:
            return None
        return open_csv_export_dialog(
            self.window,
            title=InsightsText.tr("Export insights as CSV"),
            object_name="exportInsightsDialog",
            stem="teleaccounthub-insights",
            folder=self.session.settings.last_save_folder,
            chosen=self.export_csv_to,
        )

    def export_csv_to(self, path: Path) -> int | None:
        insights = self.compute()
        if insights is None:
            self.host.show_status(
                InsightsText.tr("Enter your API key to export its insights."), STATUS_MS
            )
            return None
        try:
            rows = export_insights_csv(insights, path)
        except OSError as error:
            self.host.show_status(
                InsightsText.tr("The insights could not be exported: {error}").format(error=error),
                STATUS_MS,
            )
            return None
        self.host.show_status(
            InsightsText.tr("Exported %Ln row(s) to {path}.", "", rows).format(path=path),
            STATUS_MS,
        )
        return rows

    def _follow(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.reload()

    def _account_label(self) -> str | None:
        active = self.session.active_account()
        return active.label if active is not None else None

    def _label_changed(self) -> None:
        """An account renamed: the window says its new label (a switch also reloads)."""
        account = self.session.account()
        if self.window is not None and self._shown is not None and self._shown == account:
            self.window.set_account(self._account_label())

    def _window_closed(self) -> None:
        if self.window is not None:
            self.window.close()


def install_insights(
    host: WindowHost, services: AppServices, *, tz: tzinfo | None = None
) -> InsightsFeature:
    """Plug the insights into ``host`` (once); ``tz`` sets the day boundaries (default: the
    computer's time zone)."""
    return InsightsFeature(host, services, tz=tz)
