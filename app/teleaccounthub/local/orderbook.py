"""The local order book: every order this computer knows about, in SQLite.

The API cannot list a customer's orders, so each checkout answer is written here — committed and
synced to disk — before anything else happens with it. Every query is scoped by
(base URL, account fingerprint): two accounts, or the sandbox and the live store, never see each
other's orders. Money is stored as decimal text and read back exactly; times are UTC text.

One connection, used from the GUI thread only; writes are single small transactions.

Polling answers that change nothing are not written (no transaction, no fsync): ``checked_at`` on
disk is when the store's answer last changed the order, or was first recorded (or confirmed on
request, see ``update_many_from_server``); the record returned for an answer carries the answer's
time as ``checked_at`` in memory.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType

from teleaccounthub.api import CheckoutResult, Order
from teleaccounthub.local import utc
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.atomic import atomic_write_text
from teleaccounthub.local.balance_history import BALANCE_HISTORY_MIGRATION, BalanceHistory
from teleaccounthub.local.journal import JOURNAL_MIGRATION, IntentState, PurchaseJournal
from teleaccounthub.local.migrate import SchemaTooNew, migrate, schema_version
from teleaccounthub.local.order_record import (
    COMPLETED,
    FINAL_FAILURES,
    SOURCE_CHECKOUT,
    SOURCE_TRACKED,
    OrderRecord,
)
from teleaccounthub.local.orders_csv import orders_csv
from teleaccounthub.local.schema_check import SchemaMismatch, check_schema
from teleaccounthub.local.status_history import (
    STATUS_HISTORY_MIGRATION,
    StatusChange,
    note_status,
    status_history,
)

__all__ = [
    "MIGRATIONS",
    "OrderBook",
    "OrderBookError",
    "OrderBookUnreadable",
    "OrderRecord",
    "ServerAnswer",
    "StatusChange",
    "UnknownOrder",
]

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE orders (
        base_url          TEXT    NOT NULL,
        account           TEXT    NOT NULL,
        order_id          INTEGER NOT NULL,
        order_number      TEXT    NOT NULL,
        product_id        INTEGER NOT NULL,
        product_name      TEXT    NOT NULL,
        quantity          INTEGER NOT NULL,
        category_id       INTEGER,
        charged_usd       TEXT,
        charged_display   TEXT,
        local_order_id    INTEGER,
        status            TEXT    NOT NULL,
        download_ready    INTEGER NOT NULL CHECK (download_ready IN (0, 1)),
        download_filename TEXT,
        placed_at         TEXT    NOT NULL,
        completed_at      TEXT,
        checked_at        TEXT,
        saved_path        TEXT,
        file_size         INTEGER,
        sha256            TEXT,
        source            TEXT    NOT NULL CHECK (source IN ('checkout', 'tracked')),
        PRIMARY KEY (base_url, account, order_id)
    ) WITHOUT ROWID;
    CREATE INDEX orders_newest_first ON orders (base_url, account, placed_at DESC, order_id DESC);
    """,
    JOURNAL_MIGRATION,
    STATUS_HISTORY_MIGRATION,
    BALANCE_HISTORY_MIGRATION,
    # When the ZIP was saved (a file's modification time is not that: copies and restores
    # change it). Orders saved before this version have none.
    "ALTER TABLE orders ADD COLUMN saved_at TEXT;",
)

_COLUMNS = (
    "base_url, account, order_id, order_number, product_id, product_name, quantity, category_id, "
    "charged_usd, charged_display, local_order_id, status, download_ready, download_filename, "
    "placed_at, completed_at, checked_at, saved_path, file_size, sha256, source, saved_at"
)
_NEWEST_FIRST = "ORDER BY placed_at DESC, order_id DESC"
_SCOPE = "base_url = :base_url AND account = :account"

# What the store says about an order. The store is the authority on these fields; a missing
# download_filename does not erase one it gave before.
_SERVER_FIELDS_ON_CONFLICT = """
    order_number = excluded.order_number,
    product_id = excluded.product_id,
    product_name = excluded.product_name,
    quantity = excluded.quantity,
    status = excluded.status,
    download_ready = excluded.download_ready,
    download_filename = COALESCE(excluded.download_filename, orders.download_filename)
"""

_RECORD_CHECKOUT = f"""
    INSERT INTO orders ({_COLUMNS}) VALUES (
        :base_url, :account, :order_id, :order_number, :product_id, :product_name, :quantity,
        :category_id, :charged_usd, :charged_display, :local_order_id, :status, :download_ready,
        :download_filename, :placed_at, :completed_at, NULL, NULL, NULL, NULL, :source, NULL)
    ON CONFLICT (base_url, account, order_id) DO UPDATE SET
        category_id = COALESCE(excluded.category_id, orders.category_id),
        charged_usd = excluded.charged_usd,
        charged_display = excluded.charged_display,
        local_order_id = excluded.local_order_id,
        source = excluded.source
"""

