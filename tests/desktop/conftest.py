"""Desktop integration tests: the offscreen platform has no tray, so a tray is pretended."""

from __future__ import annotations

from pathlib import Path

import pytest

# Offscreen Qt's answer to a tray icon being shown: a limit of the test platform.
OFFSCREEN_TRAY = r"No such signal QPlatformNativeInterface::systemTrayWindowChanged"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_TRAY))
