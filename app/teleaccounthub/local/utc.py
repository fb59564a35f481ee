"""Timezone-aware UTC timestamps, and their text form in files and the database."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """``moment`` in UTC. A naive datetime is refused: its zone would be a guess."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"A timezone-aware datetime is required, got {moment!r}")
    return moment.astimezone(UTC)


def to_text(moment: datetime) -> str:
    """Fixed-width ISO 8601 in UTC, so text order is time order."""
    return as_utc(moment).isoformat(timespec="microseconds")


def from_text(text: str) -> datetime:
    """The inverse of ``to_text`` (any ISO 8601 with an offset is accepted)."""
    return as_utc(datetime.fromisoformat(text))
