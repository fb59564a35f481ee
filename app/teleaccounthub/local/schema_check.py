"""Is a database's schema the one its migrations build? Checked after every migration.

The expected schema is not written down twice: it is read from a fresh in-memory database built
from the same migrations, so a migration added later is covered without touching this module.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Sequence

from teleaccounthub.local.migrate import migrate

# table → its columns as (name, declared type, not null, default, primary key position).
Schema = dict[str, tuple[tuple[object, ...], ...]]


class SchemaMismatch(sqlite3.DatabaseError):
    """The tables or columns differ from what the migrations build."""


def schema_of(connection: sqlite3.Connection) -> Schema:
    """The tables (and indexes, by the table they belong to) and their columns."""
    rows = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master "
        "WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    schema: Schema = {}
    for kind, name, table in rows:
        if kind == "table":
            columns = connection.execute(f"PRAGMA table_info({_quoted(name)})").fetchall()
            schema[f"table {name}"] = tuple(tuple(column[1:]) for column in columns)
        else:
            columns = connection.execute(f"PRAGMA index_info({_quoted(name)})").fetchall()
            schema[f"index {name} on {table}"] = tuple(tuple(column[1:]) for column in columns)
    return schema


@functools.lru_cache(maxsize=4)
def expected_schema(migrations: tuple[str, ...]) -> Schema:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(connection, migrations)
        return schema_of(connection)
    finally:
        connection.close()


def check_schema(connection: sqlite3.Connection, migrations: Sequence[str]) -> None:
    """Raise ``SchemaMismatch`` naming the first difference, if there is one."""
    actual = schema_of(connection)
    expected = expected_schema(tuple(migrations))
    if actual == expected:
        return
    missing = sorted(expected.keys() - actual.keys())
    extra = sorted(actual.keys() - expected.keys())
    changed = sorted(k for k in expected.keys() & actual.keys() if expected[k] != actual[k])
    parts = [
        *(f"{name} is missing" for name in missing),
        *(f"{name} is not expected" for name in extra),
        *(f"{name} has other columns" for name in changed),
    ]
    raise SchemaMismatch(f"unexpected schema: {'; '.join(parts)}")


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
