"""``uv run python -m tests.benchmarks [--quick] [--only NAME ...]``: run and print the table.

Every benchmark measures its figure and its baseline in this run, against a sandbox store that
this process serves on loopback; the app itself always runs in child processes.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from collections.abc import Sequence

from tests.benchmarks.context import bench_context
from tests.benchmarks.figures import Figure, not_measured
from tests.benchmarks.registry import BENCHMARKS
from tests.benchmarks.report import render
from tests.benchmarks.sizes import FULL, TINY


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks",
        description="Measure start-up, responsiveness, table speed, downloads, idle CPU, memory "
        "and the bundle against baselines taken in the same run.",
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes: checks that everything runs (~30 s)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(BENCHMARKS),
        metavar="NAME",
        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}",
    )
    return parser.parse_args(argv)


def machine() -> str:
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    return (
        f"{platform.node()}: {os.cpu_count()} cores, load {load}; Python "
        f"{platform.python_version()}; {platform.platform()}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = TINY if args.quick else FULL
    names = args.only or list(BENCHMARKS)
    print(f"TeleAccountHub benchmarks ({sizes.name} sizes) on {machine()}", flush=True)
    started = time.monotonic()
    figures: list[Figure] = []
    failures = 0
    with bench_context(sizes) as ctx:
        for name in names:
            print(f"… {name}", file=sys.stderr, flush=True)
            began = time.monotonic()
            try:
                figures += BENCHMARKS[name](ctx)
            except Exception as error:
                failures += 1
                traceback.print_exc()
                summary = str(error).strip().splitlines()[0] if str(error).strip() else ""
                figures.append(
                    not_measured(name, "", f"{name} failed: {type(error).__name__}: {summary}")
                )
            print(f"  {name}: {time.monotonic() - began:.1f} s", file=sys.stderr, flush=True)
    print()
    print(render(figures))
    print(
        f"\n{len(figures)} figures in {time.monotonic() - started:.0f} s; load now "
        f"{os.getloadavg()[0]:.2f}",
        flush=True,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
