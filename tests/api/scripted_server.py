"""A tiny HTTP/1.1 server on loopback for answers the sandbox will not give (wrong types, odd
statuses, non-ZIP downloads, TLS with an untrusted certificate, connection identity).

Each path answers its scripted replies in order, repeating the last; unknown paths answer 404.
Requests are recorded with the client's port, so tests can tell connections apart.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

JSON = "application/json"
_PIECE = 8 * 1024


@dataclass(frozen=True, slots=True)
class Reply:
    status: int = 200
    body: bytes | str | Mapping[str, Any] | list[Any] = b""
    content_type: str = JSON
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (cut short when the server stops)
    trickle: float = 0.0  # seconds between 8 KiB pieces of the body (a slow line)
    drip: float = 0.0  # seconds between single bytes of the body (a hostile line)
    hang_after: int | None = None  # send this many bytes of the body, then send nothing more
    declare_length: bool = True  # False: no Content-Length, the body ends when the line closes

    def encoded(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


def product_json(number: int, **changes: Any) -> dict[str, Any]:
    """One product as the store lists it (``changes`` override or break fields)."""
    item: dict[str, Any] = {
        "product_id": number,
        "product_name": f"Philippines +63 #{number}",
        "total_stock": 3,
        "retail_price_usd": 0.5,
        "wallet_price": "$0.50",
        "wallet_unit_price": "$0.50",
    }
    item.update(changes)
    return item


def ok(**fields: Any) -> Reply:
    """A documented success body: ``{"ok": true, **fields}``."""
    return Reply(body={"ok": True, **fields})


@dataclass(frozen=True, slots=True)
class Seen:
    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    client_port: int


class ScriptedServer:
    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self._lock = threading.Lock()
        self._scripts: dict[str, list[Reply]] = {}
        self._seen: list[Seen] = []
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        if ssl_context is not None:
            self._httpd.socket = ssl_context.wrap_socket(self._httpd.socket, server_side=True)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        scheme = "https" if ssl_context is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self._httpd.server_address[1]}"

    def script(self, path: str, *replies: Reply) -> None:
        with self._lock:
            self._scripts[path] = list(replies)

    @property
    def requests(self) -> list[Seen]:
        with self._lock:
            return list(self._seen)

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def _next_reply(self, seen: Seen) -> Reply:
        with self._lock:
            self._seen.append(seen)
            replies = self._scripts.get(seen.path)
            if not replies:
                return Reply(404, {"ok": False, "error": "NOT_FOUND", "message": "No such path."})
            return replies.pop(0) if len(replies) > 1 else replies[0]


def _handler_for(server: ScriptedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, so tests can see connection reuse

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self._answer()

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            seen = Seen(
                method=self.command,
                path=self.path,
                headers={name.lower(): value for name, value in self.headers.items()},
                body=body,
                client_port=self.client_address[1],
            )
            reply = server._next_reply(seen)
            if reply.delay and server._stopping.wait(reply.delay):
                self.close_connection = True
                return
            content = reply.encoded()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                if reply.declare_length:
                    self.send_header("Content-Length", str(len(content)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self._send_body(reply, content)
            except OSError:  # the client gave up first (a timeout test)
                self.close_connection = True

        def _send_body(self, reply: Reply, content: bytes) -> None:
            if reply.hang_after is not None:
                self.wfile.write(content[: reply.hang_after])
                self.wfile.flush()
                server._stopping.wait()
                self.close_connection = True
                return
            piece, pause = (1, reply.drip) if reply.drip else (_PIECE, reply.trickle)
            if not pause:
                self.wfile.write(content)
                return
            for start in range(0, len(content), piece):
                self.wfile.write(content[start : start + piece])
                self.wfile.flush()
                if server._stopping.wait(pause):
                    self.close_connection = True
                    return

    return Handler