_FROM_SERVER = f"""
    INSERT INTO orders ({_COLUMNS}) VALUES (
        :base_url, :account, :order_id, :order_number, :product_id, :product_name, :quantity,
        NULL, NULL, NULL, NULL, :status, :download_ready, :download_filename, :now,
        :completed_at, :now, NULL, NULL, NULL, :source, NULL)
    ON CONFLICT (base_url, account, order_id) DO UPDATE SET
        {_SERVER_FIELDS_ON_CONFLICT},
        completed_at = COALESCE(orders.completed_at, excluded.completed_at),
        checked_at = excluded.checked_at
"""

_FINAL = {f"final{i}": status for i, status in enumerate(sorted(FINAL_FAILURES))}
_PROCESSING = (
    f"SELECT {_COLUMNS} FROM orders WHERE {_SCOPE} AND status <> :completed "
    f"AND status NOT IN ({', '.join(':' + name for name in _FINAL)}) {_NEWEST_FIRST}"
)


@dataclass(frozen=True, slots=True)
class ServerAnswer:
    """One answer of the store as the order book took it.

    ``record`` is the order as stored, with the answer's time as ``checked_at``; ``previous`` is
    what the book had before (None for a new order); ``written`` is False when nothing was stored.
    """

    record: OrderRecord
    previous: OrderRecord | None
    written: bool


class OrderBookError(sqlite3.DatabaseError):
    """The order book file cannot be used (not a database, or written by a newer app)."""


class OrderBookUnreadable(OrderBookError):
    """The file is there but is not an order book this app can read: not a database, damaged,
    written by a newer version, or with other tables than the migrations build. Setting it aside
    and starting a new one is safe; retrying is not going to help."""


class UnknownOrder(KeyError):
    """The order book has no such order for this account."""


