"""The start-up and memory baseline: a bare PySide6 window that shows a label.

    python tests/benchmarks/bare_window.py          # prints READY <s> at the first paint, exits
    python tests/benchmarks/bare_window.py --stay   # keeps the window open (idle CPU, memory)

It follows the app's benchmark contract (``READY <seconds since process start>`` on stdout once
something is on screen) and imports nothing but PySide6, so the app's start-up can be compared
with the least a Qt window costs.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel


def seconds_since_process_start() -> float:
    """From the kernel's start time of this process (Linux); since this line elsewhere."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            now = float(uptime.read().split()[0])
        return now - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


class Label(QLabel):
    def __init__(self, text: str, stay: bool) -> None:
        super().__init__(text)
        self._stay = stay
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._painted:
            return
        self._painted = True
        print(f"READY {seconds_since_process_start():.3f}", flush=True)
        if not self._stay:
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    label = Label("TeleAccountHub", stay="--stay" in sys.argv)
    label.resize(1180, 760)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
