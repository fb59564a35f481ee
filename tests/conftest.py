"""Shared fixtures. Fixture families live in tests/fixtures/*.py and are re-exported here."""

from __future__ import annotations

import os

# Qt must never try to open a real display in the test suite.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fixtures.gui import main_window_factory
from tests.fixtures.qt_loop import qt_loop
from tests.fixtures.sandbox import sandbox

__all__ = ["main_window_factory", "qt_loop", "sandbox"]
