"""``--self-test``: the whole purchase through the real widgets, one line per step."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from teleaccounthub.local.keyring_store import KeyringKeyStore
from teleaccounthub.selftest import Report, StepFailed, _keyring_backend

STEPS = [
    "sandbox",
    "catalog",
    "balance",
    "buy",
    "poll",
    "download",
    "keyring",
    "translations",
    "event loop",
]


@pytest.mark.slow
def test_self_test_passes_every_step_and_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TELEACCOUNTHUB_API_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "teleaccounthub", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    passed = [line.split(":")[0] for line in result.stdout.splitlines() if line.startswith("PASS")]
    if KeyringKeyStore().available():
        assert result.returncode == 0, result.stdout + result.stderr
        assert passed == [f"PASS {step}" for step in STEPS]
        assert "self-test passed: 9 steps" in result.stdout
    else:  # no keyring here (keyring's fail backend): said honestly, and the self-test fails
        assert result.returncode == 1, result.stdout + result.stderr
        assert passed == [f"PASS {step}" for step in STEPS if step != "keyring"]
        assert "FAIL keyring: no system keyring (" in result.stdout
        assert "self-test FAILED: 1 of 9 steps failed" in result.stdout
    # The self-test buys in a throw-away folder: nothing lands in the data dir's order book.
    assert not (tmp_path / "orders.sqlite3").exists()


async def test_a_failing_step_is_reported_in_one_line_and_counted() -> None:
    out = io.StringIO()
    report = Report(out)

    async def broken() -> str:
        raise StepFailed("the order never completed")

    async def fine() -> str:
        return "ok"

    assert not await report.step("poll", broken)
    assert await report.step("keyring", fine)
    assert report.failed == ["poll"]
    assert report.passed == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "FAIL poll: the order never completed"
    assert lines[1].startswith("PASS keyring: ok (")


async def test_no_keyring_fails_the_keyring_step_in_words() -> None:
    from keyring.backends import fail

    out = io.StringIO()
    report = Report(out)
    assert not await report.step(
        "keyring", lambda: _keyring_backend(KeyringKeyStore(fail.Keyring()))
    )
    line = out.getvalue().strip()
    assert line.startswith("FAIL keyring: no system keyring (fail Keyring)"), line
    assert "PASS" not in line
