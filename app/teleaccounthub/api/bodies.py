"""Reading a JSON answer's body with a size cap: the store decides how much it sends, this
process decides how much it reads."""

from __future__ import annotations

import httpx

from teleaccounthub.api.errors import UnexpectedResponse

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
    declared = content_length(response)
    if declared is not None and declared > limit:
        raise too_large(response, limit)
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            raise too_large(response, limit)
        chunks.append(chunk)
    # A read response of the same status, headers and request; the body is already decoded,
    # so the encoding headers must not make httpx decode it again.
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"".join(chunks),
        request=response.request,
        extensions=response.extensions,
    )


def too_large(response: httpx.Response, limit: int) -> UnexpectedResponse:
    return UnexpectedResponse(
        f"The store's answer was too large (over {_size(limit)}); it was not read.",
        status_code=response.status_code,
    )


def _size(limit: int) -> str:
    if limit >= _MIB and limit % _MIB == 0:
        return f"{limit // _MIB} MiB"
    return f"{limit:,} bytes"
