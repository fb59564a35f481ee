"""Folders that cannot be written to, for real: a read-only bind mount and a full tmpfs.

Tests run as root here, and chmod does not stop root; a mount does. Where mounting is not
allowed (not root, no mount namespace rights), the test is skipped and says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    if os.name != "posix" or shutil.which("mount") is None:
        pytest.skip("needs mount(8): read-only and full folders are made with real mounts")
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"mounting is not allowed here ({done.stderr.strip()}); run as root")


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@contextmanager
def read_only_folder(source: Path, target: Path) -> Iterator[Path]:
    """``source`` (with whatever it holds) seen read-only at ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(source), str(target))
    try:
        _mount("-o", "remount,bind,ro", str(target))
        yield target
    finally:
        _umount(target)


@contextmanager
def full_folder(target: Path, *, size_kib: int = 256) -> Iterator[Path]:
    """A small tmpfs at ``target``; ``fill`` it to the last byte."""
    target.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(target))
    try:
        yield target
    finally:
        _umount(target)


def fill(folder: Path) -> Path:
    """Write into ``folder`` until the disk is full; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler
