"""Setting a file that cannot be read aside, under a new name beside it: never deleted, never
overwritten.

``orders.sqlite3`` becomes ``orders.sqlite3.broken-20261201T120304Z`` (``…Z-2``, ``…Z-3`` if that
name is taken), and its companions (SQLite's ``-wal`` and ``-shm``) move with it under the same new
name, so the old file can still be opened as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from teleaccounthub.local import utc

# SQLite keeps a WAL database's recent commits in these files beside it.
SQLITE_COMPANIONS = ("-wal", "-shm")


def set_aside(path: Path, *, companions: Sequence[str] = (), now: datetime | None = None) -> Path:
    """Rename ``path`` (and ``path + suffix`` for each companion that exists) to a free
    ``<name>.broken-<UTC time>`` name; returns the new path of ``path``.

    The companions move first: a WAL file left beside a fresh database of the same name would be
    replayed into it.
    """
    moment = utc.as_utc(now if now is not None else utc.utc_now())
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    target = _free_name(path, stamp, companions)
    for suffix in companions:
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            _rename_no_replace(companion, target.with_name(target.name + suffix))
    _rename_no_replace(path, target)
    return target


def _free_name(path: Path, stamp: str, companions: Sequence[str]) -> Path:
    base = f"{path.name}.broken-{stamp}"
    number = 1
    while True:
        candidate = path.with_name(base if number == 1 else f"{base}-{number}")
        names = [candidate, *(candidate.with_name(candidate.name + s) for s in companions)]
        if not any(os.path.lexists(name) for name in names):
            return candidate
        number += 1


def _rename_no_replace(source: Path, target: Path) -> None:
    """``os.rename`` would replace a file that appeared at ``target`` meanwhile; a hard link
    cannot. Where hard links are not supported, the name was checked just before."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)
