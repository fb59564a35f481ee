"""One app per data folder: real processes, a stale lock, and what the socket will not take."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from teleaccounthub import single_instance
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.single_instance import (
    LOCK_FILE,
    MAX_MESSAGE_BYTES,
    ActivationRequest,
    Claim,
    HandOver,
    InstanceLock,
    InstanceServer,
    hand_over,
    hand_over_text,
    parse_request,
    server_name,
)
from tests.gui.test_startup import log_text, start_app, stop_app, wait_for

ALREADY_RUNNING = "TeleAccountHub is already running with the data folder"
BROUGHT_FORWARD = "window brought forward"


def finish(app: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    try:
        out, _err = app.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        app.kill()
        app.communicate()
        raise
    return app.returncode, out


@pytest.mark.slow
def test_a_second_start_on_the_same_folder_raises_the_first_and_exits(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    first = start_app(["--base-url", sandbox.url], data, {})
    try:
        wait_for(lambda: "Main window shown" in log_text(data), 30, "the first window")
        # Another spelling of the same folder is the same folder.
        second = start_app(["--base-url", sandbox.url], data / ".." / "data", {})
        status, out = finish(second)
        assert status == 0
        assert out.startswith(ALREADY_RUNNING)
        assert "brought to the front" in out
        assert BROUGHT_FORWARD in log_text(data)
        assert first.poll() is None
        # A second start with --sandbox reaches the same window instead of a second sandbox.
        third = start_app(["--sandbox"], data, {})
        status, out = finish(third)
        assert status == 0
        assert "It runs on the real store" in out
        assert log_text(data).count(BROUGHT_FORWARD) == 2
        assert "Sandbox store listening" not in log_text(data)
    finally:
        status, err = stop_app(first)
    assert status == 0, err
    assert not (data / LOCK_FILE).exists()


@pytest.mark.slow
def test_another_data_folder_runs_its_own_app(sandbox: SandboxServer, tmp_path: Path) -> None:
    first = start_app(["--base-url", sandbox.url], tmp_path / "one", {})
    second = start_app(["--base-url", sandbox.url], tmp_path / "two", {})
    try:
        for folder in ("one", "two"):
            wait_for(
                lambda folder=folder: "Main window shown" in log_text(tmp_path / folder),
                30,
                f"the window on {folder}",
            )
        assert first.poll() is None
        assert second.poll() is None
    finally:
        for app in (first, second):
            status, err = stop_app(app)
            assert status == 0, err


@pytest.mark.slow
def test_of_two_simultaneous_starts_exactly_one_runs(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    apps = [start_app(["--base-url", sandbox.url], data, {}) for _ in range(2)]
    try:
        with ThreadPoolExecutor(2) as pool:
            exits = {pool.submit(app.wait, 60): app for app in apps}
            done, _pending = wait(exits, timeout=60, return_when=FIRST_COMPLETED)
            assert len(done) == 1
            loser = exits[done.pop()]
            winner = next(app for app in apps if app is not loser)
            status, out = finish(loser)
            assert status == 0
            assert out.startswith(ALREADY_RUNNING)
            assert winner.poll() is None
            status, err = stop_app(winner)  # before the pool waits for its wait()
            assert status == 0, err
    finally:
        for app in apps:
            if app.poll() is None:
                status, err = stop_app(app)
                assert status == 0, err


def test_the_self_test_is_never_stopped_by_a_running_app(tmp_path: Path) -> None:
    holder = InstanceLock(tmp_path)
    assert holder.claim() is Claim.FIRST
    try:
        result = subprocess.run(
            [sys.executable, "-m", "teleaccounthub", "--self-test", "--data-dir", str(tmp_path)],
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.release()
    assert ALREADY_RUNNING not in result.stdout
    # It ran every step; the keyring step fails honestly on a machine without one.
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert all(line.startswith("FAIL keyring:") for line in failed), result.stdout
    assert result.returncode == (1 if failed else 0), result.stdout + result.stderr
    assert "PASS download:" in result.stdout


# -- the lock ----------------------------------------------------------------------------------

HOLD_AND_DIE = """
import os, signal, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
print("locked", flush=True)
if sys.argv[2] == "die":
    os.kill(os.getpid(), signal.SIGKILL)
