"""Benchmark 5: CPU used while nothing happens — as a percentage of one core.

The app (a child process, on the harness's sandbox store) runs with its window open; once it has
shown the catalog and calmed down, its CPU time is read from ``/proc`` over ``idle_seconds``. Then
again with ``idle_orders`` processing orders in its order book, which it polls, and with
``MANY_ORDERS_FACTOR`` times as many (200 at full size). The baseline is the bare PySide6 window
measured the same way. Goals: ≤ 1% of one core with the window open, ≤ 0.5% while orders are
polled.

``/proc`` counts CPU time in ticks of 10 ms: over 10 s a figure moves in steps of 0.1%.
"""

from __future__ import annotations

from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.launches import app_command, bare_window_command
from tests.benchmarks.processes import Running
from tests.benchmarks.running import ORDERS_PATH, requests_since, running_idle

GOAL = Goal(1.0, unit="%")
POLLING_GOAL = Goal(0.5, unit="%")
BARE = "bare window"
#: The second polling row follows this many times ``idle_orders`` (10 → 200).
MANY_ORDERS_FACTOR = 20


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
    for orders in (count, count * MANY_ORDERS_FACTOR):
        figures.append(polling(ctx, orders, baseline))
    return figures


def polling(ctx: BenchContext, count: int, baseline: float) -> Figure:
    """Idle CPU while ``count`` processing orders of the order book are polled."""
    seconds = ctx.sizes.idle_seconds
    busy_dir = ctx.folder(f"idle-orders-{count}")
    try:
        ctx.seed_order_book(busy_dir, ctx.place_orders(count))
        command = app_command(ctx, busy_dir, exit_when_ready=False)
        with running_idle(ctx, command, is_app=True) as app:
            seen = len(ctx.server.requests)
            share = app.cpu_share(seconds)
            polls = requests_since(ctx, seen, ORDERS_PATH)
            threads = _threads(app)
    finally:
        ctx.discard(busy_dir)
    note = f"{polls} order polls in the window; {threads} threads"
    if polls == 0:
        note += " — none fell in it: this is the cost of showing processing orders, not of polling"
    name = f"idle CPU over {seconds:g} s, {count} orders polled"
    return Figure(name, share, "%", baseline, BARE, POLLING_GOAL, note)


def _threads(process: Running) -> int:
    with open(f"/proc/{process.pid}/status") as status:
        for line in status:
            if line.startswith("Threads:"):
                return int(line.split()[1])
    return 0
