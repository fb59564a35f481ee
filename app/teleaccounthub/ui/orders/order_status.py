"""An order's status from the store's API ("processing", "completed", …) in the customer's words."""

from __future__ import annotations

from teleaccounthub.i18n import TrContext

OrdersText = TrContext("OrdersText")


def status_name(status: str) -> str:
    """The known statuses translated; one the store added later as it comes, made readable."""
    known = {
        "processing": OrdersText.tr("Processing", "an order's status"),
        "completed": OrdersText.tr("Completed", "an order's status"),
        "failed": OrdersText.tr("Failed", "an order's status"),
        "cancelled": OrdersText.tr("Cancelled", "an order's status"),
        "canceled": OrdersText.tr("Cancelled", "an order's status"),
        "refunded": OrdersText.tr("Refunded", "an order's status"),
        "expired": OrdersText.tr("Expired", "an order's status"),
        "rejected": OrdersText.tr("Rejected", "an order's status"),
    }
    return known.get(status.lower()) or status.replace("_", " ").capitalize()
