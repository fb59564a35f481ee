"""Start-up and shutdown, in two halves so that the window paints before the heavy half loads.

``launch`` (light: Qt and the window's own modules) opens the data folder, creates the
QApplication, and builds and paints the main window with the cached catalog; only then does it
import ``session`` (asyncio, qasync, the services, the orders feature), start the qasync loop and
plug the services into the window. ``hooks`` holds what both halves use.

The names below are imported on first use, so ``import teleaccounthub.startup`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from teleaccounthub.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from teleaccounthub.startup.early_window import SANDBOX_PORT
    from teleaccounthub.startup.hooks import (
        display_available,
        excepthook_for,
        settle_garbage_collector,
        share_the_interpreter_with_the_gui,
    )
    from teleaccounthub.startup.launch import run
    from teleaccounthub.startup.session import (
        FeatureServices,
        run_window,
        sandbox_not_kept_text,
        shut_down,
    )

_HOOKS = "teleaccounthub.startup.hooks"
_SESSION = "teleaccounthub.startup.session"
_EXPORTS = {
    "display_available": _HOOKS,
    "excepthook_for": _HOOKS,
    "settle_garbage_collector": _HOOKS,
    "share_the_interpreter_with_the_gui": _HOOKS,
    "run": "teleaccounthub.startup.launch",
    "sandbox_not_kept_text": _SESSION,
    "SANDBOX_PORT": "teleaccounthub.startup.early_window",
    "FeatureServices": _SESSION,
    "run_window": _SESSION,
    "shut_down": _SESSION,
    "_sandbox_if": _SESSION,  # for tests that start the embedded sandbox the way start-up does
}

__all__ = [
    "SANDBOX_PORT",
    "FeatureServices",
    "display_available",
    "excepthook_for",
    "run",
    "run_window",
    "sandbox_not_kept_text",
    "settle_garbage_collector",
    "share_the_interpreter_with_the_gui",
    "shut_down",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
