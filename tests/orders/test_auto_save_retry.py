"""Auto-save tries again when the file is not there yet, gives up after a few attempts with one
message, and never tries again once the customer cancelled it."""

from __future__ import annotations

import asyncio
import logging
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.services.downloads import AUTO_SAVE_ATTEMPTS, DownloadService
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.supervisor import Backoff
from teleaccounthub.services.tasks import TaskOwner
from tests.api.helpers import zip_bytes
from tests.api.scripted_server import Reply, ScriptedServer
from tests.orders.builders import order
from tests.orders.conftest import FAST_POLLING, context_of, run
from tests.orders.test_tracker_survives import ORDERS, completed

KEY = "tgsk_test_dddddddddddddddddddddddddddddddd"
FAST_RETRY = Backoff(first=0.02, factor=2.0, maximum=0.1)
UNAVAILABLE = Reply(503, {"ok": False, "error": "UNAVAILABLE", "message": "Not ready yet."})
ZIP = Reply(200, zip_bytes(), "application/zip")


@dataclass
class Saving:
    server: ScriptedServer
    book: OrderBook
    account: AccountRef
    tasks: TaskOwner
    client: Client
    folder: Path

    def downloads(self, backoff: Backoff = FAST_RETRY) -> DownloadService:
        return DownloadService(self.context(), auto_save_backoff=backoff)

    def context(self) -> OrderContext:
        return context_of(self.client, self.book, self.account, self.tasks)[0]

    def completed(self, order_id: int) -> OrderRecord:
        return self.book.update_from_server(self.account, order(order_id, status="completed"))

    def download_gets(self, order_id: int) -> int:
        path = f"{ORDERS}/{order_id}/download"
        return sum(1 for r in self.server.requests if r.path == path)


@pytest.fixture
def saving(qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Saving]:
    with ScriptedServer() as server:
        client = Client(server.url, KEY, timeout=5.0, max_retries=0)
        book = OrderBook(tmp_path / "orders.sqlite3")
        tasks = TaskOwner("auto-save-test")
        account = AccountRef.from_key(server.url, KEY)
        try:
            yield Saving(server, book, account, tasks, client, tmp_path / "zips")
        finally:
            run(qtbot, tasks.aclose())
            run(qtbot, client.aclose())
            book.close()


@pytest.mark.expected_log(r"^Auto-saving order \d+ failed: ")
def test_a_failed_auto_save_is_tried_again_until_the_file_is_saved(
    qtbot: QtBot, saving: Saving
) -> None:
    saving.server.script(f"{ORDERS}/80/download", UNAVAILABLE, UNAVAILABLE, ZIP)
    downloads = saving.downloads()
    failed: list[str] = []
    downloads.failed.connect(lambda _record, message: failed.append(message))
    path = downloads.auto_save(saving.completed(80), saving.folder)
    assert path == saving.folder / "order-80.zip"
    assert downloads.is_active(80)
    with qtbot.waitSignal(downloads.saved, timeout=5000) as saved:
        pass
    assert saved.args[0].saved_path == str(path)
    assert zipfile.is_zipfile(path)
    assert saving.download_gets(80) == 3
    assert failed == []  # the failures on the way were not shown
    assert not downloads.is_active(80)


@pytest.mark.expected_log(r"^Auto-saving order \d+ failed: ")
def test_an_auto_save_that_keeps_failing_is_reported_once(qtbot: QtBot, saving: Saving) -> None:
    saving.server.script(f"{ORDERS}/81/download", UNAVAILABLE)
    downloads = saving.downloads()
    failed: list[str] = []
    downloads.failed.connect(lambda _record, message: failed.append(message))
    assert downloads.auto_save(saving.completed(81), saving.folder) is not None
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5000)
    assert "could not be saved automatically" in failed[0]
    assert "Not ready yet." in failed[0]
    qtbot.waitUntil(lambda: not saving.tasks.running(("orders:auto-save", 81)))
    assert saving.download_gets(81) == AUTO_SAVE_ATTEMPTS
    assert not downloads.is_active(81)
    assert list(saving.folder.iterdir()) == []


@pytest.mark.expected_log(r"^Auto-saving order \d+ failed: ")
def test_a_cancelled_auto_save_is_never_tried_again(
    qtbot: QtBot, saving: Saving, caplog: pytest.LogCaptureFixture
) -> None:
    saving.server.script(f"{ORDERS}/82/download", UNAVAILABLE, ZIP)
    downloads = saving.downloads(Backoff(first=3600.0, maximum=3600.0))
    record = saving.completed(82)
    with caplog.at_level(logging.INFO, logger="teleaccounthub.services.downloads"):
        assert downloads.auto_save(record, saving.folder) is not None
        # The first attempt failed; the next waits an hour. The customer cancels meanwhile.
        qtbot.waitUntil(
            lambda: any("Auto-saving order" in r.getMessage() for r in caplog.records),
            timeout=5000,
        )
    assert downloads.is_active(82)
    with qtbot.waitSignal(downloads.cancelled, timeout=3000):
        downloads.cancel(82)
    assert not downloads.is_active(82)
    assert not saving.tasks.running(("orders:auto-save", 82))
    assert downloads.auto_save(record, saving.folder) is None
    assert saving.download_gets(82) == 1


def test_completed_without_its_file_is_polled_until_ready_then_auto_saved(
    qtbot: QtBot, saving: Saving
) -> None:
    saving.server.script(
        f"{ORDERS}/83", completed(83, ready=False), completed(83, ready=False), completed(83)
    )
    saving.server.script(f"{ORDERS}/83/download", ZIP)
    downloads = saving.downloads()
    tracker = OrderTracker(saving.context(), policy=FAST_POLLING)
    tracker.order_ready.connect(lambda record: downloads.auto_save(record, saving.folder))
    waiting = replace(order(83, status="completed"), download_ready=False)
    saving.book.update_from_server(saving.account, waiting)
    assert tracker.resume() == 1
    with qtbot.waitSignal(downloads.saved, timeout=5000) as saved:
        pass
    assert saved.args[0].order_id == 83
    assert zipfile.is_zipfile(saving.folder / "order-83.zip")
    assert saving.download_gets(83) == 1  # nothing was asked for before the file was ready
