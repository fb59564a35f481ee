"""A process that buys once through CheckoutService, prints RECORDED, then waits to be killed.

Run by ``test_kill.py`` as ``python -m tests.orders.checkout_child URL KEY DATA_DIR [QUANTITY]``.
It prints ``INTENT`` once the purchase journal holds the intent (before the POST is sent).
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

# isort: split
import qasync

from teleaccounthub.api import Client
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.services.checkout import CheckoutOutcome, CheckoutRequest, CheckoutService
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.tasks import TaskOwner

PHILIPPINES = 56
ASIA = 1


async def buy_and_wait(base_url: str, api_key: str, data_dir: Path, quantity: int = 1) -> None:
    client = Client(base_url, api_key, max_retries=0)
    book = OrderBook(data_dir / "orders.sqlite3")
    account = AccountRef.from_key(base_url, api_key)
    context = OrderContext(
        lambda: client, book, lambda: account, TaskOwner("child"), lambda _: None
    )
    service = CheckoutService(context)

    def placed(record: OrderRecord) -> None:
        # Printed from the success signal: the kill comes right after this line is read.
        print(f"RECORDED {record.order_id}", flush=True)

    def finished(outcome: CheckoutOutcome) -> None:
        if outcome.record is None:
            print(f"FAILED {outcome.kind.value}: {outcome.message}", flush=True)

    service.order_placed.connect(placed)
    service.finished.connect(finished)
    service.journal_changed.connect(lambda: print("INTENT", flush=True))
    listing = await client.products(ASIA)
    product = next(p for p in listing.products if p.product_id == PHILIPPINES)
    balance = (await client.balance()).balance_usd
    service.checkout(
        CheckoutRequest(product, quantity, category_id=ASIA, known_balance_usd=balance)
    )
    await asyncio.Event().wait()  # until SIGKILL


def main() -> None:
    base_url, api_key, data_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    quantity = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    app = QCoreApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(buy_and_wait(base_url, api_key, data_dir, quantity))


if __name__ == "__main__":
    main()
