"""Catalog table tests: Qt objects die on the GUI thread, as in the GUI tests."""

from __future__ import annotations

from tests.gui.conftest import collect_qt_garbage_here

__all__ = ["collect_qt_garbage_here"]
