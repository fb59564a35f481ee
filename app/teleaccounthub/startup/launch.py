"""``run(config)``: the first half of start-up, everything before the event loop.

The data folder is opened, the QApplication created and the main window built and painted with
the cached catalog (``early_window``) before asyncio, qasync, httpx, keyring, the services and the
orders feature are imported: together they cost more than Qt itself. Then ``session`` runs the
app's main coroutine on a qasync loop, and plugs the services into the window already on screen.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import qInstallMessageHandler

from teleaccounthub.app_context import AppContext
from teleaccounthub.cli import LaunchConfig
from teleaccounthub.local import DataDir
from teleaccounthub.local.data_folder import (
    DATA_DIR_OPTION,
    OpenedDataFolder,
    StartupProblem,
    open_contents,
    open_data_dir,
)
from teleaccounthub.logging_setup import configure_logging, logs_to_file, remove_handlers
from teleaccounthub.single_instance import (
    ActivationRequest,
    Claim,
    InstanceLock,
    hand_over,
    hand_over_text,
    server_name,
)
from teleaccounthub.startup import trace
from teleaccounthub.startup.hooks import (
    display_available,
    excepthook_for,
    qt_message,
    share_the_interpreter_with_the_gui,
    skip_httpx_command_line,
)
from teleaccounthub.ui.application import ErrorBox, create_application
from teleaccounthub.ui.language import apply_language, stored_language
from teleaccounthub.ui.startup_problem import WindowStartText

if TYPE_CHECKING:
    from teleaccounthub.startup.session import AppMain

log = logging.getLogger(__name__)


def run(config: LaunchConfig, app_main: AppMain | None = None) -> int:
    """Run the app (or ``app_main``, e.g. a self-test) and return the process exit status."""
    share_the_interpreter_with_the_gui()
    skip_httpx_command_line()
    if config.self_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, none used
    data_dir, folder_problem = open_data_dir(config.data_dir)
    handlers = configure_logging(data_dir.logs_dir)
    # The self-test buys in a scratch folder of its own: it never waits for a running app.
    lock = None if config.self_test else InstanceLock(data_dir.root)
    try:
        claim = lock.claim() if lock is not None else Claim.UNLOCKABLE
        if lock is not None and claim is Claim.RUNNING:
            # Before the folder's contents are opened: they are the running app's.
            return _hand_over_to_running(config, data_dir, lock.holder())
        instance_name = server_name(data_dir.root) if claim is Claim.FIRST else None
        opened = open_contents(data_dir, folder_problem, with_order_book=not config.self_test)
        trace.phase("data folder open")
        return _run_opened(config, app_main, opened, handlers, instance_name)
    finally:
        if lock is not None:
            lock.release()
        remove_handlers(handlers)


def _hand_over_to_running(config: LaunchConfig, data_dir: DataDir, holder: int | None) -> int:
    """Another app runs on this data folder: ask it to come forward, say so, exit."""
    request = ActivationRequest(sandbox=config.sandbox, base_url=config.base_url)
    answer = hand_over(server_name(data_dir.root), request)
    text = hand_over_text(data_dir.root, request, answer, holder)
    log.info("Second start: %s", text)
    print(text, flush=True)
    return 0 if answer is not None else 1


def _run_opened(
    config: LaunchConfig,
    app_main: AppMain | None,
    opened: OpenedDataFolder,
    handlers: list[logging.Handler],
    instance_name: str | None = None,
) -> int:
    if not logs_to_file(handlers) and not opened.problems:  # else the folder's problem says it
        opened.problems.append(
            StartupProblem(
                lambda: WindowStartText.tr(
                    "TeleAccountHub cannot write its log file in {folder}; the log goes to the "
                    "terminal instead. Check that folder, or choose another one with {option}."
                ).format(folder=opened.data_dir.logs_dir, option=DATA_DIR_OPTION)
            )
        )
    for problem in opened.problems:
        log.info("Start-up problem: %s", problem.text)
    if config.self_test or not display_available():
        status = _report_without_display(opened)
        if status is not None:
            opened.order_book.close()
            return status
    app = create_application(sys.argv[:1])
    apply_language(stored_language(opened.settings))
    trace.phase("QApplication created")
    error_box = ErrorBox()
    previous_hook = sys.excepthook
    sys.excepthook = excepthook_for(error_box)
    qInstallMessageHandler(qt_message)
    log.info("TeleAccountHub %s starting: %r", app.applicationVersion(), config)
    try:
        window = None
        if app_main is None and not config.self_test:
            from teleaccounthub.startup.early_window import show_early_window

            window = show_early_window(config, opened)
            if window is None:
                return 0  # closed before the rest was loaded
        context = AppContext(
            app,
            config,
            opened.data_dir,
            opened.settings,
            opened.order_book,
            tuple(opened.problems),
            instance_name,
            window=window,
        )
        from teleaccounthub.startup.session import run_on_loop

        return run_on_loop(context, app_main, error_box)
    finally:
        opened.order_book.close()  # the session closes it; this is for a run that never got one
        log.info("TeleAccountHub stopped")
        sys.excepthook = previous_hook
        qInstallMessageHandler(None)


def _report_without_display(opened: OpenedDataFolder) -> int | None:
    """Any problem: one paragraph on stderr and a failed exit status; else None (go on)."""
    if not opened.problems:
        return None
    print(" ".join(problem.text for problem in opened.problems), file=sys.stderr, flush=True)
    return 1
