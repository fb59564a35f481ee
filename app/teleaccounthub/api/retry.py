"""When and how long to wait before retrying a request: capped exponential backoff, full jitter."""

from __future__ import annotations

import datetime
import math
import random
import time
from dataclasses import dataclass, field
from typing import Final

# Every wait the store asks for (``Retry-After``) is brought into this range, in seconds: at
# least a second (no request storm on ``Retry-After: 0``), at most five minutes (epoch seconds or
# a far date must not freeze a feature, nor overflow a Qt timer).
MIN_RETRY_AFTER: Final = 1.0
MAX_RETRY_AFTER: Final = 300.0


def clamp_retry_after(seconds: float | None) -> float | None:
    """``seconds`` brought into ``[MIN_RETRY_AFTER, MAX_RETRY_AFTER]``; None stays None.

    NaN is treated as "no usable answer" and becomes the minimum, infinity the maximum.
    """
    if seconds is None:
        return None
    if math.isnan(seconds):
        return MIN_RETRY_AFTER
    return min(MAX_RETRY_AFTER, max(MIN_RETRY_AFTER, float(seconds)))


def clamp_pause(seconds: float) -> float:
    """A wait the client schedules itself: finite, never negative, never above the maximum."""
    if math.isnan(seconds):
        return 0.0
    return min(MAX_RETRY_AFTER, max(0.0, seconds))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """The numbers of the retry schedule (the number of retries is ``Client(max_retries=...)``).

    Retry ``n`` (0-based) waits a random time in ``[0, min(max_delay, base_delay * 2**n)]``, or
    what the server's ``Retry-After`` asks — unless that is longer than ``max_retry_after``: then
    the error is raised at once, so the UI can count down instead of freezing.
    """

    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 10.0
    random: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        for name in ("base_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"RetryPolicy.{name} must be a finite number >= 0, not {value!r}")

    def backoff(self, retry: int) -> float:
        """The jittered wait before retry number ``retry`` (0 for the first retry)."""
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** min(retry, 64))
        return self.random.uniform(0.0, ceiling)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` in seconds from now: delta-seconds or an HTTP date; None if absent or bad.

    A date in the past gives 0. The value is raw: callers clamp it (``clamp_retry_after``).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    import email.utils  # only for an HTTP date, which few answers carry

    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": a time in UTC with no zone given; HTTP dates are GMT
        when = when.replace(tzinfo=datetime.UTC)
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)
