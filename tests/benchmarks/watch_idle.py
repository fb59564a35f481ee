"""Benchmark: the idle CPU the watch check adds — 5 watched categories, checked every 30 s.

The app (a child process, on the harness's sandbox store) runs idle twice in the same run: with an
empty data folder, and with a watch list of one product in each of 5 categories that are not the
one on screen (so every round fetches all 5; the shortest period the setting allows, 30 s). Each
is measured over three idle windows (30 s at full size: one check period). The figure is the
difference, in percent of one core. Goal: ≤ +0.2 %.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import httpx

from teleaccounthub.local import DataDir
from teleaccounthub.local.watches import WATCHES_FILE, Condition, Watch, WatchList
from teleaccounthub.services.watch import CHECK_INTERVAL, MIN_CHECK_INTERVAL
from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.launches import app_command
from tests.benchmarks.running import requests_since, running_idle

GOAL = Goal(0.2, unit="%")
WATCHED_CATEGORIES = 5
#: The measuring window, in idle windows of the sizes: 3 × 10 s = one 30 s check period.
WINDOW_FACTOR = 3
PRODUCTS_SUFFIX = "/products"


def watch_idle(ctx: BenchContext) -> list[Figure]:
    seconds = ctx.sizes.idle_seconds * WINDOW_FACTOR
    plain_dir = ctx.folder("watch-none")
    try:
        with running_idle(
            ctx, app_command(ctx, plain_dir, exit_when_ready=False), is_app=True
        ) as app:
            without = app.cpu_share(seconds)
    finally:
        ctx.discard(plain_dir)
    watched_dir = ctx.folder("watch-five")
    try:
        categories = seed_watches(ctx, watched_dir)
        with running_idle(
            ctx, app_command(ctx, watched_dir, exit_when_ready=False), is_app=True
        ) as app:
            seen = len(ctx.server.requests)
            watching = app.cpu_share(seconds)
            fetched = sum(
                1
                for record in ctx.server.requests[seen:]
                if record.path.endswith(PRODUCTS_SUFFIX)
                and any(f"/categories/{c}/" in record.path for c in categories)
            )
            asked = requests_since(ctx, seen, "/api/")
    finally:
        ctx.discard(watched_dir)
    name = (
        f"idle CPU added by the watch check over {seconds:g} s "
        f"({WATCHED_CATEGORIES} categories every {MIN_CHECK_INTERVAL} s)"
    )
    note = (
        f"{watching:.3f} % with watches, {without:.3f} % without; {fetched} watched-category "
        f"fetches ({asked} requests) in the window"
    )
    return [Figure(name, max(0.0, watching - without), "%", without, "no watches", GOAL, note)]


def seed_watches(ctx: BenchContext, data_dir: Path) -> list[int]:
    """A watch list in ``data_dir``: one product of each of the first categories but the one
    the window shows first and the two big ones, and the shortest check period. Returns the
    watched categories."""
    folder = DataDir(data_dir)
    big = {ctx.bulk_category_id, ctx.huge_category_id}
    with httpx.Client(base_url=ctx.base_url, timeout=30) as plain:
        listed = plain.get("/api/v1/catalog/securetd/categories").json()["categories"]
        ids = [c["category_id"] for c in listed]
        chosen = [c for c in ids[1:] if c not in big][:WATCHED_CATEGORIES]
        watches = WatchList(folder.root / WATCHES_FILE, ctx.base_url)
        for category_id in chosen:
            answer = plain.get(f"/api/v1/catalog/securetd/categories/{category_id}/products")
            product = json.loads(answer.content, parse_float=Decimal)["products"][0]
            watches.put(
                Watch(
                    product["product_id"],
                    category_id,
                    product["product_name"],
                    Condition.stock_at_least(10_000_000),  # never true: checks, no alerts
                )
            )
    folder.settings_file.write_text(json.dumps({CHECK_INTERVAL: MIN_CHECK_INTERVAL}), "utf-8")
    return chosen
