"""The second half of start-up, imported once the window is on screen: the qasync loop, the
session's services plugged into the window, the deferred features, and the orderly shutdown.

``run_on_loop`` runs the app's main coroutine on a qasync loop through ``asyncio.Runner``
(Python 3.11 has no ``asyncio.run(loop_factory=...)``). Closing the window cancels and awaits
every task, closes the client and the order book, and stops the sandbox.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import signal
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

# isort: split
# PySide6 first: qasync picks the Qt binding that is already imported.
from PySide6.QtCore import QTimer

import qasync  # isort: skip
import shiboken6

from teleaccounthub.api.redaction import redact
from teleaccounthub.app_context import AppContext
from teleaccounthub.cli import LaunchConfig
from teleaccounthub.local import ApiKeyStore, DataDir, SessionKeyStore
from teleaccounthub.local.data_folder import DATA_DIR_OPTION
from teleaccounthub.services.account_list import demo_label
from teleaccounthub.services.app_services import AppServices, create_services
from teleaccounthub.services.session import BuiltinKey, KeySource
from teleaccounthub.single_instance import ActivationRequest, HandOver, InstanceServer
from teleaccounthub.startup import trace
from teleaccounthub.startup.early_window import SANDBOX_PORT
from teleaccounthub.startup.hooks import error_details, settle_garbage_collector
from teleaccounthub.ui.application import ErrorBox
from teleaccounthub.ui.first_paint import (
    OnFirstPaint,
    on_first_rows_painted,
    ready_probe_requested,
    report_ready_and,
)
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.startup_problem import WindowStartText, show_start_up_problems

if TYPE_CHECKING:
    from teleaccounthub.sandbox import SandboxServer

log = logging.getLogger(__name__)

# ``--sandbox``: orders take a few seconds, like a real store, so progress can be watched.
SANDBOX_ORDER_DELAY = 6.0
SIGNAL_POLL_MS = 250
# If the window has not painted by then (e.g. it starts minimised), the deferred start-up work
# (the orders feature, settling the garbage collector) runs anyway.
AFTER_PAINT_FALLBACK_MS = 1_000


AppMain = Callable[[AppContext], Awaitable[int]]


def run_on_loop(context: AppContext, app_main: AppMain | None, error_box: ErrorBox) -> int:
    """Run ``app_main`` (default: the window, or the self-test) on a qasync loop until it ends."""
    main = app_main or _main_for(context.config)
    trace.phase("event loop starting")
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(context.app)) as runner:
        return runner.run(_with_loop_hooks(main(context), error_box))


def _main_for(config: LaunchConfig) -> AppMain:
    """The main coroutine ``config`` asks for: the self-test, or the window."""
    if config.self_test:
        from teleaccounthub.selftest import run_self_test  # the purchase, offscreen, then exit

        return run_self_test
    return run_window


async def run_window(context: AppContext) -> int:
    """The normal session: the main window until it is closed."""
    config = context.config
    with _sandbox_if(config.sandbox, context.data_dir) as sandbox:
        if sandbox is not None:
            base_url = sandbox.url
            key_store: ApiKeyStore = SessionKeyStore()  # the keyring is never touched
            api_key: str | None = sandbox.api_key
            source = KeySource.SANDBOX
            more_keys: tuple[BuiltinKey, ...] = (
                BuiltinKey(demo_label(2), sandbox.second_api_key, KeySource.SANDBOX),
            )
        else:
            assert config.base_url is not None  # parse_args sets it without --sandbox
            base_url = config.base_url
            key_store = _system_key_store()
            api_key = config.api_key
            source = KeySource.ENVIRONMENT
            more_keys = ()
        services = create_services(
            base_url,
            context.data_dir,
            context.settings,
            key_store,
            api_key=api_key,
            key_source=source,
            more_keys=more_keys,
            order_book=context.order_book,
        )
        trace.phase("services created")
        early = context.window
        if early is None:
            window = MainWindow(services, sandbox=sandbox is not None)
            show_start_up_problems(window, context.problems)
        else:
            window = early
            window.attach(services)
            trace.phase("services plugged into the window")
        if sandbox is not None and urlsplit(sandbox.url).port != SANDBOX_PORT:
            window.show_banner(sandbox_not_kept_text(), kind="warning", topic="sandbox")
        instance = _instance_server(context, window, base_url)
        orders: list[FeatureServices] = []

        def after_first_paint() -> None:
            if window.isVisible():
                window.install_tray()
                if instance is not None:
                    instance.listen()
            _finish_start_up(window, services, orders, with_orders=not context.buying_disabled)
            window.features_installed()
            trace.phase("features installed")

        if early is None and ready_probe_requested():
            on_first_rows_painted(window.categories.tree, report_ready_and(window.quit_app))
        if early is not None and early.categories.category_count():
            # The cached categories are on screen: the features follow once the services start.
            QTimer.singleShot(0, window, after_first_paint)
        else:
            # Not before the first category rows are painted: the features' imports and widgets
            # would hold them back. One more turn of the loop after that paint, so that the
            # READY probe (whatever order the filters were installed in) reports it first.
            OnFirstPaint(
                window.categories.tree.viewport(),
                lambda: QTimer.singleShot(0, window, after_first_paint),
                ready=lambda: window.categories.category_count() > 0,
                fallback_ms=AFTER_PAINT_FALLBACK_MS,
            )
        try:
            await _show_until_closed(window, services)
        finally:
            if instance is not None:
                instance.close()
            await shut_down(window, services, *orders)
    return 0


def sandbox_not_kept_text() -> str:
    return WindowStartText.tr(
        "The sandbox's usual port is taken (is TeleAccountHub already running with another data "
        "folder?), so this sandbox runs on another port: its orders and watches are not kept "
        "after you quit."
    )


def _instance_server(
    context: AppContext, window: MainWindow, base_url: str
) -> InstanceServer | None:
    """The server a later start on this data folder reaches; it raises ``window``."""
    if context.instance_name is None:
        return None
    sandbox = context.config.sandbox
    server = InstanceServer(
        context.instance_name,
        HandOver(sandbox=sandbox, base_url=None if sandbox else base_url),
        parent=window,
    )

    def activate(request: ActivationRequest) -> None:
        log.info("Started again on this data folder (%r): window brought forward", request)
        window.bring_forward()
        if request.sandbox != sandbox:
            if request.sandbox:
                text = WindowStartText.tr(
                    "TeleAccountHub was started again for the sandbox store; this window stays "
                    "as it is. To use both at once, start the other with {option} and another "
                    "folder."
                )
            else:
                text = WindowStartText.tr(
                    "TeleAccountHub was started again for the real store; this window stays as "
                    "it is. To use both at once, start the other with {option} and another "
                    "folder."
                )
            window.show_status(text.format(option=DATA_DIR_OPTION), 20_000)

    server.activation_requested.connect(activate)
    return server


class FeatureServices(Protocol):
    async def aclose(self) -> None: ...


async def shut_down(
    window: MainWindow, services: AppServices, *features: FeatureServices | None
) -> None:
    """Close the window (if still open), close the features' services in order (the orders'
    first: a checkout in flight finishes and is recorded), then the session's services; delete
    the window and the session on this thread.

    The window and the session are owned by Python and sit in reference cycles (signal
    connections), so without this the garbage collector would destroy them later on whatever
    thread it happens to run: a Qt object must die on the thread it lives on.
    """
    window.quit_app()
    try:
        for feature in features:
            # Cancelling a checkout after it was sent would leave a charged order unrecorded.
            if feature is not None:
                await feature.aclose()
        await services.aclose()
    finally:
        shiboken6.delete(window)
        shiboken6.delete(services.session)  # and its children: every service but the session


def _finish_start_up(
    window: MainWindow,
    services: AppServices,
    installed: list[FeatureServices],
    *,
    with_orders: bool = True,
) -> None:
    """What the first paint does not need: the order services and the orders feature (its panel,
    tray and notifier, ~0.1 s of imports and widgets), then settling the garbage collector.

    Without an order book on disk (``with_orders`` False) there is no orders feature: nothing
    could be bought, tracked or saved durably, and the window only browses.
    """
    if not window.isVisible():
        return  # closed before it painted: nothing to plug in any more
    from teleaccounthub.ui.search.feature import create_store_search, install_search

    install_search(window, services, create_store_search(services))
    trace.phase("search installed")
    if not with_orders:
        log.warning("Buying is disabled: the orders feature is not installed (no order book)")
        settle_garbage_collector()
        return
    from teleaccounthub.services.order_services import create_order_services
    from teleaccounthub.services.watch_services import create_watch_services
    from teleaccounthub.ui.insights.feature import install_insights
    from teleaccounthub.ui.orders.feature import install_orders
    from teleaccounthub.ui.watch.feature import install_watch

    trace.phase("feature modules imported")
    orders = create_order_services(services)
    installed.append(orders)
    install_orders(window, services, orders)
    trace.phase("orders installed")
    install_insights(window, services)
    log.info("Orders feature installed")
    trace.phase("insights installed")
    watch = create_watch_services(services)
    installed.append(watch)
    install_watch(window, services, watch)
    trace.phase("watch list installed")
    settle_garbage_collector()


async def _show_until_closed(window: MainWindow, services: AppServices) -> None:
    closed = asyncio.get_running_loop().create_future()

    def on_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(on_closed)
    if window.was_closed():
        return  # closed while the services were being made: there is nothing to start
    with _close_on_sigint(window):
        window.show()
        log.info("Main window shown")
        services.start()
        await closed


def _system_key_store() -> ApiKeyStore:
    from teleaccounthub.local import KeyringKeyStore  # keyring is imported only now

    return KeyringKeyStore()


@contextmanager
def _sandbox_if(
    enabled: bool, data_dir: DataDir, preferred_port: int = SANDBOX_PORT
) -> Iterator[SandboxServer | None]:
    """The sandbox store for ``--sandbox``: on ``preferred_port`` with its state in the data dir.

    If that port is taken (e.g. by another instance of the app) it falls back to an ephemeral
    port without a state file: that run's orders live under another URL and are not kept, and
    the other instance's state is not overwritten.
    """
    if not enabled:
        yield None
        return
    from teleaccounthub.sandbox import SandboxConfig, SandboxServer

    state_file = data_dir.root / "sandbox" / "state.json"
    server = SandboxServer(
        SandboxConfig(order_delay=SANDBOX_ORDER_DELAY, port=preferred_port, state_file=state_file)
    )
    try:
        server.start()
    except RuntimeError as error:
        if not _address_in_use(error):
            raise
        log.warning(
            "Sandbox port %d is busy (another instance?); using a free port, and this run's "
            "sandbox orders will not be kept",
            preferred_port,
        )
        server = SandboxServer(SandboxConfig(order_delay=SANDBOX_ORDER_DELAY))
        server.start()
    log.info("Sandbox store listening on %s", server.url)
    try:
        yield server
    finally:
        server.stop()
        log.info("Sandbox store stopped")


def _address_in_use(error: BaseException) -> bool:
    cause = error.__cause__
    return isinstance(cause, OSError) and cause.errno == errno.EADDRINUSE


@contextmanager
def _close_on_sigint(window: MainWindow) -> Iterator[None]:
    """Ctrl+C in the terminal closes the window the orderly way. Python only runs signal
    handlers between bytecodes, so a light timer gives it the chance while Qt idles."""
    previous = signal.signal(signal.SIGINT, lambda _signum, _frame: window.quit_app())
    timer = QTimer()
    timer.setInterval(SIGNAL_POLL_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    try:
        yield
    finally:
        timer.stop()
        signal.signal(signal.SIGINT, previous)


async def _with_loop_hooks(main: Awaitable[int], error_box: ErrorBox) -> int:
    loop = asyncio.get_running_loop()

    def handle(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        message = str(context.get("message", "Unexpected error in the event loop"))
        log.error("Event loop: %s", message, exc_info=error)
        if isinstance(error, Exception):
            error_box.show(redact(f"{type(error).__name__}: {error}"), error_details(error))

    loop.set_exception_handler(handle)
    return await main
