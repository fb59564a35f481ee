"""One running app per data folder: a second start hands its request to the first and exits.

Two pieces, both keyed by the data folder:

- a ``QLockFile`` in the folder decides who runs, atomically even for two starts in the same
  instant; the lock of a process that died (crash, kill) is taken over, since Qt checks whether
  its process still exists;
- a ``QLocalServer`` the running app listens on (after its first paint: QtNetwork is imported
  only then, off the start-up path) to hear a later start. Its name is a hash of the user and
  the resolved folder, short enough for every platform's socket path limit.

A second start sends one JSON line (what it was asked to run: sandbox or which store, never the
key) and prints what happened. The running app validates the line (size limit, types) and
raises its window; anything else it closes and logs.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "teleaccounthub.lock"
MESSAGE_KIND = "teleaccounthub.activate"
# A request is one short JSON line; anything longer is not one of ours.
MAX_MESSAGE_BYTES = 4096
# How long a second start keeps trying to reach the first, which listens only once its window
# has painted (a slow first start takes a few seconds).
HAND_OVER_TIMEOUT_S = 10.0
CONNECT_ATTEMPT_MS = 200
# How long the running app waits for a caller's line before dropping the connection.
READ_TIMEOUT_MS = 2_000


@dataclass(frozen=True, slots=True)
class ActivationRequest:
    """What a second start asked for: the sandbox, or the store at ``base_url``."""

    sandbox: bool
    base_url: str | None

    def to_line(self) -> bytes:
        body = {"kind": MESSAGE_KIND, "sandbox": self.sandbox, "base_url": self.base_url}
        return json.dumps(body).encode("utf-8") + b"\n"


def parse_request(data: bytes) -> ActivationRequest | None:
    """The request in ``data`` (one JSON line), or None when it is not a valid one."""
    if len(data) > MAX_MESSAGE_BYTES:
        return None
    fields = _message_fields(data)
    if fields is None:
        return None
    sandbox, base_url = fields
    if base_url is not None and len(base_url) > 2048:
        return None
    return ActivationRequest(sandbox=sandbox, base_url=base_url)


def _message_fields(data: bytes) -> tuple[bool, str | None] | None:
    """``(sandbox, base_url)`` of a message of ours in either direction, or None."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("kind") != MESSAGE_KIND:
        return None
    sandbox = body.get("sandbox")
    base_url = body.get("base_url")
    if not isinstance(sandbox, bool) or not (base_url is None or isinstance(base_url, str)):
        return None
    return sandbox, base_url


def server_name(data_root: Path) -> str:
    """The local socket name of the app running on ``data_root`` (the same for every spelling
    of that folder), e.g. ``teleaccounthub-3f2a…``: 31 characters."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (a container's bare uid)
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    resolved = os.path.normcase(str(data_root.expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:16]
    return f"teleaccounthub-{digest}"


class Claim(Enum):
    FIRST = "first"
    """This process runs; it holds the lock."""
    RUNNING = "running"
    """Another process runs on this folder."""
    UNLOCKABLE = "unlockable"
    """The folder cannot hold a lock file (read-only, gone): run, unprotected."""


class InstanceLock:
    """The lock file in the data folder; ``release()`` (or process death) frees it."""

    def __init__(self, data_root: Path) -> None:
        self.data_root = data_root
        self._lock = QLockFile(str(data_root / LOCK_FILE))
        # Only a dead owner makes the lock stale, never its age: the app runs for days.
        self._lock.setStaleLockTime(0)

    def claim(self) -> Claim:
        if self._lock.tryLock(0):
            return Claim.FIRST
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return Claim.RUNNING
        log.warning(
            "No lock file can be made in %s (%s): a second start on this folder is not stopped",
            self.data_root,
            self._lock.error().name,
        )
        return Claim.UNLOCKABLE

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def holder(self) -> int | None:
        """The process id written in the lock file by whoever holds it, if it can be read."""
        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or not info or not isinstance(info[0], int):
            return None
        return info[0] if info[0] > 0 else None


@dataclass(frozen=True, slots=True)
class HandOver:
    """What the running app answered: whether it runs the sandbox, and on which store."""

    sandbox: bool
    base_url: str | None


def hand_over(
    name: str, request: ActivationRequest, timeout_s: float = HAND_OVER_TIMEOUT_S
) -> HandOver | None:
    """Send ``request`` to the app listening on ``name``; its answer, or None if none came."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_s
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(CONNECT_ATTEMPT_MS):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return None
        time.sleep(CONNECT_ATTEMPT_MS / 1000)  # not a GUI thread: there is no window yet
    socket.write(request.to_line())
    socket.flush()
    answer = b""
    while b"\n" not in answer and len(answer) <= MAX_MESSAGE_BYTES:
        remaining_ms = int((deadline - time.monotonic()) * 1000)
        if remaining_ms <= 0 or not socket.waitForReadyRead(remaining_ms):
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    return _parse_answer(answer)


