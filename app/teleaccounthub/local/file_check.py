""" "Verify again": is a saved order file still the one that was downloaded, and a sound ZIP?

The file is compared with the size and SHA-256 recorded when it was saved, then every member's
CRC is checked (``api.files.verify_zip``). Runs for as long as reading the file takes: call it
off the GUI thread; ``stop`` ends it between blocks.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from teleaccounthub.api.errors import UnexpectedResponse
from teleaccounthub.api.files import StopSignal, verify_zip

_BLOCK: Final = 1 << 20


class FileState(enum.Enum):
    SOUND = "sound"
    MISSING = "missing"
    CHANGED = "changed"
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class FileCheck:
    state: FileState
    text: str

    @property
    def ok(self) -> bool:
        return self.state is FileState.SOUND


def check_saved_file(
    path: Path, *, size: int | None, sha256: str | None, stop: StopSignal | None = None
) -> FileCheck:
    """What ``path`` is now, against what was recorded when it was saved."""
    try:
        actual_size = path.stat().st_size
        digest = _sha256(path, stop)
    except FileNotFoundError:
        return FileCheck(FileState.MISSING, f"The file is missing: nothing is at {path} any more.")
    except OSError as error:
        return FileCheck(
            FileState.UNREADABLE, f"The file cannot be read: {error.strerror or error}."
        )
    if sha256 is not None and digest != sha256.lower():
        how = (
            f"it is {actual_size:,} bytes, it was {size:,}"
            if size is not None and size != actual_size
            else "its SHA-256 is not the one recorded"
        )
        sound = _crc_problem(path, stop) is None
        return FileCheck(
            FileState.CHANGED,
            f"The file was changed since it was saved ({how}). "
            + (
                "It is still a readable ZIP, but not the one the store sent: save it again."
                if sound
                else "It is no longer a readable ZIP: save it again."
            ),
        )
    problem = _crc_problem(path, stop)
    if problem is not None:
        return FileCheck(FileState.CORRUPT, problem)
    if sha256 is None:
        return FileCheck(
            FileState.SOUND, "The ZIP is readable and every file in it passes its check."
        )
    return FileCheck(
        FileState.SOUND,
        "The file is the one that was saved (same SHA-256), and every file in it passes its check.",
    )


def _sha256(path: Path, stop: StopSignal | None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while block := file.read(_BLOCK):
            if stop is not None:
                stop.check()
            digest.update(block)
    return digest.hexdigest()


def _crc_problem(path: Path, stop: StopSignal | None) -> str | None:
    try:
        verify_zip(path, stop)
    except UnexpectedResponse as error:
        return (
            str(error)
            .replace("downloaded file", "file")
            .replace("try the download again", "save it again")
        )
    except OSError as error:
        return f"The file cannot be read: {error.strerror or error}."
    return None
