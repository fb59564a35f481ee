"""Bounds for every delay the app schedules.

qasync runs ``asyncio.sleep``/``call_later`` on Qt timers, which count milliseconds in a signed
32-bit int: a delay past ~24.8 days overflows and the task that asked for it dies. Values from the
store (``Retry-After``) and from arithmetic (backoff) pass through here before any timer sees them.
"""

from __future__ import annotations

import math

# 24 days: below 2**31 - 1 ms (~24.86 days), the longest a Qt timer can wait.
MAX_TIMER_SECONDS = 24 * 24 * 3600.0

# The store's ``Retry-After`` is honoured within these bounds: never a busy loop, never hours.
RETRY_AFTER_MIN = 1.0
RETRY_AFTER_MAX = 300.0


def clamp_delay(
    seconds: float, *, minimum: float = 0.0, maximum: float = MAX_TIMER_SECONDS
) -> float:
    """``seconds`` within ``[minimum, maximum]`` (and never past ``MAX_TIMER_SECONDS``).

    NaN gives ``minimum``; infinities give the nearest bound.
    """
    ceiling = min(maximum, MAX_TIMER_SECONDS)
    floor = min(max(0.0, minimum), ceiling)
    if math.isnan(seconds):
        return floor
    return min(ceiling, max(floor, seconds))


def clamp_retry_after(seconds: float | None, default: float) -> float:
    """A store's ``Retry-After`` (None: it gave none, use ``default``) as a sane wait."""
    wait = default if seconds is None else seconds
    return clamp_delay(wait, minimum=RETRY_AFTER_MIN, maximum=RETRY_AFTER_MAX)


def timer_ms(seconds: float, *, minimum: float = 0.0) -> int:
    """A ``QTimer`` interval in milliseconds for ``seconds``, clamped like ``clamp_delay``."""
    return round(clamp_delay(seconds, minimum=minimum) * 1000)
