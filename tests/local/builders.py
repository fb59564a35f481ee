"""Model objects for the store tests, shaped like the API's answers."""

from __future__ import annotations

from decimal import Decimal

from teleaccounthub.api import CheckoutResult, Order

API_KEY = "tgsk_live_3f9a1c2b7d6e5f4a3b2c1d0e9f8a7b6c"
OTHER_API_KEY = "tgsk_live_0000aaaa1111bbbb2222cccc3333dddd"
LIVE_URL = "https://telenumber.telekartstar.com"
SANDBOX_URL = "http://127.0.0.1:8765"


def order(
    order_id: int = 74,
    *,
    status: str = "processing",
    download_ready: bool = False,
    download_filename: str | None = None,
    product_name: str = "Nigeria +234",
) -> Order:
    return Order(
        id=order_id,
        order_number=str(10020 + order_id),
        status=status,
        product_id=2281,
        product_name=product_name,
        quantity=3,
        download_ready=download_ready,
        download_filename=download_filename,
    )


def checkout(
    order_id: int = 74,
    *,
    charged: str = "0.299",
    display: str = "$0.30",
    product_name: str = "Nigeria +234",
    status: str = "processing",
) -> CheckoutResult:
    return CheckoutResult(
        order=order(order_id, product_name=product_name, status=status),
        local_order_id=300 + order_id,
        charged_usd=Decimal(charged),
        charged_display=display,
    )
