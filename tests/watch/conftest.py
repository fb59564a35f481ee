"""A session's catalog and watch service on the sandbox, with a clock the test moves."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from teleaccounthub.local import DataDir, SessionKeyStore, Settings
from teleaccounthub.local.watches import WATCHES_FILE, WatchList
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.app_services import AppServices, create_services
from teleaccounthub.services.watch import WatchService
from tests.watch.helpers import Clock, run


@dataclass
class WatchRig:
    services: AppServices
    watch: WatchService
    clock: Clock
    data_dir: Path

    def restart(self, qtbot: QtBot) -> WatchRig:
        """The same data folder in a new session (as after quitting and starting again)."""
        close(qtbot, self)
        return make_rig(self.services.session.base_url, self.data_dir, self.clock)


def make_rig(base_url: str, data_dir: Path, clock: Clock | None = None) -> WatchRig:
    folder = DataDir(data_dir)
    services = create_services(
        base_url, folder, Settings(folder.settings_file), SessionKeyStore(), max_retries=0
    )
    clock = clock or Clock()
    watches = WatchList(folder.root / WATCHES_FILE, base_url)
    service = WatchService(
        services.session, services.catalog, watches, clock=clock, parent=services.session
    )
    return WatchRig(services, service, clock, data_dir)


def close(qtbot: QtBot, rig: WatchRig) -> None:
    run(qtbot, rig.watch.aclose())
    run(qtbot, rig.services.aclose())
    shiboken6.delete(rig.services.session)


@pytest.fixture
def watch_rig(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> Iterator[list[WatchRig]]:
    """A list holding one rig; a test that restarts appends the new one (all are closed)."""
    rigs = [make_rig(sandbox.url, tmp_path / "data")]
    yield rigs
    for rig in rigs:
        if shiboken6.isValid(rig.services.session):
            close(qtbot, rig)
