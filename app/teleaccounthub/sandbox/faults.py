"""Switches that make the sandbox misbehave on purpose, for tests and demos.

Each switch applies to request paths matching a glob (``fnmatch``: ``*`` also matches ``/``) for
``times`` requests (``None``: until ``clear()``). Latency adds up with everything else; of the
other switches (status, drop, hang, malformed JSON) the first one set that matches a request
decides what happens to it. Thread-safe: set from the test's thread, read on the server's loop.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Literal, TypeAlias

Body: TypeAlias = Literal["json", "html", "text"]
DropWhen: TypeAlias = Literal["before_response", "mid_body", "after_processing"]


@dataclass(frozen=True, slots=True)
class Latency:
    seconds: float


@dataclass(frozen=True, slots=True)
class Status:
    """Answer ``code`` instead of running the handler."""

    code: int
    retry_after: str | None
    body: Body


@dataclass(frozen=True, slots=True)
class Drop:
    """Close the connection: before the handler runs, after it ran, or halfway through the body."""

    when: DropWhen


@dataclass(frozen=True, slots=True)
class Hang:
    """Answer only after ``seconds``.

    With ``after_processing`` the handler runs first (a checkout is placed and charged at once);
    without, it runs after the wait, and not at all if the client has gone by then.
    """

    seconds: float
    after_processing: bool


@dataclass(frozen=True, slots=True)
class MalformedJson:
    """The handler runs; its answer's body is cut in half (no longer valid JSON)."""


Outcome: TypeAlias = Status | Drop | Hang | MalformedJson


@dataclass(slots=True)
class _Switch:
    path: str
    remaining: int | None
    fault: Latency | Outcome


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._switches: list[_Switch] = []
        self._redirect_downloads = False

    # ---- setting switches (the documented interface)

    def latency(self, seconds: float, path: str = "*", times: int | None = None) -> None:
        _check_seconds(seconds)
        self._add(path, times, Latency(seconds))

    def status(
        self,
        code: int,
        path: str = "*",
        times: int | None = 1,
        retry_after: str | int | None = None,
        body: Body = "json",
    ) -> None:
        if not 400 <= code <= 599:
            raise ValueError(f"status faults answer 4xx or 5xx codes, not {code}")
        if body not in ("json", "html", "text"):
            raise ValueError(f"body must be 'json', 'html' or 'text', not {body!r}")
        after = None if retry_after is None else str(retry_after)
        self._add(path, times, Status(code, after, body))

    def drop(
        self, path: str = "*", when: DropWhen = "before_response", times: int | None = 1
    ) -> None:
        if when not in ("before_response", "mid_body", "after_processing"):
            raise ValueError(f"unknown drop point {when!r}")
        self._add(path, times, Drop(when))

    def hang(
        self, seconds: float, path: str = "*", times: int | None = 1, after_processing: bool = True
    ) -> None:
        _check_seconds(seconds)
        self._add(path, times, Hang(seconds, after_processing))

    def malformed_json(self, path: str = "*", times: int | None = 1) -> None:
        self._add(path, times, MalformedJson())

    def redirect_downloads(self, enabled: bool = True) -> None:
        with self._lock:
            self._redirect_downloads = enabled

    def clear(self) -> None:
        with self._lock:
            self._switches.clear()
            self._redirect_downloads = False

    # ---- reading them (the server's middleware)

    @property
    def redirects_downloads(self) -> bool:
        with self._lock:
            return self._redirect_downloads

    def take(self, path: str) -> tuple[float, Outcome | None]:
        """Latency to add and the outcome for a request to ``path``; uses up one of each."""
        delay = 0.0
        outcome: Outcome | None = None
        with self._lock:
            for switch in list(self._switches):
                if not fnmatchcase(path, switch.path):
                    continue
                if isinstance(switch.fault, Latency):
                    delay += switch.fault.seconds
                elif outcome is None:
                    outcome = switch.fault
                else:
                    continue
                if switch.remaining is not None:
                    switch.remaining -= 1
                    if switch.remaining == 0:
                        self._switches.remove(switch)
        return delay, outcome

    def _add(self, path: str, times: int | None, fault: Latency | Outcome) -> None:
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None: until cleared)")
        with self._lock:
            self._switches.append(_Switch(path, times, fault))


def _check_seconds(seconds: float) -> None:
    if seconds < 0:
        raise ValueError("seconds must not be negative")
