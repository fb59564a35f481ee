"""``Client``: the store's six endpoints over httpx: retries, exact money, safe downloads."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import math
import os
import re
import socket
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self, TypeVar

import httpx

from teleaccounthub.api.bodies import content_length, read_capped, read_capped_blocking
from teleaccounthub.api.defaults import (
    CONNECT_TIMEOUT,
    DEADLINE,
    DOWNLOAD_CHUNK_SIZE,
    MAX_BODY_BYTES,
    MAX_PRODUCTS_BODY_BYTES,
    READ_TIMEOUT,
    STALL_TIMEOUT,
    USER_AGENT,
)
from teleaccounthub.api.errors import (
    ApiError,
    ApiText,
    BadRequest,
    CheckoutOutcomeUnknown,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
)
from teleaccounthub.api.files import (
    ProgressCallback,
    StopSignal,
    ThreadProgress,
    WriteBehind,
    in_own_thread,
    in_worker_thread,
    part_path,
    remove_quietly,
    sync_to_disk,
    verify_zip,
)
from teleaccounthub.api.json_text import release_in_pieces
from teleaccounthub.api.models import Balance, CategoryList, CheckoutResult, Order, ProductList
from teleaccounthub.api.network import is_retryable, never_sent, not_sent, transport_error
from teleaccounthub.api.proxy import (
    LOOPBACK_PATTERNS,
    ProxyConfig,
    address_of,
    loopback_proxied,
    proxy_for,
    tls_context,
)
from teleaccounthub.api.redaction import register_secret
from teleaccounthub.api.redirects import MAX_REDIRECTS, next_hop, same_origin, too_many_redirects
from teleaccounthub.api.responses import error_for, parsed, payload, retry_after
from teleaccounthub.api.retry import RetryPolicy, clamp_pause
from teleaccounthub.api.socks_guard import AsyncSocksCloser, SocksStreams
from teleaccounthub.api.urls import check_base_url

DEFAULT_TIMEOUT: Final = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
log = logging.getLogger(__name__)

T = TypeVar("T")

# The longest deadline or stall time accepted: beyond it a timer would overflow (Qt's are int ms).
_MAX_SECONDS: Final = 24 * 3600.0

# ``Client._url_of`` forgets the URLs it parsed past this many (one per polled order).
_MAX_CACHED_URLS: Final = 512

_SENDABLE_KEY: Final = re.compile(r"[\x21-\x7e]+")

_CATEGORIES: Final = "/api/v1/catalog/securetd/categories"
_BALANCE: Final = "/api/v1/balance"
_CHECKOUT: Final = "/api/v1/securetd/checkout"
_ORDERS: Final = "/api/v1/securetd/orders"


class _Refused(Exception):
    """A retryable answer (429, 5xx): the error to raise if no retry is left, and its wait."""

    def __init__(self, error: ApiError, wait: float | None) -> None:
        super().__init__(error.message)
        self.error = error
        self.wait = wait


class Client:
    """The store's API. Use it as ``async with Client(base_url, api_key) as client: ...``.

    Every failure is an ``ApiError``. GETs (downloads included) are retried on network failures,
    timeouts, 5xx and 429 (honouring ``Retry-After``); a checkout is retried only when its
    connection could not be made, and every checkout goes out on a fresh connection.

    The key is sent only in ``Authorization: Bearer`` to the base URL's origin, and only to the
    endpoints that need it. Redirects are followed for downloads only, hop by hop (at most
    ``MAX_REDIRECTS``): ``https`` anywhere, plain ``http`` only to loopback, never from ``https``
    to ``http``, the key only to the base URL's origin.

    Limits (keywords): each JSON call (GETs and the checkout, retries and waits included) ends
    within ``deadline`` seconds; a download has no deadline but fails when no byte arrives for
    ``stall_timeout`` seconds; a JSON body may be at most ``max_body_bytes`` (the product list:
    ``max_products_bytes``). ``timeout`` stays httpx's per-connect/read timeout of JSON calls.

    ``proxy``: how to reach the store (default: the system's proxy); loopback is never proxied.
    Certificates are checked against the operating system's trust store.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        retry: RetryPolicy | None = None,
        deadline: float = DEADLINE,
        stall_timeout: float = STALL_TIMEOUT,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_products_bytes: int = MAX_PRODUCTS_BODY_BYTES,
        proxy: ProxyConfig | None = None,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        # What ``twin`` builds its client with (besides the store, the key and the proxy).
        self._settings: dict[str, Any] = {
            "timeout": timeout,
            "max_retries": max_retries,
            "retry": retry,
            "deadline": deadline,
            "stall_timeout": stall_timeout,
            "max_body_bytes": max_body_bytes,
            "max_products_bytes": max_products_bytes,
        }
        self._deadline = _seconds_in_range(deadline, "deadline")
        self._stall_timeout = _seconds_in_range(stall_timeout, "stall_timeout")
        self._max_body = _positive(max_body_bytes, "max_body_bytes")
        self._max_products_body = _positive(max_products_bytes, "max_products_bytes")
        self._base_url = check_base_url(base_url)
        self._api_key: str | None = None
        self.api_key = api_key
        self._max_retries = max_retries
        self._retry = retry if retry is not None else RetryPolicy()
        self._proxy = proxy if proxy is not None else ProxyConfig()
        if self._proxy.password:
            register_secret(self._proxy.password)
        proxy_url = proxy_for(self._proxy, self._base_url)
        # The proxy's host:port for messages (None: direct).
        self.proxy_address = address_of(proxy_url) if proxy_url is not None else None
        # httpcore's trace hook closes a failed SOCKS5 handshake's socket; without a proxy there
        # is no handshake, and every event of every request would await the hook for nothing.
        self._guard_socks = proxy_url is not None
        # Parsed URLs of the JSON paths asked for (an order is polled many times; parsing its
        # URL each time is a tenth of a poll's cost).
        self._urls: dict[str, httpx.URL] = {}
        options: dict[str, Any] = {
            "timeout": timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
            "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
            "follow_redirects": False,
            # The system's proxy is found by ``proxy_for`` (environment and system settings);
            # httpx must not add its own idea of it, nor .netrc credentials.
            "trust_env": False,
            "verify": tls_context(),
            "proxy": proxy_url,
        }
        if proxy_url is not None and not loopback_proxied():
            # A download's redirect to a loopback address goes direct too.
            options["mounts"] = dict.fromkeys(LOOPBACK_PATTERNS)
        self._http = httpx.AsyncClient(**options)
        # Downloads stream in a worker thread with a blocking client of the same settings, on a
        # fresh connection each (so cancelling one can cut its connection). Every read may wait
        # up to the stall time, no longer: a download has no total deadline, only that rule.
        stall = self._stall_timeout
        self._download_options: dict[str, Any] = {
            **options,
            "timeout": httpx.Timeout(stall, connect=min(CONNECT_TIMEOUT, stall)),
            "limits": httpx.Limits(max_keepalive_connections=0),
        }
        # Checkouts: a new connection each time, closed after the answer, so a pooled keep-alive
        # connection the server already dropped can never turn into "outcome unknown".
        self._checkout_http = httpx.AsyncClient(
            **options, limits=httpx.Limits(max_keepalive_connections=0)
        )

    # ---- lifecycle and identity

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()
        await self._checkout_http.aclose()

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def api_key(self) -> str | None:
        return self._api_key

    @api_key.setter
    def api_key(self, value: str | None) -> None:
        self._api_key = (value.strip() or None) if value is not None else None
        if self._api_key is not None:
            register_secret(self._api_key)  # whatever its format, the logs never show it

    @property
    def proxy(self) -> ProxyConfig:
        return self._proxy

    def twin(self) -> Client:
        """A new client like this one (store, key, proxy, limits, retries) for another event
        loop: a client's connections belong to the loop that first used them."""
        return Client(self._base_url, self._api_key, proxy=self._proxy, **self._settings)

    def __repr__(self) -> str:
        key = "set" if self._api_key else "none"
        return f"Client(base_url={self._base_url!r}, api_key=<{key}>)"

    # ---- the endpoints

    async def categories(self) -> CategoryList:
        """``GET /api/v1/catalog/securetd/categories`` (no key needed, none sent)."""
        data = await self._get_json(_CATEGORIES, authenticated=False)
        return parsed(CategoryList.from_json, data)

    async def products(self, category_id: int) -> ProductList:
        """``GET /api/v1/catalog/securetd/categories/{category_id}/products`` (no key sent)."""
        path = f"{_CATEGORIES}/{_whole(category_id, 'category id')}/products"
        data = await self._get_json(path, authenticated=False, limit=self._max_products_body)
        try:
            return parsed(ProductList.from_json, data)
        finally:
            release_in_pieces(data)

    async def balance(self) -> Balance:
        """``GET /api/v1/balance``; ``Unauthorized`` at once if no key is set."""
        return parsed(Balance.from_json, await self._get_json(_BALANCE, authenticated=True))

    async def order(self, order_id: int) -> Order:
        """``GET /api/v1/securetd/orders/{order_id}``."""
        path = f"{_ORDERS}/{_whole(order_id, 'order id')}"
        data = await self._get_json(path, authenticated=True)
        return parsed(lambda value: Order.from_json(value.get("order")), data)

    async def checkout(
        self, product_id: int, quantity: int, category_id: int | None = None
    ) -> CheckoutResult:
        """``POST /api/v1/securetd/checkout``: buys, charging the wallet. Never sent twice.

        Raises the documented errors (400, 401, 402, 422, 429: nothing was charged), or
        ``TransportError`` if no connection could be made (nothing was sent), or
        ``CheckoutOutcomeUnknown`` if the request may have reached the store and the answer was
        lost or unreadable: then refresh the balance and track the order by id; do not re-send.
        The whole exchange ends within ``deadline`` seconds: unknown if the request had started
        going out by then, ``TransportError`` if not.
        """
        body: dict[str, int] = {
            "product_id": _whole(product_id, "product id", minimum=1),
            "quantity": _whole(quantity, "quantity", minimum=1),
        }
        if category_id is not None:
            body["category_id"] = _whole(category_id, "category id")
        headers = {**self._auth_headers(), "Connection": "close"}
        sent = _SendWatch()
        try:
            async with asyncio.timeout(self._deadline) as scope:
                response = await self._post_checkout(body, headers, sent)
        except TimeoutError as error:
            if not scope.expired():
                raise
            within = _shown_seconds(self._deadline)
            late = ApiText.tr("The store did not answer the purchase within {seconds}.").format(
                seconds=within
            )
            if not sent.started:
                raise TransportError(
                    ApiText.tr(
                        "Could not reach the store within {seconds}; the purchase was not sent."
                    ).format(seconds=within)
                ) from error
            raise _outcome_unknown(late) from error
        status = response.status_code
        log.debug("POST %s -> %s", _CHECKOUT, status)
        if 400 <= status < 500:
            raise error_for(response)
        if not response.is_success:
            raise _outcome_unknown(
                ApiText.tr("The store answered HTTP {status} to the purchase.").format(
                    status=status
                ),
                status,
            )
        try:
            return parsed(CheckoutResult.from_json, payload(response))
        except Exception as error:  # any failure to read a 2xx: the order may well exist
            reason = error.message if isinstance(error, ApiError) else type(error).__name__
            raise _outcome_unknown(_unreadable_purchase_answer(reason), status) from error

    async def _post_checkout(
        self, body: dict[str, int], headers: dict[str, str], sent: _SendWatch
    ) -> httpx.Response:
        url = self._base_url + _CHECKOUT
        for attempt in itertools.count():
            try:
                async with self._checkout_http.stream(
                    "POST", url, json=body, headers=headers, extensions={"trace": sent}
                ) as streamed:
                    return await read_capped(streamed, self._max_body)
            except httpx.HTTPError as error:
                if never_sent(error) and attempt < self._max_retries:
                    await self._pause(self._retry.backoff(attempt), "checkout", error)
                    continue
                if not_sent(error):
                    raise self._transport_error(error) from error
                raise _outcome_unknown(
                    ApiText.tr(
                        "The connection failed after the purchase was sent ({reason})."
                    ).format(reason=self._transport_error(error).message.rstrip("."))
                ) from error
            except UnexpectedResponse as error:  # too large: sent, answered, not read
                raise _outcome_unknown(
                    _unreadable_purchase_answer(error.message), error.status_code
                ) from error
        raise AssertionError("unreachable")  # pragma: no cover

    async def download(
        self,
        order_id: int,
        destination: Path,
        on_progress: ProgressCallback | None = None,
    ) -> Path:
        """Save the order's ZIP as ``destination``; returns it.

        Streams to ``<destination>.part`` beside it (restarting cleanly on a retry), syncs it to
        disk, checks it is a valid ZIP, then renames it over ``destination``. On any failure or
        cancellation the part file is removed and an existing ``destination`` is left as it was.
        ``on_progress(done, total)`` is called at most ~20 times a second (total is None when the
        server does not say); a retry starts over, so ``done`` goes back to 0.

        The body is read and written in a thread of its own (a blocking httpx client with the
        same headers and TLS checks; redirects checked hop by hop), so the event loop only sees
        the progress reports; cancelling the awaiting task stops that thread promptly (its
        connection is shut down, the ZIP check stops between chunks) and waits for it before the
        part file is removed. No total deadline: ``TransportError`` when no byte arrives for
        ``stall_timeout`` seconds (retried like any network failure).
        """
        path = f"{_ORDERS}/{_whole(order_id, 'order id')}/download"
        destination = Path(destination)
        part = part_path(destination)
        checked = StopSignal()
        try:
            await self._retrying(
                path, lambda: self._fetch(path, part, on_progress), describe=self._download_error
            )
            await in_worker_thread(lambda: verify_zip(part, checked), on_cancel=checked.stop)
            os.replace(part, destination)
        except BaseException:
            remove_quietly(part)
            raise
        return destination

    # ---- plumbing

    def _auth_headers(self) -> dict[str, str]:
        key = self._api_key
        if key is None:
            raise Unauthorized(
                ApiText.tr(
                    "No API key is set. Enter the API key from the store's Telegram bot ({menu}).",
                    "menu: the bot's own button names",
                ).format(menu="Api Docs → Api Key")
            )
        if not _SENDABLE_KEY.fullmatch(key):
            raise Unauthorized(
                ApiText.tr(
                    "The API key contains spaces or characters an API key cannot have; "
                    "paste it again."
                )
            )
        return {"Authorization": f"Bearer {key}"}

    async def _get_json(
        self, path: str, *, authenticated: bool, limit: int | None = None
    ) -> Mapping[str, Any]:
        """The answer's JSON object, within the deadline (retries and their waits included)."""
        cap = self._max_body if limit is None else limit

        async def attempt() -> Mapping[str, Any]:
            headers = self._auth_headers() if authenticated else None
            async with self._http.stream(
                "GET", self._url_of(path), headers=headers, extensions=self._extensions()
            ) as streamed:
                log.debug("GET %s -> %s", path, streamed.status_code)
                response = await read_capped(streamed, cap)
            _raise_if_retryable(response)
            return payload(response)

        try:
            async with asyncio.timeout(self._deadline) as scope:
                return await self._retrying(path, attempt)
        except TimeoutError as error:
            if not scope.expired():
                raise
            raise TransportError(
                ApiText.tr("The store did not answer within {seconds}.").format(
                    seconds=_shown_seconds(self._deadline)
                )
            ) from error

    def _url_of(self, path: str) -> httpx.URL:
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= _MAX_CACHED_URLS:
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self._base_url + path)
        return url

    def _extensions(self) -> dict[str, Any]:
        """A JSON request's httpcore extensions: a fresh SOCKS5 guard when a proxy is used."""
        return {"trace": AsyncSocksCloser()} if self._guard_socks else {}

    def _download_error(self, error: httpx.HTTPError) -> TransportError:
        if isinstance(error, httpx.ReadTimeout):
            return TransportError(
                ApiText.tr("The download stalled: no data for {seconds}.").format(
                    seconds=_shown_seconds(self._stall_timeout)
                )
            )
        return self._transport_error(error)

    def _transport_error(self, error: httpx.HTTPError) -> TransportError:
        return transport_error(error, self.proxy_address)

    async def _fetch(self, path: str, part: Path, on_progress: ProgressCallback | None) -> None:
        """One attempt: the body is streamed to ``part`` and synced in a worker thread."""
        headers = {**self._auth_headers(), "Accept": "application/zip, */*"}
        url = self._base_url + path
        progress = ThreadProgress(on_progress, asyncio.get_running_loop())
        stop = StopSignal()

        def cancel() -> None:
            progress.close()
            stop.stop()

        try:
            done = await in_own_thread(
                lambda: self._stream_to(url, headers, part, progress, stop), on_cancel=cancel
            )
            progress.finish(done)
        finally:
            progress.close()

    def _stream_to(
        self,
        url: str,
        headers: dict[str, str],
        part: Path,
        progress: ThreadProgress,
        stop: StopSignal,
    ) -> int:
        """In the worker thread: GET ``url`` into ``part``, fsync it; returns the bytes read.

        Redirects are taken one hop at a time, each checked first (``redirects.next_hop``).
        """
        stop.check()
        trace = {"trace": _ConnectionCutter(stop)}
        api = httpx.URL(self._base_url)
        target = httpx.URL(url)
        try:
            with httpx.Client(**self._download_options) as http:
                for _hop in range(MAX_REDIRECTS + 1):
                    hop_headers = headers if same_origin(target, api) else _without_key(headers)
                    with http.stream(
                        "GET", target, headers=hop_headers, extensions=trace
                    ) as answer:
                        if answer.is_redirect:
                            log.debug("GET %s -> %s", answer.request.url.path, answer.status_code)
                            target = next_hop(answer.url, answer.headers["location"])
                            continue
                        try:
                            return _save(answer, part, progress, stop, self._max_body)
                        finally:
                            stop.disarm()  # before the connection is closed: no cut after that
                raise too_many_redirects()
        finally:
            stop.disarm()

    async def _retrying(
        self,
        path: str,
        attempt: Callable[[], Awaitable[T]],
        *,
        describe: Callable[[httpx.HTTPError], TransportError] | None = None,
    ) -> T:
        if describe is None:
            describe = self._transport_error
        for retry in itertools.count():
            try:
                return await attempt()
            except httpx.HTTPError as error:
                if not is_retryable(error) or retry >= self._max_retries:
                    raise describe(error) from error
                await self._pause(self._retry.backoff(retry), path, error)
            except _Refused as refused:
                if retry >= self._max_retries:
                    raise refused.error from None
                if refused.wait is None:
                    await self._pause(self._retry.backoff(retry), path, refused.error)
                elif refused.wait > self._retry.max_retry_after:
                    raise refused.error from None
                else:
                    await self._pause(refused.wait, path, refused.error)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _pause(self, seconds: float, path: str, reason: BaseException) -> None:
        seconds = clamp_pause(seconds)
        log.info("%s failed (%s); retrying in %.2f s", path, type(reason).__name__, seconds)
        await asyncio.sleep(seconds)


