"""A cancelled search step waits for its thread before it reports the cancel."""

from __future__ import annotations

import asyncio
import threading

import pytest

from teleaccounthub.services.store_search import _off_thread


async def test_a_cancelled_step_ends_only_after_its_thread() -> None:
    release = threading.Event()
    started = threading.Event()

    def work() -> int:
        started.set()
        release.wait(10)
        raise ValueError("the thread's own failure, not the caller's")

    task = asyncio.ensure_future(_off_thread(work))
    await asyncio.to_thread(started.wait, 10)
    task.cancel()
    for _ in range(5):  # loop turns: the cancel is delivered; the thread still runs
        await asyncio.sleep(0)
    assert not task.done()
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_an_uncancelled_step_returns_the_threads_answer() -> None:
    assert await _off_thread(sum, [1, 2, 3]) == 6
