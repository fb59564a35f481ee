"""Fixtures of the accounts tests: a sandbox whose orders wait to be completed by the test, and
the window as ``--sandbox`` starts it (the accounts "Demo" and "Demo 2")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local import ApiKeyStore
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.services.session import BuiltinKey, KeySource
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, PHILIPPINES, open_category
from tests.orders.conftest import FAST_POLLING

#: Orders stay "processing" until the test completes them (``sandbox.complete_order``).
WAITING_ORDERS = SandboxConfig(order_delay=3600.0, zip_size=16 * 1024)

DemoWindow = Callable[..., MainWindow]


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    with SandboxServer(WAITING_ORDERS) as server:
        yield server


@pytest.fixture
def demo_window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> DemoWindow:
    """``demo_window(key_store=None)``: the app on the sandbox with both demo accounts."""

    def make(key_store: ApiKeyStore | None = None) -> MainWindow:
        return main_window_factory(
            sandbox.url,
            sandbox.api_key,
            tmp_path / "data",
            key_store=key_store,
            key_source=KeySource.SANDBOX,
            more_keys=(BuiltinKey("Demo 2", sandbox.second_api_key, KeySource.SANDBOX),),
            poll_policy=FAST_POLLING,
            sandbox=True,
        )

    return make


def orders(window: MainWindow) -> OrdersFeature:
    feature = window.findChild(OrdersFeature)
    assert feature is not None
    return feature


def shown_order_ids(window: MainWindow) -> list[int]:
    return sorted(r.order_id for r in orders(window).model.records())


def buy(qtbot: QtBot, window: MainWindow, product_id: int = PHILIPPINES) -> OrderRecord:
    """Buy one of ``product_id`` through the checkout dialog, with the account in use."""
    feature = orders(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(product_id)
    qtbot.waitUntil(lambda: window.balance.current() is not None, timeout=5000)
    qtbot.waitUntil(window.buy_action.isEnabled)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    qtbot.waitUntil(lambda: feature.checkout_dialog is None)
    record: OrderRecord = placed.args[0]
    return record


def wait_for_balance(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: window.balance_label.plain_text() == text, timeout=10_000)