def _raise_if_retryable(response: httpx.Response) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        raise _Refused(error_for(response), retry_after(response))


def _outcome_unknown(reason: str, status: int | None = None) -> CheckoutOutcomeUnknown:
    return CheckoutOutcomeUnknown(
        ApiText.tr(
            "{reason} The purchase may or may not have gone through: check the balance and the "
            "order list before buying again."
        ).format(reason=reason),
        status_code=status,
    )


def _unreadable_purchase_answer(reason: str) -> str:
    return ApiText.tr("The store's answer to the purchase could not be read ({reason}).").format(
        reason=reason
    )


def _save(
    response: httpx.Response, part: Path, progress: ThreadProgress, stop: StopSignal, limit: int
) -> int:
    """In the worker thread: the answer's body into ``part``, synced; returns the bytes read.

    An error answer is read as JSON is, at most ``limit`` bytes."""
    log.debug("GET %s -> %s", response.request.url.path, response.status_code)
    stop.check()
    if not response.is_success:
        response = read_capped_blocking(response, limit)
        _raise_if_retryable(response)
        raise error_for(response)
    progress.start(content_length(response))
    # Pieces arrive as the network delivers them (progress stays smooth on a slow line); the
    # file buffers them into large writes.
    with part.open("wb", buffering=DOWNLOAD_CHUNK_SIZE) as file, WriteBehind(file) as behind:
        progress.report(0)
        for chunk in response.iter_bytes():
            stop.check()
            file.write(chunk)
            behind.wrote(len(chunk))
            progress.report(response.num_bytes_downloaded)
        sync_to_disk(file)
    return response.num_bytes_downloaded


