"""The wallet balance: fetched at start, on demand, after every checkout and periodically.

Without a key there is no balance (``current()`` is None and ``balance_changed(None)`` is
emitted). A 401 is reported to the session, which asks for a key once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from teleaccounthub.api import ApiError, Balance, Unauthorized
from teleaccounthub.services.session import Session

log = logging.getLogger(__name__)

BALANCE_TASK = "balance"
DEFAULT_REFRESH_SECONDS = 60


class BalanceService(QObject):
    """Signals: ``balance_changed(Balance | None)``, ``loading_changed(bool)``,
    ``failed(ApiError)``."""

    balance_changed = Signal(object)
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._balance: Balance | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("balanceRefreshTimer")
        self._timer.timeout.connect(self.refresh)
        self.set_refresh_interval(DEFAULT_REFRESH_SECONDS)
        session.key_changed.connect(self._key_changed)

    def current(self) -> Balance | None:
        return self._balance

    def refresh(self) -> None:
        """Fetch the balance now (a running fetch is replaced); nothing to fetch without a key."""
        if self._session.closed:
            return
        if not self._session.has_key():
            self._session.tasks.cancel(BALANCE_TASK)
            self._set(None)
            return
        task = self._session.tasks.start(BALANCE_TASK, self._fetch())
        self.loading_changed.emit(True)
        task.add_done_callback(lambda _: self._fetch_done())

    def set_refresh_interval(self, seconds: int) -> None:
        self._timer.setInterval(max(5, seconds) * 1000)

    def refresh_interval(self) -> int:
        return self._timer.interval() // 1000

    def auto_refreshing(self) -> bool:
        """True while the periodic refresh runs (the window is on screen)."""
        return self._timer.isActive()

    def set_active(self, active: bool) -> None:
        """Refresh periodically while the window is visible."""
        if active and not self._session.closed:
            self._timer.start()
        else:
            self._timer.stop()

    async def _fetch(self) -> None:
        try:
            balance = await self._session.client().balance()
        except Unauthorized as error:
            self._set(None)
            self._session.report_unauthorized(error.message)
            self.failed.emit(error)
            return
        except ApiError as error:
            log.warning("Balance not refreshed: %r", error)
            self.failed.emit(error)
            return
        self._set(balance)

    def _fetch_done(self) -> None:
        if not self._session.tasks.running(BALANCE_TASK):
            self.loading_changed.emit(False)

    def _key_changed(self) -> None:
        self._set(None)
        self.refresh()

    def _set(self, balance: Balance | None) -> None:
        if balance == self._balance and balance is not None:
            return
        self._balance = balance
        self.balance_changed.emit(balance)
