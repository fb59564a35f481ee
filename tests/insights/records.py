"""Order records and balance snapshots as the order book would hold them, for insights tests."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from teleaccounthub.local.order_record import SOURCE_CHECKOUT, SOURCE_TRACKED, OrderRecord

BASE_URL = "https://shop.example"
ACCOUNT = "0123456789abcdef"


def record(
    order_id: int,
    placed_at: datetime,
    charged: str | None,
    *,
    product_id: int = 56,
    product_name: str = "Philippines +63",
    quantity: int = 1,
    status: str = "completed",
) -> OrderRecord:
    return OrderRecord(
        base_url=BASE_URL,
        account=ACCOUNT,
        order_id=order_id,
        order_number=str(10_020 + order_id),
        product_id=product_id,
        product_name=product_name,
        quantity=quantity,
        category_id=1 if charged is not None else None,
        charged_usd=None if charged is None else Decimal(charged),
        charged_display=None if charged is None else f"${charged}",
        local_order_id=None,
        status=status,
        download_ready=status == "completed",
        download_filename=None,
        placed_at=placed_at,
        completed_at=None,
        checked_at=None,
        saved_path=None,
        file_size=None,
        sha256=None,
        source=SOURCE_CHECKOUT if charged is not None else SOURCE_TRACKED,
    )
