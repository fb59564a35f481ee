"""The catalog and balance refresh period setting (the settings dialog edits it).

Apart from the dialog so that the main window reads it without importing the dialog at start-up.
"""

from __future__ import annotations

from teleaccounthub.local import Settings

REFRESH_INTERVAL = "refresh_interval_seconds"
DEFAULT_REFRESH_INTERVAL = 60
MIN_REFRESH_INTERVAL = 15
MAX_REFRESH_INTERVAL = 3600


def refresh_interval(settings: Settings) -> int:
    """The catalog and balance refresh period in seconds, clamped to a sensible range."""
    value = settings.get(REFRESH_INTERVAL, DEFAULT_REFRESH_INTERVAL)
    return max(MIN_REFRESH_INTERVAL, min(MAX_REFRESH_INTERVAL, value))
