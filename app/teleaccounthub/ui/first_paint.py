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
from PySide6.QtWidgets import QAbstractItemView, QWidget

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


class OnFirstPaint(QObject):
    """Calls ``then`` once, right after ``widget`` painted while ``ready()`` held — or after
    ``fallback_ms`` if given (a window started minimised never paints).

    A plain zero-delay timer set before ``show()`` may fire before Qt paints, and whatever it
    runs would then delay the first paint.
    """

    def __init__(
        self,
        widget: QWidget,
        then: Callable[[], None],
        *,
        ready: Callable[[], bool] = lambda: True,
        fallback_ms: int | None = None,
    ) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._ready = ready
        self._done = False
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The event type first: while the widget is being destroyed it gets other events, and
        # it must not be touched then.
        if event.type() == QEvent.Type.Paint and not self._done and self._ready():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once this paint is on screen
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._then()


def on_first_rows_painted(view: QAbstractItemView, then: Callable[[], None]) -> OnFirstPaint:
    """``then`` once ``view`` painted while its model had rows."""

    def has_rows() -> bool:
        model = view.model()
        return model is not None and model.rowCount() > 0

    return OnFirstPaint(view.viewport(), then, ready=has_rows)


def report_ready_and(close: Callable[[], object]) -> Callable[[], None]:
    def ready() -> None:
        print(f"READY {seconds_since_process_start():.3f}", file=sys.stdout, flush=True)
        close()

    return ready
