"""Each change of an order's status, with when this computer learnt of it.

Written in the order book's own transactions, wherever the book records a status: a row is added
only when the status differs from the order's last recorded one, so polling answers that change
nothing add nothing. Orders the book had before this table existed start with their status at
the time it was last known (completed, else checked, else placed).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from teleaccounthub.local import utc
from teleaccounthub.local.account import AccountRef

STATUS_HISTORY_MIGRATION = """
    CREATE TABLE order_status_history (
        base_url   TEXT    NOT NULL,
        account    TEXT    NOT NULL,
        order_id   INTEGER NOT NULL,
        seq        INTEGER NOT NULL,
        status     TEXT    NOT NULL,
        changed_at TEXT    NOT NULL,
        PRIMARY KEY (base_url, account, order_id, seq)
    ) WITHOUT ROWID;
    INSERT INTO order_status_history (base_url, account, order_id, seq, status, changed_at)
        SELECT base_url, account, order_id, 1, status,
               COALESCE(completed_at, checked_at, placed_at)
        FROM orders;
"""


@dataclass(frozen=True, slots=True)
class StatusChange:
    status: str
    changed_at: datetime


_LAST = """
    SELECT seq, status FROM order_status_history
    WHERE base_url = ? AND account = ? AND order_id = ? ORDER BY seq DESC LIMIT 1
"""


def note_status(
    db: sqlite3.Connection, account: AccountRef, order_id: int, status: str, moment: datetime
) -> bool:
    """Add ``status`` to the order's history unless it is already its latest; call inside the
    transaction that writes the order. Returns whether a row was added."""
    scope = (account.base_url, account.fingerprint, order_id)
    last = db.execute(_LAST, scope).fetchone()
    if last is not None and last[1] == status:
        return False
    seq = 1 if last is None else int(last[0]) + 1
    db.execute(
        "INSERT INTO order_status_history (base_url, account, order_id, seq, status, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (*scope, seq, status, utc.to_text(moment)),
    )
    return True


def status_history(
    db: sqlite3.Connection, account: AccountRef, order_id: int
) -> list[StatusChange]:
    """The order's statuses, oldest first."""
    rows = db.execute(
        "SELECT status, changed_at FROM order_status_history "
        "WHERE base_url = ? AND account = ? AND order_id = ? ORDER BY seq",
        (account.base_url, account.fingerprint, order_id),
    )
    return [StatusChange(row[0], utc.from_text(row[1])) for row in rows]
