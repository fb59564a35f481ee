"""The purchase journal: an intent row committed before every checkout is sent.

A checkout is money leaving the customer's wallet. Before the POST leaves this computer, a row
says "about to buy N × product for ≈ total, the balance was B"; the answer then resolves it —
into the order it became, into "not placed" (the store refused it), or into "outcome unknown"
with the reason. A row still ``open`` at the next start means the app died while the request was
in flight: the window says so until the customer acts.

The journal lives in the order book's database (same file, same WAL, same durability) and is
scoped like the orders by (base URL, account fingerprint).
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from teleaccounthub.local import utc
from teleaccounthub.local.account import AccountRef

# The second migration of the order book (``orderbook.MIGRATIONS``).
JOURNAL_MIGRATION: Final = """
    CREATE TABLE purchase_intents (
        intent_id          INTEGER PRIMARY KEY AUTOINCREMENT,
        base_url           TEXT    NOT NULL,
        account            TEXT    NOT NULL,
        run_id             TEXT    NOT NULL,
        product_id         INTEGER NOT NULL,
        product_name       TEXT    NOT NULL,
        category_id        INTEGER,
        quantity           INTEGER NOT NULL CHECK (quantity >= 1),
        unit_price_usd     TEXT    NOT NULL,
        expected_total_usd TEXT    NOT NULL,
        balance_before_usd TEXT,
        created_at         TEXT    NOT NULL,
        state              TEXT    NOT NULL
            CHECK (state IN ('open', 'placed', 'not_placed', 'unknown', 'dismissed')),
        order_id           INTEGER,
        order_number       TEXT,
        reason             TEXT,
        resolved_at        TEXT
    );
    CREATE INDEX purchase_intents_by_state ON purchase_intents (base_url, account, state);
