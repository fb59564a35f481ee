""" "Verify again": is a saved order file still the one that was downloaded, and a sound ZIP?

The file is compared with the size and SHA-256 recorded when it was saved, then every member's
CRC is checked (``api.files.verify_zip``). Runs for as long as reading the file takes: call it
off the GUI thread; ``stop`` ends it between blocks.
"""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from teleaccounthub.api.errors import UnexpectedResponse
from teleaccounthub.api.files import StopSignal, verify_zip
from teleaccounthub.i18n import TrContext

OrdersText = TrContext("OrdersText")

_BLOCK: Final = 1 << 20
# The damaged member as ``verify_zip`` names it (its repr, in any language).
_DAMAGED_NAME = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""")


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
        return FileCheck(
            FileState.MISSING,
            OrdersText.tr("The file is missing: nothing is at {path} any more.").format(path=path),
        )
    except OSError as error:
        return FileCheck(FileState.UNREADABLE, _unreadable(error))
    if sha256 is not None and digest != sha256.lower():
        return FileCheck(
            FileState.CHANGED,
            _changed_text(
                actual_size if size is not None and size != actual_size else None,
                size,
                sound=_crc_problem(path, stop) is None,
            ),
        )
    problem = _crc_problem(path, stop)
    if problem is not None:
        return FileCheck(FileState.CORRUPT, problem)
    if sha256 is None:
        return FileCheck(
            FileState.SOUND,
            OrdersText.tr("The ZIP is readable and every file in it passes its check."),
        )
    return FileCheck(
        FileState.SOUND,
        OrdersText.tr(
            "The file is the one that was saved (same SHA-256), and every file in it passes its "
            "check."
        ),
    )


def _changed_text(actual_size: int | None, size: int | None, *, sound: bool) -> str:
    """The file is not the one saved: by its size when that differs, else by its SHA-256."""
    if actual_size is not None and size is not None:
        if sound:
            text = OrdersText.tr(
                "The file was changed since it was saved (it is {now} bytes, it was {then}). It "
                "is still a readable ZIP, but not the one the store sent: save it again."
            )
        else:
            text = OrdersText.tr(
                "The file was changed since it was saved (it is {now} bytes, it was {then}). It "
                "is no longer a readable ZIP: save it again."
            )
        return text.format(now=actual_size, then=size)  # ungrouped: "1,234" is 1.234 in Russian
    if sound:
        return OrdersText.tr(
            "The file was changed since it was saved (its SHA-256 is not the one recorded). It "
            "is still a readable ZIP, but not the one the store sent: save it again."
        )
    return OrdersText.tr(
        "The file was changed since it was saved (its SHA-256 is not the one recorded). It is "
        "no longer a readable ZIP: save it again."
    )


def _unreadable(error: OSError) -> str:
    return OrdersText.tr("The file cannot be read: {reason}.").format(
        reason=error.strerror or error
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
        damaged = _DAMAGED_NAME.search(str(error))
        if damaged is None:
            return OrdersText.tr("The file is not a valid ZIP archive; save it again.")
        return OrdersText.tr(
            "The file is not a valid ZIP archive: {name} is damaged; save it again."
        ).format(name=damaged.group(1))
    except OSError as error:
        return _unreadable(error)
    return None
