"""Logging: a rotating file in ``<data dir>/logs/`` and warnings on stderr, keys redacted.

When the file cannot be opened (a read-only or full data folder), everything goes to stderr
instead, and ``logs_to_file`` says so.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from teleaccounthub.api import RedactingFilter

LOG_FILE_NAME = "teleaccounthub.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure_logging(logs_dir: Path, *, level: int = logging.INFO) -> list[logging.Handler]:
    """Send the app's log records to ``logs_dir/teleaccounthub.log`` (rotated) and stderr.

    Every handler carries the API's ``RedactingFilter``, so a key in a message, an argument or a
    traceback never reaches a file or the terminal. Returns the handlers it installed on the root
    logger (``remove_handlers`` takes them off again).
    """
    formatter = logging.Formatter(FORMAT)
    console = logging.StreamHandler(sys.stderr)
    file_handler, file_error = _file_handler(logs_dir, console)
    # Without a file, stderr is the only log there is.
    console.setLevel(logging.WARNING if file_handler is not None else level)
    handlers: list[logging.Handler] = [console]
    if file_handler is not None:
        file_handler.setLevel(level)
        handlers.insert(0, file_handler)
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    # Per-request chatter of the HTTP stack and the loop would drown the app's own records.
    for noisy in ("httpx", "httpcore", "aiohttp.access", "qasync", "asyncio"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    if file_error is not None:
        logging.getLogger(__name__).warning(
            "The log file in %s cannot be opened (%s); logging to the terminal instead",
            logs_dir,
            file_error,
        )
    return handlers


def logs_to_file(handlers: list[logging.Handler]) -> bool:
    """Is the log file of ``configure_logging`` in use (opened, and not failed since)?"""
    return any(isinstance(h, _FileHandler) and not h.failed for h in handlers)


class _FileHandler(logging.handlers.RotatingFileHandler):
    """The log file; when writing to it fails (the disk filled up), the console takes over
    every record from then on, instead of a "Logging error" traceback per record."""

    def __init__(self, path: Path, console: logging.Handler) -> None:
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        self._console = console
        self.failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 — logging's name
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)
            return
        self.failed = True
        # The console comes after this handler, so it takes this very record too.
        self._console.setLevel(min(self.level, self._console.level))
        sys.stderr.write(
            f"TeleAccountHub cannot write its log file {self.baseFilename} ({error}); "
            "logging to the terminal instead.\n"
        )


def _file_handler(
    logs_dir: Path, console: logging.Handler
) -> tuple[_FileHandler | None, OSError | None]:
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        return _FileHandler(logs_dir / LOG_FILE_NAME, console), None
    except OSError as error:
        return None, error


def remove_handlers(handlers: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
