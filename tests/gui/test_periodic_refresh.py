"""The periodic balance and catalog refreshes survive a round that fails in an unforeseen way:
logged, shown once, and the next rounds still run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.balance import BalanceService
from teleaccounthub.services.catalog import CatalogService
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, open_category

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"
BALANCE_PATH = "/api/v1/balance"


def broken_for(times: int, real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, except that its first ``times`` calls raise (a bug in one round)."""
    calls = [0]

    def call(*args: Any) -> Any:
        calls[0] += 1
        if calls[0] <= times:
            raise RuntimeError("a bug in one round")
        return real(*args)

    return call


@pytest.mark.expected_log(r"^Refreshing the balance failed: RuntimeError")
def test_the_balance_refresh_goes_on_after_failing_rounds(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    balance = window.balance
    qtbot.waitUntil(lambda: balance.current() is not None, timeout=5000)
    assert balance.auto_refreshing()
    monkeypatch.setattr(BalanceService, "_set", broken_for(2, BalanceService._set))
    shown: list[str] = []
    balance.failed.connect(lambda error: shown.append(error.message))

    with caplog.at_level(logging.INFO):
        balance.periodic.wake()
        qtbot.waitUntil(lambda: balance.periodic.failures == 1, timeout=5000)
        balance.periodic.wake()
        qtbot.waitUntil(lambda: balance.periodic.failures == 2, timeout=5000)
        assert balance.auto_refreshing()
        asked = sum(r.path == BALANCE_PATH for r in sandbox.requests)
        balance.periodic.wake()  # this round works
        qtbot.waitUntil(lambda: balance.periodic.failures == 0, timeout=5000)
    assert sum(r.path == BALANCE_PATH for r in sandbox.requests) == asked + 1
    assert shown == ["The balance could not be refreshed (RuntimeError); it is tried again later."]
    assert balance.auto_refreshing()
    mine = [r for r in caplog.records if "Refreshing the balance" in r.getMessage()]
    assert [r.levelno for r in mine] == [logging.WARNING, logging.INFO]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.expected_log(r"^Refreshing the catalog failed: RuntimeError")
def test_the_catalog_refresh_goes_on_after_failing_rounds(
    qtbot: QtBot,
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path)
    catalog = window.catalog
    open_category(qtbot, window, ASIA)
    qtbot.waitUntil(lambda: not catalog.is_loading(), timeout=5000)
    monkeypatch.setattr(
        CatalogService, "_set_categories", broken_for(1, CatalogService._set_categories)
    )
    shown: list[str] = []
    catalog.failed.connect(lambda failure: shown.append(failure.error.message))
    before = sum(r.path == CATEGORIES_PATH for r in sandbox.requests)

    catalog.periodic.wake()
    qtbot.waitUntil(lambda: catalog.periodic.failures == 1, timeout=5000)
    assert catalog.auto_refreshing()
    with qtbot.waitSignal(catalog.refreshed, timeout=5000):
        catalog.periodic.wake()
    qtbot.waitUntil(lambda: catalog.periodic.failures == 0, timeout=5000)
    assert shown == ["The catalog could not be refreshed (RuntimeError); it is tried again later."]
    assert sum(r.path == CATEGORIES_PATH for r in sandbox.requests) == before + 2
