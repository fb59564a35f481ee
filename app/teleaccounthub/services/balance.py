"""The wallet balance: fetched at start, on demand, after every checkout and periodically.

Without a key there is no balance (``current()`` is None and ``balance_changed(None)`` is
emitted). A 401 is reported to the session, which asks for a key once. The periodic refresh is a
supervised loop: a round that fails in an unforeseen way is logged, shown once, and the refresh
goes on, less often for a while.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, Balance, Unauthorized
from teleaccounthub.local import AccountRef
from teleaccounthub.services.account_list import SessionText
from teleaccounthub.services.periodic import PeriodicRefresh, RefreshesPeriodically
from teleaccounthub.services.session import Session

log = logging.getLogger(__name__)

BALANCE_TASK = "balance"
BALANCE_LOOP = "balance:periodic"


class BalanceService(RefreshesPeriodically, QObject):
    """Signals: ``balance_changed(Balance | None)``, ``loading_changed(bool)``,
    ``failed(ApiError)``."""

    balance_changed = Signal(object)
    loading_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._balance: Balance | None = None
        self._refresher = PeriodicRefresh(
            session.tasks,
            BALANCE_LOOP,
            self._periodic_round,
            what="Refreshing the balance",
            on_failure=self._periodic_failed,
        )
        # The periodic refresh's loop (running while the window is on screen).
        self.periodic = self._refresher.supervisor
        session.key_changed.connect(self._key_changed)

    def current(self) -> Balance | None:
        return self._balance

    def refresh(self) -> None:
        """Fetch the balance now (a running fetch is replaced); nothing to fetch without a key."""
        self._start_fetch()

    def _may_refresh(self) -> bool:
        return not self._session.closed

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

    def _periodic_round(self) -> list[asyncio.Task[None]]:
        task = self._start_fetch(log_failure=False)
        return [] if task is None else [task]

    def _periodic_failed(self, error: Exception) -> None:
        self.failed.emit(
            ApiError(
                SessionText.tr(
                    "The balance could not be refreshed ({reason}); it is tried again later."
                ).format(reason=type(error).__name__)
            )
        )

    async def _fetch(self) -> None:
        account = self._session.account()  # whose balance this is, whatever happens meanwhile
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
        self._keep_snapshot(account, balance)
        self._set(balance)

    def _keep_snapshot(self, account: AccountRef | None, balance: Balance) -> None:
        """The insights' balance line: every fetched balance goes to the order book."""
        if account is None:
            return
        try:
            self._session.order_book.balances.record(account, balance.balance_usd)
        except sqlite3.Error as error:
            log.warning("The balance snapshot was not kept: %r", error)

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
