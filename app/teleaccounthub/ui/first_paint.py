"""Knowing when the first category list is on screen (for start-up measurements).

``TELEACCOUNTHUB_BENCH_EXIT_WHEN_READY=1`` makes start-up print ``READY <seconds since process
start>`` once the category tree has painted rows, then close the window the orderly way. The
benchmarks (tests/benchmarks) time start-up from outside with it; it changes nothing else.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

READY_ENV = "TELEACCOUNTHUB_BENCH_EXIT_WHEN_READY"


def ready_probe_requested() -> bool:
    return os.environ.get(READY_ENV) == "1"


def seconds_since_process_start() -> float:
    """From the kernel's start time of this process (Linux); CPU time elsewhere."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            now = float(uptime.read().split()[0])
        return now - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


class FirstRowsPainted(QObject):
    """Calls ``then`` once, after ``view`` painted while its model had rows."""

    def __init__(self, view: QAbstractItemView, then: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._then = then
        self._done = False
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The event type first: while the view is being destroyed it gets other events, and it
        # must not be touched then.
        if event.type() != QEvent.Type.Paint or self._done:
            return False
        model = self._view.model()
        if model is not None and model.rowCount() > 0:
            self._done = True
            watched.removeEventFilter(self)
            # After this paint has finished: the rows are on screen.
            QTimer.singleShot(0, self._then)
        return False


def report_ready_and(close: Callable[[], object]) -> Callable[[], None]:
    def ready() -> None:
        print(f"READY {seconds_since_process_start():.3f}", file=sys.stdout, flush=True)
        close()

    return ready
