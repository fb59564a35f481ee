"""A SIGKILL mid-download: the next start removes the ``.part`` and auto-saves the order."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from teleaccounthub.local.part_files import PartFiles
from teleaccounthub.local.paths import DataDir
from teleaccounthub.local.settings import Settings
from teleaccounthub.sandbox import SandboxServer
from tests.gui.test_startup import log_text, start_app, stop_app, wait_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.expected_log(r"^Not a part file, left alone: ")
def test_sweep_removes_only_listed_part_files_of_ended_processes(tmp_path: Path) -> None:
    registry = PartFiles(tmp_path / "downloads-in-progress.json", pid=os.getpid())
    dead = tmp_path / "order-1.zip.part"
    not_a_part = tmp_path / "order-2.zip"
    running = tmp_path / "order-3.zip.part"
    for path in (dead, not_a_part, running):
        path.write_bytes(b"x")
    entries = {str(dead): 2**22 + 12345, str(not_a_part): 2**22 + 12345, str(running): 1}
    (tmp_path / "downloads-in-progress.json").write_text(json.dumps(entries), encoding="utf-8")
    assert registry.sweep() == [dead]
    assert not dead.exists()
    assert not_a_part.exists()  # never anything but a .part
    assert running.exists()  # pid 1 is running: another instance's download in progress
    assert registry.listed() == [running]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_after_a_sigkill_mid_download_the_next_start_cleans_up_and_auto_saves(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    zips = tmp_path / "zips"
    target = zips / "order.zip"
    zips.mkdir()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.orders.download_child",
            sandbox.url,
            sandbox.api_key,
            str(data),
            str(target),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        _, errors = child.communicate(timeout=30)
    assert line.startswith("DOWNLOADING "), (line, errors)
    order_id = int(line.split()[1])
    part = zips / "order.zip.part"
    assert part.exists()
    assert PartFiles(DataDir(data).part_files).listed() == [part]

    Settings(DataDir(data).settings_file).auto_save_folder = zips
    app = start_app(["--base-url", sandbox.url], data, {"TELEACCOUNTHUB_API_KEY": sandbox.api_key})
    try:
        wait_for(lambda: f"Order {order_id} saved to" in log_text(data), 30, "the auto-save")
    finally:
        status, err = stop_app(app)
    assert status == 0, err
    assert not part.exists()
    assert f"Removed the leftover of an interrupted download: {part}" in log_text(data)
    saved = sorted(p.name for p in zips.iterdir())
    assert len(saved) == 1
    assert saved[0].endswith(".zip")
    assert not DataDir(data).part_files.exists()  # the registry is empty again
