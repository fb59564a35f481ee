"""Benchmark 4: download throughput and memory of the app's download path, against curl.

The same ZIP (``zip_bytes``) of a completed sandbox order is fetched, in turns, by ``curl -o``
and by the app's ``Client.download`` (part file, fsync, ZIP check, rename) in a child process on
the qasync loop, as in the app — and on a plain asyncio loop, to show what the Qt loop costs.
The figure is the median of ``download_runs`` turns, after one unmeasured download that makes the
sandbox build the file. Goal: ≥ 0.8× curl's throughput; peak memory growth ≤ 50 MiB.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

from teleaccounthub.cli import API_KEY_ENV
from tests.benchmarks.context import BenchContext
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.processes import BenchmarkError, launch, run_probe
from tests.benchmarks.sizes import MIB, size_text

THROUGHPUT_GOAL = Goal(0.8, on="ratio", direction="at_least")
GROWTH_GOAL = Goal(50.0, unit="MiB")
CURL = "curl -o"
CURL_SYNCED = "curl -o + fsync"


def download(ctx: BenchContext) -> list[Figure]:
    curl = shutil.which("curl")
    if curl is None:
        raise BenchmarkError("curl is not installed: it is this benchmark's baseline")
    order_id = ctx.completed_order()
    ctx.warm_download(order_id)
    target = ctx.folder("downloads")
    curl_rates, synced_rates, curl_rss = [], [], []
    app_runs: list[dict[str, Any]] = []
    plain_runs: list[dict[str, Any]] = []
    try:
        for _ in range(ctx.sizes.download_runs):
            rate, synced, rss = _curl(ctx, curl, order_id, target)
            curl_rates.append(rate)
            synced_rates.append(synced)
            curl_rss.append(rss)
            app_runs.append(_app(ctx, order_id, target, "qasync"))
            plain_runs.append(_app(ctx, order_id, target, "asyncio"))
    finally:
        ctx.discard(target)
    size = size_text(ctx.sizes.zip_bytes)
    curl_rate = statistics.median(curl_rates)
    app_rate = statistics.median(_rate(run) for run in app_runs)
    plain_rate = statistics.median(_rate(run) for run in plain_runs)
    growth = max(run["growth_mib"] for run in app_runs)
    return [
        Figure(
            f"download {size}: Client.download on the app's qasync loop",
            app_rate,
            "MiB/s",
            curl_rate,
            CURL,
            THROUGHPUT_GOAL,
            f"median of {len(app_runs)}; the app's path also fsyncs the file and checks the ZIP "
            "before renaming it; curl only writes it",
        ),
        Figure(
            f"download {size}: the same, against curl with an fsync",
            app_rate,
            "MiB/s",
            statistics.median(synced_rates),
            CURL_SYNCED,
            THROUGHPUT_GOAL,
            "the baseline adds the time to fsync curl's file: the same durability as the app's",
        ),
        Figure(
            f"download {size}: Client.download on a plain asyncio loop",
            plain_rate,
            "MiB/s",
            curl_rate,
            CURL,
            note="for diagnosis: the same download without Qt's event loop",
        ),
        Figure(
            f"download {size}: peak memory growth",
            growth,
            "MiB",
            max(curl_rss),
            "curl's whole peak RSS",
            GROWTH_GOAL,
            f"worst of {len(app_runs)}: peak RSS during the download minus RSS before it "
            f"(process RSS before: {app_runs[0]['rss_mib']:.0f} MiB)",
        ),
    ]


def _rate(run: dict[str, Any]) -> float:
    return float(run["bytes"]) / MIB / float(run["seconds"])


def _curl(ctx: BenchContext, curl: str, order_id: int, target: Path) -> tuple[float, float, float]:
    """curl's MiB/s, its MiB/s with an fsync of the file added, and its peak RSS in MiB."""
    file = target / "curl.zip"
    command = [curl, "-sS", "--fail", "-o", str(file), "-H", ctx.auth_header()]
    run = launch([*command, ctx.download_url(order_id)], ctx.env(), until="exit", timeout=300)
    size = file.stat().st_size
    if size != ctx.sizes.zip_bytes:
        raise BenchmarkError(f"curl saved {size} bytes, not {ctx.sizes.zip_bytes}")
    started = time.perf_counter()
    with file.open("rb") as handle:
        os.fsync(handle.fileno())  # also keeps curl's dirty pages from slowing the next download
    synced = run.seconds + time.perf_counter() - started
    file.unlink()
    return size / MIB / run.seconds, size / MIB / synced, run.peak_rss_mib


def _app(ctx: BenchContext, order_id: int, target: Path, loop: str) -> dict[str, Any]:
    result = run_probe(
        "download_probe",
        [
            "--base-url",
            ctx.base_url,
            "--order-id",
            str(order_id),
            "--target",
            str(target),
            "--loop",
            loop,
        ],
        ctx.env({API_KEY_ENV: ctx.api_key}),
        timeout=300,
    )
    if result["bytes"] != ctx.sizes.zip_bytes:
        raise BenchmarkError(f"the app saved {result['bytes']} bytes, not {ctx.sizes.zip_bytes}")
    return result