class _ConnectionCutter:
    """httpcore's ``trace`` hook: notes each connection a request opens, and shuts it down when
    the download is stopped, so a read blocked on a stalled server returns at once."""

    def __init__(self, stop: StopSignal) -> None:
        self._stop = stop
        self._socks = SocksStreams()

    def __call__(self, event: str, info: Mapping[str, Any]) -> None:
        failed = self._socks.failed(event, info)
        if failed is not None:
            failed.close()
        if event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                self._stop.on_stop(lambda: _shut_down(sock))


def _shut_down(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for a TLS socket: no TLS state is touched from this
    # thread, the worker's blocked read just sees the end of the stream.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _SendWatch:
    """httpcore's async ``trace`` hook: notes when the request starts going out on the wire."""

    def __init__(self) -> None:
        self.started = False
        self._socks = AsyncSocksCloser()

    async def __call__(self, event: str, info: Mapping[str, Any]) -> None:
        await self._socks(event, info)
        if event.endswith("send_request_headers.started"):
            self.started = True


def _without_key(headers: Mapping[str, str]) -> dict[str, str]:
    return {name: value for name, value in headers.items() if name.lower() != "authorization"}


def _seconds_in_range(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, not {value!r}")
    if not math.isfinite(value) or not 0 < value <= _MAX_SECONDS:
        raise ValueError(f"{name} must be more than 0 and at most {_MAX_SECONDS:.0f} s")
    return float(value)


def _positive(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name} must be a whole number of bytes above 0, not {value!r}")
    return value


def _shown_seconds(seconds: float) -> str:
    return ApiText.tr("{seconds} s", "seconds, after a number").format(seconds=f"{seconds:g}")


def _whole(value: int, what: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise BadRequest(_not_whole(what).format(minimum=minimum, value=repr(value)))
    return value


def _not_whole(what: str) -> str:
    if what == "category id":
        return ApiText.tr(
            "The category id must be a whole number of at least {minimum}, not {value}."
        )
    if what == "order id":
        return ApiText.tr("The order id must be a whole number of at least {minimum}, not {value}.")
    if what == "product id":
        return ApiText.tr(
            "The product id must be a whole number of at least {minimum}, not {value}."
        )
    return ApiText.tr("The quantity must be a whole number of at least {minimum}, not {value}.")
