"""Answers the handlers send: JSON with exact decimals, and order ZIPs from disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiohttp import web

from teleaccounthub.sandbox.jsontext import dumps


def json_response(payload: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        status=status, body=dumps(payload), content_type="application/json", charset="utf-8"
    )


class ZipResponse(web.FileResponse):
    """A ZIP streamed from disk (memory stays flat for any size), with download headers."""

    def __init__(self, path: Path, filename: str) -> None:
        super().__init__(
            path,
            headers={
                "Content-Type": "application/zip",
                "Content-Disposition": f'attachment; filename="{filename}"',
            },
        )
        self.file_path = path
