"""An event loop of its own on a thread of its own, for work that must not hold the GUI thread.

The catalog worker and the polling worker both run their requests this way. The thread starts at
the first ``run``; ``run`` and ``aclose`` are called from the GUI thread's loop. Cancelling the
await of ``run`` cancels the coroutine on the worker.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class LoopThread:
    def __init__(self, name: str) -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def running(self) -> bool:
        """True while the thread runs (from the first ``run`` until ``aclose``)."""
        return self._thread is not None and self._thread.is_alive()

    async def run(self, work: Coroutine[Any, Any, T]) -> T:
        """Run ``work`` on the worker's loop and wait for its result here."""
        if self._closed:
            work.close()  # never started: no "coroutine was never awaited"
            raise RuntimeError(f"the {self.name} worker is closed")
        future = asyncio.run_coroutine_threadsafe(work, self._running_loop())
        return await asyncio.wrap_future(future)

    async def aclose(self, cleanup: Callable[[], Awaitable[None]] | None = None) -> None:
        """Cancel what still runs there, then ``cleanup()`` on the worker, stop the thread.
        Idempotent."""
        if self._closed:
            return
        self._closed = True
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(_shutdown(cleanup), loop))
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join)
        loop.close()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name=self.name, daemon=True)
            thread.start()
            self._loop, self._thread = loop, thread
        return self._loop


async def _shutdown(cleanup: Callable[[], Awaitable[None]] | None) -> None:
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    if cleanup is not None:
        await cleanup()
