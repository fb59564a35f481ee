"""Small helpers of the API client's tests."""

from __future__ import annotations

import io
import random
import socket
import zipfile
from pathlib import Path


class CountingRandom(random.Random):
    """Counts the backoff draws: one per retry the client decided to make."""

    def __init__(self) -> None:
        super().__init__(7)
        self.draws = 0

    def uniform(self, a: float, b: float) -> float:
        self.draws += 1
        return super().uniform(a, b)


def names(folder: Path) -> list[str]:
    """The names in ``folder``, sorted (after a download: what it left behind)."""
    return sorted(path.name for path in folder.iterdir())


def refused_url() -> str:
    """An address on which nothing listens (the port was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def zip_bytes(size: int = 0) -> bytes:
    """A valid ZIP; with ``size``, padded with an incompressible member to about that size."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("accounts.txt", "+63 900 000 0000\n" * 100)
        if size:
            archive.writestr("padding.bin", random.Random(1).randbytes(size))
    return buffer.getvalue()
