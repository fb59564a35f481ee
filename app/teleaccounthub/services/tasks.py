"""Ownership of running asyncio tasks.

Every task the app starts has an owner that keeps a reference (so it is not garbage collected
mid-flight), cancels it when a newer request for the same thing arrives, and cancels and awaits
everything on shutdown.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Coroutine, Hashable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskOwner:
    """Owns tasks, keyed or anonymous. Starting a keyed task cancels the stale one of that key."""

    def __init__(self, name: str = "tasks") -> None:
        self._name = name
        self._keyed: dict[Hashable, asyncio.Task[Any]] = {}
        self._anonymous: set[asyncio.Task[Any]] = set()
        self._closed = False

    def start(
        self, key: Hashable, coro: Coroutine[Any, Any, T], *, log_failure: bool = True
    ) -> asyncio.Task[T]:
        """Run ``coro`` as the task for ``key``, cancelling the one already running for it.

        ``log_failure=False``: the caller awaits the task and deals with its exception itself
        (a supervised loop logs it its own way), so it is not logged here as well.
        """
        self._refuse_if_closed(coro)
        stale = self._keyed.pop(key, None)
        if stale is not None and not stale.done():
            stale.cancel()
        task = asyncio.get_event_loop().create_task(coro, name=f"{self._name}:{key}")
        self._keyed[key] = task
        task.add_done_callback(functools.partial(self._forget_keyed, key, log_failure))
        return task

    def spawn(self, coro: Coroutine[Any, Any, T], name: str | None = None) -> asyncio.Task[T]:
        """Run ``coro`` as an anonymous task that lives until it finishes or the owner closes."""
        self._refuse_if_closed(coro)
        task = asyncio.get_event_loop().create_task(coro, name=f"{self._name}:{name or 'task'}")
        self._anonymous.add(task)
        task.add_done_callback(self._forget_anonymous)
        return task

    def running(self, key: Hashable) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def cancel(self, key: Hashable) -> None:
        task = self._keyed.pop(key, None)
        if task is not None:
            task.cancel()

    def tasks(self) -> list[asyncio.Task[Any]]:
        return [*self._keyed.values(), *self._anonymous]

    async def aclose(self) -> None:
        """Cancel every task and wait until all have finished."""
        self._closed = True
        tasks = [task for task in self.tasks() if not task.done()]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._keyed.clear()
        self._anonymous.clear()

    def _refuse_if_closed(self, coro: Coroutine[Any, Any, Any]) -> None:
        if self._closed:
            coro.close()
            raise RuntimeError(f"{self._name} is closed")

    def _forget_keyed(self, key: Hashable, log_failure: bool, task: asyncio.Task[Any]) -> None:
        if self._keyed.get(key) is task:
            del self._keyed[key]
        if log_failure:
            _log_failure(task)
        elif not task.cancelled():
            task.exception()  # retrieved: asyncio must not report it as never retrieved

    def _forget_anonymous(self, task: asyncio.Task[Any]) -> None:
        self._anonymous.discard(task)
        _log_failure(task)


def _log_failure(task: asyncio.Task[Any]) -> None:
    if task.cancelled():
        return
    error = task.exception()
    if error is not None:
        log.error("Task %s failed", task.get_name(), exc_info=error)
