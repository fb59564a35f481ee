"""A broken data folder at start: the real program, in a child process, says what is wrong and
keeps running (or, without a display, says it in one paragraph and exits) — never a traceback."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local.data_folder import StartupProblem
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.startup_problem import show_start_up_problems
from tests.fixtures.gui import MainWindowFactory
from tests.gui.test_startup import log_text, start_app, stop_app, wait_for
from tests.local.mounts import read_only_folder

ASIA = 1
PHILIPPINES = 56
SET_ASIDE = "Your order book could not be read and was set aside as"


def wait_for_lines(app: subprocess.Popen[str], texts: set[str], timeout: float) -> list[str]:
    """Read the child's stderr until each of ``texts`` was in a line; the lines read so far."""
    assert app.stderr is not None
    lines: queue.Queue[str | None] = queue.Queue()
    stream = app.stderr

    def pump() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    while True:
        line = lines.get(timeout=timeout)
        if line is None:
            raise AssertionError(f"the app ended before {texts!r}: {''.join(seen)}")
        seen.append(line)
        texts = {text for text in texts if text not in line}
        if not texts:
            return seen


@pytest.mark.slow
def test_a_corrupt_order_book_is_set_aside_and_the_app_starts_normally(tmp_path: Path) -> None:
    (tmp_path / "orders.sqlite3").write_bytes(os.urandom(8192))
    app = start_app(["--sandbox"], tmp_path, {})
    try:
        wait_for(lambda: "Main window shown" in log_text(tmp_path), 30, "the window")
        wait_for(lambda: "Orders feature installed" in log_text(tmp_path), 30, "the orders")
    finally:
        status, err = stop_app(app)
    assert status == 0, err
    assert "Traceback" not in err
    (aside,) = tmp_path.glob("orders.sqlite3.broken-*")
    shown = f"Shown in the window at start: {SET_ASIDE} {aside}; a new one was started."
    assert shown in log_text(tmp_path)
    assert (tmp_path / "orders.sqlite3").read_bytes().startswith(b"SQLite format 3\0")


@pytest.mark.slow
def test_a_read_only_data_folder_is_named_and_the_window_browses_without_buying(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    with read_only_folder(source, tmp_path / "ro") as folder:
        app = start_app(["--sandbox"], folder, {})
        try:
            # The log cannot be written there: it goes to stderr instead.
            seen = wait_for_lines(app, {"Categories loaded", "orders feature is not"}, 30)
        finally:
            status, err = stop_app(app)
    text = "".join(seen)
    assert status == 0, err
    assert (
        f"TeleAccountHub cannot write to {folder} (it is read-only). Make it writable or choose "
        "another folder with --data-dir."
    ) in text
    assert "Buying is disabled until this is fixed; you can still browse the catalog." in text
    assert "Main window shown" in text
    assert "Buying is disabled: the orders feature is not installed" in text
    # Start-up says it in words. (Later, the window logs each failed settings write with its
    # traceback: that is the log, now on stderr, not a crash.)
    assert "Traceback" not in text[: text.index("Main window shown")]
    assert sorted(source.iterdir()) == []


@pytest.mark.slow
def test_without_a_display_a_broken_folder_is_one_paragraph_and_a_failed_exit(
    tmp_path: Path,
) -> None:
    source = tmp_path / "source"
    source.mkdir()
    with read_only_folder(source, tmp_path / "ro") as folder:
        done = subprocess.run(
            [sys.executable, "-m", "teleaccounthub", "--self-test", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    paragraph = done.stderr.strip().splitlines()[-1]
    assert paragraph == (
        f"TeleAccountHub cannot write to {folder} (it is read-only). Make it writable or choose "
        "another folder with --data-dir."
    )
    assert "self-test" not in done.stdout  # it did not start


def test_the_problems_are_in_the_banner_and_buying_stays_blocked(
    qtbot: QtBot, sandbox: SandboxServer, main_window_factory: MainWindowFactory, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    problems = [
        StartupProblem(lambda: "TeleAccountHub cannot write to /x (it is read-only)."),
        StartupProblem(lambda: "Buying is disabled until this is fixed.", disables_buying=True),
    ]
    show_start_up_problems(window, problems)
    assert window.banner.isVisible()
    assert window.banner.label.text() == (
        "TeleAccountHub cannot write to /x (it is read-only). Buying is disabled until this is "
        "fixed."
    )
    assert window.banner.property("kind") == "error"
    qtbot.waitUntil(lambda: window.categories.select(ASIA), timeout=10_000)
    qtbot.waitUntil(lambda: window.products.select_product(PHILIPPINES), timeout=10_000)
    assert window.selected_product() is not None
    assert not window.buy_action.isEnabled()  # in stock, with a key: blocked only by the book
