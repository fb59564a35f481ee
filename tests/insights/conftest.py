"""The whole app on the sandbox, as the orders tests have it."""

from __future__ import annotations

from pathlib import Path

import pytest

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.main_window import MainWindow
from tests.fixtures.gui import MainWindowFactory
from tests.orders.conftest import FAST_POLLING


@pytest.fixture
def window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> MainWindow:
    return main_window_factory(
        sandbox.url, sandbox.api_key, tmp_path / "data", poll_policy=FAST_POLLING
    )
