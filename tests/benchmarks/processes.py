"""Child processes measured from outside: their environment, time to ``READY``, CPU and memory.

Everything here reads what the kernel says about a process (``/proc/<pid>``), so
the app under test needs no measuring code of its own beyond the ``READY`` line.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

REPO = Path(__file__).resolve().parents[2]
PYCACHE = Path(tempfile.gettempdir()) / "teleaccounthub-bench-pycache"
RESULT_PREFIX = "RESULT "
READY_PREFIX = "READY"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


class BenchmarkError(RuntimeError):
    """A child process failed or never reported; the message carries its output."""


def child_env(workdir: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment of every measured process: no display needed, no user folders touched.

    Qt draws offscreen unless a display is there (or ``QT_QPA_PLATFORM`` says otherwise); the
    keyring is the fail backend so nothing waits on D-Bus; XDG folders point into ``workdir``.
    Bytecode is cached (in ``PYCACHE``, outside the tree) even where ``PYTHONDONTWRITEBYTECODE``
    is set: otherwise every launch compiles every module it imports, which no installed app does.
    """
    env = dict(os.environ)
    for name in ("TELEACCOUNTHUB_BASE_URL", "TELEACCOUNTHUB_API_KEY", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(PYCACHE))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        folder = workdir / "xdg" / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    runtime = workdir / "xdg" / "runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    paths = [str(REPO), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    env.update(extra or {})
    return env


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def run_probe(
    module: str, args: Sequence[str], env: Mapping[str, str], *, timeout: float
) -> dict[str, Any]:
    """Run ``python -m tests.benchmarks.<module> args``; its ``RESULT {json}`` line, parsed."""
    command = python("-m", f"tests.benchmarks.{module}", *args)
    try:
        done = subprocess.run(
            command, env=dict(env), cwd=REPO, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as error:
        raise BenchmarkError(f"{module} did not finish in {timeout:.0f} s") from error
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX) and done.returncode == 0:
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    raise BenchmarkError(
        f"{module} exited {done.returncode} without a result:\n{done.stdout[-2000:]}"
        f"{done.stderr[-4000:]}"
    )


@dataclass(frozen=True, slots=True)
class Launch:
    """One launch: wall seconds from spawn to the ``READY`` line (or to the exit), what the
    process reported itself, and the highest peak RSS (``VmHWM``) seen while it ran."""

    seconds: float
    reported: float | None
    peak_rss_mib: float


def launch(
    command: Sequence[str],
    env: Mapping[str, str],
    *,
    until: Literal["ready", "exit"],
    timeout: float,
) -> Launch:
    """Start ``command``; time it until it prints ``READY [seconds]`` or until it exits.

    After ``READY`` the process must exit by itself (it is killed after ``timeout``). Its memory
    is read from ``/proc`` every few milliseconds (``wait4``'s ``ru_maxrss`` would count the
    memory of this process, from which it was forked).
    """
    log = _log_file(env)
    with log.open("wb") as errors:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(command), env=dict(env), cwd=REPO, stdout=subprocess.PIPE, stderr=errors
        )
    assert proc.stdout is not None
    deadline = started + timeout
    reported: float | None = None
    ready_at: float | None = None
    peak = 0.0
    output = b""
    fd = proc.stdout.fileno()
    try:
        while True:
            if time.perf_counter() > deadline:
                raise BenchmarkError(_failure(command, "did not finish in time", output, log))
            peak = max(peak, _peak_now(proc.pid))
            readable, _, _ = select.select([fd], [], [], 0.005)
            if not readable:
                continue
            chunk = os.read(fd, 65536)
            now = time.perf_counter()
            if not chunk:
                break  # end of output: the process is exiting
            output += chunk
            if until == "ready" and ready_at is None:
                line = _ready_line(output)
                if line is not None:
                    ready_at = now
                    reported = _reported_seconds(line)
                    peak = max(peak, _peak_now(proc.pid))
        ended = time.perf_counter()
        status = proc.wait(max(0.1, deadline - time.perf_counter()))
    finally:
        if proc.returncode is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    if status != 0:
        raise BenchmarkError(_failure(command, f"exited {status}", output, log))
    if until == "ready":
        if ready_at is None:
            raise BenchmarkError(_failure(command, "exited without READY", output, log))
        return Launch(ready_at - started, reported, peak)
    return Launch(ended - started, None, peak)


