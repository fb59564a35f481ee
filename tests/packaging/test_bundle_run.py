"""The frozen app runs in an environment built from nothing: the host's Python stays hidden."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import bundle_run
import pytest

HOST = {
    "PATH": "/work/main/.venv/bin:/root/.pyenv/shims:/usr/local/bin:/usr/bin:/bin",
    "PYTHONPATH": "/work/main/app",
    "PYTHONHOME": "/root/.pyenv/versions/3.11.7",
    "VIRTUAL_ENV": "/work/main/.venv",
    "LD_LIBRARY_PATH": "/root/.pyenv/versions/3.11.7/lib",
    "HOME": "/root",
    "DISPLAY": ":98",
    "XAUTHORITY": "/tmp/xauth",
    "DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/bus",
    "TELEACCOUNTHUB_SECRET_SERVICE": "1",
}


def test_the_linux_environment_has_no_trace_of_the_host_python(tmp_path: Path) -> None:
    env = bundle_run.minimal_env("linux", tmp_path, host=HOST)
    assert env["PATH"] == "/usr/bin:/bin"
    assert env["HOME"] == str(tmp_path)
    assert env["QT_QPA_PLATFORM"] == "offscreen"
    assert env["LANG"] == "C.UTF-8"
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "LD_LIBRARY_PATH", "DISPLAY"):
        assert name not in env
    assert all(str(tmp_path) in value for name, value in env.items() if name.endswith("DIR"))


def test_the_session_bus_crosses_so_the_frozen_keyring_can_be_checked(tmp_path: Path) -> None:
    env = bundle_run.minimal_env("linux", tmp_path, host=HOST)
    assert env["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/tmp/bus"
    assert env["TELEACCOUNTHUB_SECRET_SERVICE"] == "1"


def test_native_display_uses_the_session_display_instead_of_offscreen(tmp_path: Path) -> None:
    env = bundle_run.minimal_env("linux", tmp_path, native_display=True, host=HOST)
    assert "QT_QPA_PLATFORM" not in env
    assert env["DISPLAY"] == ":98"
    assert env["XAUTHORITY"] == "/tmp/xauth"


def test_the_windows_environment_keeps_only_the_system_folders(tmp_path: Path) -> None:
    host = {**HOST, "SYSTEMROOT": r"C:\Windows", "PATH": r"C:\hostedtoolcache\Python;C:\Windows"}
    env = bundle_run.minimal_env("windows", tmp_path, host=host)
    assert env["PATH"] == r"C:\Windows\System32;C:\Windows"
    assert env["APPDATA"].startswith(str(tmp_path))
    assert env["USERPROFILE"] == str(tmp_path)
    assert "PYTHONPATH" not in env
    assert "HOME" not in env


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script stands in for the app")
def test_run_frozen_hides_the_host_python_from_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stand-in 'frozen app' records its environment; the host's Python settings are absent."""
    monkeypatch.setenv("PYTHONPATH", "/somewhere/app")
    monkeypatch.setenv("VIRTUAL_ENV", "/somewhere/.venv")
    home = tmp_path / "home"
    home.mkdir()
    bundle_run.prepare_home("linux", home)
    assert (home / "run").stat().st_mode & 0o777 == 0o700
    fake_app = tmp_path / "TeleAccountHub"
    fake_app.write_text('#!/bin/sh\nenv > "$HOME/seen-env"\nexit 3\n', encoding="utf-8")
    fake_app.chmod(0o755)
    env = bundle_run.minimal_env("linux", home)
    status = bundle_run.run_frozen(fake_app, ["--self-test"], env, timeout=60)
    assert status == 3
    seen = dict(
        line.split("=", 1) for line in (home / "seen-env").read_text().splitlines() if "=" in line
    )
    assert "PYTHONPATH" not in seen
    assert "VIRTUAL_ENV" not in seen
    assert seen["PATH"] == "/usr/bin:/bin"
    assert seen["HOME"] == str(home)


def test_time_command_measures_every_run_after_a_warm_up(tmp_path: Path) -> None:
    timing = bundle_run.time_command(
        "python", [sys.executable, "-c", "pass"], dict(os.environ), runs=2
    )
    assert len(timing.seconds) == 2
    assert all(seconds > 0 for seconds in timing.seconds)
    assert min(timing.seconds) <= timing.median <= max(timing.seconds)


def test_time_command_fails_loudly_when_the_command_fails() -> None:
    with pytest.raises(RuntimeError, match="exited 4"):
        bundle_run.time_command(
            "broken", [sys.executable, "-c", "raise SystemExit(4)"], dict(os.environ), runs=1
        )


XWININFO_TREE = """
     0x200009 "TeleAccountHub": ()  1x1+0+0  +0+0
     0x200007 "TeleAccountHub — Sandbox — TeleAccountHub": ("TeleAccountHub" "TeleAccountHub")  1180x760+0+0  +0+0
     0x200011 "python": ("__main__.py" "TeleAccountHub")  1180x760+0+0  +0+0
     0x200005 "Qt Selection Owner for TeleAccountHub": ()  3x3+0+0  +0+0
     0x400001 "Other": ("other" "Other")  800x600+0+0  +0+0
"""  # noqa: E501 (verbatim `xwininfo -root -tree` lines)


def test_the_main_window_is_recognised_by_its_class_whatever_argv0_was() -> None:
    found = [
        (match.group(1), match.group(2), match.group(3))
        for line in XWININFO_TREE.splitlines()
        if (match := bundle_run.MAIN_WINDOW_RE.match(line))
    ]
    assert found == [("0x200007", "1180", "760"), ("0x200011", "1180", "760")]
