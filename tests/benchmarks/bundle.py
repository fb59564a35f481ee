"""Benchmark 7: the frozen build (``dist/TeleAccountHub/``) — its size, and its start-up against
the unfrozen app, launched in turns, warm cache, median of ``startup_runs``.

Goals from the packaging issue (``packaging/build.py``): the onedir folder within 130 MB on Linux,
frozen start-up within 1.1× the unfrozen one.
"""

from __future__ import annotations

import statistics
import sys
from datetime import datetime
from pathlib import Path

from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal, not_measured
from tests.benchmarks.launches import FROZEN, STAND_IN_NOTE, app_command, ready_contract
from tests.benchmarks.startup import run, timed_in_turns

NOT_BUILT = "not built — run packaging/build.py"
SIZE_GOAL = Goal(130.0, unit="MB")  # LINUX_ONEDIR_BUDGET in packaging/build.py
STARTUP_GOAL = Goal(1.1, on="ratio")  # STARTUP_BUDGET in packaging/build.py
UNFROZEN = "unfrozen app"
SIZE = "bundle size (dist/TeleAccountHub/)"
STARTUP = "bundle start-up → catalog shown, warm cache"


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symlinks not followed or counted)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundle(ctx: BenchContext, executable: Path = FROZEN) -> list[Figure]:
    if not executable.is_file():
        return [
            not_measured(SIZE, "MB", NOT_BUILT, SIZE_GOAL),
            not_measured(STARTUP, "s", NOT_BUILT, STARTUP_GOAL),
        ]
    size = folder_bytes(executable.parent) / 1e6
    goal_note = "" if sys.platform.startswith("linux") else "; the 130 MB budget is Linux's"
    data_dir = ctx.folder("bundle")
    try:
        run(app_command(ctx, data_dir))  # warm the catalog cache
        seconds = timed_in_turns(
            {
                UNFROZEN: lambda: app_command(ctx, data_dir),
                "frozen": lambda: app_command(ctx, data_dir, executable=[str(executable)]),
            },
            ctx.sizes.startup_runs,
            ctx.sizes.warm_up,
        )
    finally:
        ctx.discard(data_dir)
    real = ready_contract()
    stand_in = "" if real else f"; {STAND_IN_NOTE}"
    built = datetime.fromtimestamp(executable.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return [
        Figure(
            SIZE,
            size,
            "MB",
            note=f"files of the onedir folder, 10⁶ bytes; built {built} (rebuild after changing "
            f"the app: packaging/build.py){goal_note}",
            goal=SIZE_GOAL,
        ),
        Figure(
            STARTUP,
            statistics.median(seconds["frozen"]),
            "s",
            statistics.median(seconds[UNFROZEN]),
            UNFROZEN,
            STARTUP_GOAL if real else None,
            f"median of {len(seconds['frozen'])}, frozen and unfrozen launched in turns{stand_in}",
        ),
    ]
