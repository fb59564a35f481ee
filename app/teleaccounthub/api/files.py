"""The disk side of a download: part files, progress reports, fsync and ZIP verification."""

from __future__ import annotations

import asyncio
import contextlib
import os
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Final, TypeVar

from teleaccounthub.api.errors import UnexpectedResponse

T = TypeVar("T")

ProgressCallback = Callable[[int, int | None], None]

PROGRESS_INTERVAL: Final = 0.05  # seconds: at most ~20 reports a second


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


def sync_to_disk(file: BinaryIO) -> None:
    file.flush()
    os.fsync(file.fileno())


def verify_zip(path: Path) -> None:
    """Raise ``UnexpectedResponse`` unless ``path`` is a readable ZIP whose members pass their CRC.

    Encrypted members cannot be checked without the password; the others are (``testzip``).
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if any(member.flag_bits & 0x1 for member in members):
                damaged = _first_damaged(archive, [m for m in members if not m.flag_bits & 0x1])
            else:
                damaged = archive.testzip()
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise UnexpectedResponse(
            "The downloaded file is not a valid ZIP archive; try the download again."
        ) from error
    if damaged is not None:
        raise UnexpectedResponse(
            f"The downloaded file is not a valid ZIP archive: {damaged!r} is damaged; "
            "try the download again."
        )


def _first_damaged(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> str | None:
    for member in members:
        try:
            with archive.open(member) as stream:
                while stream.read(1 << 20):
                    pass
        except zipfile.BadZipFile:
            return member.filename
    return None


async def in_worker_thread(func: Callable[[], T]) -> T:
    """``func()`` in a worker thread; if cancelled meanwhile, wait for it before cancelling.

    The worker is using a file the caller will remove on cancellation; removing it under the
    worker's feet would fail on Windows.
    """
    task = asyncio.ensure_future(asyncio.to_thread(func))
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        await asyncio.wait([task])
        if not task.cancelled():
            task.exception()  # retrieved: the cancellation is what the caller sees
        raise
