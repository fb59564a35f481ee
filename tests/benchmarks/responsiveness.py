"""Benchmark 2: does the GUI thread keep breathing while the app works hard?

A 5 ms heartbeat QTimer runs in the real app (a child process) while a category of
``category_products`` products loads and renders, while ``polled_orders`` processing orders are
polled by the tracker, and while a ``zip_bytes`` ZIP is saved through the download service. The
baseline is the same heartbeat in the same process with nothing to do, just before.
Goal: 99th percentile gap ≤ 16 ms (one frame at 60 Hz), longest gap ≤ 50 ms. The longest busy
stretch (the GUI thread's CPU time between two beats) says what the app held the thread for when
the machine is loaded and the gaps include waits for a core.
"""

from __future__ import annotations

import traceback
from typing import Any

from teleaccounthub.cli import API_KEY_ENV
from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal, not_measured
from tests.benchmarks.processes import run_probe
from tests.benchmarks.sizes import size_text

P99_GOAL = Goal(16.0, unit="ms")
LONGEST_GOAL = Goal(50.0, unit="ms")
IDLE = "idle loop"


def responsiveness(ctx: BenchContext) -> list[Figure]:
    """Every scenario's rows; one that fails is a "not measured" row, the others still run."""
    figures: list[Figure] = []
    for scenario in (category_load, order_polling, zip_download):
        try:
            figures += scenario(ctx)
        except Exception as error:
            traceback.print_exc()
            first_line = (str(error).strip().splitlines() or [""])[0]
            reason = f"{scenario.__name__} failed: {type(error).__name__}: {first_line}"
            figures.append(not_measured(f"heartbeat while {scenario.__name__}", "ms", reason))
    return figures


def category_load(ctx: BenchContext) -> list[Figure]:
    count = ctx.sizes.category_products
    result = probe(
        ctx,
        "category",
        ["--category-id", str(ctx.bulk_category_id), "--products", str(count)],
    )
    note = (
        f"{count:,} products fetched, parsed and shown in {result['shown_seconds']:.2f} s "
        f"(select → first paint of the filled table)"
    )
    return _figures(f"{count:,}-product category loads", result, note)


def order_polling(ctx: BenchContext) -> list[Figure]:
    count = ctx.sizes.polled_orders
    data_dir = ctx.folder("polling")
    ctx.seed_order_book(data_dir, ctx.place_orders(count))
    result = probe(
        ctx,
        "orders",
        ["--orders", str(count), "--polling-seconds", str(ctx.sizes.polling_seconds)],
        data_dir=data_dir,
    )
    note = f"{result['polls']} polls of {count} orders in {result['busy_seconds']:.1f} s"
    return _figures(f"{count} orders are polled", result, note)


def zip_download(ctx: BenchContext) -> list[Figure]:
    data_dir = ctx.folder("saving")
    order_id = ctx.completed_order(data_dir)
    ctx.warm_download(order_id)
    target = ctx.folder("saved")
    try:
        result = probe(
            ctx,
            "download",
            ["--order-id", str(order_id), "--target", str(target)],
            data_dir=data_dir,
        )
    finally:
        ctx.discard(target)
    size = size_text(result["bytes"])
    note = (
        f"{size} saved (download, fsync, ZIP check, SHA-256, order book) in "
        f"{result['saved_seconds']:.1f} s"
    )
    return _figures(f"{size} ZIP downloads", result, note)


def probe(
    ctx: BenchContext, scenario: str, extra: list[str], *, data_dir: Any = None
) -> dict[str, Any]:
    """The result of ``responsiveness_probe`` for ``scenario`` (a fresh data dir unless given)."""
    folder = data_dir if data_dir is not None else ctx.folder(scenario)
    try:
        return run_probe(
            "responsiveness_probe",
            [
                "--scenario",
                scenario,
                "--base-url",
                ctx.base_url,
                "--data-dir",
                str(folder),
                "--idle-seconds",
                str(ctx.sizes.heartbeat_idle_seconds),
                *extra,
            ],
            ctx.env({API_KEY_ENV: ctx.api_key}),
            timeout=300,
        )
    finally:
        ctx.discard(folder)


def _figures(label: str, result: dict[str, Any], note: str) -> list[Figure]:
    idle, busy = result["idle"], result["busy"]
    return [
        Figure(
            f"heartbeat p99 while {label}",
            busy["p99_ms"],
            "ms",
            idle["p99_ms"],
            IDLE,
            P99_GOAL,
            note,
        ),
        Figure(
            f"heartbeat longest gap while {label}",
            busy["longest_ms"],
            "ms",
            idle["longest_ms"],
            IDLE,
            LONGEST_GOAL,
        ),
        Figure(
            f"GUI thread's longest busy stretch while {label}",
            busy["longest_busy_ms"],
            "ms",
            idle["longest_busy_ms"],
            IDLE,
            LONGEST_GOAL,
            "CPU time between two beats: the gap less the waits for a core (load-proof)",
        ),
    ]
