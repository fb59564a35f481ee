"""SQLite schema migrations numbered by ``PRAGMA user_version``.

Migration *n* (1-based) is the SQL script that brings a database from version n-1 to n. Each one
runs in its own transaction together with the version bump, so a failure leaves the database at
the previous version, never in between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


class SchemaTooNew(sqlite3.DatabaseError):
    """The database was written by a newer version of the app."""


def schema_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(connection: sqlite3.Connection, migrations: Sequence[str]) -> int:
    """Apply the migrations the database has not had yet; returns the final version.

    ``connection`` must be in autocommit mode (``isolation_level=None``).
    """
    current = schema_version(connection)
    if current > len(migrations):
        raise SchemaTooNew(
            f"The database has schema version {current}, but this version of the app only knows "
            f"up to {len(migrations)}. Use a newer version of the app."
        )
    for version, script in enumerate(migrations[current:], start=current + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version:d};\nCOMMIT;"
            )
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    return schema_version(connection)
