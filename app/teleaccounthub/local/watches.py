"""The watch list of one store, kept as ``watches.json`` in the data folder. No Qt.

A watch says "tell me when this product is back in stock / costs at most $X / has at least N":
the product (id, category, name as listed when it was watched), the condition, an optional
quantity to buy and whether it has fired (``triggered``: the condition was seen true and has not
clearly turned false since, see ``Condition.rearms``). ``triggered`` is kept on disk so a restart
does not alert again for a crossing already announced.

The file holds every store's list under its canonical base URL; a store only rewrites its own.
Each change is written at once, atomically. A file that cannot be read is set aside as
``watches.json.broken-<UTC time>`` (never deleted), the list starts empty and ``problem`` says so;
one malformed watch is skipped and counted (and written back as it was), the others load.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import canonical_base_url
from teleaccounthub.local.atomic import atomic_write_text
from teleaccounthub.local.set_aside import set_aside

log = logging.getLogger(__name__)
WatchText = TrContext("WatchText")

WATCHES_FILE = "watches.json"
FORMAT_VERSION = 1
# A price alert re-arms once the price is this much above its threshold (and at least a cent):
# a price wobbling by a cent around the threshold is one crossing, not one alert per refresh.
PRICE_REARM_FRACTION = Decimal("0.02")
# A stock alert re-arms once the stock falls this far below its threshold (at least one).
STOCK_REARM_FRACTION = Decimal("0.1")
MAX_WATCHES = 500
MAX_PRICE = Decimal("1000000")
MAX_STOCK = 10_000_000
_CENT = Decimal("0.01")


class ConditionKind(enum.Enum):
    BACK_IN_STOCK = "back_in_stock"
    PRICE_AT_MOST = "price_at_most"
    STOCK_AT_LEAST = "stock_at_least"


@dataclass(frozen=True, slots=True)
class Condition:
    """What a watch waits for. ``price`` is set for ``PRICE_AT_MOST`` only, ``stock`` for
    ``STOCK_AT_LEAST`` only (``Condition.back_in_stock()`` etc. build valid ones)."""

    kind: ConditionKind
    price: Decimal | None = None
    stock: int | None = None

    def __post_init__(self) -> None:
        if self.kind is ConditionKind.PRICE_AT_MOST:
            price = self.price
            if price is None or not price.is_finite() or not 0 <= price <= MAX_PRICE:
                raise ValueError(f"a price threshold must be $0 to ${MAX_PRICE}, got {price!r}")
            if self.stock is not None:
                raise ValueError("a price condition has no stock threshold")
        elif self.kind is ConditionKind.STOCK_AT_LEAST:
            stock = self.stock
            if isinstance(stock, bool) or not isinstance(stock, int) or not 1 <= stock <= MAX_STOCK:
                raise ValueError(f"a stock threshold must be 1 to {MAX_STOCK}, got {stock!r}")
            if self.price is not None:
                raise ValueError("a stock condition has no price threshold")
        elif self.price is not None or self.stock is not None:
            raise ValueError("'back in stock' has no threshold")

    @classmethod
    def back_in_stock(cls) -> Condition:
        return cls(ConditionKind.BACK_IN_STOCK)

    @classmethod
    def price_at_most(cls, price: Decimal) -> Condition:
        return cls(ConditionKind.PRICE_AT_MOST, price=price)

    @classmethod
    def stock_at_least(cls, stock: int) -> Condition:
        return cls(ConditionKind.STOCK_AT_LEAST, stock=stock)

    def holds(self, stock: int, price: Decimal) -> bool:
        """True when a product with ``stock`` at ``price`` meets the condition. A price alert
        needs stock too: a low price on nothing to buy is no news."""
        if self.kind is ConditionKind.BACK_IN_STOCK:
            return stock > 0
        if self.kind is ConditionKind.PRICE_AT_MOST:
            assert self.price is not None
            return stock > 0 and price <= self.price
        assert self.stock is not None
        return stock >= self.stock

    def rearms(self, stock: int, price: Decimal) -> bool:
        """True when the condition is clearly false again, so that its next ``holds`` is a new
        crossing. Stricter than ``not holds``: values hovering at the threshold do not re-arm."""
        if self.kind is ConditionKind.BACK_IN_STOCK:
            return stock == 0
        if self.kind is ConditionKind.PRICE_AT_MOST:
            assert self.price is not None
            price_margin = max(_CENT, self.price * PRICE_REARM_FRACTION)
            return stock == 0 or price > self.price + price_margin
        assert self.stock is not None
        stock_margin = max(1, int(self.stock * STOCK_REARM_FRACTION))
        return stock <= self.stock - stock_margin


@dataclass(frozen=True, slots=True)
class Watch:
    product_id: int
    category_id: int
    product_name: str
    condition: Condition
    quantity: int | None = None
    """How many to put in the checkout dialog when the alert's "Buy…" opens it (None: default)."""
    triggered: bool = False
    """The condition was seen true and has not clearly turned false since: no alert now."""

    def seen(self, stock: int, price: Decimal) -> tuple[Watch, bool]:
        """This watch after seeing the product at ``stock`` and ``price``, and whether that is a
        crossing to alert about (once per crossing)."""
        if self.triggered:
            if self.condition.rearms(stock, price):
                return replace(self, triggered=False), False
            return self, False
        if self.condition.holds(stock, price):
            return replace(self, triggered=True), True
        return self, False


