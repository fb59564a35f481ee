"""Benchmark: the whole-store search, one keystroke, once every category is cached.

Measured in the real app (a child process, ``search_probe``) over the benchmark sandbox: the
Bulk category of ``category_products`` products and every regional one (the Huge category is
too big to be kept for the search: the search says so and leaves it to that category's filter).
Each keystroke is timed from the key press to the first paint of the results. The baseline is a
bare ``str.find`` loop over the same lower-case names in the same process and run: the least a
search can do, without country names, codes or results. Goal: the median within a frame.
"""

from __future__ import annotations

from teleaccounthub.cli import API_KEY_ENV
from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.processes import run_probe

KEYSTROKE_GOAL = Goal(16.0, unit="ms")
BARE = "bare str.find loop"


def search_speed(ctx: BenchContext) -> list[Figure]:
    data_dir = ctx.folder("search")
    try:
        result = run_probe(
            "search_probe",
            [
                "--base-url",
                ctx.base_url,
                "--data-dir",
                str(data_dir),
                "--rounds",
                str(ctx.sizes.table_rounds),
            ],
            ctx.env({API_KEY_ENV: ctx.api_key}),
            timeout=420,
        )
    finally:
        ctx.discard(data_dir)
    painted, work, bare = result["painted_ms"], result["work_ms"], result["bare_ms"]
    label = (
        f"{result['products']:,} products in {result['searched']} of "
        f"{result['categories']} categories"
    )
    return [
        Figure(
            f"store search keystroke → results painted, median, {label}",
            painted["median"],
            "ms",
            bare["median"],
            BARE,
            KEYSTROKE_GOAL,
            f"{painted['count']} keystrokes (germany, DE, +63, korea, typed and erased); the "
            f"work alone (search, results, status): median {work['median']:.1f} ms",
        ),
        Figure(
            f"store search keystroke → results painted, worst, {label}",
            painted["max"],
            "ms",
            bare["max"],
            BARE,
            note=f"the work alone: worst {work['max']:.1f} ms",
        ),
    ]
