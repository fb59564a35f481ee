"""The log of every request the sandbox received, for tests to assert on (never shown to users).

It keeps the Authorization header as sent, so tests can check where the key went.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

Origin: TypeAlias = Literal["main", "second"]

MAX_RECORDS = 100_000  # the oldest records go first; benchmarks make many requests


@dataclass(frozen=True, slots=True)
class RequestRecord:
    method: str
    path: str
    headers: Mapping[str, str]  # lower-case names; repeated headers joined with ", "
    origin: Origin
    query: str = ""


def lower_case_headers(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in items:
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return headers


class RequestLog:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._records: deque[RequestRecord] = deque(maxlen=MAX_RECORDS)

    def add(self, record: RequestRecord) -> None:
        with self._lock:
            self._records.append(record)

    def snapshot(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._records)
