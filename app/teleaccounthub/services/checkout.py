"""Buying: one checkout at a time, journalled before it is sent, recorded before anything else.

``CheckoutService.checkout`` commits an intent to the purchase journal, then sends exactly one
``POST /checkout``, and refuses another while one is in flight, while a 429 countdown runs, or
while the customer has not yet closed the message of a purchase whose outcome is unknown. It
never re-sends.

``_decide`` is the one place that turns what happened into an outcome. Only the store's
documented refusals (and a request that provably never left) mean "nothing was bought"; every
other failure once the request may have left — any exception class, raised by the client, while
parsing, while recording or by a slot — ends in "outcome unknown" or "placed, not saved".
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from teleaccounthub.api import (
    ApiError,
    BadRequest,
    CheckoutOutcomeUnknown,
    CheckoutResult,
    InsufficientBalance,
    InvalidProduct,
    Product,
    RateLimited,
    TransportError,
    Unauthorized,
)
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.journal import IntentState, PurchaseIntent
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.delays import clamp_retry_after, timer_ms
from teleaccounthub.services.formatting import group_digits, usd
from teleaccounthub.services.order_context import OrderContext
from teleaccounthub.services.order_tracker import OrderTracker
from teleaccounthub.services.store_money import amount_text

if TYPE_CHECKING:
    from teleaccounthub.api import Client

log = logging.getLogger(__name__)

# Seconds to wait after a 429 that carried no usable ``Retry-After``.
DEFAULT_RETRY_AFTER = 5.0
# Writing a placed order down again after it failed: first wait, and the longest wait.
UNSAVED_RETRY_FIRST = 2.0
UNSAVED_RETRY_MAX = 60.0
# Identifies this run of the app in the purchase journal: an intent still open from another
# run means that run died while its checkout was in flight.
THIS_RUN = uuid.uuid4().hex

CheckoutText = TrContext("CheckoutText")


def unknown_outcome_message(reason: str) -> str:
    """What the customer reads after a purchase whose outcome is unknown; ``reason``: what
    happened, in words."""
    return CheckoutText.tr(
        "The purchase was sent, but the app could not read the store's answer, so it cannot tell "
        "whether the order was placed. It will not send it again. Your balance is being "
        "refreshed: if it went down, the order exists — use “Track order by id…” with the order "
        "id from the Telegram bot to follow it here. (What happened: {reason}.)"
    ).format(reason=reason.rstrip("."))


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
    PLACED_UNSAVED = "placed_unsaved"
    """Placed and charged, but not written to the order book (yet): kept in memory, retried."""
    INSUFFICIENT_BALANCE = "insufficient_balance"
    PRODUCT_UNAVAILABLE = "product_unavailable"
    UNAUTHORIZED = "unauthorized"
    RATE_LIMITED = "rate_limited"
    UNKNOWN = "unknown"
    FAILED = "failed"
    """Nothing was bought (nothing sent, or a refusal the store documents)."""


# Outcomes after which buying stays blocked until the customer has closed the message.
HELD_KINDS = frozenset({OutcomeKind.UNKNOWN, OutcomeKind.PLACED_UNSAVED})


@dataclass(frozen=True, slots=True)
class CheckoutOutcome:
    """How one checkout ended. ``record`` is set when the order is in the order book;
    ``result`` whenever the store's answer was read (also when it could not be recorded)."""

    kind: OutcomeKind
    request: CheckoutRequest
    message: str
    record: OrderRecord | None = None
    balance_usd: Decimal | None = None
    missing_usd: Decimal | None = None
    retry_after: float | None = None
    result: CheckoutResult | None = None

    @property
    def holds_buying(self) -> bool:
        return self.kind in HELD_KINDS


class CheckoutBusy(RuntimeError):
    """A checkout is in flight, the 429 countdown runs, or an unknown outcome is unread."""


@dataclass(slots=True)
class _Unsaved:
    account: AccountRef
    request: CheckoutRequest
    result: CheckoutResult
    intent: PurchaseIntent | None


