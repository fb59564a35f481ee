"""The client runs on the app's loop: qasync's, driven by Qt events while qtbot waits."""

from __future__ import annotations

import asyncio
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from teleaccounthub.api import Client
from teleaccounthub.sandbox import SandboxServer


def test_browse_buy_and_download_on_the_qasync_loop(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    async def flow() -> Path:
        async with Client(sandbox.url, sandbox.api_key) as client:
            await client.categories()
            result = await client.checkout(56, 1, category_id=1)
            sandbox.complete_order(result.order.id)
            order = await client.order(result.order.id)
            return await client.download(order.id, tmp_path / "order.zip")

    task = qt_loop.create_task(flow())
    qtbot.waitUntil(task.done, timeout=10_000)
    saved = task.result()
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
