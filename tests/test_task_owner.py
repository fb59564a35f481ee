"""TaskOwner keeps, replaces and cancels tasks; runs on the qasync loop the GUI uses."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from teleaccounthub.services.tasks import TaskOwner


def test_newer_task_for_same_key_cancels_stale_one(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    owner = TaskOwner("test")
    results: list[str] = []

    async def work(name: str, delay: float) -> None:
        await asyncio.sleep(delay)
        results.append(name)

    stale = owner.start("category", work("stale", 0.2))
    fresh = owner.start("category", work("fresh", 0.01))
    qtbot.waitUntil(lambda: stale.done() and fresh.done())
    assert stale.cancelled()
    assert results == ["fresh"]
    assert not owner.running("category")


def test_aclose_cancels_and_awaits_everything(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    owner = TaskOwner("test")
    cleaned: list[bool] = []

    async def forever() -> None:
        try:
            await asyncio.sleep(3600)
        finally:
            cleaned.append(True)

    owner.start("a", forever())
    owner.spawn(forever())
    closing = qt_loop.create_task(owner.aclose())
    qtbot.waitUntil(closing.done)
    assert cleaned == [True, True]
    assert owner.tasks() == []
