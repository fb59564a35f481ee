"""Running the frozen app the way a customer's machine would: no Python of ours around it.

The environment is built from nothing (like ``env -i``): a system-only PATH, a fresh HOME, no
PYTHON*/VIRTUAL_ENV variables, so a hidden import or data file that the bundle lacks cannot be
borrowed from the host's Python and the run fails.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bundle_config import Platform

# Passed through when set: they point at the session's services, not at any Python.
PASSTHROUGH_SESSION = ("DBUS_SESSION_BUS_ADDRESS", "TELEACCOUNTHUB_SECRET_SERVICE")
PASSTHROUGH_DISPLAY = ("DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")


def minimal_env(
    target: Platform,
    home: Path,
    *,
    native_display: bool = False,
    host: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """A from-scratch environment for the frozen app, with ``home`` as its only writable place."""
    host = os.environ if host is None else host
    env: dict[str, str] = {}
    if target == "windows":
        system_root = host.get("SYSTEMROOT", r"C:\Windows")
        env.update(
            {
                "SYSTEMROOT": system_root,
                "WINDIR": host.get("WINDIR", system_root),
                "PATH": f"{system_root}\\System32;{system_root}",
                "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData" / "Roaming"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "TEMP": str(home / "Temp"),
                "TMP": str(home / "Temp"),
            }
        )
    else:
        env.update({"PATH": "/usr/bin:/bin", "HOME": str(home), "TMPDIR": str(home / "tmp")})
        env["LANG"] = "C.UTF-8" if target == "linux" else "en_US.UTF-8"
        if target == "linux":
            env["XDG_RUNTIME_DIR"] = str(home / "run")
    for name in PASSTHROUGH_SESSION:
        if name in host:
            env[name] = host[name]
    if native_display:
        for name in PASSTHROUGH_DISPLAY:
            if name in host:
                env[name] = host[name]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def prepare_home(target: Platform, home: Path) -> None:
    """Create the folders ``minimal_env`` points at (the runtime dir must be private)."""
    if target == "windows":
        for sub in ("AppData/Roaming", "AppData/Local", "Temp"):
            (home / sub).mkdir(parents=True, exist_ok=True)
    else:
        (home / "tmp").mkdir(parents=True, exist_ok=True)
        if target == "linux":
            (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)


def run_frozen(
    executable: Path,
    args: Sequence[str],
    env: Mapping[str, str],
    *,
    timeout: float,
) -> int:
    """Run the frozen app with its output going straight to ours; returns its exit status."""
    print(f"$ {executable} {' '.join(args)}   (clean environment: {sorted(env)})", flush=True)
    completed = subprocess.run(
        [str(executable), *args], env=dict(env), cwd=env.get("HOME", None), timeout=timeout
    )
    return completed.returncode


@dataclass(frozen=True)
class Timing:
    label: str
    command: tuple[str, ...]
    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def time_command(
    label: str,
    command: Sequence[str],
    env: Mapping[str, str],
    *,
    runs: int,
    timeout: float = 120.0,
    cwd: Path | None = None,
) -> Timing:
    """Wall-clock time of ``command`` (one unmeasured warm-up run first, so caches are warm)."""
    samples: list[float] = []
    for index in range(runs + 1):
        started = time.perf_counter()
        completed = subprocess.run(
            list(command), env=dict(env), capture_output=True, text=True, timeout=timeout, cwd=cwd
        )
        elapsed = time.perf_counter() - started
        if completed.returncode != 0:
            raise RuntimeError(
                f"{label}: {' '.join(command)} exited {completed.returncode}:\n"
                f"{completed.stdout}{completed.stderr}"
            )
        if index:
            samples.append(elapsed)
    return Timing(label, tuple(command), tuple(samples))


def unfrozen_env(base: Mapping[str, str]) -> dict[str, str]:
    """The unfrozen app needs the normal PATH (uv, the venv) but the same clean HOME and Qt."""
    env = dict(os.environ)
    for name in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "QT_QPA_PLATFORM", "LANG"):
        if name in base:
            env[name] = base[name]
        else:
            env.pop(name, None)
    return env


def python_command(args: Sequence[str]) -> list[str]:
    return [sys.executable, "-m", "teleaccounthub", *args]


# The main window, found by its WM_CLASS class (the application name), whatever argv[0] was.
MAIN_WINDOW_RE = re.compile(r'^\s*(0x[0-9a-f]+) .*\("[^"]*" "TeleAccountHub"\)\s+(\d+)x(\d+)')


def _main_window_shown(env: Mapping[str, str]) -> bool:
    """True once X11 shows a viewable TeleAccountHub main window (``xwininfo``)."""
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=dict(env), capture_output=True, text=True
    ).stdout
    for line in tree.splitlines():
        match = MAIN_WINDOW_RE.match(line)
        if match and int(match.group(2)) > 1 and int(match.group(3)) > 1:
            info = subprocess.run(
                ["xwininfo", "-id", match.group(1)], env=dict(env), capture_output=True, text=True
            ).stdout
            if "IsViewable" in info:
                return True
    return False


def time_first_window(
    label: str,
    command: Sequence[str],
    env: Mapping[str, str],
    *,
    runs: int,
    timeout: float = 60.0,
    poll: float = 0.02,
    cwd: Path | None = None,
) -> Timing:
    """Launch-to-main-window time on an X display (one unmeasured warm-up run first)."""
    samples: list[float] = []
    for index in range(runs + 1):
        started = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            env=dict(env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
        )
        try:
            while not _main_window_shown(env):
                if process.poll() is not None:
                    raise RuntimeError(f"{label}: exited {process.returncode} before its window")
                if time.perf_counter() - started > timeout:
                    raise RuntimeError(f"{label}: no main window within {timeout:.0f} s")
                time.sleep(poll)
            elapsed = time.perf_counter() - started
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if index:
            samples.append(elapsed)
    return Timing(label, tuple(command), tuple(samples))
