"""The benchmarks, in the order the table lists them. Each takes the run's context and returns
its figures (each with the baseline measured in the same run)."""

from __future__ import annotations

from collections.abc import Callable

from tests.benchmarks.big_category import big_category
from tests.benchmarks.bundle import bundle
from tests.benchmarks.context import BenchContext
from tests.benchmarks.download import download
from tests.benchmarks.figures import Figure
from tests.benchmarks.idle import idle
from tests.benchmarks.memory import memory
from tests.benchmarks.responsiveness import responsiveness
from tests.benchmarks.search_speed import search_speed
from tests.benchmarks.startup import startup
from tests.benchmarks.table_speed import table_speed
from tests.benchmarks.watch_idle import watch_idle

Benchmark = Callable[[BenchContext], list[Figure]]

BENCHMARKS: dict[str, Benchmark] = {
    "startup": startup,
    "responsiveness": responsiveness,
    "bigcategory": big_category,
    "table": table_speed,
    "search": search_speed,
    "download": download,
    "idle": idle,
    "memory": memory,
    "bundle": bundle,
    "watch": watch_idle,
}
