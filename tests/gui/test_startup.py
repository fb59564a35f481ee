"""Start-up and shutdown of the real program, the excepthook, and logs without keys."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from teleaccounthub.logging_setup import LOG_FILE_NAME, configure_logging, remove_handlers
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.startup import excepthook_for
from teleaccounthub.ui.application import ErrorBox

UNREDACTED_KEY = re.compile(r"tgsk_[A-Za-z0-9]")


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` (a file another process writes) until true, or fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def log_text(data_dir: Path) -> str:
    path = data_dir / "logs" / LOG_FILE_NAME
    return path.read_text(encoding="utf-8") if path.exists() else ""


def start_app(args: list[str], data_dir: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.Popen(
        [sys.executable, "-m", "teleaccounthub", *args, "--data-dir", str(data_dir)],
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop_app(app: subprocess.Popen[str]) -> tuple[int, str]:
    """Ctrl+C, as in a terminal: the window closes the orderly way."""
    app.send_signal(signal.SIGINT)
    try:
        _out, err = app.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        app.kill()
        _out, err = app.communicate()
        raise
    return app.returncode, err


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    handlers = configure_logging(tmp_path / "logs")
    try:
        yield tmp_path / "logs"
    finally:
        remove_handlers(handlers)
        root.setLevel(level)


@pytest.mark.slow
def test_the_sandbox_app_starts_shows_the_catalog_and_shuts_down_cleanly(tmp_path: Path) -> None:
    app = start_app(["--sandbox"], tmp_path, {})
    try:
        wait_for(lambda: "Main window shown" in log_text(tmp_path), 30, "the window")
        wait_for(lambda: "Categories loaded" in log_text(tmp_path), 30, "the catalog")
    finally:
        status, err = stop_app(app)
    text = log_text(tmp_path)
    assert status == 0, err
    assert "Traceback" not in err
    assert "Sandbox store stopped" in text
    assert text.rstrip().endswith("TeleAccountHub stopped")
    assert "API key set (sandbox)" in text
    assert text.index("Main window shown") < text.index("Categories loaded")
    assert not UNREDACTED_KEY.search(text)
    assert not UNREDACTED_KEY.search((tmp_path / "settings.json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_a_key_from_the_environment_is_used_but_never_logged_or_saved(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    key = "tgsk_" + "refusedkey" * 3
    app = start_app(["--base-url", sandbox.url], tmp_path, {"TELEACCOUNTHUB_API_KEY": key})
    try:
        wait_for(lambda: "Unauthorized" in log_text(tmp_path), 30, "the store's 401")
    finally:
        status, err = stop_app(app)
    assert status == 0, err
    sent = [r.headers.get("authorization") for r in sandbox.requests if r.path == "/api/v1/balance"]
    assert sent == [f"Bearer {key}"]  # it was used ...
    assert key not in log_text(tmp_path)  # ... but never written down
    assert key not in err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert key.encode() not in path.read_bytes(), path


@pytest.mark.expected_log(r"^inline ")
@pytest.mark.expected_log(r"^failed$")
def test_the_log_file_redacts_keys_in_messages_arguments_and_tracebacks(logs: Path) -> None:
    key = "tgsk_" + "s3cr3t" * 4
    log = logging.getLogger("teleaccounthub.test")
    log.info("message %s", key)
    log.warning(f"inline {key}")
    try:
        raise ValueError(f"boom {key}")
    except ValueError:
        log.exception("failed")
    text = (logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "message tgsk_…[redacted]" in text
    assert "ValueError: boom tgsk_…[redacted]" in text
    assert key not in text


@pytest.mark.expected_log(r"^Unexpected error$")
def test_the_excepthook_logs_and_shows_the_error_without_blocking(qtbot: QtBot, logs: Path) -> None:
    key = "tgsk_" + "hooked" * 4
    box = ErrorBox()
    hook = excepthook_for(box)
    try:
        raise RuntimeError(f"unexpected {key}")
    except RuntimeError as error:
        hook(type(error), error, error.__traceback__)  # returns: no modal loop

    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == "unexpectedErrorBox"]
    assert len(shown) == 1
    message = shown[0]
    assert isinstance(message, QMessageBox)
    qtbot.waitUntil(message.isVisible)
    assert "RuntimeError: unexpected tgsk_…[redacted]" in message.informativeText()
    assert key not in message.detailedText()

    # A second error while the box is open does not stack another box on top.
    try:
        raise KeyError("again")
    except KeyError as error:
        hook(type(error), error, error.__traceback__)
    assert sum(w.objectName() == "unexpectedErrorBox" for w in QApplication.topLevelWidgets()) == 1
    text = (logs / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "CRITICAL" in text
    assert "KeyError" in text
    assert key not in text
    message.close()
    qtbot.waitUntil(lambda: box._box is None)
