"""``TELEACCOUNTHUB_TRACE_STARTUP=1``: start-up's phases on stderr, in seconds since the process
started, with the resident memory at each phase.

    trace   0.142 s  (+0.142)   38.1 MiB  PySide6 imported

It costs nothing when the variable is not set, and writes nothing anywhere else.
"""

from __future__ import annotations

import os
import sys
import time

TRACE_ENV = "TELEACCOUNTHUB_TRACE_STARTUP"

_enabled = os.environ.get(TRACE_ENV) == "1"
_last = 0.0


def enabled() -> bool:
    return _enabled


def seconds_since_process_start() -> float:
    """From the kernel's start time of this process (Linux); CPU time elsewhere."""
    try:
        with open("/proc/self/stat") as stat, open("/proc/uptime") as uptime:
            ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
            now = float(uptime.read().split()[0])
        return now - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.process_time()


def resident_mib() -> float:
    """This process's resident memory (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def phase(name: str) -> None:
    """Say that start-up reached ``name`` (when tracing)."""
    global _last
    if not _enabled:
        return
    now = seconds_since_process_start()
    print(
        f"trace {now:7.3f} s  (+{now - _last:.3f})  {resident_mib():6.1f} MiB  {name}",
        file=sys.stderr,
        flush=True,
    )
    _last = now