def _parse_answer(data: bytes) -> HandOver | None:
    fields = _message_fields(data)
    return None if fields is None else HandOver(sandbox=fields[0], base_url=fields[1])


def hand_over_text(
    data_root: Path,
    request: ActivationRequest,
    answer: HandOver | None,
    holder: int | None = None,
) -> str:
    """The line a second start prints (``holder``: the running app's process id, if known)."""
    if answer is None:
        process = f" (process {holder})" if holder is not None else ""
        return (
            f"TeleAccountHub{process} is already running with the data folder {data_root}, but "
            "it does not answer. Close it (or end it in the task manager) and start again, or "
            "start with --data-dir and another folder. If no TeleAccountHub is running at all, "
            f"delete {data_root / LOCK_FILE} and start again."
        )
    text = (
        f"TeleAccountHub is already running with the data folder {data_root}; its window was "
        "brought to the front."
    )
    if answer.sandbox != request.sandbox:
        running = "the sandbox store" if answer.sandbox else "the real store"
        text += (
            f" It runs on {running}. To use the other one at the same time, start it with "
            "--data-dir and another folder."
        )
    return text


class InstanceServer(QObject):
    """Listens for later starts on the same data folder.

    ``activation_requested(ActivationRequest)`` for every valid request; the caller is answered
    with what this app runs (``running``).
    """

    activation_requested = Signal(object)

    def __init__(self, name: str, running: HandOver, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._running = running
        self._server: QLocalServer | None = None

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Holding the lock, this is the only app on the folder: a socket file left by one that
        # crashed is stale.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning(
                "A second start cannot reach this window: %s (%s)", server.errorString(), self.name
            )
            return False
        server.newConnection.connect(self._accept_all)
        self._server = server
        log.info("Listening for a second start on %s", self.name)
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _accept_all(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is not None:
                _Caller(socket, self)

    def handle_line(self, caller: _Caller, data: bytes) -> None:
        """A caller's first line: answer and announce a valid request, drop anything else."""
        request = parse_request(data)
        if request is None:
            log.warning("A local connection sent something that is not a start request; closed")
            caller.drop()
            return
        # The window comes forward before the caller hears back, so that once the second start
        # has exited, this one has acted on it.
        self.activation_requested.emit(request)
        answer = {
            "kind": MESSAGE_KIND,
            "sandbox": self._running.sandbox,
            "base_url": self._running.base_url,
        }
        caller.reply(json.dumps(answer).encode("utf-8") + b"\n")


class _Caller(QObject):
    """One connection: reads a line (bounded in size and time), then is answered or dropped."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._data = b""
        self._done = False
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.drop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._timer.start(READ_TIMEOUT_MS)
        self._read()

    def _read(self) -> None:
        if self._done:
            return
        self._data += bytes(self._socket.read(MAX_MESSAGE_BYTES + 1 - len(self._data)).data())
        if b"\n" in self._data:
            self._server.handle_line(self, self._data.split(b"\n", 1)[0])
        elif len(self._data) > MAX_MESSAGE_BYTES:
            log.warning("A local connection sent more than %d bytes; closed", MAX_MESSAGE_BYTES)
            self.drop()

    def _timed_out(self) -> None:
        if not self._done:
            log.warning("A local connection sent no start request in time; closed")
            self.drop()

    def reply(self, data: bytes) -> None:
        self._socket.write(data)
        self._socket.flush()
        self._socket.disconnectFromServer()
        self._finish()

    def drop(self) -> None:
        if self._done:
            return
        self._finish()
        self._socket.abort()

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self.deleteLater()
