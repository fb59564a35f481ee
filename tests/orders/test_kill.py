"""A process killed with SIGKILL right after a successful checkout still has the order; one killed
while the checkout is in flight leaves an intent that the next start shows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.orders.order_model import Column, outcome_unknown_text
from tests.fixtures.gui import MainWindowFactory
from tests.orders.conftest import CHECKOUT_PATH, posts

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_order_survives_sigkill_right_after_checkout(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    child = buyer(sandbox, tmp_path)
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        while line.strip() == "INTENT":  # the journal's intent, written before the POST
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
        # The intent was resolved in the transaction that recorded the order: nothing to warn of.
        assert book.journal.unresolved(account) == []
    assert posts(sandbox) == 1


def buyer(sandbox: SandboxServer, data_dir: Path, quantity: int = 1) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.orders.checkout_child",
            sandbox.url,
            sandbox.api_key,
            str(data_dir),
            str(quantity),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_purchase_killed_in_flight_is_shown_at_the_next_start(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    # The store takes the order and charges, then its answer never comes: the app is killed.
    sandbox.faults.hang(30.0, path=CHECKOUT_PATH, after_processing=True)
    before = sandbox.balance(sandbox.api_key)
    child = buyer(sandbox, tmp_path, quantity=3)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "INTENT"
        deadline = time.monotonic() + 20
        while sandbox.balance(sandbox.api_key) == before and time.monotonic() < deadline:
            time.sleep(0.02)
        assert sandbox.balance(sandbox.api_key) == before - 3 * Decimal("0.7245")
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        _, errors = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, errors
    sandbox.faults.clear()

    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    qtbot.waitUntil(feature.notice.isVisible, timeout=5000)
    text = feature.notice.label.text()
    assert "A purchase of 3 × Philippines +63 may have gone through at" in text
    qtbot.waitUntil(lambda: "(down $2.17)" in feature.notice.label.text(), timeout=5000)
    assert feature.model.index(0, Column.STATUS).data() == outcome_unknown_text()
    assert feature.model.records() == []  # the order itself was never written down
    assert posts(sandbox) == 1
