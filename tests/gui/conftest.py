"""GUI tests: offscreen platform limits are not failures; Qt objects die on the GUI thread."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

# The offscreen platform plugin says so when a popup menu opens (pyproject.toml ignores its other
# such notes suite-wide): a limit of the test platform, not something the app does wrong.
OFFSCREEN_LIMITS = r"This plugin does not support grabbing the keyboard"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS))


@pytest.fixture(autouse=True)
def collect_qt_garbage_here() -> Iterator[None]:
    """After every other fixture of the test has finished (autouse: set up first, torn down
    last), collect the garbage on this, the GUI thread.

    A test's event loop (qasync keeps Qt timers for its pending asyncio timers) and other
    Python-owned Qt objects end up in reference cycles; left to chance, the collector may free
    them on a worker thread, where Qt cannot stop their timers (and may crash).
    """
    yield
    gc.collect()