# Errors that say the file itself is bad; anything else (cannot open, read-only, disk full, locked
# by another program) is about the folder or the moment, and must not get the file set aside.
_UNREADABLE_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class OrderBook:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OrderBookError(f"The order book {path} cannot be opened: {error}") from error
        try:
            self._db = sqlite3.connect(path, isolation_level=None, timeout=2.0)
            self._db.row_factory = sqlite3.Row
        except sqlite3.Error as error:
            raise OrderBookError(f"The order book {path} cannot be opened: {error}") from error
        try:
            # A file with nothing to migrate is checked before anything is written to it, so a
            # bad one is set aside exactly as it was found.
            up_to_date = schema_version(self._db) >= len(MIGRATIONS)
            if up_to_date:
                self._migrate_and_check()
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise OrderBookError(f"The order book {path} cannot use WAL mode (got {mode}).")
            # FULL: a commit is synced to disk before it returns, WAL or not.
            self._db.execute("PRAGMA synchronous = FULL")
            if not up_to_date:
                self._migrate_and_check()
        except sqlite3.Error as error:
            self._db.close()
            if isinstance(error, OrderBookError):
                raise
            kind = OrderBookUnreadable if _unreadable(error) else OrderBookError
            raise kind(f"The order book {path} cannot be opened: {error}") from error
        self.journal = PurchaseJournal(self._db)
        self.balances = BalanceHistory(self._db)

    @classmethod
    def in_memory(cls) -> OrderBook:
        """An empty order book that keeps nothing, for a run whose file cannot be opened at all:
        start-up then disables buying, and the rest of the app works unchanged."""
        book = cls.__new__(cls)
        book.path = Path(":memory:")
        book._db = sqlite3.connect(":memory:", isolation_level=None)
        book._db.row_factory = sqlite3.Row
        migrate(book._db, MIGRATIONS)
        book.journal = PurchaseJournal(book._db)
        book.balances = BalanceHistory(book._db)
        return book

    def _migrate_and_check(self) -> None:
        try:
            migrate(self._db, MIGRATIONS)
        except sqlite3.OperationalError as error:
            # A migration that fails on a database at its version (a table already there, a
            # column missing) means the file is not what its version says.
            if error.sqlite_errorcode == sqlite3.SQLITE_ERROR:
                raise SchemaMismatch(f"a migration does not fit this file: {error}") from error
            raise
        check_schema(self._db, MIGRATIONS)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> OrderBook:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- writes ---------------------------------------------------------------------------------

    def record_checkout(
        self,
        account: AccountRef,
        result: CheckoutResult,
        *,
        category_id: int | None = None,
        placed_at: datetime | None = None,
        intent_id: int | None = None,
    ) -> OrderRecord:
        """Write down a checkout answer. It is committed (durable) before this returns.

        With ``intent_id``, the purchase journal's intent is resolved as placed in the same
        transaction: a crash can leave neither an order without its intent resolved nor the
        reverse.
        """
        order = result.order
        placed = utc.to_text(placed_at if placed_at is not None else utc.utc_now())
        params = {
            **_scope(account),
            **_server_fields(order),
            "category_id": category_id,
            "charged_usd": str(result.charged_usd),
            "charged_display": result.charged_display,
            "local_order_id": result.local_order_id,
            "placed_at": placed,
            "completed_at": placed if order.status == COMPLETED else None,
            "source": SOURCE_CHECKOUT,
        }
        with self._transaction():
            self._db.execute(_RECORD_CHECKOUT, params)
            note_status(self._db, account, order.id, order.status, utc.from_text(placed))
            if intent_id is not None:
                self.journal.resolve(
                    intent_id,
                    IntentState.PLACED,
                    order_id=order.id,
                    order_number=order.order_number,
                )
            return self._get_required(account, order.id)

    def track(
        self, account: AccountRef, order: Order, *, now: datetime | None = None
    ) -> OrderRecord:
        """Add an order placed elsewhere (bot, curl) by what the store says about it.

        Idempotent: tracking a known order only refreshes it. ``placed_at`` of a new entry is the
        time it was added here (the API does not say when an order was placed).
        """
        return self._from_server(account, order, now)

    def update_from_server(
        self, account: AccountRef, order: Order, *, now: datetime | None = None
    ) -> OrderRecord:
        """Store the order's latest status; ``completed_at`` is set the first time it completes.

        An order the book does not have yet is added as tracked. An answer that changes nothing
        stored writes nothing; the returned record then has ``checked_at`` = ``now`` in memory only.
        """
        (answer,) = self.update_many_from_server(account, [order], now=now)
        return answer.record

    def update_many_from_server(
        self,
        account: AccountRef,
        orders: Sequence[Order],
        *,
        now: datetime | None = None,
        confirm: Collection[int] = (),
    ) -> list[ServerAnswer]:
        """Store one polling round's answers in one transaction, or in none if nothing changed.

        An answer is written when it changes a stored field, when the order was never checked,
        or when its id is in ``confirm`` (to persist ``checked_at``). Durable when this returns.
        """
        moment = now if now is not None else utc.utc_now()
        previous = [self.get(account, order.id) for order in orders]
        due = [
            order
            for order, before in zip(orders, previous, strict=True)
            if order.id in confirm or _changes(before, order)
        ]
        if due:
            with self._transaction():
                for order in due:
                    self._db.execute(_FROM_SERVER, _from_server_params(account, order, moment))
                    note_status(self._db, account, order.id, order.status, moment)
        written = {order.id for order in due}
        return [
            self._answer(account, order, before, moment, written=order.id in written)
            for order, before in zip(orders, previous, strict=True)
        ]

    def record_download(
        self,
        account: AccountRef,
        order_id: int,
        path: Path,
        size: int,
        sha256: str,
        *,
        now: datetime | None = None,
    ) -> OrderRecord:
        """Remember where the order's ZIP was saved, its size, its SHA-256 and when (``now``;
        saved again, the latest save is kept)."""
        if size < 0:
            raise ValueError(f"A file size cannot be negative: {size}")
        params = {
            **_scope(account),
            "order_id": order_id,
            "saved_path": str(path),
            "file_size": size,
            "sha256": sha256.lower(),
            "saved_at": utc.to_text(now if now is not None else utc.utc_now()),
        }
        with self._transaction():
            cursor = self._db.execute(
                "UPDATE orders SET saved_path = :saved_path, file_size = :file_size, "
                f"sha256 = :sha256, saved_at = :saved_at WHERE {_SCOPE} AND order_id = :order_id",
                params,
            )
            if cursor.rowcount != 1:
                raise UnknownOrder(order_id)
            return self._get_required(account, order_id)

    # -- reads ----------------------------------------------------------------------------------

    def get(self, account: AccountRef, order_id: int) -> OrderRecord | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM orders WHERE {_SCOPE} AND order_id = :order_id",
            {**_scope(account), "order_id": order_id},
        ).fetchone()
        return None if row is None else _record(row)

    def find_by_number(self, account: AccountRef, order_number: str) -> OrderRecord | None:
        """The account's order with this order number (the one the bot shows), if known here."""
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM orders WHERE {_SCOPE} AND order_number = :number "
            f"{_NEWEST_FIRST} LIMIT 1",
            {**_scope(account), "number": order_number},
        ).fetchone()
        return None if row is None else _record(row)

    def orders(self, account: AccountRef) -> list[OrderRecord]:
        """The account's orders, newest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM orders WHERE {_SCOPE} {_NEWEST_FIRST}", _scope(account)
        )
        return [_record(row) for row in rows]

    def processing(self, account: AccountRef) -> list[OrderRecord]:
        """The account's orders that are not finished yet (``is_processing``), newest first."""
        params = {**_scope(account), **_FINAL, "completed": COMPLETED}
        return [_record(row) for row in self._db.execute(_PROCESSING, params)]

    def status_history(self, account: AccountRef, order_id: int) -> list[StatusChange]:
        """Each status the order had, with when it was first seen here, oldest first."""
        return status_history(self._db, account, order_id)

    def export_csv(self, account: AccountRef, path: Path) -> int:
        """Write the account's orders (newest first) to ``path`` atomically; returns the rows."""
        text, rows = orders_csv(self.orders(account))
        # With a BOM, spreadsheet programs read non-ASCII product names correctly.
        atomic_write_text(path, text, encoding="utf-8-sig")
        return rows

    # -- internals ------------------------------------------------------------------------------

    def _from_server(self, account: AccountRef, order: Order, now: datetime | None) -> OrderRecord:
        moment = now if now is not None else utc.utc_now()
        with self._transaction():
            self._db.execute(_FROM_SERVER, _from_server_params(account, order, moment))
            note_status(self._db, account, order.id, order.status, moment)
            return self._get_required(account, order.id)

    def _answer(
        self,
        account: AccountRef,
        order: Order,
        previous: OrderRecord | None,
        moment: datetime,
        *,
        written: bool,
    ) -> ServerAnswer:
        stored = self._get_required(account, order.id) if written or previous is None else previous
        return ServerAnswer(replace(stored, checked_at=moment), previous, written)

    def _get_required(self, account: AccountRef, order_id: int) -> OrderRecord:
        record = self.get(account, order_id)
        if record is None:
            raise UnknownOrder(order_id)
        return record

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")


