"""Long-running loops that survive a bad round.

A ``Supervisor`` runs a round function over and over as one task of a ``TaskOwner``. The round
returns how long to wait before the next one (None: the loop is done). An exception of any class
from a round (not a cancellation) is logged — with its traceback the first time that failure is
seen, briefly after that — reported once to a callback so the UI can show it once, and the loop
goes on after a capped exponential backoff. ``wake()`` runs the next round at once, and starts the
loop again if it had ended.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass

from teleaccounthub.services.delays import clamp_delay
from teleaccounthub.services.tasks import TaskOwner

log = logging.getLogger(__name__)

# Distinct failures remembered per log; past that the oldest is forgotten (and logged again).
_REMEMBERED = 64


@dataclass(frozen=True, slots=True)
class Backoff:
    """After ``n`` failures in a row wait ``first × factor**(n-1)``, at most ``maximum``."""

    first: float = 1.0
    factor: float = 2.0
    maximum: float = 300.0

    def __post_init__(self) -> None:
        if not (self.first > 0 and self.factor >= 1 and self.maximum >= self.first):
            raise ValueError(f"Backoff needs first > 0, factor >= 1, maximum >= first: {self}")

    def delay(self, failures: int) -> float:
        exponent = min(max(0, failures - 1), 64)  # 2.0**64 is finite; far more is not needed
        return clamp_delay(min(self.maximum, self.first * self.factor**exponent))


def failure_key(error: BaseException) -> tuple[str, str, int]:
    """What makes two failures "the same": the exception class and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = frames[-1] if frames else None
    name = f"{type(error).__module__}.{type(error).__qualname__}"
    if where is None:
        return (name, "", 0)
    return (name, where.filename, where.lineno or 0)


class FailureLog:
    """Logs each distinct failure once at WARNING with its traceback, and at INFO after that."""

    def __init__(self, what: str, logger: logging.Logger = log) -> None:
        self._what = what
        self._log = logger
        self._seen: dict[tuple[str, str, int], None] = {}

    def record(self, error: BaseException, subject: str | None = None) -> bool:
        """Log ``error`` (of ``subject``, default: this log's); True when it is a new failure."""
        key = failure_key(error)
        subject = subject or self._what
        if key in self._seen:
            self._log.info("%s failed again: %r", subject, error)
            return False
        if len(self._seen) >= _REMEMBERED:
            del self._seen[next(iter(self._seen))]
        self._seen[key] = None
        self._log.warning("%s failed: %r", subject, error, exc_info=error)
        return True


class Supervisor:
    """Runs ``run_round`` repeatedly as the task ``key`` of ``tasks``.

    ``on_failure(error)`` is called the first time each distinct failure happens (``failures``:
    a log shared with other loops, so a failure they all meet is logged in full once). With
    ``max_failures``, that many failures in a row end the loop and ``on_give_up(error)`` is called
    with the last one. ``backoff(n)`` is the wait after the n-th failure in a row.
    """

    def __init__(
        self,
        tasks: TaskOwner,
        key: Hashable,
        run_round: Callable[[], Awaitable[float | None]],
        *,
        what: str,
        backoff: Callable[[int], float] = Backoff().delay,
        on_failure: Callable[[Exception], None] | None = None,
        max_failures: int | None = None,
        on_give_up: Callable[[Exception], None] | None = None,
        failures: FailureLog | None = None,
    ) -> None:
        if max_failures is not None and max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        self._tasks = tasks
        self._key = key
        self._round = run_round
        self._backoff = backoff
        self._on_failure = on_failure
        self._max_failures = max_failures
        self._on_give_up = on_give_up
        self._what = what
        self._log = failures or FailureLog(what)
        self._wake = asyncio.Event()
        self._failures = 0
        self._in_round = False
        self._next_at: float | None = None

    @property
    def failures(self) -> int:
        """Failed rounds in a row (0 after a round that succeeded)."""
        return self._failures

    def running(self) -> bool:
        return self._tasks.running(self._key)

    def in_round(self) -> bool:
        """True while a round runs (not while the loop waits for the next one)."""
        return self._in_round and self.running()

    def seconds_to_next_round(self) -> float | None:
        """How long until the next round starts; None while a round runs or when stopped."""
        if self._next_at is None or not self.running():
            return None
        return max(0.0, self._next_at - time.monotonic())

    def start(self, delay: float = 0.0, *, restart: bool = False) -> asyncio.Task[None] | None:
        """Start the loop, first round after ``delay`` s; a running loop is kept (and None
        returned) unless ``restart``: then it is cancelled and replaced. Returns the new task."""
        if self.running() and not restart:
            return None
        self._failures = 0
        self._wake = asyncio.Event()
        return self._tasks.start(self._key, self._loop(clamp_delay(delay)))

    def wake(self) -> None:
        """Run the next round now (after the one running, if any); start the loop if it ended."""
        if self.running():
            self._wake.set()
        else:
            self.start()

    def stop(self) -> None:
        self._tasks.cancel(self._key)
        self._in_round = False

    async def _loop(self, delay: float) -> None:
        wait: float | None = delay
        while wait is not None:
            await self._sleep(wait)
            self._wake.clear()  # a wake() during the round below makes the next one immediate
            self._in_round = True
            try:
                wait = await self._round()
            except Exception as error:  # a round may fail in any way; the loop lives on
                wait = self._failed(error)
            else:
                self._failures = 0
            finally:
                self._in_round = False

    def _failed(self, error: Exception) -> float | None:
        self._failures += 1
        if self._log.record(error, self._what) and self._on_failure is not None:
            self._on_failure(error)
        if self._max_failures is not None and self._failures >= self._max_failures:
            if self._on_give_up is not None:
                self._on_give_up(error)
            return None
        return self._backoff(self._failures)

    async def _sleep(self, seconds: float) -> None:
        if seconds <= 0 or self._wake.is_set():
            return
        seconds = clamp_delay(seconds)
        self._next_at = time.monotonic() + seconds
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            pass
        finally:
            self._next_at = None
