"""The app, or the bare window, left running until it is idle — for idle CPU and memory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from tests.benchmarks.context import BenchContext
from tests.benchmarks.launches import AppCommand
from tests.benchmarks.processes import READY_PREFIX, Running

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"
ORDERS_PATH = "/api/v1/securetd/orders/"


def requests_since(ctx: BenchContext, start: int, prefix: str) -> int:
    """How many requests to paths starting with ``prefix`` the store got after the first
    ``start`` requests of the run."""
    return sum(1 for r in ctx.server.requests[start:] if r.path.startswith(prefix))


@contextmanager
def running_idle(ctx: BenchContext, command: AppCommand, *, is_app: bool) -> Iterator[Running]:
    """Start ``command``; yield once it shows its window (the app: once it asked the store for
    the categories) and has calmed down (under 5% of a core for half a second)."""
    seen = len(ctx.server.requests)
    timeout = ctx.sizes.settle_timeout
    with Running(command.argv, command.env) as process:
        if is_app:
            process.wait_for(
                lambda: requests_since(ctx, seen, CATEGORIES_PATH) > 0,
                timeout,
                "asked the store for its categories",
            )
        else:
            process.wait_for(lambda: READY_PREFIX in process.output(), timeout, "showed a window")
        process.settle(timeout, window=ctx.sizes.settle_window)
        yield process
