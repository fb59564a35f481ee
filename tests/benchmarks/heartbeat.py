"""A 5 ms heartbeat on the GUI thread: how long the event loop was unable to run it.

Each beat stamps ``perf_counter()``. A gap is the time between two beats that fall in a window
(the window's edges count as beats, so a stall at either end is not missed). A free loop shows
gaps of about the interval; a loop blocked for 80 ms shows an 80 ms gap.

On a loaded machine a gap also holds the time the process waited for a core. Each beat stamps the
GUI thread's CPU time too: the longest *busy* stretch (CPU time between two beats) is what the
app itself held the thread for, whatever the load.
"""

from __future__ import annotations

import itertools
import math
import time
from array import array
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QTimer

INTERVAL_MS = 5


@dataclass(frozen=True, slots=True)
class GapStats:
    longest_ms: float
    p99_ms: float
    beats: int
    #: The most CPU time the thread used between two beats (0 when not stamped).
    longest_busy_ms: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "longest_ms": self.longest_ms,
            "p99_ms": self.p99_ms,
            "beats": self.beats,
            "longest_busy_ms": self.longest_busy_ms,
        }


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (``share`` in 0..1) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def gap_stats(stamps: list[float], start: float, end: float) -> GapStats:
    """Gaps between the beats in [start, end], the window's edges included."""
    inside = [start, *(t for t in stamps if start < t < end), end]
    gaps = [(b - a) * 1000.0 for a, b in itertools.pairwise(inside)]
    return GapStats(max(gaps), percentile(gaps, 0.99), len(inside) - 2)


def longest_busy_ms(stamps: list[float], cpu: list[float], start: float, end: float) -> float:
    """The most thread CPU time between two consecutive beats in [start, end]."""
    inside = [c for t, c in zip(stamps, cpu, strict=True) if start <= t <= end]
    return max((b - a for a, b in itertools.pairwise(inside)), default=0.0) * 1000.0


class Heartbeat(QObject):
    """Beats every ``INTERVAL_MS`` from ``start()`` to ``stop()``; ``stats(start, end)``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stamps = array("d")
        self._cpu = array("d")
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _beat(self) -> None:
        self._stamps.append(time.perf_counter())
        self._cpu.append(time.thread_time())

    def stats(self, start: float, end: float) -> GapStats:
        stamps = list(self._stamps)
        busy = longest_busy_ms(stamps, list(self._cpu), start, end)
        return replace(gap_stats(stamps, start, end), longest_busy_ms=busy)
