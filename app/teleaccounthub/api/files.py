"""The disk side of a download: part files, progress reports, fsync, ZIP verification, and the
worker thread that streams a download to disk off the event loop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final, Self, TypeVar

from teleaccounthub.api.errors import ApiText, UnexpectedResponse

T = TypeVar("T")

ProgressCallback = Callable[[int, int | None], None]

PROGRESS_INTERVAL: Final = 0.05  # seconds: at most ~20 reports a second
WRITE_BEHIND_STEP: Final = 32 << 20  # bytes written between two syncs behind the writer
WRITE_BEHIND_THREAD_NAME: Final = "teleaccounthub-write-behind"
DOWNLOAD_THREAD_NAME: Final = "teleaccounthub-download"


class Stopped(Exception):
    """Raised in a download's worker thread when the awaiting task was cancelled."""


def part_path(destination: Path) -> Path:
    """``<destination>.part``, beside the destination."""
    return destination.with_name(destination.name + ".part")


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


class Progress:
    """Forwards (bytes done, total or None) to a callback, at most once per ``interval``.

    The first and the last report always go through.
    """

    def __init__(
        self,
        callback: ProgressCallback | None,
        total: int | None,
        *,
        interval: float = PROGRESS_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._callback = callback
        self._total = total
        self._interval = interval
        self._clock = clock
        self._last: float | None = None

    def report(self, done: int, *, final: bool = False) -> None:
        if self._callback is None:
            return
        now = self._clock()
        if final or self._last is None or now - self._last >= self._interval:
            self._last = now
            self._callback(done, self._total)


class ThreadProgress:
    """Progress of a download running in a worker thread, delivered on the event loop.

    The worker calls ``start`` and ``report``; they are throttled in the worker (few wake-ups of
    the loop) and again on the loop (the callback's own pace, whatever the delivery jitter).
    ``finish`` and ``close`` run on the loop; after ``close`` nothing more is delivered.
    """

    def __init__(self, callback: ProgressCallback | None, loop: asyncio.AbstractEventLoop) -> None:
        self._callback = callback
        self._loop = loop
        self._pace: Progress | None = None  # the worker's side
        self._target: Progress | None = None  # the loop's side
        self._open = True  # the loop's side

    def start(self, total: int | None) -> None:
        """In the worker: a new attempt begins (``total`` bytes, or None if unknown)."""
        if self._callback is not None:
            self._pace = Progress(self._post, total)
            self._loop.call_soon_threadsafe(self._begin, self._callback, total)

    def report(self, done: int) -> None:
        """In the worker: ``done`` bytes so far."""
        if self._pace is not None:
            self._pace.report(done)

    def finish(self, done: int) -> None:
        """On the loop: the last report, which always goes through."""
        if self._open and self._target is not None:
            self._target.report(done, final=True)

    def close(self) -> None:
        """On the loop: deliver nothing more (reports still on their way are dropped)."""
        self._open = False

    def _post(self, done: int, _total: int | None) -> None:
        self._loop.call_soon_threadsafe(self._deliver, done)

    def _begin(self, callback: ProgressCallback, total: int | None) -> None:
        if self._open:
            self._target = Progress(callback, total)

    def _deliver(self, done: int) -> None:
        if self._open and self._target is not None:
            self._target.report(done)


class StopSignal:
    """Tells a worker thread to stop: it checks ``check()`` between blocks, and the ``cut``
    callbacks it registered (shutting its connection) make a blocked read return at once.

    The worker calls ``disarm()`` before it closes what the cuts act on: no cut runs after it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopped = False
        self._stopped_event = threading.Event()
        self._armed = True
        self._cuts: list[Callable[[], None]] = []

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            self._stopped_event.set()
            if self._armed:
                for cut in self._cuts:
                    cut()
            self._cuts.clear()

    def on_stop(self, cut: Callable[[], None]) -> None:
        """Call ``cut()`` when stopped (at once if already stopped)."""
        with self._lock:
            if not self._stopped:
                self._cuts.append(cut)
            elif self._armed:
                cut()

    def disarm(self) -> None:
        with self._lock:
            self._armed = False
            self._cuts.clear()

    def check(self) -> None:
        if self._stopped:
            raise Stopped

    def wait(self, timeout: float) -> bool:
        """Block until stopped (True) or ``timeout`` seconds have passed (False)."""
        return self._stopped_event.wait(timeout)


class WriteBehind:
    """Writes a growing file to disk behind its writer: every ``step`` bytes, a helper thread
    syncs what has been written so far while the writer goes on. The disk works during the
    download instead of after it, so the final fsync has little left to do.

    Use it as a context manager around the writing; ``wrote(size)`` after each write.
    """

    def __init__(self, file: BinaryIO, *, step: int = WRITE_BEHIND_STEP) -> None:
        self._file = file
        self._step = step
        self._pending = 0
        self._wake = threading.Event()
        self._done = False
        self._thread = threading.Thread(
            target=self._run, name=WRITE_BEHIND_THREAD_NAME, daemon=True
        )

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done = True
        self._wake.set()
        self._thread.join()

    def wrote(self, size: int) -> None:
        self._pending += size
        if self._pending >= self._step:
            self._pending = 0
            self._file.flush()
            self._wake.set()

    def _run(self) -> None:
        fd = self._file.fileno()
        while True:
            self._wake.wait()
            self._wake.clear()
            if self._done:
                return
            with contextlib.suppress(OSError):  # the final fsync reports what matters
                _data_sync(fd)


def _data_sync(fd: int) -> None:
    (getattr(os, "fdatasync", None) or os.fsync)(fd)


def sync_to_disk(file: BinaryIO) -> None:
    file.flush()
    os.fsync(file.fileno())


ZIP_CHECK_CHUNK: Final = 1 << 20  # bytes decompressed between two looks at the stop signal


def verify_zip(path: Path, stop: StopSignal | None = None) -> None:
    """Raise ``UnexpectedResponse`` unless ``path`` is a readable ZIP whose members pass their CRC.

    Encrypted members cannot be checked without the password; the others are, read to the end
    in chunks (zipfile checks the CRC at the end of each). ``stop`` is looked at between chunks,
    so a cancelled check of a huge archive ends within one chunk (raises ``Stopped``).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.flag_bits & 0x1]
            damaged = _first_damaged(archive, members, stop)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise UnexpectedResponse(
            ApiText.tr("The downloaded file is not a valid ZIP archive; try the download again.")
        ) from error
    if damaged is not None:
        raise UnexpectedResponse(
            ApiText.tr(
                "The downloaded file is not a valid ZIP archive: {name} is damaged; "
                "try the download again."
            ).format(name=repr(damaged))
        )


