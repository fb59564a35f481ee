"""A process killed with SIGKILL right after a successful checkout still has the order."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.store.account import AccountRef
from teleaccounthub.store.orderbook import OrderBook
from tests.orders.conftest import posts

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_order_survives_sigkill_right_after_checkout(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.orders.checkout_child",
            sandbox.url,
            sandbox.api_key,
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        _, errors = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, errors
    assert line.startswith("RECORDED "), (line, errors)
    order_id = int(line.split()[1])

    with OrderBook(tmp_path / "orders.sqlite3") as book:
        account = AccountRef.from_key(sandbox.url, sandbox.api_key)
        orders = book.orders(account)
        assert [r.order_id for r in orders] == [order_id]
        assert orders[0].source == "checkout"
        assert orders[0].is_processing  # resumed by the tracker at the next start
    assert posts(sandbox) == 1
