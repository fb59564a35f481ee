"""Buying: one checkout at a time, written to the order book before anything else happens with it.

``CheckoutService.checkout`` sends exactly one ``POST /checkout`` per call and refuses another while
one is in flight or while a 429 countdown runs. It never re-sends: when the outcome is unknown the
customer is told so, the balance is refreshed and tracking by id is offered.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from teleaccounthub.api import (
    ApiError,
    CheckoutOutcomeUnknown,
    CheckoutResult,
    InsufficientBalance,
    InvalidProduct,
    Product,
    RateLimited,
    ServerError,
    Unauthorized,
    UnexpectedResponse,
)
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.store.account import AccountRef
from teleaccounthub.store.order_record import OrderRecord
from teleaccounthub.store.orderbook import OrderBook

if TYPE_CHECKING:
    from teleaccounthub.api import Client

log = logging.getLogger(__name__)

#: Seconds to wait after a 429 that carried no usable ``Retry-After``.
DEFAULT_RETRY_AFTER = 5.0

UNKNOWN_OUTCOME_MESSAGE = (
    "The connection to the store broke after the order was sent. The store may or may not have "
    "placed this order, so the app will not send it again. Your balance is being refreshed: if it "
    "went down, the order exists — use “Track order by id…” with the order id from the Telegram "
    "bot to follow it here."
)


@dataclass(frozen=True, slots=True)
class CheckoutRequest:
    """What the customer confirmed: a product, a quantity and the balance they saw."""

    product: Product
    quantity: int
    category_id: int | None = None
    known_balance_usd: Decimal | None = None

    @property
    def total_usd(self) -> Decimal:
        return self.product.retail_price_usd * self.quantity


class OutcomeKind(enum.Enum):
    PLACED = "placed"
    INSUFFICIENT_BALANCE = "insufficient_balance"
    PRODUCT_UNAVAILABLE = "product_unavailable"
    UNAUTHORIZED = "unauthorized"
    RATE_LIMITED = "rate_limited"
    UNKNOWN = "unknown"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class CheckoutOutcome:
    """How one checkout ended. ``record`` is set when the order is in the order book."""

    kind: OutcomeKind
    request: CheckoutRequest
    message: str
    record: OrderRecord | None = None
    balance_usd: Decimal | None = None
    missing_usd: Decimal | None = None
    retry_after: float | None = None


class CheckoutBusy(RuntimeError):
    """A checkout is already in flight, or the 429 countdown has not finished."""


class CheckoutService(QObject):
    """Places orders through the session's client, one at a time.

    Signals: ``busy_changed(bool)`` while a POST is in flight; ``order_placed(OrderRecord)`` once
    the order is durable in the order book; ``finished(CheckoutOutcome)`` exactly once per
    accepted checkout; ``unauthorized()`` when the store refused the key.
    """

    busy_changed = Signal(bool)
    order_placed = Signal(object)
    finished = Signal(object)
    unauthorized = Signal()

    def __init__(
        self,
        client: Callable[[], Client | None],
        order_book: OrderBook,
        account: Callable[[], AccountRef | None],
        tasks: TaskOwner,
        *,
        tracker: OrderTracker | None = None,
        refresh_balance: Callable[[], object] | None = None,
        refresh_category: Callable[[int], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._book = order_book
        self._account = account
        self._tasks = tasks
        self._tracker = tracker
        self._refresh_balance = refresh_balance
        self._refresh_category = refresh_category
        self._clock = clock
        self._busy = False
        self._retry_at = 0.0
        self._in_flight: asyncio.Task[None] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def retry_wait(self) -> float:
        """Seconds left before a checkout may be sent again after a 429 (0 when it may)."""
        return max(0.0, self._retry_at - self._clock())

    def can_checkout(self) -> bool:
        return not self._busy and self.retry_wait() == 0.0

    def checkout(self, request: CheckoutRequest) -> None:
        """Send one checkout for ``request``; the outcome arrives through ``finished``.

        Raises ``CheckoutBusy`` while another is in flight or the 429 countdown runs: a second
        confirmation never becomes a second POST.
        """
        if not self.can_checkout():
            raise CheckoutBusy("A checkout is already in progress.")
        if request.quantity < 1:
            raise ValueError("quantity must be at least 1")
        client = self._client()
        account = self._account()
        self._set_busy(True)
        if client is None or account is None:
            self._finish(
                CheckoutOutcome(OutcomeKind.UNAUTHORIZED, request, "Enter your API key to buy.")
            )
            return
        self._in_flight = self._tasks.start("orders:checkout", self._run(client, account, request))

    async def wait_idle(self) -> None:
        """Wait until the checkout in flight (if any) has its outcome — and is in the order book.

        Call it before closing the session: cancelling a sent checkout would leave an order that
        was placed and charged but never written down. Bound it with ``asyncio.wait_for``.
        """
        task = self._in_flight
        if task is not None and not task.done():
            await asyncio.wait({task})

    async def _run(self, client: Client, account: AccountRef, request: CheckoutRequest) -> None:
        try:
            outcome = await self._send(client, account, request)
        except BaseException:
            self._set_busy(False)
            raise
        self._finish(outcome)

    async def _send(
        self, client: Client, account: AccountRef, request: CheckoutRequest
    ) -> CheckoutOutcome:
        product = request.product
        log.info(
            "Checkout: product %s × %s (category %s)",
            product.product_id,
            request.quantity,
            request.category_id,
        )
        try:
            result = await client.checkout(
                product.product_id, request.quantity, category_id=request.category_id
            )
        except InsufficientBalance as error:
            return await self._insufficient(client, request, error)
        except InvalidProduct as error:
            if request.category_id is not None and self._refresh_category is not None:
                self._refresh_category(request.category_id)
            return CheckoutOutcome(
                OutcomeKind.PRODUCT_UNAVAILABLE,
                request,
                f"{product.product_name} is no longer available "
                f"({error.message.rstrip('.')}). The category is being refreshed.",
            )
        except Unauthorized:
            self.unauthorized.emit()
            return CheckoutOutcome(
                OutcomeKind.UNAUTHORIZED,
                request,
                "The store refused the API key. Enter a valid key, then buy again.",
            )
        except RateLimited as error:
            wait = error.retry_after if error.retry_after is not None else DEFAULT_RETRY_AFTER
            wait = max(1.0, wait)
            self._retry_at = self._clock() + wait
            return CheckoutOutcome(
                OutcomeKind.RATE_LIMITED,
                request,
                "The store is receiving too many requests. Nothing was bought; "
                "you can try again when the countdown ends.",
                retry_after=wait,
            )
        except (CheckoutOutcomeUnknown, UnexpectedResponse) as error:
            log.warning("Checkout outcome unknown: %r", error)
            self._refresh()
            return CheckoutOutcome(OutcomeKind.UNKNOWN, request, UNKNOWN_OUTCOME_MESSAGE)
        except ServerError as error:
            self._refresh()
            return CheckoutOutcome(
                OutcomeKind.FAILED,
                request,
                f"The store failed to place the order ({error.message.rstrip('.')}). It refunds "
                "failed checkouts automatically; your balance is being refreshed.",
            )
        except ApiError as error:
            return CheckoutOutcome(
                OutcomeKind.FAILED,
                request,
                f"The order could not be placed: {error.message}",
            )
        return self._placed(account, request, result)

    def _placed(
        self, account: AccountRef, request: CheckoutRequest, result: CheckoutResult
    ) -> CheckoutOutcome:
        # The order book first: nothing else may happen with a paid order before it is durable.
        try:
            record = self._book.record_checkout(account, result, category_id=request.category_id)
        except Exception:
            log.exception("Order %s was placed but could not be written down", result.order.id)
            self._refresh()
            return CheckoutOutcome(
                OutcomeKind.FAILED,
                request,
                f"Order #{result.order.order_number} (id {result.order.id}) was placed and "
                f"charged {result.charged_display}, but it could not be saved on this computer. "
                "Write the order id down and track it by id later.",
            )
        log.info("Order %s recorded (%s)", record.order_id, record.order_number)
        self._refresh()
        if self._tracker is not None:
            self._tracker.track(record)
        self.order_placed.emit(record)
        return CheckoutOutcome(
            OutcomeKind.PLACED,
            request,
            f"Order #{record.order_number} placed: {record.quantity} × {record.product_name}, "
            f"charged {result.charged_display}.",
            record=record,
        )

    async def _insufficient(
        self, client: Client, request: CheckoutRequest, error: InsufficientBalance
    ) -> CheckoutOutcome:
        balance = request.known_balance_usd
        try:
            balance = (await client.balance()).balance_usd
        except ApiError as balance_error:
            log.info("Balance after 402 unavailable: %r", balance_error)
        self._refresh()
        total = request.total_usd
        missing = total - balance if balance is not None and total > balance else None
        if missing is not None:
            message = (
                f"Your balance is too low: this order costs {usd(total)} and you have "
                f"{usd(balance)}. You need {usd(missing, up=True)} more. Top up in the "
                "Telegram bot or choose a smaller quantity."
            )
        else:
            message = f"Your balance is too low for this order ({error.message.rstrip('.')})."
        return CheckoutOutcome(
            OutcomeKind.INSUFFICIENT_BALANCE,
            request,
            message,
            balance_usd=balance,
            missing_usd=missing,
        )

    def _refresh(self) -> None:
        if self._refresh_balance is not None:
            self._refresh_balance()

    def _finish(self, outcome: CheckoutOutcome) -> None:
        self._set_busy(False)
        self.finished.emit(outcome)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)


def usd(amount: Decimal | None, *, up: bool = False) -> str:
    """``$1.23``: cents, rounded half-up (or up, for an amount the customer must add)."""
    if amount is None:
        return "—"
    cents = amount.quantize(Decimal("0.01"), rounding=ROUND_CEILING if up else ROUND_HALF_UP)
    sign = "-" if cents < 0 else ""
    return f"{sign}${abs(cents):,.2f}"
