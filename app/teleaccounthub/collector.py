"""Building hundreds of thousands of objects without a garbage-collector pause.

A 300,000-product category becomes 300,000 ``Product`` objects (and a few more per row). Each one
is tracked by the cyclic garbage collector, and while they are being built the collector runs
full collections over everything it tracks, ever larger: ~100 ms each at that size, holding the
GIL, so the GUI thread stands still whichever thread triggered them. Afterwards every later full
collection walks those objects again.

``bulk_building()`` turns automatic collection off while any thread is inside, and when the last
one leaves it freezes what exists (``gc.freeze``, as start-up does): no collection walks those
objects again. They are still freed as usual when nothing refers to them any more (reference
counting does not need the collector), which is how every catalog object dies. The price: an
object cycle that became garbage since the last collection is kept; the young generations are
collected on entry so that this is only what is older than them. Not freezing was tried and
measured: the first young collection after the build then walks every object built (they are
all young), a 100–150 ms stall on whichever thread allocates next — the GUI thread, often.
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
    """No automatic collection while inside (from any thread); freeze what exists at the end."""
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
                gc.freeze()
                gc.enable()
