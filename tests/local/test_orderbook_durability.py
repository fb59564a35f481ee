"""A checkout is on disk when record_checkout returns: nothing that happens next can lose it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from tests.local.builders import API_KEY, LIVE_URL, checkout

ACCOUNT = AccountRef.from_key(LIVE_URL, API_KEY)

# The child records the checkout from the API's own JSON, says so, then waits to be killed.
CHILD = """
import json, sys
from decimal import Decimal
from pathlib import Path
from teleaccounthub.api import CheckoutResult
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook

answer = json.loads(sys.argv[3], parse_float=Decimal)
book = OrderBook(Path(sys.argv[1]))
account = AccountRef.from_key(sys.argv[2], sys.argv[4])
book.record_checkout(account, CheckoutResult.from_json(answer))
sys.stdout.write("recorded\\n")
sys.stdout.flush()
sys.stdin.read()
"""

ANSWER = (
    '{"ok": true, "order": {"id": 74, "order_number": "10094", "status": "processing", '
    '"product_id": 2281, "product_name": "Nigeria +234", "quantity": 1, '
    '"download_ready": false}, "local_order_id": 376, "charged_usd": 0.299, '
    '"charged_display": "$0.30"}'
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_recorded_checkout_survives_sigkill_right_after(tmp_path: Path) -> None:
    db_path = tmp_path / "orders.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), LIVE_URL, ANSWER, API_KEY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()
    assert line == "recorded\n"

    with OrderBook(db_path) as book:
        record = book.get(ACCOUNT, 74)
        assert record is not None
        assert record.charged_usd == Decimal("0.299")
        assert record.order_number == "10094"
        assert record.local_order_id == 376
        assert [r.order_id for r in book.processing(ACCOUNT)] == [74]


def test_another_connection_sees_the_checkout_as_soon_as_it_returns(tmp_path: Path) -> None:
    db_path = tmp_path / "orders.sqlite3"
    with OrderBook(db_path) as book:
        book.record_checkout(ACCOUNT, checkout(74))
        other = sqlite3.connect(db_path)
        try:
            rows = other.execute("SELECT order_id, charged_usd FROM orders").fetchall()
        finally:
            other.close()
        assert rows == [(74, "0.299")]
        assert not book._db.in_transaction
