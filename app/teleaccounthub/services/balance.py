"""The wallet balance: fetched at start, on demand, after every checkout and periodically.

Without a key there is no balance (``current()`` is None and ``balance_changed(None)`` is
emitted). A 401 is reported to the session, which asks for a key once. The periodic refresh is a
supervised loop: a round that fails in an unforeseen way is logged, shown once, and the refresh
goes on, less often for a while.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, Balance, Unauthorized
from teleaccounthub.services.delays import clamp_delay
from teleaccounthub.services.session import Session
from teleaccounthub.services.supervisor import Backoff, Supervisor

log = logging.getLogger(__name__)

BALANCE_TASK = "balance"
BALANCE_LOOP = "balance:periodic"
DEFAULT_REFRESH_SECONDS = 60
MIN_REFRESH_SECONDS = 5
#: After failed rounds the refresh waits at least this long (never less than its interval).
FAILURE_BACKOFF = Backoff(first=30.0, factor=2.0, maximum=600.0)


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
        self._interval = float(DEFAULT_REFRESH_SECONDS)
        #: The periodic refresh (running while the window is on screen).
        self.periodic = Supervisor(
            session.tasks,
            BALANCE_LOOP,
            self._periodic_round,
            what="Refreshing the balance",
            backoff=lambda failures: max(self._interval, FAILURE_BACKOFF.delay(failures)),
            on_failure=self._periodic_failed,
        )
        session.key_changed.connect(self._key_changed)

    def current(self) -> Balance | None:
        return self._balance

    def refresh(self) -> None:
        """Fetch the balance now (a running fetch is replaced); nothing to fetch without a key."""
        self._start_fetch()

    def set_refresh_interval(self, seconds: int) -> None:
        self._interval = clamp_delay(seconds, minimum=MIN_REFRESH_SECONDS)
        if self.auto_refreshing() and not self.periodic.in_round():
            self.periodic.start(self._interval, restart=True)

    def refresh_interval(self) -> int:
        return round(self._interval)

    def auto_refreshing(self) -> bool:
        """True while the periodic refresh runs (the window is on screen)."""
        return self.periodic.running()

    def set_active(self, active: bool) -> None:
        """Refresh periodically while the window is visible."""
        if active and not self._session.closed:
            self.periodic.start(self._interval)
        else:
            self.periodic.stop()

    def _start_fetch(self, *, log_failure: bool = True) -> asyncio.Task[None] | None:
        if self._session.closed:
            return None
        if not self._session.has_key():
            self._session.tasks.cancel(BALANCE_TASK)
            self._set(None)
            return None
        task = self._session.tasks.start(BALANCE_TASK, self._fetch(), log_failure=log_failure)
        self.loading_changed.emit(True)
        task.add_done_callback(lambda _: self._fetch_done())
        return task

    async def _periodic_round(self) -> float:
        task = self._start_fetch(log_failure=False)
        if task is not None:
            await asyncio.wait([task])
            # Cancelled: a newer refresh replaced it, which is as good.
            error = None if task.cancelled() else task.exception()
            if error is not None:
                raise error
        return self._interval

    def _periodic_failed(self, error: Exception) -> None:
        self.failed.emit(
            ApiError(
                f"The balance could not be refreshed ({type(error).__name__}); "
                "it is tried again later."
            )
        )

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