def _first_damaged(
    archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], stop: StopSignal | None
) -> str | None:
    for member in members:
        try:
            with archive.open(member) as stream:
                while True:
                    if stop is not None:
                        stop.check()
                    if not stream.read(ZIP_CHECK_CHUNK):
                        break
        except zipfile.BadZipFile:
            return member.filename
    return None


async def in_own_thread(func: Callable[[], T], *, on_cancel: Callable[[], None]) -> T:
    """``func()`` in a new thread of its own (a long download never holds a pooled worker).

    If cancelled meanwhile, calls ``on_cancel()`` (which must make ``func`` return soon), waits
    for ``func`` to end, then lets the cancellation through.
    """
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[T] = loop.create_future()

    def run() -> None:
        try:
            result = func()
        except BaseException as error:  # handed to the loop, raised there
            loop.call_soon_threadsafe(_settle, outcome, None, error)
        else:
            loop.call_soon_threadsafe(_settle, outcome, result, None)

    threading.Thread(target=run, name=DOWNLOAD_THREAD_NAME, daemon=True).start()
    try:
        return await asyncio.shield(outcome)
    except asyncio.CancelledError:
        on_cancel()
        await asyncio.wait([outcome])
        outcome.exception()  # retrieved: the cancellation is what the caller sees
        raise


def _settle(future: asyncio.Future[T], result: T | None, error: BaseException | None) -> None:
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)  # type: ignore[arg-type]


async def in_worker_thread(
    func: Callable[[], T], *, on_cancel: Callable[[], None] | None = None
) -> T:
    """``func()`` in a worker thread; if cancelled meanwhile, call ``on_cancel()`` (which should
    make ``func`` end soon) and wait for it before cancelling.

    The worker is using a file the caller will remove on cancellation; removing it under the
    worker's feet would fail on Windows.
    """
    task = asyncio.ensure_future(asyncio.to_thread(func))
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        if on_cancel is not None:
            on_cancel()
        await asyncio.wait([task])
        if not task.cancelled():
            task.exception()  # retrieved: the cancellation is what the caller sees
        raise
