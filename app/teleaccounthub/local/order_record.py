"""One order as this computer knows it: what the store said, what was paid, where it was saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

COMPLETED = "completed"
# Statuses after which an order will not change any more without becoming "completed". Any other
# status (the contract shows "processing"; a store may add others) is still worth polling.
FINAL_FAILURES = frozenset({"failed", "cancelled", "canceled", "refunded", "expired", "rejected"})

SOURCE_CHECKOUT = "checkout"  # bought in this app
SOURCE_TRACKED = "tracked"  # placed elsewhere (bot, curl) and added by its id


@dataclass(frozen=True, slots=True)
class OrderRecord:
    base_url: str
    account: str
    order_id: int
    order_number: str
    product_id: int
    product_name: str
    quantity: int
    category_id: int | None
    charged_usd: Decimal | None
    charged_display: str | None
    local_order_id: int | None
    status: str
    download_ready: bool
    download_filename: str | None
    placed_at: datetime
    completed_at: datetime | None
    checked_at: datetime | None
    saved_path: str | None
    file_size: int | None
    sha256: str | None
    source: str
    saved_at: datetime | None = None
    """When the ZIP was last saved here (None: not saved, or saved by an older version)."""

    @property
    def is_completed(self) -> bool:
        return self.status == COMPLETED

    @property
    def is_processing(self) -> bool:
        """Not finished yet: the store may still complete it, so it is polled."""
        return not self.is_completed and self.status not in FINAL_FAILURES

    @property
    def is_saved(self) -> bool:
        return self.saved_path is not None
