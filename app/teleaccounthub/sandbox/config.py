"""What a sandbox store looks like: ports, timings, sizes, the seed of its data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

# Above this the padding member of a ZIP needs ZIP64 headers and the size would not be exact.
MAX_ZIP_SIZE = 2_000_000_000


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    """Settings of one sandbox server; the defaults suit an interactive ``--sandbox`` session."""

    host: str = "127.0.0.1"
    port: int = 0  # 0: an ephemeral port
    second_port: int = 0  # the second origin, where downloads may be redirected
    order_delay: float = 6.0  # seconds from checkout until an order is completed
    zip_size: int = 256 * 1024  # bytes of each order's ZIP
    large_category_size: int = 5000  # products in the "Bulk" category; 0 leaves it out
    huge_category_size: int = 0  # products in the "Huge" category (300,000: 47 MB); 0: none
    seed: int = 1
    demo_balance: Decimal = Decimal("315.56")
    demo_key: str | None = None  # None: derived from the seed
    # A second demo account with its own wallet ("Demo 2" in --sandbox).
    second_demo_balance: Decimal = Decimal("42.50")
    second_demo_key: str | None = None  # None: derived from the seed
    message: str | None = None  # the categories answer's "message"
    rate_limit_per_second: float | None = None  # None: no rate limit
    access_log: bool = False  # log each request through the "aiohttp.access" logger
    # Wallets, stock and orders are loaded from here at start and saved after every change;
    # None: the state lives in memory only.
    state_file: Path | None = None

    def __post_init__(self) -> None:
        for name in ("port", "second_port"):
            value = getattr(self, name)
            if not 0 <= value <= 65535:
                raise ValueError(f"{name} must be between 0 and 65535, not {value}")
        if self.order_delay < 0:
            raise ValueError("order_delay must not be negative")
        if not 0 <= self.zip_size <= MAX_ZIP_SIZE:
            raise ValueError(f"zip_size must be between 0 and {MAX_ZIP_SIZE}")
        for name in ("large_category_size", "huge_category_size"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        for name in ("demo_balance", "second_demo_balance"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative")
        if self.demo_key is not None and self.demo_key == self.second_demo_key:
            raise ValueError("the two demo keys must differ")
        if self.rate_limit_per_second is not None and self.rate_limit_per_second <= 0:
            raise ValueError("rate_limit_per_second must be positive (or None for no limit)")
