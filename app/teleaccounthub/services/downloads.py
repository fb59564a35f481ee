"""Saving completed orders' ZIP files, with progress, cancel and the order book told afterwards.

The client streams to ``<name>.part``, verifies the ZIP and renames it atomically, and removes the
part file on any failure or cancellation; this service runs one such download per order, reports
bytes/percent/speed, computes the SHA-256 in a worker thread and records path, size and hash.

An auto-save that fails (the file not ready yet, a transient error) is tried again under a
``Supervisor``, with backoff, up to ``AUTO_SAVE_ATTEMPTS`` times; only the last failure is
reported. One the customer cancelled is never tried again in this session.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import hashlib
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import ApiError, Unauthorized, safe_filename
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.part_files import PartFiles
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.order_tracker import belongs_to
from teleaccounthub.services.supervisor import Backoff, FailureLog, Supervisor

if TYPE_CHECKING:
    from teleaccounthub.api import Client  # httpx is not needed to paint the window

log = logging.getLogger(__name__)
DownloadText = TrContext("DownloadText")

AUTO_SAVE_ATTEMPTS = 5
# Waits between auto-save attempts: 2, 4, 8, 16 s.
AUTO_SAVE_BACKOFF = Backoff(first=2.0, factor=2.0, maximum=60.0)


def _download_key(order_id: int) -> tuple[str, int]:
    return ("orders:download", order_id)


def _auto_save_key(order_id: int) -> tuple[str, int]:
    return ("orders:auto-save", order_id)


@dataclass(frozen=True, slots=True)
class _Failure:
    """Why one download did not end in a saved file; ``retry``: another attempt may work."""

    message: str
    retry: bool = True


class _AttemptFailed(Exception):
    """One auto-save attempt failed (the supervisor waits, then tries again)."""


def suggested_filename(record: OrderRecord) -> str:
    """The server's ``download_filename`` made safe, or ``order-<id>.zip``."""
    return safe_filename(record.download_filename, f"order-{record.order_id}.zip")


def unique_path(folder: Path, name: str, taken: frozenset[Path] = frozenset()) -> Path:
    """``folder/name``, or ``folder/stem (2).ext``… — a name no file (or running download) has."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 1
    while candidate.exists() or candidate in taken or _part(candidate).exists():
        number += 1
        candidate = folder / f"{stem} ({number}){suffix}"
    return candidate


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


@dataclass(frozen=True, slots=True)
class DownloadProgress:
    order_id: int
    path: Path
    received: int
    total: int | None
    bytes_per_second: float

    @property
    def percent(self) -> int | None:
        if not self.total:
            return None
        return min(100, self.received * 100 // self.total)


class _Meter:
    """Bytes per second over the last few seconds."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._samples: list[tuple[float, int]] = []

    def add(self, received: int) -> float:
        now = self._clock()
        self._samples.append((now, received))
        while len(self._samples) > 2 and now - self._samples[0][0] > 3.0:
            self._samples.pop(0)
        first_time, first_bytes = self._samples[0]
        elapsed = now - first_time
        return (received - first_bytes) / elapsed if elapsed > 0 else 0.0


