"""Opening the data folder at start-up, whatever state it is in, and saying what went wrong.

Nothing here raises for a broken folder. A corrupt, damaged or newer order book is set aside
(``orders.sqlite3.broken-<UTC time>``, with its ``-wal``/``-shm``) and a new one is started; a
folder that cannot be written to (read-only, disk full) is named; an order book that cannot be
opened at all is replaced by an empty one in memory and buying is disabled. Each problem comes
back as one paragraph a customer can act on.
"""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.part_files import PartFiles
from teleaccounthub.local.paths import DataDir
from teleaccounthub.local.set_aside import SQLITE_COMPANIONS, set_aside
from teleaccounthub.local.settings import Settings

if TYPE_CHECKING:
    # Imported when the book is opened: sqlite3 and the order book's modules are ~20 ms that
    # the first paint does not need (``open_settings`` comes first, ``add_order_book`` after).
    from teleaccounthub.local.orderbook import OrderBook, OrderBookError

log = logging.getLogger(__name__)

WindowDataFolderText = TrContext("WindowDataFolderText")

# The command-line option that picks another data folder (the same in every language).
DATA_DIR_OPTION = "--data-dir"

_READ_ONLY = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
# Bigger than a directory entry: a full disk still takes an empty file, not a page of data.
_PROBE_BYTES = 4096


@dataclass(frozen=True, slots=True)
class StartupProblem:
    """One thing wrong with the data folder, as the customer reads it.

    ``say`` gives the text in the language shown when it is read: problems are found before the
    language (a setting in this very folder) is applied."""

    say: Callable[[], str]
    # Buying needs the order book on disk; without it the app only browses.
    disables_buying: bool = False

    @property
    def text(self) -> str:
        return self.say()


@dataclass(slots=True)
class OpenedDataFolder:
    data_dir: DataDir
    order_book: OrderBook
    settings: Settings
    problems: list[StartupProblem] = field(default_factory=list)

    @property
    def buying_disabled(self) -> bool:
        return any(problem.disables_buying for problem in self.problems)


def open_data_dir(root: Path) -> tuple[DataDir, StartupProblem | None]:
    """The data folder, created if needed; and what is wrong with writing to it, if anything."""
    try:
        data_dir = DataDir(root)
    except OSError as error:
        log.info("The data folder %s cannot be created: %s", root, error)
        data_dir = DataDir(root, create=False)
        return data_dir, _folder_problem(data_dir.root, error)
    cannot_write = write_error(data_dir.root)
    if cannot_write is None:
        return data_dir, None
    log.info("The data folder %s cannot be written to: %s", data_dir.root, cannot_write)
    return data_dir, _folder_problem(data_dir.root, cannot_write)


@dataclass(slots=True)
class OpenedSettings:
    """The data folder with its settings open, and the problems found so far; the order book
    comes next (``add_order_book``)."""

    data_dir: DataDir
    settings: Settings
    problems: list[StartupProblem] = field(default_factory=list)
    # Where the order book's problem goes in ``problems``: after the folder's, before the rest.
    book_problem_at: int = 0


def open_contents(
    data_dir: DataDir,
    problem: StartupProblem | None = None,
    *,
    with_order_book: bool = True,
    now: datetime | None = None,
) -> OpenedDataFolder:
    """The order book and the settings of ``data_dir``; leftover part files removed.

    ``problem`` is what ``open_data_dir`` found; it is said first. Without ``with_order_book``
    (the self-test buys in a scratch folder) the file is not touched and the book is in memory.
    """
    return add_order_book(open_settings(data_dir, problem), on_disk=with_order_book, now=now)


def open_settings(data_dir: DataDir, problem: StartupProblem | None = None) -> OpenedSettings:
    """The settings of ``data_dir`` (what the window is built from), without the order book."""
    problems = [] if problem is None else [problem]
    settings = Settings(data_dir.settings_file)
    if settings.problem is not None:
        problems.append(StartupProblem(lambda: settings.problem or ""))
    return OpenedSettings(data_dir, settings, problems, book_problem_at=0 if problem is None else 1)


