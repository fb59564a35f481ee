"""A refresh that repeats every N seconds while its view is on screen, and survives bad rounds.

The balance and the catalog refresh the same way: a supervised loop (``Supervisor``) whose
round starts the refresh's requests and waits for them; a round that fails is shown once and
the refresh goes on, less often for a while (never more often than its interval).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from teleaccounthub.services.delays import clamp_delay
from teleaccounthub.services.supervisor import Backoff, Supervisor
from teleaccounthub.services.tasks import TaskOwner

DEFAULT_REFRESH_SECONDS = 60
MIN_REFRESH_SECONDS = 5
# After failed rounds the refresh waits at least this long (never less than its interval).
FAILURE_BACKOFF = Backoff(first=30.0, factor=2.0, maximum=600.0)


class PeriodicRefresh:
    """``start_round()`` starts one refresh and returns its tasks; this runs it every
    ``interval()`` seconds while active. ``supervisor`` is the loop (``wake()`` runs it now)."""

    def __init__(
        self,
        tasks: TaskOwner,
        key: Hashable,
        start_round: Callable[[], Sequence[asyncio.Task[Any]]],
        *,
        what: str,
        on_failure: Callable[[Exception], None],
    ) -> None:
        self._interval = float(DEFAULT_REFRESH_SECONDS)
        self._start_round = start_round
        self.supervisor = Supervisor(
            tasks,
            key,
            self._round,
            what=what,
            backoff=lambda failures: max(self._interval, FAILURE_BACKOFF.delay(failures)),
            on_failure=on_failure,
        )

    def set_interval(self, seconds: float) -> None:
        self._interval = clamp_delay(seconds, minimum=MIN_REFRESH_SECONDS)
        if self.running() and not self.supervisor.in_round():
            self.supervisor.start(self._interval, restart=True)

    def interval(self) -> int:
        return round(self._interval)

    def running(self) -> bool:
        return self.supervisor.running()

    def set_active(self, active: bool) -> None:
        if active:
            self.supervisor.start(self._interval)
        else:
            self.supervisor.stop()

    async def _round(self) -> float:
        tasks = self._start_round()
        if tasks:
            await asyncio.wait(tasks)
        for task in tasks:
            # Cancelled: a newer request replaced it, which is as good.
            error = None if task.cancelled() else task.exception()
            if error is not None:
                raise error
        return self._interval


class RefreshesPeriodically:
    """The periodic-refresh face of a service (balance, catalog) that has a ``PeriodicRefresh``
    as ``_refresher``; ``_may_refresh()`` says whether refreshing is allowed at all now."""

    _refresher: PeriodicRefresh

    def _may_refresh(self) -> bool:
        return True

    def set_refresh_interval(self, seconds: int) -> None:
        self._refresher.set_interval(seconds)

    def refresh_interval(self) -> int:
        return self._refresher.interval()

    def auto_refreshing(self) -> bool:
        """True while the periodic refresh runs (its view is on screen)."""
        return self._refresher.running()

    def set_active(self, active: bool) -> None:
        """Refresh periodically while the view is on screen; stop while it is hidden."""
        self._refresher.set_active(active and self._may_refresh())
