"""Child: one download through the app's ``Client.download``, timed, with its peak memory growth.

    python -m tests.benchmarks.download_probe --base-url URL --order-id N --target DIR \
        [--loop qasync|asyncio]

``qasync`` runs it the way the app does (a QApplication and the qasync loop); ``asyncio`` runs it
on a plain asyncio loop, to show what the Qt loop costs. The API key comes from
``TELEACCOUNTHUB_API_KEY``. Memory: the kernel's peak-RSS mark is reset just before the download
(``/proc/self/clear_refs``), so the growth is the peak during the download minus the RSS before.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from teleaccounthub.api import Client
from teleaccounthub.cli import API_KEY_ENV
from tests.benchmarks.processes import RESULT_PREFIX, memory_mib


def reset_peak_rss() -> bool:
    """Make ``VmHWM`` start again from the current RSS (Linux ≥ 4.0); False if not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


async def download(args: argparse.Namespace) -> dict[str, Any]:
    target = Path(args.target) / "order.zip"
    async with Client(args.base_url, os.environ[API_KEY_ENV]) as client:
        before = memory_mib(os.getpid())
        if not reset_peak_rss():
            raise RuntimeError("the peak RSS cannot be reset here (/proc/self/clear_refs)")
        started = time.perf_counter()
        await client.download(args.order_id, target)
        seconds = time.perf_counter() - started
        peak = memory_mib(os.getpid(), "VmHWM")
    size = target.stat().st_size
    target.unlink()
    return {"seconds": seconds, "bytes": size, "growth_mib": peak - before, "rss_mib": before}


def run_qasync(coro: Coroutine[Any, Any, dict[str, Any]]) -> dict[str, Any]:
    # isort: split
    # PySide6 first: qasync picks the Qt binding that is already imported.
    from PySide6.QtWidgets import QApplication

    import qasync  # isort: skip

    app = QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(coro)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--order-id", type=int, required=True)
    parser.add_argument("--target", required=True)
    parser.add_argument("--loop", choices=("qasync", "asyncio"), default="qasync")
    args = parser.parse_args()
    run = run_qasync if args.loop == "qasync" else asyncio.run
    result = run(download(args))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
