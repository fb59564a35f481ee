"""Child: the 5 ms heartbeat's gaps while the real app does one heavy thing.

    python -m tests.benchmarks.responsiveness_probe --scenario category|orders|download ...

The API key comes from ``TELEACCOUNTHUB_API_KEY``. The app (main window with the orders feature)
starts and shows its categories; then the heartbeat runs ``--idle-seconds`` with nothing to do
(the baseline), and again while the scenario runs: the Bulk category loads and renders, the
tracker polls the processing orders of the data dir, or a completed order's ZIP is saved through
the download service.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from teleaccounthub.cli import API_KEY_ENV
from teleaccounthub.local.order_record import OrderRecord
from tests.benchmarks.app_under_test import AppUnderTest, open_app
from tests.benchmarks.heartbeat import Heartbeat
from tests.benchmarks.qt_child import PaintRecorder, bounded, run_child, wait_until

TAIL_SECONDS = 0.2  # the heartbeat keeps watching a little after the work is done

Scenario = Callable[[AppUnderTest, argparse.Namespace], Awaitable[dict[str, Any]]]


async def load_category(app: AppUnderTest, args: argparse.Namespace) -> dict[str, Any]:
    products = app.window.products
    recorder = PaintRecorder(products.table.viewport(), products.model.rowCount)
    started = time.perf_counter()
    app.select_category(args.category_id)
    painted = await recorder.painted(lambda rows: rows == args.products, since=started)
    await wait_until(lambda: not app.services.catalog.is_loading())
    return {"shown_seconds": painted - started, "rows": products.model.rowCount()}


async def poll_orders(app: AppUnderTest, args: argparse.Namespace) -> dict[str, Any]:
    polls = 0

    def polled(_record: OrderRecord) -> None:
        nonlocal polls
        polls += 1

    tracker = app.orders.tracker
    tracker.order_updated.connect(polled)
    watched = tracker.resume()
    if watched != args.orders:
        raise RuntimeError(f"the tracker follows {watched} orders, not {args.orders}")
    await asyncio.sleep(args.polling_seconds)
    if polls < watched:
        raise RuntimeError(f"only {polls} polls of {watched} orders were answered")
    return {"orders": watched, "polls": polls}


async def save_zip(app: AppUnderTest, args: argparse.Namespace) -> dict[str, Any]:
    session = app.services.session
    account = session.account()
    assert account is not None
    record = session.order_book.get(account, args.order_id)
    if record is None:
        raise RuntimeError(f"order {args.order_id} is not in the order book")
    done: asyncio.Future[OrderRecord] = asyncio.get_running_loop().create_future()

    def saved(record: OrderRecord) -> None:
        if not done.done():
            done.set_result(record)

    def failed(_record: OrderRecord, message: str) -> None:
        if not done.done():
            done.set_exception(RuntimeError(message))

    downloads = app.orders.downloads
    downloads.saved.connect(saved)
    downloads.failed.connect(failed)
    started = time.perf_counter()
    if not app.orders.save_order_to(record, Path(args.target) / "order.zip"):
        raise RuntimeError("the download service refused the order")
    record = await done
    return {"bytes": record.file_size, "saved_seconds": time.perf_counter() - started}


SCENARIOS: dict[str, Scenario] = {
    "category": load_category,
    "orders": poll_orders,
    "download": save_zip,
}


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    return await bounded(run_scenario(args), args.timeout)


async def run_scenario(args: argparse.Namespace) -> dict[str, Any]:
    app = open_app(args.base_url, os.environ[API_KEY_ENV], Path(args.data_dir))
    try:
        await app.categories_shown()
        # The orders feature resumes polling the order book's processing orders at once; the
        # baseline is taken with nothing pending, so polling starts again after it.
        app.orders.tracker.stop()
        heartbeat = Heartbeat()
        heartbeat.start()
        idle_start = time.perf_counter()
        await asyncio.sleep(args.idle_seconds)
        idle_end = time.perf_counter()
        detail = await SCENARIOS[args.scenario](app, args)
        await asyncio.sleep(TAIL_SECONDS)
        busy_end = time.perf_counter()
        heartbeat.stop()
    finally:
        await app.aclose()
    return {
        "idle": heartbeat.stats(idle_start, idle_end).as_dict(),
        "busy": heartbeat.stats(idle_end, busy_end).as_dict(),
        "busy_seconds": busy_end - idle_end,
        **detail,
    }


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--idle-seconds", type=float, default=1.0)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--category-id", type=int, default=0)
    parser.add_argument("--products", type=int, default=0)
    parser.add_argument("--orders", type=int, default=0)
    parser.add_argument("--polling-seconds", type=float, default=5.0)
    parser.add_argument("--order-id", type=int, default=0)
    parser.add_argument("--target", default="")
    return parser


if __name__ == "__main__":
    sys.exit(run_child(parser(), measure))
