"""The sandbox shop's state on disk: wallets, changed stock, orders and the id counters.

A small JSON file, money as exact decimal strings. ``save_state`` replaces it atomically (a
temporary file, fsync, ``os.replace``), so a crash leaves the old state or the new one, never half.
``load_state`` answers ``None`` for a missing file; a file it cannot read or understand is moved
aside to ``<name>.bad`` (with a warning) and the shop starts fresh.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from teleaccounthub.local.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class StoredOrder:
    id: int
    key: str
    product_id: int
    product_name: str
    dial_code: str
    quantity: int
    charged: Decimal
    placed_at: float  # seconds since the epoch: completion is timed from it, across restarts
    completed: bool


@dataclass(frozen=True, slots=True)
class ShopState:
    seed: int  # the catalog the stock and orders belong to
    wallets: dict[str, Decimal]
    stock: dict[int, int]  # only products whose stock changed since the catalog was generated
    orders: list[StoredOrder]
    next_order_id: int
    next_local_order_id: int


class BadStateError(ValueError):
    """The file is not a state this version understands."""


def save_state(path: Path, state: ShopState) -> None:
    """Write ``state`` to ``path`` atomically; the file is private to the user."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = json.dumps(_to_json(state), indent=1, sort_keys=True).encode()
    atomic_write_bytes(path, data)  # mkstemp: the file is created 0600


def load_state(path: Path, seed: int) -> ShopState | None:
    """The state saved at ``path``, or ``None`` (no file, or a bad one now moved aside)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        _set_aside(path, f"cannot be read ({error})")
        return None
    try:
        state = _from_json(json.loads(raw, parse_float=Decimal))
    except (ValueError, TypeError, KeyError, InvalidOperation, RecursionError) as error:
        _set_aside(path, f"is not a valid sandbox state ({error})")
        return None
    if state.seed != seed:
        _set_aside(path, f"belongs to catalog seed {state.seed}, not {seed}")
        return None
    return state


def _set_aside(path: Path, reason: str) -> None:
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as error:
        log.warning(
            "Sandbox state %s %s; starting fresh (could not move it aside: %s)", path, reason, error
        )
        return
    log.warning("Sandbox state %s %s; starting fresh, the file is kept as %s", path, reason, bad)


# ---- JSON


def _to_json(state: ShopState) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "seed": state.seed,
        "next_order_id": state.next_order_id,
        "next_local_order_id": state.next_local_order_id,
        "wallets": {key: str(balance) for key, balance in state.wallets.items()},
        "stock": {str(product_id): stock for product_id, stock in state.stock.items()},
        "orders": [
            {
                "id": order.id,
                "key": order.key,
                "product_id": order.product_id,
                "product_name": order.product_name,
                "dial_code": order.dial_code,
                "quantity": order.quantity,
                "charged": str(order.charged),
                "placed_at": order.placed_at,
                "completed": order.completed,
            }
            for order in state.orders
        ],
    }


def _from_json(value: object) -> ShopState:
    root = _object(value)
    if root["version"] != FORMAT_VERSION:
        raise BadStateError(f"unknown version {root['version']!r}")
    orders = [_order(item) for item in _list(root["orders"])]
    state = ShopState(
        seed=_int(root["seed"]),
        wallets={_str(key): _money(item) for key, item in _object(root["wallets"]).items()},
        stock={_int(int(key)): _count(item) for key, item in _object(root["stock"]).items()},
        orders=orders,
        next_order_id=_int(root["next_order_id"]),
        next_local_order_id=_int(root["next_local_order_id"]),
    )
    ids = [order.id for order in orders]
    if len(set(ids)) != len(ids) or any(order_id >= state.next_order_id for order_id in ids):
        raise BadStateError("order ids repeat or are not below next_order_id")
    if any(order.key not in state.wallets for order in orders):
        raise BadStateError("an order belongs to a key without a wallet")
    return state


def _order(value: object) -> StoredOrder:
    item = _object(value)
    placed_at = item["placed_at"]
    if isinstance(placed_at, bool) or not isinstance(placed_at, int | Decimal):
        raise BadStateError("placed_at must be a number")
    completed = item["completed"]
    if not isinstance(completed, bool):
        raise BadStateError("completed must be true or false")
    quantity = _count(item["quantity"])
    if quantity < 1:
        raise BadStateError("quantity must be at least 1")
    return StoredOrder(
        id=_int(item["id"]),
        key=_str(item["key"]),
        product_id=_int(item["product_id"]),
        product_name=_str(item["product_name"]),
        dial_code=_str(item["dial_code"]),
        quantity=quantity,
        charged=_money(item["charged"]),
        placed_at=float(placed_at),
        completed=completed,
    )


def _object(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadStateError("expected an object")
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise BadStateError("expected an array")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise BadStateError("expected a string")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BadStateError("expected an integer")
    return value


def _count(value: object) -> int:
    number = _int(value)
    if number < 0:
        raise BadStateError("expected a count, not a negative number")
    return number


def _money(value: object) -> Decimal:
    amount = Decimal(_str(value))
    if not amount.is_finite() or amount < 0:
        raise BadStateError(f"bad amount {value!r}")
    return amount