class CheckoutService(QObject):
    """Places orders through the session's client, one at a time.

    Signals: ``busy_changed(bool)`` while a POST is in flight; ``blocked_changed(str)`` with why
    buying is not possible right now ("" when it is); ``order_placed(OrderRecord)`` once the
    order is durable in the order book; ``finished(CheckoutOutcome)`` exactly once per accepted
    checkout; ``journal_changed()`` when an intent was opened or resolved. A refused key is
    reported through the context.
    """

    busy_changed = Signal(bool)
    blocked_changed = Signal(str)
    order_placed = Signal(object)
    finished = Signal(object)
    journal_changed = Signal()

    def __init__(
        self,
        context: OrderContext,
        *,
        tracker: OrderTracker | None = None,
        refresh_balance: Callable[[], object] | None = None,
        refresh_category: Callable[[int], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
        run_id: str = THIS_RUN,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tracker = tracker
        self._refresh_balance = refresh_balance
        self._refresh_category = refresh_category
        self._clock = clock
        self.run_id = run_id
        self._busy = False
        self._retry_at = 0.0
        self._held: CheckoutOutcome | None = None
        self._unsaved: dict[int, _Unsaved] = {}
        self._in_flight: asyncio.Task[None] | None = None
        self._block_reason = ""
        self._countdown_end = QTimer(self)
        self._countdown_end.setSingleShot(True)
        self._countdown_end.timeout.connect(self._update_block)

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def held(self) -> CheckoutOutcome | None:
        """The outcome whose message the customer must close before buying again."""
        return self._held

    def retry_wait(self) -> float:
        """Seconds left before a checkout may be sent again after a 429 (0 when it may)."""
        return max(0.0, self._retry_at - self._clock())

    def can_checkout(self) -> bool:
        return not self._busy and self._held is None and self.retry_wait() == 0.0

    def block_reason(self) -> str:
        """Why no checkout can start now, in words for the customer; "" when one can."""
        if self._busy:
            return CheckoutText.tr("A purchase is being sent to the store. Wait for its answer.")
        if self._held is not None:
            if self._held.kind is OutcomeKind.PLACED_UNSAVED:
                return CheckoutText.tr(
                    "Your last order was placed but is not saved on this computer yet. "
                    "Read its message and close it first."
                )
            return CheckoutText.tr(
                "The outcome of your last purchase is unknown. Read its message and close it "
                "before buying again."
            )
        wait = self.retry_wait()
        if wait > 0:
            return CheckoutText.tr(
                "The store asked to wait before the next purchase: try again in {seconds} s."
            ).format(seconds=int(-(-wait // 1)))
        return ""

    def unsaved_orders(self) -> list[CheckoutResult]:
        """Placed and charged orders that could not be written down yet (retried meanwhile)."""
        return [entry.result for entry in self._unsaved.values()]

    def acknowledge(self) -> None:
        """The customer has read (and closed) the message of the held outcome: buying may go on.

        Orders not yet written down keep being retried in the background.
        """
        if self._held is not None:
            self._held = None
            self._update_block()

    def checkout(self, request: CheckoutRequest) -> None:
        """Send one checkout for ``request``; the outcome arrives through ``finished``.

        Raises ``CheckoutBusy`` while another is in flight, the 429 countdown runs or a held
        outcome is unread: a second confirmation never becomes a second POST.
        """
        if not self.can_checkout():
            raise CheckoutBusy(
                self.block_reason() or CheckoutText.tr("A checkout is already in progress.")
            )
        if isinstance(request.quantity, bool) or not isinstance(request.quantity, int):
            raise ValueError("quantity must be a whole number")
        if request.quantity < 1:
            raise ValueError("quantity must be at least 1")
        account = self._context.account()
        if account is None:  # nothing is sent without a key
            self._set_busy(True)
            self._finish(
                CheckoutOutcome(
                    OutcomeKind.UNAUTHORIZED, request, CheckoutText.tr("Enter your API key to buy.")
                )
            )
            return
        client = self._context.client()
        self._set_busy(True)
        self._in_flight = self._context.tasks.start(
            "orders:checkout", self._run(client, account, request)
        )

    async def wait_idle(self) -> None:
        """Wait until the checkout in flight (if any) has its outcome — and is in the order book.

        Call it before closing the session: cancelling a sent checkout would leave an order that
        was placed and charged but never written down. Bound it with ``asyncio.wait_for``.
        """
        task = self._in_flight
        if task is not None and not task.done():
            await asyncio.wait({task})

    # -- one checkout --------------------------------------------------------------------------

    async def _run(self, client: Client, account: AccountRef, request: CheckoutRequest) -> None:
        intent = self._open_intent(account, request)
        if intent is None:
            self._finish(
                CheckoutOutcome(
                    OutcomeKind.FAILED,
                    request,
                    CheckoutText.tr(
                        "Nothing was bought: the purchase could not be written down on this "
                        "computer first (is the disk full or read-only?). Free some space, then "
                        "try again."
                    ),
                )
            )
            return
        try:
            try:
                result = await client.checkout(
                    request.product.product_id, request.quantity, category_id=request.category_id
                )
            except asyncio.CancelledError:
                # Shutting down mid-request: the intent stays open, so the next start says so.
                self._set_busy(False)
                raise
            except Exception as error:  # every class is decided in _refused_or_unknown
                outcome = await self._refused_or_unknown(client, request, error)
            else:
                outcome = self._placed(account, request, result, intent)
        except Exception as error:  # a bug in handling must not unblock Buy
            log.exception("Checkout handling failed; the outcome is treated as unknown")
            outcome = self._unknown(
                request,
                CheckoutText.tr("an internal error ({name})").format(name=type(error).__name__),
            )
        self._resolve_intent(intent, outcome)
        self._finish(outcome)

    async def _refused_or_unknown(
        self, client: Client, request: CheckoutRequest, error: Exception
    ) -> CheckoutOutcome:
        """The store's documented refusals mean nothing was bought; anything else is unknown."""
        product = request.product
        if isinstance(error, InsufficientBalance):
            return await self._insufficient(client, request, error)
        if isinstance(error, InvalidProduct):
            if request.category_id is not None and self._refresh_category is not None:
                self._refresh_category(request.category_id)
            return CheckoutOutcome(
                OutcomeKind.PRODUCT_UNAVAILABLE,
                request,
                CheckoutText.tr(
                    "{name} is no longer available ({reason}). Nothing was bought; the category "
                    "is being refreshed."
                ).format(name=product.product_name, reason=error.message.rstrip(".")),
            )
        if isinstance(error, Unauthorized):
            self._context.report_unauthorized(error.message)
            return CheckoutOutcome(
                OutcomeKind.UNAUTHORIZED,
                request,
                CheckoutText.tr(
                    "The store refused the API key. Nothing was bought. Enter a valid key, then "
                    "buy again."
                ),
            )
        if isinstance(error, RateLimited):
            wait = clamp_retry_after(error.retry_after, DEFAULT_RETRY_AFTER)
            self._retry_at = self._clock() + wait
            return CheckoutOutcome(
                OutcomeKind.RATE_LIMITED,
                request,
                CheckoutText.tr(
                    "The store is receiving too many requests. Nothing was bought; "
                    "you can try again when the countdown ends."
                ),
                retry_after=wait,
            )
        if isinstance(error, BadRequest):
            return CheckoutOutcome(
                OutcomeKind.FAILED,
                request,
                CheckoutText.tr(
                    "The store rejected the order as invalid ({reason}). Nothing was bought."
                ).format(reason=error.message.rstrip(".")),
            )
        if isinstance(error, TransportError):
            # The client raises this only when the request provably never left.
            return CheckoutOutcome(
                OutcomeKind.FAILED,
                request,
                CheckoutText.tr(
                    "The store could not be reached ({reason}). Nothing was sent, so nothing was "
                    "bought."
                ).format(reason=error.message.rstrip(".")),
            )
        if isinstance(error, CheckoutOutcomeUnknown):
            log.warning("Checkout outcome unknown: %r", error)
            return self._unknown(request, error.message)
        log.warning("Checkout ended in an unexpected way; outcome unknown", exc_info=error)
        detail = error.message if isinstance(error, ApiError) else type(error).__name__
        return self._unknown(request, detail)

    def _unknown(self, request: CheckoutRequest, reason: str) -> CheckoutOutcome:
        self._refresh()
        return CheckoutOutcome(
            OutcomeKind.UNKNOWN,
            request,
            unknown_outcome_message(reason),
        )

    def _placed(
        self,
        account: AccountRef,
        request: CheckoutRequest,
        result: CheckoutResult,
        intent: PurchaseIntent | None,
    ) -> CheckoutOutcome:
        # The order book first: nothing else may happen with a paid order before it is durable.
        try:
            record = self._context.order_book.record_checkout(
                account,
                result,
                category_id=request.category_id,
                intent_id=intent.intent_id if intent is not None else None,
            )
        except Exception:
            log.exception("Order %s was placed but could not be written down", result.order.id)
            self._unsaved[result.order.id] = _Unsaved(account, request, result, intent)
            self._context.tasks.start(
                f"orders:unsaved:{result.order.id}", self._retry_unsaved(result)
            )
            self._refresh()
            return CheckoutOutcome(
                OutcomeKind.PLACED_UNSAVED,
                request,
                CheckoutText.tr(
                    "Order #{number} (id {order_id}) was placed and charged {charged}, but it "
                    "could not be saved on this computer (is the disk full?). The app keeps it in "
                    "memory and keeps trying to save it. Write the order id down: you can track "
                    "it by id later. Do not buy it again."
                ).format(
                    number=result.order.order_number,
                    order_id=result.order.id,
                    charged=amount_text(result.charged_display, result.charged_usd),
                ),
                result=result,
            )
        log.info("Order %s recorded (%s)", record.order_id, record.order_number)
        self._after_recorded(record)
        return CheckoutOutcome(
            OutcomeKind.PLACED,
            request,
            CheckoutText.tr("Order #{number} placed: {count} × {name}, charged {charged}.").format(
                number=record.order_number,
                count=group_digits(record.quantity),
                name=record.product_name,
                charged=amount_text(result.charged_display, result.charged_usd),
            ),
            record=record,
            result=result,
        )

    def _after_recorded(self, record: OrderRecord) -> None:
        """Follow-ups of a durable order; a failure here is logged, never undoes the order."""
        for step in (self._refresh, lambda: self._track(record)):
            try:
                step()
            except Exception:
                log.exception("A follow-up of order %s failed", record.order_id)
        self.order_placed.emit(record)

    def _track(self, record: OrderRecord) -> None:
        if self._tracker is not None:
            self._tracker.track(record)

    async def _retry_unsaved(self, result: CheckoutResult) -> None:
        delay = UNSAVED_RETRY_FIRST
        while result.order.id in self._unsaved:
            await asyncio.sleep(delay)
            delay = min(UNSAVED_RETRY_MAX, delay * 2)
            entry = self._unsaved[result.order.id]
            try:
                record = self._context.order_book.record_checkout(
                    entry.account,
                    entry.result,
                    category_id=entry.request.category_id,
                    intent_id=entry.intent.intent_id if entry.intent is not None else None,
                )
            except Exception as error:
                log.warning("Order %s still cannot be written down: %r", result.order.id, error)
                continue
            del self._unsaved[result.order.id]
            log.info("Order %s written down on a later try", record.order_id)
            self.journal_changed.emit()
            self._after_recorded(record)

    async def _insufficient(
        self, client: Client, request: CheckoutRequest, error: InsufficientBalance
    ) -> CheckoutOutcome:
        balance = request.known_balance_usd
        try:
            balance = (await client.balance()).balance_usd
        except Exception as balance_error:  # the 402 stands whatever this lookup does
            log.info("Balance after 402 unavailable: %r", balance_error)
        self._refresh()
        total = request.total_usd
        missing = total - balance if balance is not None and total > balance else None
        if missing is not None:
            message = CheckoutText.tr(
                "Your balance is too low: this order costs {total} and you have {balance}. You "
                "need {missing} more. Nothing was bought. Top up in the Telegram bot or choose a "
                "smaller quantity."
            ).format(total=usd(total), balance=usd(balance), missing=usd(missing, up=True))
        else:
            message = CheckoutText.tr(
                "Your balance is too low for this order ({reason}). Nothing was bought."
            ).format(reason=error.message.rstrip("."))
        return CheckoutOutcome(
            OutcomeKind.INSUFFICIENT_BALANCE,
            request,
            message,
            balance_usd=balance,
            missing_usd=missing,
        )

    # -- the journal ---------------------------------------------------------------------------

    def _open_intent(self, account: AccountRef, request: CheckoutRequest) -> PurchaseIntent | None:
        product = request.product
        try:
            intent = self._context.order_book.journal.open_intent(
                account,
                run_id=self.run_id,
                product_id=product.product_id,
                product_name=product.product_name,
                category_id=request.category_id,
                quantity=request.quantity,
                unit_price_usd=product.retail_price_usd,
                balance_before_usd=request.known_balance_usd,
            )
        except Exception:
            log.exception("The purchase could not be journalled; nothing is sent")
            return None
        self.journal_changed.emit()
        return intent

    def _resolve_intent(self, intent: PurchaseIntent, outcome: CheckoutOutcome) -> None:
        if outcome.kind is OutcomeKind.PLACED:
            self.journal_changed.emit()  # resolved together with recording the order
        elif outcome.kind is OutcomeKind.PLACED_UNSAVED:
            pass  # stays open until the order is written down: a crash now is shown at start
        elif outcome.kind is OutcomeKind.UNKNOWN:
            self._write_resolution(intent.intent_id, IntentState.UNKNOWN, reason=outcome.message)
        else:
            self._write_resolution(intent.intent_id, IntentState.NOT_PLACED, reason=outcome.message)

    def _write_resolution(self, intent_id: int, state: IntentState, **fields: Any) -> None:
        try:
            self._context.order_book.journal.resolve(intent_id, state, **fields)
        except Exception:
            # The intent stays open: the next start shows it as a purchase that may have gone
            # through, which is the safe side of wrong.
            log.exception("Purchase intent %s could not be resolved as %s", intent_id, state)
            return
        self.journal_changed.emit()

    # -- state ---------------------------------------------------------------------------------

    def _refresh(self) -> None:
        if self._refresh_balance is not None:
            try:
                self._refresh_balance()
            except Exception:
                log.exception("The balance refresh after a checkout failed to start")

    def _finish(self, outcome: CheckoutOutcome) -> None:
        if outcome.holds_buying:
            self._held = outcome
        self._set_busy(False)
        self.finished.emit(outcome)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
        self._update_block()

    def _update_block(self) -> None:
        reason = self.block_reason()
        wait = self.retry_wait()
        if wait > 0 and not self._countdown_end.isActive():
            self._countdown_end.start(timer_ms(wait) + 50)
        if reason != self._block_reason:
            self._block_reason = reason
            self.blocked_changed.emit(reason)