def add_order_book(
    opened: OpenedSettings, *, on_disk: bool = True, now: datetime | None = None
) -> OpenedDataFolder:
    """``opened`` with its order book (in memory without ``on_disk``); leftover part files
    removed. Its problem, if any, is said after the folder's and before the settings'."""
    from teleaccounthub.local.orderbook import OrderBook

    data_dir = opened.data_dir
    if on_disk:
        book, book_problem = open_order_book(data_dir.orders_db, now=now)
    else:
        book, book_problem = OrderBook.in_memory(), None
    problems = list(opened.problems)
    if book_problem is not None:
        problems.insert(opened.book_problem_at, book_problem)
    PartFiles(data_dir.part_files).sweep()
    return OpenedDataFolder(data_dir, book, opened.settings, problems)


def open_order_book(
    path: Path, *, now: datetime | None = None
) -> tuple[OrderBook, StartupProblem | None]:
    from teleaccounthub.local.orderbook import OrderBook, OrderBookError, OrderBookUnreadable

    try:
        return OrderBook(path), None
    except OrderBookUnreadable as error:
        log.info("%s", error)
        unreadable: OrderBookError = error
    except OrderBookError as error:
        log.info("%s", error)
        return OrderBook.in_memory(), _no_order_book(path, error)
    try:
        aside = set_aside(path, companions=SQLITE_COMPANIONS, now=now)
    except OSError as error:
        log.info("The order book %s could not be set aside: %s", path, error)
        return OrderBook.in_memory(), _no_order_book(path, unreadable)
    log.info("The order book %s was set aside as %s; starting a new one", path, aside)
    try:
        book = OrderBook(path)
    except OrderBookError as error:
        log.info("%s", error)
        return OrderBook.in_memory(), _no_order_book(path, error)
    if _newer(unreadable):
        return book, StartupProblem(
            lambda: WindowDataFolderText.tr(
                "Your order book was written by a newer version of TeleAccountHub and was set "
                "aside as {path}; a new one was started. Your orders are still in the old file."
            ).format(path=aside)
        )
    return book, StartupProblem(
        lambda: WindowDataFolderText.tr(
            "Your order book could not be read and was set aside as {path}; a new one was "
            "started. Your orders are still in the old file."
        ).format(path=aside)
    )


def write_error(folder: Path) -> OSError | None:
    """Can a file be written and synced in ``folder``? The error that says why not, or None."""
    probe = folder / f".write-test-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as error:
        return error
    try:
        try:
            os.write(fd, b"\0" * _PROBE_BYTES)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        return error
    finally:
        try:
            probe.unlink()
        except OSError as error:
            log.warning("The write test %s could not be removed: %s", probe, error)
    return None


def _folder_problem(folder: Path, error: OSError) -> StartupProblem:
    if error.errno in _FULL:
        return StartupProblem(
            lambda: WindowDataFolderText.tr(
                "TeleAccountHub cannot write to {folder} (the disk is full). Free some space or "
                "choose another folder with {option}."
            ).format(folder=folder, option=DATA_DIR_OPTION)
        )
    if error.errno in _READ_ONLY:
        return StartupProblem(
            lambda: WindowDataFolderText.tr(
                "TeleAccountHub cannot write to {folder} (it is read-only). Make it writable or "
                "choose another folder with {option}."
            ).format(folder=folder, option=DATA_DIR_OPTION)
        )
    why = error.strerror or str(error)  # the system's words
    return StartupProblem(
        lambda: WindowDataFolderText.tr(
            "TeleAccountHub cannot write to {folder} ({reason}). Check the folder or choose "
            "another one with {option}."
        ).format(folder=folder, reason=why, option=DATA_DIR_OPTION)
    )


def _no_order_book(path: Path, error: OrderBookError) -> StartupProblem:
    cause = error.__cause__ if error.__cause__ is not None else error
    if "locked" in str(cause):
        return StartupProblem(
            lambda: WindowDataFolderText.tr(
                "Your order book {path} cannot be opened (another program, perhaps "
                "TeleAccountHub itself, is using it). Buying is disabled until this is fixed; "
                "you can still browse the catalog."
            ).format(path=path),
            disables_buying=True,
        )
    detail = str(cause).rstrip(".")  # the database's words
    return StartupProblem(
        lambda: WindowDataFolderText.tr(
            "Your order book {path} cannot be opened ({reason}). Buying is disabled until this "
            "is fixed; you can still browse the catalog."
        ).format(path=path, reason=detail),
        disables_buying=True,
    )


def _newer(error: OrderBookError) -> bool:
    from teleaccounthub.local.migrate import SchemaTooNew

    return isinstance(error.__cause__, SchemaTooNew)
