"""Which ``.part`` files of downloads are in progress, so that a crash's leftovers are removed.

The list is a small JSON file in the data folder (``downloads-in-progress.json``), rewritten
atomically when a download begins and when it ends. At the next start ``sweep`` removes each
listed file that still exists — only names ending in ``.part``, never anything else — unless the
process that listed it is still running (another instance of the app downloading right now).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from pathlib import Path

from teleaccounthub.local.atomic import atomic_write_text

log = logging.getLogger(__name__)

PART_SUFFIX = ".part"


class PartFiles:
    """The registry in ``path``. Every method logs and carries on when the file cannot be read or
    written: a download is not stopped because its clean-up note could not be kept."""

    def __init__(self, path: Path, *, pid: int | None = None) -> None:
        self.path = path
        self._pid = os.getpid() if pid is None else pid

    def add(self, part: Path) -> None:
        entries = self._read()
        entries[str(part.absolute())] = self._pid
        self._write(entries)

    def remove(self, part: Path) -> None:
        entries = self._read()
        if entries.pop(str(part.absolute()), None) is not None:
            self._write(entries)

    def listed(self) -> list[Path]:
        return [Path(name) for name in self._read()]

    def sweep(self) -> list[Path]:
        """Remove the leftovers of downloads that ended without clean-up; returns the files
        removed. Entries of processes still running are kept."""
        entries = self._read()
        kept = {name: pid for name, pid in entries.items() if pid != self._pid and _alive(pid)}
        removed: list[Path] = []
        for name in entries.keys() - kept.keys():
            part = Path(name)
            if not part.name.endswith(PART_SUFFIX) or not part.is_absolute():
                log.warning("Not a part file, left alone: %s", part)
                continue
            try:
                part.unlink()
            except FileNotFoundError:
                continue
            except OSError as error:
                log.warning("A leftover download %s could not be removed: %s", part, error)
                continue
            log.info("Removed the leftover of an interrupted download: %s", part)
            removed.append(part)
        if entries:
            self._write(kept)
        return removed

    def _read(self) -> dict[str, int]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as error:
            log.warning("The list of downloads in progress %s is unreadable: %s", self.path, error)
            return {}
        try:
            data = json.loads(text)
        except ValueError as error:
            log.warning("The list of downloads in progress %s is corrupt: %s", self.path, error)
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            name: pid
            for name, pid in data.items()
            if isinstance(name, str) and isinstance(pid, int) and not isinstance(pid, bool)
        }

    def _write(self, entries: dict[str, int]) -> None:
        try:
            if entries:
                atomic_write_text(self.path, json.dumps(entries, indent=1, sort_keys=True) + "\n")
            else:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
        except OSError as error:
            log.warning(
                "The list of downloads in progress %s cannot be written: %s", self.path, error
            )


def _alive(pid: int) -> bool:
    """Is process ``pid`` running? Only asked on POSIX (on Windows signal 0 is Ctrl+C)."""
    if os.name != "posix" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
