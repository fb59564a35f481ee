"""Setting a broken file aside: renamed with its companions, never deleted, never overwritten."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from teleaccounthub.local.set_aside import SQLITE_COMPANIONS, set_aside

NOW = datetime(2026, 12, 1, 12, 3, 4, tzinfo=UTC)


def test_the_file_and_its_companions_move_under_one_time_stamped_name(tmp_path: Path) -> None:
    db = tmp_path / "orders.sqlite3"
    db.write_bytes(b"main")
    (tmp_path / "orders.sqlite3-wal").write_bytes(b"wal")
    (tmp_path / "orders.sqlite3-shm").write_bytes(b"shm")
    aside = set_aside(db, companions=SQLITE_COMPANIONS, now=NOW)
    assert aside == tmp_path / "orders.sqlite3.broken-20261201T120304Z"
    assert aside.read_bytes() == b"main"
    assert (tmp_path / "orders.sqlite3.broken-20261201T120304Z-wal").read_bytes() == b"wal"
    assert (tmp_path / "orders.sqlite3.broken-20261201T120304Z-shm").read_bytes() == b"shm"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "orders.sqlite3.broken-20261201T120304Z",
        "orders.sqlite3.broken-20261201T120304Z-shm",
        "orders.sqlite3.broken-20261201T120304Z-wal",
    ]


def test_a_name_already_taken_gets_a_counter_and_nothing_is_overwritten(tmp_path: Path) -> None:
    db = tmp_path / "orders.sqlite3"
    taken = tmp_path / "orders.sqlite3.broken-20261201T120304Z"
    taken.write_bytes(b"first")
    (tmp_path / "orders.sqlite3.broken-20261201T120304Z-2-wal").write_bytes(b"someone's wal")
    db.write_bytes(b"second")
    (tmp_path / "orders.sqlite3-wal").write_bytes(b"second wal")
    aside = set_aside(db, companions=SQLITE_COMPANIONS, now=NOW)
    # -2 is taken by a companion name, so -3: the set never mixes files of two databases.
    assert aside.name == "orders.sqlite3.broken-20261201T120304Z-3"
    assert aside.read_bytes() == b"second"
    assert (tmp_path / "orders.sqlite3.broken-20261201T120304Z-3-wal").read_bytes() == b"second wal"
    assert taken.read_bytes() == b"first"
    wal_2 = tmp_path / "orders.sqlite3.broken-20261201T120304Z-2-wal"
    assert wal_2.read_bytes() == b"someone's wal"
    assert not db.exists()
