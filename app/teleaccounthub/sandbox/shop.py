"""The sandbox store's state and rules: stock, wallets, orders.

Thread-safe: the server's event loop thread and the thread that owns the ``SandboxServer`` (tests
calling ``add_key``/``complete_order``) both use it, always under one lock.

With ``persist_to(save)`` every change (a key, a checkout, a completion, a stock change) hands a
``ShopState`` to ``save`` under that lock, so the saved states follow each other in order;
``restore(state)`` puts a saved state back. Orders complete ``order_delay`` seconds after they were
placed by the wall clock, so an order placed before a restart completes after it.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from teleaccounthub.sandbox import payloads
from teleaccounthub.sandbox.catalog import Catalog
from teleaccounthub.sandbox.checkout_input import CheckoutRequest
from teleaccounthub.sandbox.errors import SandboxHttpError
from teleaccounthub.sandbox.money import display, display_shortfall
from teleaccounthub.sandbox.payloads import OrderView
from teleaccounthub.sandbox.persistence import ShopState, StoredOrder

# The first order matches the page's example: id 74, order_number "10094", local_order_id 376.
FIRST_ORDER_ID = 74
ORDER_NUMBER_OFFSET = 10_020
FIRST_LOCAL_ORDER_ID = 376

_NOT_AVAILABLE = "This product is no longer available."


@dataclass(slots=True)
class _Order:
    id: int
    key: str
    product_id: int
    product_name: str
    dial_code: str
    quantity: int
    charged: Decimal
    placed_at: float
    completed: bool = False

    def view(self) -> OrderView:
        return OrderView(
            id=self.id,
            order_number=str(ORDER_NUMBER_OFFSET + self.id),
            completed=self.completed,
            product_id=self.product_id,
            product_name=self.product_name,
            quantity=self.quantity,
        )


@dataclass(frozen=True, slots=True)
class ReadyOrder:
    """A completed order, with what its ZIP needs."""

    view: OrderView
    dial_code: str


class Shop:
    def __init__(
        self,
        catalog: Catalog,
        *,
        demo_key: str,
        demo_balance: Decimal,
        second_demo_key: str | None = None,
        second_demo_balance: Decimal = Decimal(0),
        order_delay: float,
        message: str | None = None,
        clock: Callable[[], float] = time.time,
        seed: int = 0,
    ) -> None:
        self._catalog = catalog
        self._seed = seed
        self._order_delay = order_delay
        self._message = message
        self._clock = clock
        self._lock = threading.Lock()
        self._wallets: dict[str, Decimal] = {demo_key: demo_balance}
        if second_demo_key is not None:
            self._wallets[second_demo_key] = second_demo_balance
        self._orders: dict[int, _Order] = {}
        self._next_order_id = FIRST_ORDER_ID
        self._next_local_order_id = FIRST_LOCAL_ORDER_ID
        self._changed_stock: set[int] = set()  # product ids whose stock differs from the catalog's
        self._save: Callable[[ShopState], None] | None = None

    # ---- the API

    def categories(self) -> dict[str, Any]:
        with self._lock:
            return payloads.category_list(self._catalog.categories, self._message)

    def products(self, category_id: int) -> dict[str, Any]:
        with self._lock:
            category = self._catalog.category(category_id)
            if category is None:
                raise SandboxHttpError(404, f"Category {category_id} does not exist.")
            return payloads.product_list(category)

    def authenticate(self, authorization: str | None) -> str:
        """The API key of an ``Authorization: Bearer <key>`` header, or 401."""
        if not authorization:
            raise _unauthorized("Missing API key. Send it as 'Authorization: Bearer tgsk_...'.")
        scheme, _, key = authorization.strip().partition(" ")
        key = key.strip()
        if scheme.lower() != "bearer" or not key:
            raise _unauthorized("Send the API key as 'Authorization: Bearer tgsk_...'.")
        with self._lock:
            if key not in self._wallets:
                raise _unauthorized("Invalid API key.")
        return key

    def balance_of(self, key: str) -> dict[str, Any]:
        with self._lock:
            return payloads.balance(self._wallets[key])

    def checkout(self, key: str, request: CheckoutRequest) -> dict[str, Any]:
        with self._lock:
            product = self._catalog.products.get(request.product_id)
            if product is None or (
                request.category_id is not None and product.category_id != request.category_id
            ):
                raise SandboxHttpError(422, _NOT_AVAILABLE)
            if product.stock == 0:
                raise SandboxHttpError(422, _NOT_AVAILABLE)
            if product.stock < request.quantity:
                raise SandboxHttpError(
                    422,
                    f"Not enough stock: {product.stock} left, {request.quantity} requested.",
                )
            cost = product.price * request.quantity
            balance = self._wallets[key]
            if balance < cost:
                raise SandboxHttpError(
                    402,
                    f"Wallet balance is too low: this order costs {display(cost)}, the balance "
                    f"is {display(balance)}. Add at least {display_shortfall(cost - balance)}.",
                )
            product.stock -= request.quantity
            self._wallets[key] = balance - cost
            order = _Order(
                id=self._next_order_id,
                key=key,
                product_id=product.product_id,
                product_name=product.name,
                dial_code=product.dial_code,
                quantity=request.quantity,
                charged=cost,
                placed_at=self._clock(),
            )
            self._changed_stock.add(product.product_id)
            self._orders[order.id] = order
            local_order_id = self._next_local_order_id
            self._next_order_id += 1
            self._next_local_order_id += 1
            self._changed()
            return payloads.checkout(order.view(), local_order_id, cost)

    def order_status(self, key: str, order_id: int) -> dict[str, Any]:
        with self._lock:
            return payloads.order_status(self._own_order(key, order_id).view())

    def ready_order(self, key: str, order_id: int) -> ReadyOrder:
        """The order to download, or 404 (unknown, not this key's) / 400 (not completed yet)."""
        with self._lock:
            order = self._own_order(key, order_id)
            if not order.completed:
                raise SandboxHttpError(
                    400,
                    f"Order {order_id} is not ready for download yet (status: processing). "
                    "Check the order status until download_ready is true.",
                )
            return ReadyOrder(order.view(), order.dial_code)

    def completed_order(self, order_id: int) -> ReadyOrder | None:
        """A completed order by id whatever its key (for signed download links), else None."""
        with self._lock:
            order = self._orders.get(order_id)
            if order is None or not self._refresh(order).completed:
                return None
            return ReadyOrder(order.view(), order.dial_code)

    # ---- test and demo controls

    def add_key(self, balance: Decimal) -> str:
        key = f"tgsk_{secrets.token_hex(20)}"
        with self._lock:
            self._wallets[key] = Decimal(balance)
            self._changed()
        return key

    def wallet(self, key: str) -> Decimal:
        with self._lock:
            return self._wallets[key]

    def complete_order(self, order_id: int) -> None:
        with self._lock:
            if order_id not in self._orders:
                raise KeyError(f"no order {order_id}")
            self._orders[order_id].completed = True
            self._changed()

    def set_stock(self, product_id: int, stock: int) -> None:
        if stock < 0:
            raise ValueError("stock must not be negative")
        with self._lock:
            self._catalog.products[product_id].stock = stock
            self._changed_stock.add(product_id)
            self._changed()

    def set_price(self, product_id: int, price: Decimal) -> None:
        """Change a product's price (kept in memory only: a restart brings the catalog's back)."""
        if not price.is_finite() or price < 0:
            raise ValueError("price must be a finite amount of at least 0")
        with self._lock:
            self._catalog.products[product_id].price = price

    def product(self, product_id: int) -> dict[str, Any]:
        """A product as the API lists it; ``KeyError`` if there is none."""
        with self._lock:
            return payloads.product(self._catalog.products[product_id])

    # ---- persistence

    def persist_to(self, save: Callable[[ShopState], None]) -> None:
        """Call ``save`` with the new state after every change from now on."""
        with self._lock:
            self._save = save

    def restore(self, state: ShopState) -> None:
        """Put a saved state back: wallets, stock, orders and the next ids."""
        with self._lock:
            self._wallets.update(state.wallets)
            for product_id, stock in state.stock.items():
                product = self._catalog.products.get(product_id)
                if product is not None:
                    product.stock = stock
                    self._changed_stock.add(product_id)
            for stored in state.orders:
                self._orders[stored.id] = _Order(
                    id=stored.id,
                    key=stored.key,
                    product_id=stored.product_id,
                    product_name=stored.product_name,
                    dial_code=stored.dial_code,
                    quantity=stored.quantity,
                    charged=stored.charged,
                    placed_at=stored.placed_at,
                    completed=stored.completed,
                )
            self._next_order_id = max(self._next_order_id, state.next_order_id)
            self._next_local_order_id = max(self._next_local_order_id, state.next_local_order_id)

    # ---- inside the lock

    def _own_order(self, key: str, order_id: int) -> _Order:
        order = self._orders.get(order_id)
        # Someone else's order is answered exactly like a missing one, so ids reveal nothing.
        if order is None or order.key != key:
            raise SandboxHttpError(404, f"Order {order_id} does not exist.")
        return self._refresh(order)

    def _refresh(self, order: _Order) -> _Order:
        if not order.completed and self._clock() - order.placed_at >= self._order_delay:
            order.completed = True
            self._changed()
        return order

    def _changed(self) -> None:
        if self._save is not None:
            self._save(self._state())

    def _state(self) -> ShopState:
        products = self._catalog.products
        return ShopState(
            seed=self._seed,
            wallets=dict(self._wallets),
            stock={product_id: products[product_id].stock for product_id in self._changed_stock},
            orders=[
                StoredOrder(
                    id=order.id,
                    key=order.key,
                    product_id=order.product_id,
                    product_name=order.product_name,
                    dial_code=order.dial_code,
                    quantity=order.quantity,
                    charged=order.charged,
                    placed_at=order.placed_at,
                    completed=order.completed,
                )
                for order in self._orders.values()
            ],
            next_order_id=self._next_order_id,
            next_local_order_id=self._next_local_order_id,
        )


def _unauthorized(message: str) -> SandboxHttpError:
    return SandboxHttpError(401, message, headers={"WWW-Authenticate": "Bearer"})
