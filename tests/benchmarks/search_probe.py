"""Child: how fast the whole-store search answers a keystroke once every category is cached.

    python -m tests.benchmarks.search_probe --base-url URL --data-dir DIR [--rounds N]

The real app's main window with the search installed as start-up installs it; the search window
is opened (Ctrl+K's call) and every category loaded. Then keystrokes go into its field, each
timed from the key press to the first paint of the results showing the new text, and the work
alone (the key press handled: search, model reset, status line). The baseline is the least any
search does: a bare ``str.find`` loop over the same products' lower-case names, per text typed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from teleaccounthub.cli import API_KEY_ENV
from teleaccounthub.ui.search.feature import create_store_search, install_search
from teleaccounthub.ui.search.search_dialog import SearchDialog
from tests.benchmarks.app_under_test import open_app
from tests.benchmarks.qt_child import PaintRecorder, bounded, run_child, wait_until

Key = str | Qt.Key
BACKSPACE = Qt.Key.Key_Backspace
#: What a customer types: a country in English, its code, a dial code, another country.
KEYSTROKES: tuple[Key, ...] = (
    *"germany",
    *(BACKSPACE,) * 7,
    *"DE",
    *(BACKSPACE,) * 2,
    *"+63",
    *(BACKSPACE,) * 3,
    *"korea",
    *(BACKSPACE,) * 5,
)
#: A keystroke whose results look the same may paint nothing: its work time counts then.
PAINT_WAIT = 0.5


def texts_typed(keys: Sequence[Key]) -> list[str]:
    text, texts = "", []
    for key in keys:
        text = text[:-1] if key == BACKSPACE else text + str(key)
        texts.append(text)
    return texts


async def keystroke(dialog: SearchDialog, recorder: PaintRecorder, key: Key) -> tuple[float, float]:
    """(key press → results painted, key press handled) in milliseconds."""
    started = time.perf_counter()
    if isinstance(key, Qt.Key):
        QTest.keyClick(dialog.field, key)
    else:
        QTest.keyClicks(dialog.field, key)
    handled = time.perf_counter()
    state = (dialog.model.rowCount(), dialog.field.text())
    try:
        async with asyncio.timeout(PAINT_WAIT):
            painted = await recorder.painted(lambda seen: seen == state, since=started)
    except TimeoutError:
        painted = handled
    return (painted - started) * 1000, (handled - started) * 1000


def bare_find(names: Sequence[str], texts: Sequence[str]) -> list[float]:
    """Milliseconds per text of a plain substring loop over ``names`` (already lower case)."""
    samples = []
    for text in texts:
        needle = text.lower()
        started = time.perf_counter()
        found = [n for n, name in enumerate(names) if name.find(needle) != -1]
        samples.append((time.perf_counter() - started) * 1000)
        del found
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    return {"max": max(samples), "median": statistics.median(samples), "count": len(samples)}


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    return await bounded(measure_search(args), args.timeout)


async def measure_search(args: argparse.Namespace) -> dict[str, Any]:
    app = open_app(args.base_url, os.environ[API_KEY_ENV], Path(args.data_dir))
    try:
        await app.categories_shown()
        feature = install_search(app.window, app.services, create_store_search(app.services))
        dialog = feature.open_search()
        search = feature.search
        await wait_until(lambda: not search.is_loading(), interval=0.05)
        loaded = [search.rows_of(c.category_id) for c in search.categories()]
        rows = [r for r in loaded if r is not None]
        names = [p.product_name.lower() for r in rows for p in r.products]
        recorder = PaintRecorder(
            dialog.table.viewport(), lambda: (dialog.model.rowCount(), dialog.field.text())
        )
        painted: list[float] = []
        work: list[float] = []
        for _ in range(args.rounds):
            for key in KEYSTROKES:
                shown, handled = await keystroke(dialog, recorder, key)
                painted.append(shown)
                work.append(handled)
        bare = bare_find(names, texts_typed(KEYSTROKES) * args.rounds)
        results = search.search("")
        dialog.close()
    finally:
        await app.aclose()
    return {
        "products": len(names),
        "searched": results.searched,
        "categories": results.categories,
        "painted_ms": summary(painted),
        "work_ms": summary(work),
        "bare_ms": summary(bare),
    }


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=240.0)
    return parser


if __name__ == "__main__":
    sys.exit(run_child(parser(), measure))
