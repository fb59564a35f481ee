"""``--sandbox`` when its usual port is taken: the window says, not only the log, that this run's
sandbox orders will not be kept."""

from __future__ import annotations

import asyncio
import errno
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import teleaccounthub.startup.session as startup_session
from teleaccounthub.app_context import AppContext
from teleaccounthub.cli import LaunchConfig
from teleaccounthub.local import DataDir, OrderBook, Settings
from teleaccounthub.startup import SANDBOX_PORT, run_window, sandbox_not_kept_text
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature


@pytest.fixture
def busy_sandbox_port() -> Iterator[None]:
    """The sandbox's usual port, taken by this test. Held by another program instead, it could
    be freed half-way through the test (that program quits): the test cannot know, so it skips."""
    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", SANDBOX_PORT))
        holder.listen()
    except OSError as error:
        holder.close()
        if error.errno != errno.EADDRINUSE:
            raise
        pytest.skip(f"port {SANDBOX_PORT} is held by another program")
    try:
        yield
    finally:
        holder.close()


def running_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


@pytest.mark.expected_log(r"^Sandbox port \d+ is busy")
def test_a_busy_sandbox_port_is_said_in_the_window(
    qtbot: QtBot,
    qapp: QApplication,
    qt_loop: asyncio.AbstractEventLoop,
    busy_sandbox_port: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A real start freezes what it created out of the collector's sight: not in a test run.
    monkeypatch.setattr(startup_session, "settle_garbage_collector", lambda: None)
    folder = DataDir(tmp_path / "data")
    with OrderBook(folder.orders_db) as book:
        context = AppContext(
            qapp,
            LaunchConfig(base_url=None, data_dir=folder.root, sandbox=True),
            folder,
            Settings(folder.settings_file),
            book,
        )
        run = qt_loop.create_task(run_window(context))
        qtbot.waitUntil(lambda: running_window() is not None, timeout=10_000)
        window = running_window()
        assert window is not None
        banner = window.banner
        qtbot.waitUntil(banner.isVisible)
        assert banner.topic == "sandbox"
        assert banner.label.text() == sandbox_not_kept_text()
        assert "its orders and watches are not kept after you quit" in sandbox_not_kept_text()
        # The whole app, as started: after the first paint the orders are installed too.
        qtbot.waitUntil(lambda: window.findChild(OrdersFeature) is not None, timeout=10_000)
        window.quit_app()
        qtbot.waitUntil(run.done, timeout=10_000)
        assert run.result() == 0
    assert not (folder.root / "sandbox" / "state.json").exists()
