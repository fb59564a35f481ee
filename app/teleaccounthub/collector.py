"""Building hundreds of thousands of objects without a garbage-collector pause.

A 300,000-product category becomes 300,000 ``Product`` objects (and a few more per row). Each one
is tracked by the cyclic garbage collector, and while they are being built the collector runs
full collections over everything it tracks, ever larger: ~100 ms each at that size, holding the
GIL, so the GUI thread stands still whichever thread triggered them. Afterwards every later full
collection walks those objects again.

``bulk_building()`` turns automatic collection off while any thread is inside and back on when
the last one leaves. It does not freeze what was built: freezing on every category load would
keep, for the rest of the session, every object cycle that was garbage at that moment (and hide
leaks from the collector). The young generations are collected on entry, so the pause starts
from a clean slate.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_inside = 0
_paused_by_us = False


@contextmanager
def bulk_building() -> Iterator[None]:
    """No automatic collection while inside (from any thread)."""
    global _inside, _paused_by_us
    with _lock:
        _inside += 1
        if _inside == 1 and gc.isenabled():
            gc.collect(1)  # the young generations only: a few thousand objects
            gc.disable()
            _paused_by_us = True
    try:
        yield
    finally:
        with _lock:
            _inside -= 1
            if _inside == 0 and _paused_by_us:
                _paused_by_us = False
                gc.enable()
