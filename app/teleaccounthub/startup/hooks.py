"""What both halves of start-up use: the error hooks, the GIL's switch interval, the collector.

Light on purpose (no asyncio, no services): ``launch`` installs these before the window paints.
"""

from __future__ import annotations

import gc
import linecache
import logging
import os
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QtMsgType

from teleaccounthub.api.redaction import redact
from teleaccounthub.ui.application import ErrorBox

log = logging.getLogger(__name__)

# How long a thread may hold the GIL while another waits for it (Python's default is 5 ms).
GIL_SWITCH_INTERVAL = 0.001


def share_the_interpreter_with_the_gui() -> None:
    """Hand the GIL over every millisecond instead of every five.

    Workers decode, build and sort big categories in pure Python while the GUI thread paints;
    with two such workers busy, the GUI thread waited its turn behind both, for 45 ms and more
    at the default interval. Measured with the 300,000-product benchmark: half as many stalls.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL)


def skip_httpx_command_line() -> None:
    """Keep httpx from importing its command-line client, which the app never runs.

    ``import httpx`` tries ``httpx._main`` and, when click and rich are importable (the developer
    tools bring them, and pygments), loads all three: 0.3 to 0.6 s of start-up and about 12 MiB
    held for nothing. A ``None`` in ``sys.modules`` makes that import fail at once, and httpx
    falls back to the small stub it has for installs without them.
    """
    if "httpx._main" not in sys.modules:
        sys.modules["httpx._main"] = None  # type: ignore[assignment]


def settle_garbage_collector() -> None:
    """Collect once, then take everything start-up created out of the collector's sight.

    A full collection walks every tracked object: with Qt's bindings loaded that is a hundred
    thousand objects and tens of milliseconds on the GUI thread, at a moment nobody chooses
    (e.g. in the middle of decoding a large category). Frozen objects are never walked again, so
    later collections only look at what the session itself created.

    First the source lines that PySide6 read: its ``__feature__`` check calls
    ``inspect.getsource`` on every module imported after it, so ``linecache`` held the source
    text of some 200 modules (3 MB of text, several MiB of memory) that nothing reads again. A
    traceback, if one is ever formatted, reads the lines it needs anew.
    """
    linecache.clearcache()
    gc.collect()
    gc.freeze()


def display_available() -> bool:
    """Can a QApplication show windows here? (Creating one without a display aborts the
    process, so this is asked first.) An offscreen platform counts as a display."""
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].strip()
    if platform and platform not in ("xcb", "wayland"):
        return True  # offscreen, minimal, vnc, eglfs, ...
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def excepthook_for(
    error_box: ErrorBox,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """A ``sys.excepthook`` that logs the error (keys redacted) and shows it in ``error_box``."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("Unexpected error", exc_info=(kind, error, tb))
        error_box.show(redact(f"{kind.__name__}: {error}"), error_details(error, tb))

    return hook


def error_details(error: BaseException, tb: TracebackType | None = None) -> str:
    lines = traceback.format_exception(type(error), error, tb or error.__traceback__)
    return redact("".join(lines))


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
