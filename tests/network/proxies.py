"""Real proxies on loopback for the tests: pproxy (HTTP and SOCKS5, optional user and password)
in a subprocess of its own, and its log, which names every connection it forwards.

The sandbox is on loopback, which the app never proxies: these tests set
``TELEACCOUNTHUB_PROXY_LOOPBACK=1`` (``proxy_loopback``), and the proxy's log proves the traffic
went through it (a line ``socks5 127.0.0.1:… -> 127.0.0.1:<sandbox port>`` per connection).
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from teleaccounthub.api.proxy import PROXY_LOOPBACK_ENV, ProxyConfig, ProxyScheme, manual_proxy

USER = "buyer"
PASSWORD = "s3cret pass:wörd"  # a space, a colon and a non-ASCII letter: quoting must hold

_STARTED = 20.0


@dataclass
class ProxyServer:
    """A running pproxy: ``config()`` for the app, ``forwarded_to(port)`` from its log."""

    scheme: ProxyScheme
    port: int
    user: str
    password: str
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)
    reader: threading.Thread | None = None
    _condition: threading.Condition = field(default_factory=threading.Condition)

    def config(self, *, user: str | None = None, password: str | None = None) -> ProxyConfig:
        return manual_proxy(
            self.scheme,
            "127.0.0.1",
            str(self.port),
            self.user if user is None else user,
            self.password if password is None else password,
        )

    def forwarded_to(self, port: int) -> int:
        """How many connections the proxy has forwarded to ``127.0.0.1:port``."""
        pattern = re.compile(rf"^{self.scheme.value} \S+ -> 127\.0\.0\.1:{port}$")
        with self._condition:  # re-entrant: also called inside wait_until
            return sum(1 for line in self.lines if pattern.match(line))

    def refused_credentials(self) -> int:
        with self._condition:
            return sum(1 for line in self.lines if line.startswith("Unauthorized"))

    def wait_for(self, text: str, timeout: float = _STARTED) -> None:
        """Until a line of the log contains ``text`` (the log trails the answers a little)."""
        self.wait_until(lambda: any(text in line for line in self.lines), timeout)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = _STARTED) -> None:
        with self._condition:
            if not self._condition.wait_for(predicate, timeout):
                raise AssertionError(f"pproxy's log never got there: {self.lines}")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self._condition:
                self.lines.append(line.strip())
                self._condition.notify_all()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_proxy(scheme: ProxyScheme, *, user: str = "", password: str = "") -> ProxyServer:
    port = free_port()
    auth = f"#{user}:{password}" if user else ""
    process = subprocess.Popen(
        [
            sys.executable,
            "-u",
            "-m",
            "pproxy",
            "-l",
            f"{scheme.value}://127.0.0.1:{port}{auth}",
            "-v",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    server = ProxyServer(scheme, port, user, password, process)
    server.reader = threading.Thread(target=server._read, name="pproxy-log", daemon=True)
    server.reader.start()
    try:
        server.wait_for("Serving on")
    except BaseException:
        stop_proxy(server)
        raise
    return server


def stop_proxy(server: ProxyServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()
    if server.reader is not None:
        server.reader.join(timeout=10)  # the pipe ends with the process
    if server.process.stdout is not None:
        server.process.stdout.close()


@pytest.fixture
def proxy_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send the sandbox's (loopback) traffic through the configured proxy."""
    monkeypatch.setenv(PROXY_LOOPBACK_ENV, "1")


def _server(scheme: ProxyScheme, user: str = "", password: str = "") -> Iterator[ProxyServer]:
    server = start_proxy(scheme, user=user, password=password)
    try:
        yield server
    finally:
        stop_proxy(server)


@pytest.fixture
def http_proxy() -> Iterator[ProxyServer]:
    yield from _server(ProxyScheme.HTTP)


@pytest.fixture
def http_proxy_with_password() -> Iterator[ProxyServer]:
    yield from _server(ProxyScheme.HTTP, USER, PASSWORD)


@pytest.fixture
def socks_proxy() -> Iterator[ProxyServer]:
    yield from _server(ProxyScheme.SOCKS5)


@pytest.fixture
def socks_proxy_with_password() -> Iterator[ProxyServer]:
    yield from _server(ProxyScheme.SOCKS5, USER, PASSWORD)