"""


class IntentState(enum.StrEnum):
    OPEN = "open"
    """Written, the POST may be in flight; at the next start: the app died mid-purchase."""
    PLACED = "placed"
    NOT_PLACED = "not_placed"
    """The store answered and did not take the order (402, 422, 401, 429, a 5xx refund...)."""
    UNKNOWN = "unknown"
    DISMISSED = "dismissed"
    """The customer read an unknown outcome and dismissed it."""


# States the customer must still see: the purchase may have gone through.
UNRESOLVED: Final = frozenset({IntentState.OPEN, IntentState.UNKNOWN})


@dataclass(frozen=True, slots=True)
class PurchaseIntent:
    intent_id: int
    base_url: str
    account: str
    run_id: str
    product_id: int
    product_name: str
    category_id: int | None
    quantity: int
    unit_price_usd: Decimal
    expected_total_usd: Decimal
    balance_before_usd: Decimal | None
    created_at: datetime
    state: IntentState
    order_id: int | None = None
    order_number: str | None = None
    reason: str | None = None
    resolved_at: datetime | None = None

    @property
    def is_unresolved(self) -> bool:
        return self.state in UNRESOLVED

    def interrupted(self, run_id: str) -> bool:
        """Still open, written by another run of the app: that run died mid-purchase."""
        return self.state is IntentState.OPEN and self.run_id != run_id


_COLUMNS: Final = (
    "intent_id, base_url, account, run_id, product_id, product_name, category_id, quantity, "
    "unit_price_usd, expected_total_usd, balance_before_usd, created_at, state, order_id, "
    "order_number, reason, resolved_at"
)
_SCOPE: Final = "base_url = :base_url AND account = :account"


class PurchaseJournal:
    """Intent rows on the order book's connection. Every write is committed when it returns."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def open_intent(
        self,
        account: AccountRef,
        *,
        run_id: str,
        product_id: int,
        product_name: str,
        category_id: int | None,
        quantity: int,
        unit_price_usd: Decimal,
        balance_before_usd: Decimal | None,
        now: datetime | None = None,
    ) -> PurchaseIntent:
        """Commit "about to buy": call it before the POST; if it raises, send nothing."""
        params = {
            "base_url": account.base_url,
            "account": account.fingerprint,
            "run_id": run_id,
            "product_id": product_id,
            "product_name": product_name,
            "category_id": category_id,
            "quantity": quantity,
            "unit_price_usd": str(unit_price_usd),
            "expected_total_usd": str(unit_price_usd * quantity),
            "balance_before_usd": None if balance_before_usd is None else str(balance_before_usd),
            "created_at": utc.to_text(now if now is not None else utc.utc_now()),
            "state": IntentState.OPEN.value,
        }
        cursor = self._db.execute(
            "INSERT INTO purchase_intents (base_url, account, run_id, product_id, product_name, "
            "category_id, quantity, unit_price_usd, expected_total_usd, balance_before_usd, "
            "created_at, state) VALUES (:base_url, :account, :run_id, :product_id, "
            ":product_name, :category_id, :quantity, :unit_price_usd, :expected_total_usd, "
            ":balance_before_usd, :created_at, :state)",
            params,
        )
        intent_id = cursor.lastrowid
        assert intent_id is not None
        return self._get_required(intent_id)

    def resolve(
        self,
        intent_id: int,
        state: IntentState,
        *,
        order_id: int | None = None,
        order_number: str | None = None,
        reason: str | None = None,
        now: datetime | None = None,
    ) -> PurchaseIntent:
        """Say how the intent ended. A placed order's id is never overwritten by a later call.

        Committed when it returns, unless called inside a transaction (the order book resolves
        an intent in the transaction that records its order).
        """
        if state is IntentState.OPEN:
            raise ValueError("an intent cannot be re-opened")
        self._db.execute(
            "UPDATE purchase_intents SET state = :state, "
            "order_id = COALESCE(order_id, :order_id), "
            "order_number = COALESCE(order_number, :order_number), "
            "reason = COALESCE(:reason, reason), resolved_at = :resolved_at "
            "WHERE intent_id = :intent_id",
            {
                "state": state.value,
                "order_id": order_id,
                "order_number": order_number,
                "reason": reason,
                "resolved_at": utc.to_text(now if now is not None else utc.utc_now()),
                "intent_id": intent_id,
            },
        )
        return self._get_required(intent_id)

    def get(self, intent_id: int) -> PurchaseIntent | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM purchase_intents WHERE intent_id = ?", (intent_id,)
        ).fetchone()
        return None if row is None else _intent(row)

    def unresolved(self, account: AccountRef) -> list[PurchaseIntent]:
        """Open and unknown intents of ``account``, newest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM purchase_intents WHERE {_SCOPE} "
            "AND state IN ('open', 'unknown') ORDER BY created_at DESC, intent_id DESC",
            {"base_url": account.base_url, "account": account.fingerprint},
        )
        return [_intent(row) for row in rows]

    def _get_required(self, intent_id: int) -> PurchaseIntent:
        intent = self.get(intent_id)
        if intent is None:
            raise KeyError(intent_id)
        return intent


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _intent(row: sqlite3.Row) -> PurchaseIntent:
    resolved = row["resolved_at"]
    return PurchaseIntent(
        intent_id=row["intent_id"],
        base_url=row["base_url"],
        account=row["account"],
        run_id=row["run_id"],
        product_id=row["product_id"],
        product_name=row["product_name"],
        category_id=row["category_id"],
        quantity=row["quantity"],
        unit_price_usd=Decimal(row["unit_price_usd"]),
        expected_total_usd=Decimal(row["expected_total_usd"]),
        balance_before_usd=_decimal(row["balance_before_usd"]),
        created_at=utc.from_text(row["created_at"]),
        state=IntentState(row["state"]),
        order_id=row["order_id"],
        order_number=row["order_number"],
        reason=row["reason"],
        resolved_at=None if resolved is None else utc.from_text(resolved),
    )
