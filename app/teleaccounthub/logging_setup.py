"""Logging: a rotating file in ``<data dir>/logs/`` and warnings on stderr, keys redacted."""

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
    logs_dir.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter(FORMAT)
    file_handler = logging.handlers.RotatingFileHandler(
        logs_dir / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    file_handler.setLevel(level)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    handlers: list[logging.Handler] = [file_handler, console]
    root = logging.getLogger()
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    # Per-request chatter of the HTTP stack and the loop would drown the app's own records.
    for noisy in ("httpx", "httpcore", "aiohttp.access", "qasync", "asyncio"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    return handlers


def remove_handlers(handlers: list[logging.Handler]) -> None:
    root = logging.getLogger()
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