sys.stdin.readline()
"""


def hold_lock(folder: Path, mode: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_DIE, str(folder / LOCK_FILE), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "locked\n"
    return holder


def test_a_lock_held_by_a_live_process_means_another_app_runs(tmp_path: Path) -> None:
    holder = hold_lock(tmp_path, "hold")
    try:
        lock = InstanceLock(tmp_path)
        assert lock.claim() is Claim.RUNNING
        assert lock.holder() == holder.pid
    finally:
        holder.communicate("\n", timeout=10)
    assert InstanceLock(tmp_path).claim() is Claim.FIRST


def test_the_lock_of_a_killed_app_is_taken_over(tmp_path: Path) -> None:
    holder = hold_lock(tmp_path, "die")
    holder.communicate(timeout=10)
    assert holder.returncode == -signal.SIGKILL
    assert (tmp_path / LOCK_FILE).exists()  # left behind, like after a crash
    lock = InstanceLock(tmp_path)
    assert lock.claim() is Claim.FIRST
    lock.release()


def test_a_folder_that_cannot_hold_a_lock_does_not_stop_the_app(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "gone"
    with caplog.at_level("WARNING", logger="teleaccounthub.single_instance"):
        assert InstanceLock(missing).claim() is Claim.UNLOCKABLE
    assert "No lock file can be made" in caplog.text


# -- the name ----------------------------------------------------------------------------------


def test_the_server_name_is_short_and_the_same_for_every_spelling(tmp_path: Path) -> None:
    deep = tmp_path / ("x" * 200) / ("y" * 200)
    deep.mkdir(parents=True)
    name = server_name(deep)
    assert len(name) <= 40  # far below the 104-108 bytes of a Unix socket path
    assert name == server_name(deep / ".." / deep.name)
    assert name != server_name(tmp_path)


# -- the socket --------------------------------------------------------------------------------


@pytest.fixture
def server(qtbot: QtBot, tmp_path: Path) -> Iterator[InstanceServer]:
    listening = InstanceServer(server_name(tmp_path), HandOver(sandbox=True, base_url=None))
    assert listening.listen()
    yield listening
    listening.close()


def send(qtbot: QtBot, name: str, data: bytes) -> bytes:
    """Connect, send ``data``, and return what came back until the server hung up."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    with qtbot.waitSignal(socket.disconnected, timeout=5_000):
        socket.write(data)
    return bytes(socket.readAll().data())


def test_a_valid_request_is_announced_and_answered(qtbot: QtBot, server: InstanceServer) -> None:
    request = ActivationRequest(sandbox=False, base_url="https://example.test/api")
    with qtbot.waitSignal(server.activation_requested) as heard:
        answer = send(qtbot, server.name, request.to_line())
    assert heard.args == [request]
    assert answer == b'{"kind": "teleaccounthub.activate", "sandbox": true, "base_url": null}\n'


@pytest.mark.expected_log(r"not a start request")
@pytest.mark.parametrize(
    "garbage",
    [
        b"\x00\xff\xfe not json\n",
        b"[1, 2, 3]\n",
        b'{"kind": "teleaccounthub.activate", "sandbox": "yes", "base_url": null}\n',
        b'{"kind": "something else", "sandbox": true, "base_url": null}\n',
        b'{"kind": "teleaccounthub.activate", "sandbox": true, "base_url": 7}\n',
    ],
)
def test_garbage_is_dropped_without_an_answer(
    qtbot: QtBot, server: InstanceServer, garbage: bytes
) -> None:
    heard: list[object] = []
    server.activation_requested.connect(heard.append)
    assert send(qtbot, server.name, garbage) == b""
    assert heard == []
    assert server.is_listening()  # and the next start is still heard
    with qtbot.waitSignal(server.activation_requested):
        send(qtbot, server.name, ActivationRequest(sandbox=True, base_url=None).to_line())


@pytest.mark.expected_log(r"more than 4096 bytes")
def test_an_endless_line_is_cut_off(qtbot: QtBot, server: InstanceServer) -> None:
    heard: list[object] = []
    server.activation_requested.connect(heard.append)
    assert send(qtbot, server.name, b"{" * (MAX_MESSAGE_BYTES * 4)) == b""
    assert heard == []


def test_parse_request_limits_the_size() -> None:
    line = ActivationRequest(sandbox=False, base_url="https://a.test/" + "p" * 2000).to_line()
    assert parse_request(line) is not None
    too_long = ActivationRequest(sandbox=False, base_url="https://a.test/" + "p" * 5000)
    assert parse_request(too_long.to_line()) is None


def test_nobody_listening_means_no_answer(tmp_path: Path) -> None:
    request = ActivationRequest(sandbox=False, base_url=None)
    assert hand_over(server_name(tmp_path), request, timeout_s=0.3) is None


def test_start_up_does_not_load_qtnetwork_before_the_window_is_painted() -> None:
    code = "import sys\nimport teleaccounthub.startup\nprint('PySide6.QtNetwork' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_an_app_that_does_not_answer_is_named_with_a_way_out(tmp_path: Path) -> None:
    request = ActivationRequest(sandbox=False, base_url=None)
    text = hand_over_text(tmp_path, request, None, holder=4242)
    assert text.startswith("TeleAccountHub (process 4242) is already running")
    assert "does not answer" in text
    assert f"delete {tmp_path / LOCK_FILE}" in text
    answered = hand_over_text(tmp_path, request, HandOver(sandbox=False, base_url=None))
    assert answered.endswith("its window was brought to the front.")


@pytest.mark.expected_log(r"no start request in time")
def test_a_silent_caller_is_hung_up_on(
    qtbot: QtBot, server: InstanceServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(single_instance, "READ_TIMEOUT_MS", 50)
    socket = QLocalSocket()
    with qtbot.waitSignal(socket.disconnected, timeout=5_000):
        socket.connectToServer(server.name)
    assert server.is_listening()
