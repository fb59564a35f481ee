"""The balance over time: a snapshot each time it is fetched, for the insights' balance line.

Snapshots are kept per (base URL, account fingerprint), the amount as exact decimal text. A fetch
that finds the same amount as the last snapshot less than ``SAME_AMOUNT_INTERVAL`` ago adds
nothing: the periodic refresh would otherwise write a row a minute with nothing new in it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Final

from teleaccounthub.local import utc
from teleaccounthub.local.account import AccountRef

BALANCE_HISTORY_MIGRATION = """
    CREATE TABLE balance_snapshots (
        base_url    TEXT NOT NULL,
        account     TEXT NOT NULL,
        taken_at    TEXT NOT NULL,
        balance_usd TEXT NOT NULL,
        PRIMARY KEY (base_url, account, taken_at)
    ) WITHOUT ROWID;
"""

SAME_AMOUNT_INTERVAL: Final = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class BalanceSnapshot:
    taken_at: datetime
    balance_usd: Decimal


class BalanceHistory:
    """The balance snapshots in the order book's database (its connection, GUI thread only)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def record(
        self, account: AccountRef, balance_usd: Decimal, *, now: datetime | None = None
    ) -> bool:
        """Keep a snapshot of ``balance_usd``; returns False when it added nothing new."""
        if not balance_usd.is_finite():
            raise ValueError(f"A balance must be a finite amount, not {balance_usd}")
        moment = now if now is not None else utc.utc_now()
        last = self.latest(account)
        if (
            last is not None
            and last.balance_usd == balance_usd
            and timedelta(0) <= moment - last.taken_at < SAME_AMOUNT_INTERVAL
        ):
            return False
        self._db.execute(
            "INSERT OR REPLACE INTO balance_snapshots (base_url, account, taken_at, balance_usd) "
            "VALUES (?, ?, ?, ?)",
            (account.base_url, account.fingerprint, utc.to_text(moment), format(balance_usd, "f")),
        )
        return True

    def latest(self, account: AccountRef) -> BalanceSnapshot | None:
        rows = self._select(account, "ORDER BY taken_at DESC LIMIT 1", ())
        return rows[0] if rows else None

    def since(self, account: AccountRef, start: datetime | None = None) -> list[BalanceSnapshot]:
        """The account's snapshots from ``start`` on (all without), oldest first."""
        if start is None:
            return self._select(account, "ORDER BY taken_at", ())
        return self._select(account, "AND taken_at >= ? ORDER BY taken_at", (utc.to_text(start),))

    def _select(
        self, account: AccountRef, tail: str, extra: tuple[object, ...]
    ) -> list[BalanceSnapshot]:
        rows = self._db.execute(
            "SELECT taken_at, balance_usd FROM balance_snapshots "
            f"WHERE base_url = ? AND account = ? {tail}",
            (account.base_url, account.fingerprint, *extra),
        )
        snapshots = []
        for taken_at, amount in rows:
            try:
                snapshots.append(BalanceSnapshot(utc.from_text(taken_at), Decimal(amount)))
            except (ValueError, InvalidOperation):
                continue  # a row changed by hand outside the app: skipped, not fatal
        return snapshots
