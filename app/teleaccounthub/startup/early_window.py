"""The main window on screen before the event loop: built on the settings alone, with the cached
categories of the store painted, and waited for until that first paint is on screen.

Nothing here imports asyncio, qasync, httpx, keyring, the services or the orders feature
(``tests/desktop/test_startup_order.py`` checks it at the first paint): the window says it is
starting (Buy disabled with the reason) until ``startup.session`` plugs the services in.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEventLoop

from teleaccounthub.cli import LaunchConfig
from teleaccounthub.local import CatalogCache
from teleaccounthub.local.data_folder import OpenedSettings
from teleaccounthub.startup import trace
from teleaccounthub.ui.first_paint import (
    OnFirstPaint,
    on_first_rows_painted,
    ready_probe_requested,
    report_ready_and,
)
from teleaccounthub.ui.main_window import MainWindow, WindowStart
from teleaccounthub.ui.startup_problem import show_start_up_problems

log = logging.getLogger(__name__)

# ``--sandbox`` listens here when it can, so the order book (keyed by base URL) finds its orders
# again after a restart; the sandbox's own state lives in ``<data dir>/sandbox/state.json``.
SANDBOX_PORT = 47635
# So the sandbox's cached catalog is the one to paint early; if the sandbox ends up on another
# port, the window forgets what it painted (``MainWindow.attach``).
SANDBOX_USUAL_URL = f"http://127.0.0.1:{SANDBOX_PORT}"
# A window that does not paint (started minimised, or hidden by the window manager) does not
# hold the rest of start-up back for longer than this.
PAINT_WAIT_LIMIT_MS = 1_000


def early_base_url(config: LaunchConfig) -> str:
    if config.base_url is not None:
        return config.base_url
    return SANDBOX_USUAL_URL


def show_early_window(config: LaunchConfig, opened: OpenedSettings) -> MainWindow | None:
    """The main window, shown and painted; None when it was closed before it painted."""
    base_url = early_base_url(config)
    window = MainWindow(WindowStart(opened.settings, base_url), sandbox=config.sandbox)
    show_start_up_problems(window, opened.problems)
    cached = CatalogCache(opened.data_dir.cache_dir, base_url).load_categories()
    if cached is not None:
        window.show_cached_categories(cached.value, cached.saved_at)
    trace.phase(f"window built ({'cached catalog' if cached else 'no cached catalog'})")
    painted = QEventLoop()
    # The panel, not the tree: without a cached catalog it shows a placeholder, and the tree
    # does not paint. Installed before the probe's filter, so that the probe (filters run
    # last-installed first) reports the first rows before start-up goes on.
    OnFirstPaint(window.categories, painted.quit, fallback_ms=PAINT_WAIT_LIMIT_MS)
    if ready_probe_requested():
        on_first_rows_painted(window.categories.tree, report_ready_and(window.quit_app))
    window.closed.connect(painted.quit)
    window.show()
    if window.isVisible():
        painted.exec()  # Qt's events only, until that paint is on screen
    window.closed.disconnect(painted.quit)
    trace.phase("window painted")
    if not window.isVisible():
        log.info("The window was closed before start-up finished")
        shiboken6.delete(window)
        return None
    return window
