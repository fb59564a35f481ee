"""Start-up paints the window, with the cached catalog, before the heavy half loads.

A real start in a child process, on a data folder whose catalog cache holds the store's
categories: a probe at the READY point (the first category rows painted) writes down
``sys.modules``. The store's address is a closed port — nothing on the way to that paint may
need the network.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from teleaccounthub.api import Category, CategoryList
from teleaccounthub.local import CatalogCache, DataDir

#: Nothing of the event loop, the network, the keyring, the sandbox, the orders feature or the
#: order book (it opens right after this paint).
NOT_YET = ("asyncio", "qasync", "httpx", "httpcore", "anyio", "keyring", "aiohttp", "sqlite3")
NOT_YET_OURS = (
    "teleaccounthub.sandbox",
    "teleaccounthub.ui.orders",
    "teleaccounthub.selftest",
    "teleaccounthub.local.orderbook",
)
#: The only services modules the window may use at first paint: formatting, text and money helpers,
#: no session, catalog, balance or task.
PURE_SERVICES = {
    "teleaccounthub.services",
    "teleaccounthub.services.countries",
    "teleaccounthub.services.formatting",
    "teleaccounthub.services.low_balance",
    "teleaccounthub.services.search_text",
    "teleaccounthub.services.store_money",
}
STORE = "http://127.0.0.1:9"  # the discard port: nothing answers there

PROBE = """
import json, sys
import teleaccounthub.ui.first_paint as first_paint

reported = first_paint.report_ready_and

def recording(close):
    ready = reported(close)

    def record():
        loaded = sorted(name for name, module in sys.modules.items() if module is not None)
        print("MODULES " + json.dumps(loaded), flush=True)
        ready()

    return record

first_paint.report_ready_and = recording
from teleaccounthub.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def cache_categories(data_dir: Path) -> None:
    categories = (Category(1, "Philippines", 12), Category(2, "Indonésie", 0))
    listing = CategoryList(has_purchasable_products=True, message=None, categories=categories)
    CatalogCache(DataDir(data_dir).cache_dir, STORE).save_categories(listing)


def modules_at_first_rows(data_dir: Path) -> set[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TELEACCOUNTHUB_BENCH_EXIT_WHEN_READY": "1",
    }
    env.pop("TELEACCOUNTHUB_API_KEY", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--base-url", STORE, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert len(lines) == 1, done.stdout + done.stderr
    assert "READY" in done.stdout
    return set(json.loads(lines[0].removeprefix("MODULES ")))


@pytest.mark.slow
def test_the_cached_categories_paint_before_the_loop_the_network_and_the_services(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    cache_categories(data_dir)
    loaded = modules_at_first_rows(data_dir)
    assert "teleaccounthub.ui.main_window" in loaded  # the probe saw the real window paint
    early = sorted(m for m in loaded if m.split(".")[0] in NOT_YET or m.startswith(NOT_YET_OURS))
    assert early == []
    services = {m for m in loaded if m.startswith("teleaccounthub.services")}
    assert services <= PURE_SERVICES
    assert "teleaccounthub.startup.session" not in loaded
