"""Orders shaped like the API's answers, for tests that need records without a store."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from teleaccounthub.api import CheckoutResult, Order, Product

LIVE_URL = "https://telenumber.telekartstar.com"
KEY_A = "tgsk_test_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
KEY_B = "tgsk_test_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"

PHILIPPINES = Product(56, "Philippines +63", 15242, Decimal("0.7245"), "$0.72", "$0.72")


def order(
    order_id: int,
    *,
    status: str = "processing",
    product_name: str = "Philippines +63",
    quantity: int = 1,
) -> Order:
    completed = status == "completed"
    return Order(
        id=order_id,
        order_number=str(10020 + order_id),
        status=status,
        product_id=56,
        product_name=product_name,
        quantity=quantity,
        download_ready=completed,
        download_filename=f"order-{order_id}.zip" if completed else None,
    )


def checkout_result(
    order_id: int, *, status: str = "processing", quantity: int = 1
) -> CheckoutResult:
    charged = Decimal("0.7245") * quantity
    return CheckoutResult(
        order=order(order_id, status=status, quantity=quantity),
        local_order_id=300 + order_id,
        charged_usd=charged,
        charged_display=f"${charged.quantize(Decimal('0.01'))}",
    )


def at(minute: int) -> datetime:
    """A fixed UTC time, ``minute`` minutes after noon."""
    return datetime(2026, 3, 5, 12, minute, tzinfo=UTC)
