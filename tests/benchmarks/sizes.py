"""How big each benchmark runs: the issue's full sizes, or tiny ones (``--quick``, smoke test)."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Sizes:
    name: str
    category_products: int  # products in the sandbox's Bulk category (responsiveness, table)
    huge_category_products: int  # products in the sandbox's Huge category (big category)
    zip_bytes: int  # bytes of each order's ZIP (responsiveness, download)
    polled_orders: int  # orders the tracker polls (responsiveness)
    idle_orders: int  # orders being polled while idle
    idle_seconds: float  # the CPU measuring window
    startup_runs: int  # measured launches of each start-up variant (after one warm-up)
    download_runs: int  # measured downloads of each kind (after one warm-up)
    heartbeat_idle_seconds: float  # the heartbeat's idle baseline before each load
    polling_seconds: float  # how long the heartbeat watches the tracker poll
    table_rounds: int  # times the keystroke sequence and the sorts are repeated
    settle_timeout: float  # how long a launched app may take to become idle
    settle_window: float  # the quiet stretch that counts as idle

    @property
    def warm_up(self) -> bool:
        return self.startup_runs > 1


FULL = Sizes(
    name="full",
    category_products=20_000,
    huge_category_products=300_000,
    zip_bytes=500 * MIB,
    polled_orders=50,
    idle_orders=10,
    idle_seconds=30.0,  # /proc counts CPU in 10 ms ticks: over 10 s one tick is 0.1 % of a core
    startup_runs=5,
    download_runs=3,
    heartbeat_idle_seconds=1.0,
    polling_seconds=6.0,
    table_rounds=3,
    settle_timeout=20.0,
    settle_window=0.5,
)

TINY = Sizes(
    name="tiny",
    category_products=300,
    huge_category_products=1_000,
    zip_bytes=256 * 1024,
    polled_orders=3,
    idle_orders=2,
    idle_seconds=0.3,
    startup_runs=1,
    download_runs=1,
    heartbeat_idle_seconds=0.2,
    polling_seconds=0.5,
    table_rounds=1,
    settle_timeout=10.0,
    settle_window=0.2,
)


def size_text(count: float) -> str:
    """``500 MiB``, ``256 KiB``, ``12 bytes``."""
    if count >= MIB:
        return f"{count / MIB:,.0f} MiB"
    if count >= 1024:
        return f"{count / 1024:,.0f} KiB"
    return f"{count:,.0f} bytes"