class DownloadService(QObject):
    """Runs the downloads of the session's account, at most one per order.

    Signals: ``started(OrderRecord, Path)``; ``progressed(DownloadProgress)`` (throttled);
    ``saved(OrderRecord)`` with path, size and hash recorded; ``failed(OrderRecord, str)``;
    ``cancelled(OrderRecord)``. A refused key is reported through the context.
    """

    started = Signal(object, object)
    progressed = Signal(object)
    saved = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal(object)

    def __init__(
        self,
        context: OrderContext,
        *,
        progress_interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        part_files: PartFiles | None = None,
        auto_save_backoff: Backoff = AUTO_SAVE_BACKOFF,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._interval = progress_interval
        self._clock = clock
        # Notes each ``.part`` in progress, so a crash's leftover is removed at the next start.
        self._part_files = part_files
        self._active: dict[int, Path] = {}
        self._cancelling: set[int] = set()
        self._finishing: set[int] = set()
        self._auto_backoff = auto_save_backoff
        self._auto_failures = FailureLog("Auto-saving order", log)
        # Auto-saves the customer cancelled: not tried again.
        self._declined: set[int] = set()

    def is_active(self, order_id: int) -> bool:
        return order_id in self._active

    def active(self) -> dict[int, Path]:
        return dict(self._active)

    def save_to(self, record: OrderRecord, path: Path) -> bool:
        """Download ``record``'s ZIP to ``path`` (the file dialog's answer, or a test's).

        Returns False (and emits ``failed``) when it cannot start: not completed, another
        account's order, no key, or a download of this order already running.
        """
        reason = self._refusal(record)
        if reason is not None:
            self.failed.emit(record, reason)
            return False
        account = self._context.account()
        assert account is not None  # _refusal says so otherwise
        client = self._context.client()
        self._active[record.order_id] = path
        if self._part_files is not None:
            self._part_files.add(_part(path))
        self.started.emit(record, path)
        task = self._context.tasks.start(
            _download_key(record.order_id), self._save(client, account, record, path)
        )
        # Also when cancelled before it ever ran: the coroutine's own handlers would not run.
        task.add_done_callback(functools.partial(self._task_done, record))
        return True

    def auto_save(self, record: OrderRecord, folder: Path) -> Path | None:
        """Save a completed, not yet saved order into ``folder`` under a name no file has,
        trying again with backoff when it fails (see the module's docstring)."""
        order_id = record.order_id
        if record.is_saved or not record.is_completed or self.is_active(order_id):
            return None
        if order_id in self._declined:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.failed.emit(
                record,
                DownloadText.tr("The auto-save folder {folder} is not usable: {reason}").format(
                    folder=folder, reason=error
                ),
            )
            return None
        reason = self._refusal(record)
        if reason is not None:
            self.failed.emit(record, reason)
            return None
        path = self._free_path(record, folder)
        self._active[order_id] = path
        job = Supervisor(
            self._context.tasks,
            _auto_save_key(order_id),
            partial(self._auto_attempt, record, folder),
            what=f"Auto-saving order {order_id}",
            backoff=self._auto_backoff.delay,
            max_failures=AUTO_SAVE_ATTEMPTS,
            on_give_up=partial(self._auto_gave_up, record),
            failures=self._auto_failures,
        )
        task = job.start()
        if task is not None:
            task.add_done_callback(partial(self._auto_done, record))
        return path

    def cancel(self, order_id: int) -> None:
        """Stop a running download; nothing is left under its name. Too late once verified."""
        if order_id in self._active and order_id not in self._finishing:
            self._cancelling.add(order_id)
            self._context.tasks.cancel(_download_key(order_id))
            self._context.tasks.cancel(_auto_save_key(order_id))

    def _refusal(self, record: OrderRecord) -> str | None:
        account = self._context.account()
        if account is None:
            return DownloadText.tr("Enter your API key to download orders.")
        if not belongs_to(record, account):
            return DownloadText.tr("This order belongs to another account or store.")
        if not record.is_completed:
            return DownloadText.tr("Order #{number} is not ready yet.").format(
                number=record.order_number
            )
        if record.order_id in self._active:
            return DownloadText.tr("Order #{number} is already being saved.").format(
                number=record.order_number
            )
        return None

    def _free_path(self, record: OrderRecord, folder: Path) -> Path:
        others = frozenset(p for i, p in self._active.items() if i != record.order_id)
        return unique_path(folder, suggested_filename(record), others)

    async def _auto_attempt(self, record: OrderRecord, folder: Path) -> float | None:
        """One auto-save attempt; raises ``_AttemptFailed`` when another one may work."""
        account = self._context.account()
        if account is None or not belongs_to(record, account):
            self._forget(record.order_id)
            self.failed.emit(
                record, DownloadText.tr("The API key changed before the order could be saved.")
            )
            return None
        client = self._context.client()
        path = self._free_path(record, folder)
        self._active[record.order_id] = path
        self.started.emit(record, path)
        failure = await self._run(client, account, record, path)
        if failure is None:
            return None
        if not failure.retry:
            self.failed.emit(record, failure.message)
            return None
        self._active[record.order_id] = path  # busy while waiting: no second download meanwhile
        raise _AttemptFailed(failure.message)

    def _auto_gave_up(self, record: OrderRecord, error: Exception) -> None:
        self._forget(record.order_id)
        self.failed.emit(
            record,
            DownloadText.tr(
                "Order #{number} could not be saved automatically (%n attempt(s)): {reason} Use "
                "“Save…” to try again.",
                "",
                AUTO_SAVE_ATTEMPTS,
            ).format(number=record.order_number, reason=error),
        )

    def _auto_done(self, record: OrderRecord, task: asyncio.Task[None]) -> None:
        if task.cancelled() and record.order_id in self._cancelling:
            self._declined.add(record.order_id)
        self._task_done(record, task)

    async def _save(
        self, client: Client, account: AccountRef, record: OrderRecord, path: Path
    ) -> None:
        failure = await self._run(client, account, record, path)
        if failure is not None:
            self.failed.emit(record, failure.message)

    async def _run(
        self, client: Client, account: AccountRef, record: OrderRecord, path: Path
    ) -> _Failure | None:
        meter = _Meter(self._clock)
        last_emit = [float("-inf")]

        def on_progress(received: int, total: int | None) -> None:
            speed = meter.add(received)
            now = self._clock()
            if now - last_emit[0] >= self._interval or (total is not None and received >= total):
                last_emit[0] = now
                self.progressed.emit(
                    DownloadProgress(record.order_id, path, received, total, speed)
                )

        try:
            final = await client.download(record.order_id, path, on_progress=on_progress)
            self._finishing.add(record.order_id)
            size = final.stat().st_size
            digest = await asyncio.to_thread(sha256_file, final)
            saved = self._context.order_book.record_download(
                account, record.order_id, final, size, digest
            )
        except Unauthorized as error:
            self._forget(record.order_id)
            self._context.report_unauthorized(error.message)
            return _Failure(
                DownloadText.tr("The store refused the API key; enter a valid key."), retry=False
            )
        except ApiError as error:
            self._forget(record.order_id)
            return _Failure(
                DownloadText.tr("The download failed: {reason}").format(reason=error.message)
            )
        except (OSError, sqlite3.Error) as error:
            self._forget(record.order_id)
            log.warning("Saving order %s failed: %r", record.order_id, error)
            if isinstance(error, OSError):
                return _Failure(write_problem_text(error, path))
            return _Failure(
                DownloadText.tr("The file could not be saved: {reason}").format(reason=error)
            )
        except Exception:
            self._forget(record.order_id)
            log.exception("Saving order %s failed unexpectedly", record.order_id)
            return _Failure(DownloadText.tr("The file could not be saved (an unexpected error)."))
        self._forget(record.order_id)
        log.info("Order %s saved to %s (%d bytes)", record.order_id, final, size)
        self.saved.emit(saved)
        return None

    def _task_done(self, record: OrderRecord, task: asyncio.Task[None]) -> None:
        if not task.cancelled():
            return
        self._forget(record.order_id)
        if record.order_id in self._cancelling:
            self._cancelling.discard(record.order_id)
            self.cancelled.emit(record)

    def _forget(self, order_id: int) -> None:
        path = self._active.pop(order_id, None)
        if path is not None and self._part_files is not None:
            self._part_files.remove(_part(path))
        self._finishing.discard(order_id)


_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


def write_problem_text(error: OSError, path: Path) -> str:
    """Why ``path`` could not be written, in words (not "[Errno 1] … order.zip.part")."""
    folder = path.parent
    if error.errno in _NOT_WRITABLE:
        return DownloadText.tr(
            "The file could not be saved: the folder {folder} does not allow writing."
        ).format(folder=folder)
    if error.errno in _FULL:
        return DownloadText.tr(
            "The file could not be saved: the disk that holds {folder} is full."
        ).format(folder=folder)
    return DownloadText.tr("The file could not be saved in {folder}: {reason}.").format(
        folder=folder, reason=error.strerror or error
    )
