"""Checking a huge ZIP (a zip bomb) can be cancelled at once: the CRC check looks at the stop
signal between chunks, and a cancelled download stops its check."""

from __future__ import annotations

import asyncio
import threading
import time
import zipfile
from pathlib import Path

import pytest

from teleaccounthub.api import Client
from teleaccounthub.api import client as client_module
from teleaccounthub.api.files import Stopped, StopSignal, verify_zip
from tests.api.helpers import names
from tests.api.scripted_server import Reply, ScriptedServer

DOWNLOAD = "/api/v1/securetd/orders/74/download"
ZEROS_MIB = 300
LIVENESS = 10.0


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~1.3 MB ZIP holding 300 MiB of zeros (a full check takes a noticeable while)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    zero = bytes(1 << 20)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive,
        archive.open("zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(ZEROS_MIB):
            member.write(zero)
    return path


class StopsAfter(StopSignal):
    """Stops itself at its ``after``-th look, as a Cancel from another thread would."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after
        self.looks = 0

    def check(self) -> None:
        self.looks += 1
        if self.looks == self.after:
            self.stop()
        super().check()


def test_a_stopped_check_ends_at_the_next_chunk(bomb: Path) -> None:
    stop = StopsAfter(3)
    started = time.monotonic()
    with pytest.raises(Stopped):
        verify_zip(bomb, stop)
    print(f"stopped check of {ZEROS_MIB} MiB returned after {time.monotonic() - started:.3f} s")
    assert stop.looks == 3  # not one chunk more


def test_an_unstopped_check_still_passes_a_good_archive(bomb: Path) -> None:
    stop = StopSignal()
    verify_zip(bomb, stop)


@pytest.fixture
def served_bomb(scripted: ScriptedServer, bomb: Path) -> ScriptedServer:
    scripted.script(DOWNLOAD, Reply(200, bomb.read_bytes(), "application/zip"))
    return scripted


async def test_cancelling_a_download_stops_its_zip_check(
    served_bomb: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checking = threading.Event()
    outcome: list[str] = []

    def verify_when_cancelled(path: Path, stop: StopSignal | None = None) -> None:
        assert stop is not None
        checking.set()
        stop.wait(LIVENESS)  # the check is under way when the Cancel comes
        try:
            verify_zip(path, stop)
        except Stopped:
            outcome.append("stopped")
            raise
        outcome.append("checked to the end")

    monkeypatch.setattr(client_module, "verify_zip", verify_when_cancelled)
    async with Client(served_bomb.url, "tgsk_k") as client:
        task = asyncio.ensure_future(client.download(74, tmp_path / "order.zip"))
        assert await asyncio.to_thread(checking.wait, LIVENESS)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert outcome == ["stopped"]
    assert names(tmp_path) == []
