"""Benchmark 5: CPU used while nothing happens — as a percentage of one core.

The app (a child process, on the harness's sandbox store) runs with its window open; once it has
shown the catalog and calmed down, its CPU time is read from ``/proc`` over ``idle_seconds``. Then
again with ``idle_orders`` processing orders in its order book, which it polls. The baseline is
the bare PySide6 window measured the same way. Goal: ≤ 1% of one core.
"""

from __future__ import annotations

from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.launches import app_command, bare_window_command
from tests.benchmarks.running import ORDERS_PATH, requests_since, running_idle

GOAL = Goal(1.0, unit="%")
BARE = "bare window"


def idle(ctx: BenchContext) -> list[Figure]:
    seconds = ctx.sizes.idle_seconds
    with running_idle(ctx, bare_window_command(ctx, stay=True), is_app=False) as bare:
        baseline = bare.cpu_share(seconds)
    quiet_dir = ctx.folder("idle")
    try:
        with running_idle(
            ctx, app_command(ctx, quiet_dir, exit_when_ready=False), is_app=True
        ) as app:
            quiet = app.cpu_share(seconds)
    finally:
        ctx.discard(quiet_dir)
    figures = [
        Figure(
            f"idle CPU over {seconds:g} s, window open",
            quiet,
            "%",
            baseline,
            BARE,
            GOAL,
            "percent of one core; nothing pending (catalog shown, balance fetched)",
        )
    ]
    count = ctx.sizes.idle_orders
    name = f"idle CPU over {seconds:g} s, {count} orders polled"
    busy_dir = ctx.folder("idle-orders")
    try:
        ctx.seed_order_book(busy_dir, ctx.place_orders(count))
        command = app_command(ctx, busy_dir, exit_when_ready=False)
        with running_idle(ctx, command, is_app=True) as app:
            seen = len(ctx.server.requests)
            polling = app.cpu_share(seconds)
            polls = requests_since(ctx, seen, ORDERS_PATH)
    finally:
        ctx.discard(busy_dir)
    note = f"{polls} order polls in the window"
    if polls == 0:
        note += " — none fell in it: this is the cost of showing processing orders, not of polling"
    figures.append(Figure(name, polling, "%", baseline, BARE, GOAL, note))
    return figures