class WatchList:
    """The watches of the store at ``base_url``, kept in ``path`` (a ``watches.json``).

    ``problem`` says what went wrong reading the file (for the customer), or None. Writing may
    raise ``OSError``; the list in memory is then unchanged.
    """

    def __init__(self, path: Path, base_url: str) -> None:
        self.path = path
        self._store = canonical_base_url(base_url)
        self.problem: str | None = None
        self.skipped = 0
        self._others: dict[str, Any] = {}
        self._unreadable: list[Any] = []  # entries of this store that could not be read: kept
        self._watches: dict[int, Watch] = {}
        # False when the file exists but could not be read: it is not overwritten then.
        self._writable = True
        self._load()

    def watches(self) -> list[Watch]:
        return list(self._watches.values())

    def get(self, product_id: int) -> Watch | None:
        return self._watches.get(product_id)

    def categories(self) -> frozenset[int]:
        return frozenset(watch.category_id for watch in self._watches.values())

    def put(self, watch: Watch) -> None:
        """Add ``watch`` or replace the product's watch (one per product)."""
        if watch.product_id not in self._watches and len(self._watches) >= MAX_WATCHES:
            raise ValueError(WatchText.tr("At most %Ln products can be watched.", "", MAX_WATCHES))
        self._replace({**self._watches, watch.product_id: watch})

    def put_many(self, watches: Iterable[Watch]) -> None:
        """Replace several watches in one write (their ``triggered`` after a listing)."""
        known = self._watches
        changed = {watch.product_id: watch for watch in watches if watch.product_id in known}
        if changed:
            self._replace({**self._watches, **changed})

    def remove(self, product_id: int) -> None:
        if product_id in self._watches:
            self._replace({k: w for k, w in self._watches.items() if k != product_id})

    def _replace(self, watches: dict[int, Watch]) -> None:
        self._save(watches)
        self._watches = watches

    # -- file -----------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            log.warning("Watch list %s cannot be read: %s", self.path, error)
            self.problem = WatchText.tr(
                "Your watch list in {path} could not be read ({reason}); "
                "watches cannot be changed until it can."
            ).format(path=self.path, reason=error.strerror)
            self._writable = False
            return
        try:
            data = json.loads(raw.decode("utf-8"), parse_float=Decimal)
            if not isinstance(data, dict) or not isinstance(data.get("stores"), dict):
                raise ValueError("the file is not a watch list")
        except ValueError as error:  # also UnicodeDecodeError and JSONDecodeError
            self._set_aside(error)
            return
        stores: dict[str, Any] = data["stores"]
        entries = stores.pop(self._store, [])
        self._others = stores
        if not isinstance(entries, list):
            entries = []
            self.skipped += 1
        for entry in entries:
            watch = _watch_from_json(entry)
            if watch is None:
                self.skipped += 1
                self._unreadable.append(entry)
            else:
                self._watches[watch.product_id] = watch
        if self.skipped:
            log.warning("Watch list %s: %d unreadable watches skipped", self.path, self.skipped)

    def _set_aside(self, error: Exception) -> None:
        try:
            aside = set_aside(self.path)
        except OSError as move_error:
            log.warning(
                "Watch list %s is corrupt (%s) and could not be moved aside (%s)",
                self.path,
                error,
                move_error,
            )
            self.problem = WatchText.tr("Your watch list in {path} could not be read.").format(
                path=self.path
            )
            return
        log.info("Watch list %s was corrupt (%s); kept as %s", self.path, error, aside)
        self.problem = WatchText.tr(
            "Your watch list could not be read and was set aside as {path}."
        ).format(path=aside)

    def _save(self, watches: Mapping[int, Watch]) -> None:
        if not self._writable:
            raise PermissionError(
                WatchText.tr("{path} could not be read, so it is not overwritten").format(
                    path=self.path
                )
            )
        stores = dict(self._others)
        entries = [_watch_to_json(watch) for watch in watches.values()] + self._unreadable
        if entries:
            stores[self._store] = entries
        document = {"version": FORMAT_VERSION, "stores": stores}
        text = json.dumps(document, indent=2, ensure_ascii=False, default=_decimal_text)
        atomic_write_text(self.path, text + "\n")


def _decimal_text(value: object) -> str:
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not kept in the watch list")


def _watch_to_json(watch: Watch) -> dict[str, Any]:
    condition = watch.condition
    entry: dict[str, Any] = {
        "product_id": watch.product_id,
        "category_id": watch.category_id,
        "product_name": watch.product_name,
        "condition": condition.kind.value,
        "triggered": watch.triggered,
    }
    if condition.price is not None:
        entry["price"] = str(condition.price)  # a string: the exact Decimal, never a float
    if condition.stock is not None:
        entry["stock"] = condition.stock
    if watch.quantity is not None:
        entry["quantity"] = watch.quantity
    return entry


def _watch_from_json(entry: object) -> Watch | None:
    """The watch of one entry, or None when any part of it is missing or malformed."""
    if not isinstance(entry, dict):
        return None
    try:
        kind = ConditionKind(entry.get("condition"))
        price = _price(entry.get("price"))
        stock = _whole(entry.get("stock"))
        quantity = _whole(entry.get("quantity"))
        product_id, category_id = _whole(entry.get("product_id")), _whole(entry.get("category_id"))
        name, triggered = entry.get("product_name"), entry.get("triggered", False)
        if product_id is None or category_id is None or not isinstance(name, str):
            return None
        if not isinstance(triggered, bool) or (quantity is not None and quantity < 1):
            return None
        return Watch(
            product_id, category_id, name, Condition(kind, price, stock), quantity, triggered
        )
    except (ValueError, InvalidOperation):
        return None


def _whole(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a whole number: {value!r}")
    return value


def _price(value: object) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a price is kept as text, got {value!r}")
    return Decimal(value)
