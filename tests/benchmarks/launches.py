"""How the app and its baseline are launched for start-up, idle and memory measurements.

Start-up is measured from outside: with ``TELEACCOUNTHUB_BENCH_EXIT_WHEN_READY=1`` the app prints
``READY <seconds since process start>`` once the first category list is on screen, and exits. The
wall time from spawning the process to that line is the figure. Until the app honours the variable
(the source does not mention it), ``--version`` stands in so the harness runs end to end.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import teleaccounthub
from teleaccounthub.cli import API_KEY_ENV
from tests.benchmarks.context import BenchContext
from tests.benchmarks.processes import REPO, python

READY_ENV = "TELEACCOUNTHUB_BENCH_EXIT_WHEN_READY"
BARE_WINDOW = Path(__file__).with_name("bare_window.py")
FROZEN = REPO / "dist" / "TeleAccountHub" / "TeleAccountHub"
STAND_IN_NOTE = (
    f"stand-in: `--version` (spawn → exit), not judged against the goal — the app does not "
    f"honour {READY_ENV} yet"
)


@functools.cache
def ready_contract() -> bool:
    """Whether the app's source knows the ``READY`` variable."""
    package = Path(teleaccounthub.__file__).parent
    return any(READY_ENV in path.read_text() for path in package.rglob("*.py"))


@dataclass(frozen=True, slots=True)
class AppCommand:
    """A command that starts the app, its environment, and how its start is seen."""

    argv: list[str]
    env: dict[str, str]
    until_ready: bool


def app_command(
    ctx: BenchContext,
    data_dir: Path,
    *,
    sandbox: bool = False,
    executable: list[str] | None = None,
    exit_when_ready: bool = True,
) -> AppCommand:
    """``python -m teleaccounthub`` (or ``executable``) on the harness's sandbox store, with the
    key for this run only; or on its embedded sandbox with ``sandbox``."""
    program = executable if executable is not None else python("-m", "teleaccounthub")
    extra = {API_KEY_ENV: ctx.api_key}
    if exit_when_ready:
        extra[READY_ENV] = "1"
    env = ctx.env(extra)
    if executable is not None:
        env.pop("PYTHONPATH", None)  # a frozen app brings everything it needs
    if exit_when_ready and not ready_contract():
        return AppCommand([*program, "--version"], env, until_ready=False)
    where = ["--sandbox"] if sandbox else ["--base-url", ctx.base_url]
    return AppCommand([*program, *where, "--data-dir", str(data_dir)], env, until_ready=True)


def bare_window_command(ctx: BenchContext, *, stay: bool = False) -> AppCommand:
    argv = python(str(BARE_WINDOW), *(["--stay"] if stay else []))
    return AppCommand(argv, ctx.env(), until_ready=True)
