"""Benchmark 6: resident memory once the catalog is shown, against the bare PySide6 window.

Both run as child processes until they have shown their window and calmed down; then their RSS
is read from ``/proc/<pid>/status``. Goal: at most 1.5× the bare window.
"""

from __future__ import annotations

from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.launches import app_command, bare_window_command
from tests.benchmarks.processes import memory_mib
from tests.benchmarks.running import running_idle

GOAL = Goal(1.5, on="ratio")
BARE = "bare window"


def memory(ctx: BenchContext) -> list[Figure]:
    with running_idle(ctx, bare_window_command(ctx, stay=True), is_app=False) as bare:
        baseline = memory_mib(bare.pid)
    data_dir = ctx.folder("memory")
    try:
        command = app_command(ctx, data_dir, exit_when_ready=False)
        with running_idle(ctx, command, is_app=True) as app:
            resident = memory_mib(app.pid)
            peak = memory_mib(app.pid, "VmHWM")
    finally:
        ctx.discard(data_dir)
    return [
        Figure(
            "resident memory, catalog shown",
            resident,
            "MiB",
            baseline,
            BARE,
            GOAL,
            f"RSS once idle after start-up (its peak so far: {peak:.0f} MiB)",
        )
    ]
