"""A process that buys once, waits for the order, starts saving its ZIP, prints DOWNLOADING once
bytes arrive, then freezes until it is killed (so the ``.part`` is never renamed).

Run by ``test_leftovers.py`` as ``python -m tests.orders.download_child URL KEY DATA_DIR TARGET``.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

# isort: split
import qasync

from teleaccounthub.api import Client
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.local.part_files import PartFiles
from teleaccounthub.local.paths import DataDir
from teleaccounthub.services.downloads import DownloadProgress, DownloadService
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.tasks import TaskOwner

PHILIPPINES = 56


async def buy_and_download(base_url: str, api_key: str, data_dir: Path, target: Path) -> None:
    folder = DataDir(data_dir)
    client = Client(base_url, api_key, max_retries=0)
    book = OrderBook(folder.orders_db)
    account = AccountRef.from_key(base_url, api_key)
    result = await client.checkout(PHILIPPINES, 1)
    record = book.record_checkout(account, result)
    while not record.is_completed:
        await asyncio.sleep(0.1)
        record = book.update_from_server(account, await client.order(record.order_id))
    context = OrderContext(
        lambda: client, book, lambda: account, TaskOwner("child"), lambda _: None
    )
    service = DownloadService(context, part_files=PartFiles(folder.part_files))

    def progressed(progress: DownloadProgress) -> None:
        if progress.received > 0:
            print(f"DOWNLOADING {record.order_id}", flush=True)
            time.sleep(3600)  # the loop stops here: the part file is never renamed

    service.progressed.connect(progressed)
    service.save_to(record, target)
    await asyncio.Event().wait()  # until SIGKILL


def main() -> None:
    base_url, api_key, data_dir, target = sys.argv[1:5]
    app = QCoreApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(buy_and_download(base_url, api_key, Path(data_dir), Path(target)))


if __name__ == "__main__":
    main()
