"""The layers every request passes through, outermost first:

record it → apply faults → rate limit (when configured) → turn errors into the page's JSON.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from teleaccounthub.sandbox import fault_actions
from teleaccounthub.sandbox.errors import SandboxHttpError, error_response
from teleaccounthub.sandbox.faults import Faults
from teleaccounthub.sandbox.ratelimit import RateLimiter
from teleaccounthub.sandbox.records import Origin, RequestLog, RequestRecord, lower_case_headers

log = logging.getLogger(__name__)


def record_requests(requests: RequestLog, origin: Origin) -> Middleware:
    @web.middleware
    async def record(request: web.Request, handler: Handler) -> web.StreamResponse:
        requests.add(
            RequestRecord(
                method=request.method,
                path=request.path,
                headers=lower_case_headers(request.headers.items()),
                origin=origin,
                query=request.query_string,
            )
        )
        return await handler(request)

    return record


def apply_faults(faults: Faults) -> Middleware:
    @web.middleware
    async def misbehave(request: web.Request, handler: Handler) -> web.StreamResponse:
        delay, outcome = faults.take(request.path)
        if delay:
            await asyncio.sleep(delay)
        if outcome is None:
            return await handler(request)
        return await fault_actions.apply(outcome, request, handler)

    return misbehave


def rate_limit(limiter: RateLimiter) -> Middleware:
    @web.middleware
    async def limit(request: web.Request, handler: Handler) -> web.StreamResponse:
        client = request.headers.get("Authorization") or request.remote or "?"
        wait = limiter.acquire(client)
        if wait is not None:
            return error_response(
                429,
                f"Too many requests. Try again in {wait} s.",
                headers={"Retry-After": str(wait)},
            )
        return await handler(request)

    return limit


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except SandboxHttpError as exc:
        return exc.response()
    except web.HTTPMethodNotAllowed as exc:
        allowed = ", ".join(sorted(exc.allowed_methods))
        return error_response(
            405,
            f"{request.method} is not allowed here; use {allowed}.",
            headers={"Allow": allowed},
        )
    except web.HTTPNotFound:
        return error_response(404, f"No such endpoint: {request.path}")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error_response(exc.status)
    except Exception:
        log.exception("sandbox handler failed: %s %s", request.method, request.path)
        return error_response(500)