def _peak_now(pid: int) -> float:
    try:
        return memory_mib(pid, "VmHWM")
    except (OSError, BenchmarkError):
        return 0.0  # not started yet, or already gone


def _log_file(env: Mapping[str, str]) -> Path:
    folder = Path(env.get("XDG_STATE_HOME") or REPO)
    return folder / f"child-{time.monotonic_ns()}.stderr"


def _ready_line(output: bytes) -> str | None:
    for raw in output.decode(errors="replace").splitlines():
        if raw.startswith(READY_PREFIX):
            return raw
    return None


def _reported_seconds(line: str) -> float | None:
    parts = line.split()
    try:
        return float(parts[1]) if len(parts) > 1 else None
    except ValueError:
        return None


def _failure(command: Sequence[str], what: str, output: bytes, log: Path) -> str:
    errors = log.read_text(errors="replace")[-4000:] if log.exists() else ""
    shown = " ".join(Path(part).name if "/" in part else part for part in command)
    return f"{shown}: {what}\n{output.decode(errors='replace')[-2000:]}{errors}"


# -- a process that keeps running while it is measured ------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def memory_mib(pid: int, field: Literal["VmRSS", "VmHWM"] = "VmRSS") -> float:
    """Resident memory of ``pid`` now (``VmRSS``) or at its peak (``VmHWM``), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise BenchmarkError(f"/proc/{pid}/status has no {field}")


class Running:
    """A process started for measuring while it runs; stopped (SIGTERM, then SIGKILL) on exit."""

    def __init__(self, command: Sequence[str], env: Mapping[str, str]) -> None:
        self._command = list(command)
        self._env = dict(env)
        self._log = _log_file(env)
        self._out = self._log.with_suffix(".stdout")
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Self:
        with self._log.open("wb") as errors, self._out.open("wb") as output:
            self._proc = subprocess.Popen(
                self._command,
                env=self._env,
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=errors,
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        proc = self._proc
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def output(self) -> str:
        """What the process has written to stdout so far."""
        return self._out.read_text(errors="replace")

    def check_alive(self) -> None:
        assert self._proc is not None
        if self._proc.poll() is not None:
            raise BenchmarkError(
                _failure(self._command, f"exited {self._proc.returncode}", b"", self._log)
            )

    def wait_for(self, condition: Callable[[], bool], timeout: float, what: str) -> None:
        """Poll ``condition`` (every 20 ms) while the process lives, up to ``timeout``."""
        deadline = time.monotonic() + timeout
        while not condition():
            self.check_alive()
            if time.monotonic() > deadline:
                raise BenchmarkError(_failure(self._command, f"never {what}", b"", self._log))
            time.sleep(0.02)

    def settle(self, timeout: float, *, window: float = 0.5, busy_share: float = 0.05) -> None:
        """Wait until the process used less than ``busy_share`` of a core over ``window`` s."""
        deadline = time.monotonic() + timeout
        while True:
            self.check_alive()
            before = cpu_seconds(self.pid)
            time.sleep(window)
            if cpu_seconds(self.pid) - before < busy_share * window:
                return
            if time.monotonic() > deadline:
                raise BenchmarkError(
                    _failure(self._command, f"still busy after {timeout:.0f} s", b"", self._log)
                )

    def cpu_share(self, seconds: float) -> float:
        """Percent of one core the process used over the next ``seconds``."""
        before = cpu_seconds(self.pid)
        started = time.monotonic()
        time.sleep(seconds)
        used = cpu_seconds(self.pid) - before
        self.check_alive()
        return 100.0 * used / (time.monotonic() - started)
