"""Benchmark 3: the product table at ``category_products`` rows — filtering and sorting.

Measured in the real main window (a child process): a keystroke in ``productFilter`` until
``productTable`` shows the result (the panel waits ``FILTER_DELAY_MS`` after the last keystroke
before filtering), the filtering work itself per keystroke, and a sort by price until painted.
The baseline is the same on Qt's C++ ``QStandardItemModel`` + ``QSortFilterProxyModel``, in the
same process and run. Goal: ≤ 16 ms per keystroke, ≤ 50 ms per sort (worst case of the run).
"""

from __future__ import annotations

from typing import Any

from teleaccounthub.cli import API_KEY_ENV
from teleaccounthub.ui.catalog.product_panel import FILTER_DELAY_MS
from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.processes import run_probe

KEYSTROKE_GOAL = Goal(16.0, unit="ms")
SORT_GOAL = Goal(50.0, unit="ms")
NATIVE = "Qt C++ models"


def table_speed(ctx: BenchContext) -> list[Figure]:
    rows = ctx.sizes.category_products
    data_dir = ctx.folder("table")
    try:
        result = run_probe(
            "table_probe",
            [
                "--base-url",
                ctx.base_url,
                "--data-dir",
                str(data_dir),
                "--category-id",
                str(ctx.bulk_category_id),
                "--products",
                str(rows),
                "--rounds",
                str(ctx.sizes.table_rounds),
            ],
            ctx.env({API_KEY_ENV: ctx.api_key}),
            timeout=300,
        )
    finally:
        ctx.discard(data_dir)
    app, native = result["app"], result["native"]
    return [
        _figure(
            f"filter keystroke → table updated, {rows:,} rows",
            app["keystroke_ms"],
            native["keystroke_ms"],
            KEYSTROKE_GOAL,
            f'worst of {app["keystroke_ms"]["count"]} keystrokes ("phil", "+63", typed and '
            f"erased); median {app['keystroke_ms']['median']:.0f} ms; includes the filter "
            f"box's {FILTER_DELAY_MS} ms typing delay (the baseline filters on every keystroke)",
        ),
        _figure(
            f"filter work per keystroke, {rows:,} rows",
            app["filter_ms"],
            native["filter_ms"],
            KEYSTROKE_GOAL,
            f"the filter applied directly, laid out and painted; median "
            f"{app['filter_ms']['median']:.1f} ms",
        ),
        Figure(
            "table repaint, nothing changed",
            app["paint_ms"]["median"],
            "ms",
            native["paint_ms"]["median"],
            NATIVE,
            note=f"for diagnosis: median of {app['paint_ms']['count']} paints of the visible rows "
            "(every update above includes one)",
        ),
        _figure(
            f"sort by price → table painted, {rows:,} rows",
            app["sort_ms"],
            native["sort_ms"],
            SORT_GOAL,
            f"worst of {app['sort_ms']['count']} sorts (ascending, descending); median "
            f"{app['sort_ms']['median']:.0f} ms",
        ),
    ]


def _figure(
    name: str, app: dict[str, Any], native: dict[str, Any], goal: Goal, note: str
) -> Figure:
    return Figure(name, app["max"], "ms", native["max"], NATIVE, goal, note)
