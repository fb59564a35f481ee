"""The ZIP of a completed order: built once, on disk, off the event loop, to an exact size.

The archive holds a README.txt and one ``accounts/NNNN.json`` per unit bought, then a stored
member of random (incompressible) bytes that brings the file to the configured size. Sizes are
exact as long as the padding needs no ZIP64 headers (below ``config.MAX_ZIP_SIZE``); when the
entries alone are larger than the configured size, there is no padding and the file is larger.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import time
import zipfile
from pathlib import Path

from teleaccounthub.sandbox.shop import ReadyOrder

PADDING_NAME = "padding.bin"
_CHUNK = 1024 * 1024
# Fixed sizes of the ZIP format (APPNOTE 4.3.7, 4.3.12, 4.3.16), before names and extras.
_LOCAL_HEADER = 30
_CENTRAL_HEADER = 46
_END_OF_CENTRAL_DIRECTORY = 22


def build_order_zip(path: Path, order: ReadyOrder, size: int, seed: int) -> None:
    """Write the order's ZIP to ``path`` (through a temporary name, so it appears whole)."""
    rng = random.Random(f"{seed}:{order.view.id}")
    partial = path.with_name(path.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(_entry("README.txt"), _readme(order))
            for unit in range(1, order.view.quantity + 1):
                archive.writestr(_entry(f"accounts/{unit:04d}.json"), _account(order, rng))
            padding = size - _size_with_padding(archive)
            if padding >= 0:
                _write_padding(archive, padding, rng)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=time.localtime()[:6])
    info.compress_type = zipfile.ZIP_STORED
    return info


def _readme(order: ReadyOrder) -> str:
    view = order.view
    return (
        f"TeleAccountHub sandbox order {view.id} (order number {view.order_number})\n"
        f"Product: {view.product_name}\n"
        f"Quantity: {view.quantity}\n"
        "\n"
        "This archive comes from the local sandbox store. Its accounts are not real.\n"
    )


def _account(order: ReadyOrder, rng: random.Random) -> str:
    digits = "".join(c for c in order.dial_code if c.isdigit())
    number = "".join(str(rng.randrange(10)) for _ in range(max(7, 12 - len(digits))))
    record = {
        "phone": f"+{digits}{number}",
        "product": order.view.product_name,
        "session": rng.randbytes(32).hex(),
        "two_factor": False,
        "sandbox": True,
    }
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def _size_with_padding(archive: zipfile.ZipFile) -> int:
    """The archive's final size if a padding member with no data were added now."""
    assert archive.fp is not None
    name = len(PADDING_NAME.encode())
    central = sum(
        _CENTRAL_HEADER + len(info.filename.encode()) + len(info.extra) + len(info.comment)
        for info in archive.infolist()
    )
    padding_headers = _LOCAL_HEADER + name + _CENTRAL_HEADER + name
    return archive.fp.tell() + central + padding_headers + _END_OF_CENTRAL_DIRECTORY


def _write_padding(archive: zipfile.ZipFile, size: int, rng: random.Random) -> None:
    info = _entry(PADDING_NAME)
    info.file_size = size
    with archive.open(info, "w") as out:
        remaining = size
        while remaining:
            chunk = min(_CHUNK, remaining)
            out.write(rng.randbytes(chunk))
            remaining -= chunk


class ZipCache:
    """Builds each order's ZIP once, in a worker thread, into ``directory``.

    Lives on the server's event loop; concurrent downloads of one order share one build.
    """

    def __init__(self, directory: Path, size: int, seed: int) -> None:
        self._directory = directory
        self._size = size
        self._seed = seed
        self._builds: dict[int, asyncio.Future[None]] = {}

    async def path_for(self, order: ReadyOrder) -> Path:
        path = self._directory / order.view.download_filename
        build = self._builds.get(order.view.id)
        if build is None:
            loop = asyncio.get_running_loop()
            build = loop.run_in_executor(None, build_order_zip, path, order, self._size, self._seed)
            self._builds[order.view.id] = build
        try:
            await asyncio.shield(build)
        except Exception:
            if build.done():  # a failed build is tried again by the next download
                self._builds.pop(order.view.id, None)
            raise
        return path