def _scope(account: AccountRef) -> dict[str, object]:
    return {"base_url": account.base_url, "account": account.fingerprint}


def _server_fields(order: Order) -> dict[str, object]:
    return {
        "order_id": order.id,
        "order_number": order.order_number,
        "product_id": order.product_id,
        "product_name": order.product_name,
        "quantity": order.quantity,
        "status": order.status,
        "download_ready": int(order.download_ready),
        "download_filename": order.download_filename,
    }


def _from_server_params(account: AccountRef, order: Order, now: datetime) -> dict[str, object]:
    moment = utc.to_text(now)
    return {
        **_scope(account),
        **_server_fields(order),
        "now": moment,
        "completed_at": moment if order.status == COMPLETED else None,
        "source": SOURCE_TRACKED,
    }


def _changes(stored: OrderRecord | None, order: Order) -> bool:
    """Would writing ``order`` change ``stored`` (beyond ``checked_at``)?"""
    if stored is None or stored.checked_at is None:
        return True
    filename = (
        stored.download_filename if order.download_filename is None else order.download_filename
    )
    return (
        stored.order_number,
        stored.product_id,
        stored.product_name,
        stored.quantity,
        stored.status,
        stored.download_ready,
        stored.download_filename,
        stored.completed_at is None and order.status == COMPLETED,
    ) != (
        order.order_number,
        order.product_id,
        order.product_name,
        order.quantity,
        order.status,
        order.download_ready,
        filename,
        False,
    )


def _optional_time(text: str | None) -> datetime | None:
    return None if text is None else utc.from_text(text)


def _record(row: sqlite3.Row) -> OrderRecord:
    charged_usd = row["charged_usd"]
    return OrderRecord(
        base_url=row["base_url"],
        account=row["account"],
        order_id=row["order_id"],
        order_number=row["order_number"],
        product_id=row["product_id"],
        product_name=row["product_name"],
        quantity=row["quantity"],
        category_id=row["category_id"],
        charged_usd=None if charged_usd is None else Decimal(charged_usd),
        charged_display=row["charged_display"],
        local_order_id=row["local_order_id"],
        status=row["status"],
        download_ready=bool(row["download_ready"]),
        download_filename=row["download_filename"],
        placed_at=utc.from_text(row["placed_at"]),
        completed_at=_optional_time(row["completed_at"]),
        checked_at=_optional_time(row["checked_at"]),
        saved_path=row["saved_path"],
        file_size=row["file_size"],
        sha256=row["sha256"],
        source=row["source"],
        saved_at=_optional_time(row["saved_at"]),
    )


def _unreadable(error: sqlite3.Error) -> bool:
    if isinstance(error, SchemaTooNew | SchemaMismatch):
        return True
    return getattr(error, "sqlite_errorcode", None) in _UNREADABLE_CODES
