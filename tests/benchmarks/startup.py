"""Benchmark 1: process start → first category list on screen, against a bare PySide6 window.

Variants, launched in turns so that machine noise spreads evenly: the bare window (baseline),
the app on the harness's sandbox store with a fresh data dir (cold catalog cache), the app on a
data dir that has already shown this store's catalog (warm cache), and the app on its embedded
``--sandbox`` store (which also starts a store in-process). Each figure is the median of
``startup_runs`` launches after one unmeasured warm-up launch of every variant.
Goal: at most 1.5× the bare window.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.launches import (
    STAND_IN_NOTE,
    AppCommand,
    app_command,
    bare_window_command,
    ready_contract,
)
from tests.benchmarks.processes import Launch, launch

GOAL = Goal(1.5, on="ratio")
BARE = "bare window"
LAUNCH_TIMEOUT = 60.0

Variant = Callable[[], AppCommand]


def run(command: AppCommand) -> Launch:
    return launch(
        command.argv,
        command.env,
        until="ready" if command.until_ready else "exit",
        timeout=LAUNCH_TIMEOUT,
    )


def timed_in_turns(
    variants: dict[str, Variant], runs: int, warm_up: bool
) -> dict[str, list[float]]:
    """Seconds of each variant's launches, launched in turns (``a b c a b c …``)."""
    seconds: dict[str, list[float]] = {name: [] for name in variants}
    for index in range(runs + (1 if warm_up else 0)):
        for name, variant in variants.items():
            took = run(variant()).seconds
            if index or not warm_up:
                seconds[name].append(took)
    return seconds


def startup(ctx: BenchContext) -> list[Figure]:
    warm_dir = ctx.folder("warm")
    run(app_command(ctx, warm_dir))  # this data dir now holds the store's catalog
    fresh: list[Path] = []

    def cold() -> AppCommand:
        fresh.append(ctx.folder("cold"))
        return app_command(ctx, fresh[-1])

    def embedded() -> AppCommand:
        fresh.append(ctx.folder("embedded"))
        return app_command(ctx, fresh[-1], sandbox=True)

    variants: dict[str, Variant] = {
        BARE: lambda: bare_window_command(ctx),
        "cold": cold,
        "warm": lambda: app_command(ctx, warm_dir),
        "embedded": embedded,
    }
    try:
        seconds = timed_in_turns(variants, ctx.sizes.startup_runs, ctx.sizes.warm_up)
    finally:
        for folder in [warm_dir, *fresh]:
            ctx.discard(folder)
    bare = statistics.median(seconds[BARE])
    runs = len(seconds[BARE])
    real = ready_contract()
    stand_in = "" if real else f"; {STAND_IN_NOTE}"

    def figure(name: str, variant: str, note: str, goal: Goal | None = GOAL) -> Figure:
        value = statistics.median(seconds[variant])
        judged = goal if real else None
        return Figure(name, value, "s", bare, BARE, judged, f"median of {runs}; {note}{stand_in}")

    return [
        figure(
            "start-up → catalog shown, cold cache",
            "cold",
            "fresh data dir; the catalog comes from the store (the harness's sandbox)",
        ),
        figure(
            "start-up → catalog shown, warm cache",
            "warm",
            "data dir with this store's cached catalog",
        ),
        figure(
            "start-up → catalog shown, --sandbox",
            "embedded",
            "fresh data dir; also starts the embedded sandbox store in the app's process",
            goal=None,
        ),
    ]
