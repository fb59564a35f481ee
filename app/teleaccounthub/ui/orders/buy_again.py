""" "Buy again": what changed since an order was placed, said at the top of the checkout dialog.

The product is read again from the store first (its category's products), so the dialog shows
today's price and stock; this module only words the difference.
"""

from __future__ import annotations

from decimal import Decimal

from teleaccounthub.api import Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.formatting import exact_usd

OrdersText = TrContext("OrdersText")


def paid_unit_price(record: OrderRecord) -> Decimal | None:
    """What one unit cost in this order (None when the charge is not known here)."""
    if record.charged_usd is None or record.quantity <= 0:
        return None
    return record.charged_usd / record.quantity


def buy_again_note(record: OrderRecord, product: Product) -> str:
    """``Buying order #10094 again. Price now $0.80 (was $0.7245). Only 2 items in stock now.``

    Unit prices are exact (the store prices to four decimals): a change of a fraction of a cent
    is a change, and is shown as one."""
    parts = [OrdersText.tr("Buying order #{number} again.").format(number=record.order_number)]
    if product.product_name != record.product_name:
        parts.append(OrdersText.tr("Now listed as “{name}”.").format(name=product.product_name))
    paid = paid_unit_price(record)
    now = exact_usd(product.retail_price_usd)
    if paid is None:
        parts.append(
            OrdersText.tr("Price now {price} (what the order cost is not known here).").format(
                price=now
            )
        )
    elif paid != product.retail_price_usd:
        parts.append(
            OrdersText.tr("Price now {price} (was {paid}).").format(price=now, paid=exact_usd(paid))
        )
    else:
        parts.append(OrdersText.tr("Same price as then: {price}.").format(price=now))
    if product.total_stock <= 0:
        parts.append(OrdersText.tr("Sold out now."))
    elif product.total_stock < record.quantity:
        parts.append(OrdersText.tr("Only %Ln item(s) in stock now.", "", product.total_stock))
    return " ".join(parts)


def not_listed_text(record: OrderRecord) -> str:
    return OrdersText.tr(
        "“{name}” is no longer listed by the store, so it cannot be bought again. Nothing was "
        "opened."
    ).format(name=record.product_name)


def unknown_category_text(record: OrderRecord) -> str:
    return OrdersText.tr(
        "Order #{number} was placed elsewhere, so its category is not known here: find “{name}” "
        "in the catalog to buy it again."
    ).format(number=record.order_number, name=record.product_name)
