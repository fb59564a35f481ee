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
    OpenedSettings,
    StartupProblem,
    add_order_book,
    open_data_dir,
    open_settings,
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
from teleaccounthub.ui.startup_problem import WindowStartText, show_start_up_problems

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
        first = open_settings(data_dir, folder_problem)
        trace.phase("data folder open")
        return _run_opened(config, app_main, first, handlers, instance_name)
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
    first: OpenedSettings,
    handlers: list[logging.Handler],
    instance_name: str | None = None,
) -> int:
    """The window paints from ``first`` (the settings); the order book opens after that paint,
    or before anything else when there is no early window (a self-test, no display, tests)."""
    early = app_main is None and not config.self_test and display_available()
    opened = None if early else add_order_book(first, on_disk=not config.self_test)
    try:
        return _run_with(config, app_main, first, opened, handlers, instance_name)
    finally:
        if opened is not None:
            opened.order_book.close()


def _run_with(
    config: LaunchConfig,
    app_main: AppMain | None,
    first: OpenedSettings,
    opened: OpenedDataFolder | None,
    handlers: list[logging.Handler],
    instance_name: str | None,
) -> int:
    problems = _with_log_problem(opened.problems if opened else first.problems, first, handlers)
    for problem in problems:
        log.info("Start-up problem: %s", problem.text)
    if opened is not None and (config.self_test or not display_available()):
        status = _report_without_display(problems)
        if status is not None:
            return status
    app = create_application(sys.argv[:1])
    apply_language(stored_language(first.settings))
    trace.phase("QApplication created")
    error_box = ErrorBox()
    previous_hook = sys.excepthook
    sys.excepthook = excepthook_for(error_box)
    qInstallMessageHandler(qt_message)
    log.info("TeleAccountHub %s starting: %r", app.applicationVersion(), config)
    try:
        window = None
        book_to_close = None  # the early window's: it was opened here, after the paint
        if opened is None:
            from teleaccounthub.startup.early_window import show_early_window

            shown = OpenedSettings(first.data_dir, first.settings, problems)
            window = show_early_window(config, shown)
            opened = add_order_book(first)
            book_to_close = opened.order_book
            trace.phase("order book open")
        try:
            if window is None and book_to_close is not None:
                return 0  # closed before the rest was loaded
            if window is not None:
                problems = _with_log_problem(opened.problems, first, handlers)
                if problems != shown.problems:
                    for problem in problems:
                        if problem not in shown.problems:
                            log.info("Start-up problem: %s", problem.text)
                    show_start_up_problems(window, problems)
            context = AppContext(
                app,
                config,
                opened.data_dir,
                opened.settings,
                opened.order_book,
                tuple(problems),
                instance_name,
                window=window,
            )
            from teleaccounthub.startup.session import run_on_loop

            return run_on_loop(context, app_main, error_box)
        finally:
            if book_to_close is not None:
                book_to_close.close()  # the session closes it; this is for a run without one
    finally:
        log.info("TeleAccountHub stopped")
        sys.excepthook = previous_hook
        qInstallMessageHandler(None)


def _with_log_problem(
    problems: list[StartupProblem], first: OpenedSettings, handlers: list[logging.Handler]
) -> list[StartupProblem]:
    """``problems``, and that the log goes to the terminal when nothing else is wrong (else the
    folder's problem says it)."""
    if logs_to_file(handlers) or problems:
        return list(problems)
    folder = first.data_dir.logs_dir
    return [
        StartupProblem(
            lambda: WindowStartText.tr(
                "TeleAccountHub cannot write its log file in {folder}; the log goes to the "
                "terminal instead. Check that folder, or choose another one with {option}."
            ).format(folder=folder, option=DATA_DIR_OPTION)
        )
    ]


def _report_without_display(problems: list[StartupProblem]) -> int | None:
    """Any problem: one paragraph on stderr and a failed exit status; else None (go on)."""
    if not problems:
        return None
    print(" ".join(problem.text for problem in problems), file=sys.stderr, flush=True)
    return 1
