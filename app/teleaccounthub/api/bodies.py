"""Reading a JSON answer's body with a size cap: the store decides how much it sends, this
process decides how much it reads."""

from __future__ import annotations

import httpx

from teleaccounthub.api.errors import ApiText, UnexpectedResponse

_MIB = 1 << 20


def content_length(response: httpx.Response) -> int | None:
    """The declared ``Content-Length``, or None when absent or not a plain number."""
    value = response.headers.get("content-length", "").strip()
    return int(value) if value.isdigit() and len(value) < 20 else None


async def read_capped(response: httpx.Response, limit: int) -> httpx.Response:
    """The streamed ``response`` with its whole body read, refusing more than ``limit`` bytes.

    A declared ``Content-Length`` over the cap is refused before any byte of the body is read;
    otherwise the decoded bytes are counted as they arrive (a compressed answer is capped by what
    it expands to) and reading stops as soon as they pass the cap. Raises ``UnexpectedResponse``.
    """
    body = _Body(response, limit)
    async for chunk in response.aiter_bytes():
        body.add(chunk)
    return body.read()


def read_capped_blocking(response: httpx.Response, limit: int) -> httpx.Response:
    """``read_capped`` for a response of a blocking client (a download's error answer)."""
    body = _Body(response, limit)
    for chunk in response.iter_bytes():
        body.add(chunk)
    return body.read()


class _Body:
    """The chunks of one answer so far, refused as soon as they pass the cap."""

    def __init__(self, response: httpx.Response, limit: int) -> None:
        declared = content_length(response)
        if declared is not None and declared > limit:
            raise too_large(response, limit)
        self._response = response
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0

    def add(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._size > self._limit:
            raise too_large(self._response, self._limit)
        self._chunks.append(chunk)

    def read(self) -> httpx.Response:
        """A read response of the same status, headers and request. The body is decoded
        already, so the encoding headers must not make httpx decode it again."""
        response = self._response
        headers = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=b"".join(self._chunks),
            request=response.request,
            extensions=response.extensions,
        )


def too_large(response: httpx.Response, limit: int) -> UnexpectedResponse:
    return UnexpectedResponse(
        ApiText.tr("The store's answer was too large (over {size}); it was not read.").format(
            size=_size(limit)
        ),
        status_code=response.status_code,
    )


def _size(limit: int) -> str:
    if limit >= _MIB and limit % _MIB == 0:
        return ApiText.tr("{count} MiB").format(count=limit // _MIB)
    return ApiText.tr("%Ln byte(s)", "", limit)
