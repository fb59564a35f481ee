"""What each fault does to one request (see ``faults.py`` for the switches).

Dropping a connection closes the request's transport; aiohttp then finds nothing to write the
answer to and moves on quietly, as it does when a client goes away.
"""

from __future__ import annotations

import asyncio
from http import HTTPStatus

from aiohttp import web
from aiohttp.typedefs import Handler

from teleaccounthub.sandbox.errors import error_response
from teleaccounthub.sandbox.faults import Drop, Hang, MalformedJson, Outcome, Status
from teleaccounthub.sandbox.responses import ZipResponse

_CHUNK = 64 * 1024


async def apply(outcome: Outcome, request: web.Request, handler: Handler) -> web.StreamResponse:
    if isinstance(outcome, Status):
        return status_response(outcome)
    if isinstance(outcome, Hang):
        if outcome.after_processing:
            response = await handler(request)
            await asyncio.sleep(outcome.seconds)
            return response
        await asyncio.sleep(outcome.seconds)
        if _client_gone(request):  # like a queued request whose client gave up: never processed
            return web.Response()
        return await handler(request)
    if isinstance(outcome, MalformedJson):
        return malformed(await handler(request))
    assert isinstance(outcome, Drop)
    if outcome.when == "before_response":
        return _close(request)
    response = await handler(request)
    if outcome.when == "after_processing":
        return _close(request)
    return await _send_half(request, response)


def status_response(fault: Status) -> web.Response:
    headers = {} if fault.retry_after is None else {"Retry-After": fault.retry_after}
    if fault.body == "json":
        return error_response(fault.code, headers=headers)
    try:
        line = f"{fault.code} {HTTPStatus(fault.code).phrase}"
    except ValueError:  # a code without a standard name, such as 599
        line = f"{fault.code} Error"
    if fault.body == "html":
        html = (
            f"<html><head><title>{line}</title></head><body><center><h1>{line}</h1></center>"
            "<hr><center>nginx</center></body></html>\n"
        )
        return web.Response(status=fault.code, text=html, content_type="text/html", headers=headers)
    return web.Response(status=fault.code, text=f"{line}\n", headers=headers)


def malformed(response: web.StreamResponse) -> web.Response:
    """The same status with its JSON body cut in half (a prefix of a JSON object is never valid
    JSON); an answer that is not JSON (a ZIP) becomes half of a small JSON object."""
    body = response.body if isinstance(response, web.Response) else None
    text = body if isinstance(body, bytes) and body else b'{"ok": true, "order": {"id": 74}}'
    return web.Response(
        status=response.status,
        body=text[: len(text) // 2],
        content_type="application/json",
        charset="utf-8",
    )


def _client_gone(request: web.Request) -> bool:
    return request.transport is None or request.transport.is_closing()


def _close(request: web.Request) -> web.Response:
    if request.transport is not None:
        request.transport.close()
    return web.Response()  # nothing is written: the transport is closing


async def _send_half(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    """Send the headers of ``response`` with its full length, half of its body, then close."""
    partial = web.StreamResponse(status=response.status, headers=response.headers)
    if isinstance(response, ZipResponse):
        total = response.file_path.stat().st_size
        partial.content_length = total
        await partial.prepare(request)
        with response.file_path.open("rb") as file:
            remaining = total // 2
            while remaining:
                chunk = file.read(min(_CHUNK, remaining))
                if not chunk:
                    break
                await partial.write(chunk)
                remaining -= len(chunk)
    else:
        body = response.body if isinstance(response, web.Response) else None
        data = body if isinstance(body, bytes) else b""
        partial.content_length = len(data)
        await partial.prepare(request)
        await partial.write(data[: len(data) // 2])
    _close(request)
    return partial
