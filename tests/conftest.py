"""Shared fixtures. Fixture families live in tests/fixtures/*.py and are re-exported here."""

from __future__ import annotations

import os

# Qt must never try to open a real display in the test suite.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fixtures.gui import main_window_factory, window
from tests.fixtures.logfail import fail_on_unexpected_logs, pytest_runtest_call
from tests.fixtures.qt_loop import qt_loop
from tests.fixtures.sandbox import sandbox

# pytester runs the log-failure fixture in a pytest of its own (tests/test_logfail.py).
pytest_plugins = ["pytester"]

__all__ = [
    "fail_on_unexpected_logs",
    "main_window_factory",
    "pytest_runtest_call",
    "qt_loop",
    "sandbox",
    "window",
]
