"""Closing the connection to a SOCKS5 proxy whose handshake failed.

httpcore (1.0.9) leaves that socket open when the handshake raises (a wrong password, a target
the proxy will not reach): it is only closed, with a ResourceWarning, when it is collected.
These ``trace`` hooks see the handshake start (its stream) and fail, and close the stream.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

_STARTED: Final = ".setup_socks5_connection.started"
_FAILED: Final = ".setup_socks5_connection.failed"


class SocksStreams:
    """Remembers the stream of the handshake under way; ``failed`` gives it back to close."""

    def __init__(self) -> None:
        self._stream: Any = None

    def failed(self, event: str, info: Mapping[str, Any]) -> Any:
        """The stream to close when ``event`` is a failed handshake, else None."""
        if event.endswith(_STARTED):
            self._stream = info.get("stream")
        elif event.endswith(_FAILED):
            stream, self._stream = self._stream, None
            return stream
        return None


class AsyncSocksCloser:
    """An async client's ``trace`` hook: closes a stream whose SOCKS5 handshake failed."""

    def __init__(self) -> None:
        self._streams = SocksStreams()

    async def __call__(self, event: str, info: Mapping[str, Any]) -> None:
        stream = self._streams.failed(event, info)
        if stream is not None:
            await stream.aclose()
