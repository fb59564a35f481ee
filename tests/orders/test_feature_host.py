"""The orders feature needs only a ``WindowHost``: the main window is one, and so is a fake."""

from __future__ import annotations

import ast
import asyncio
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

import teleaccounthub
from teleaccounthub.api import Unauthorized
from teleaccounthub.local import DataDir, SessionKeyStore, Settings
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.app_services import AppServices, create_services
from teleaccounthub.services.checkout import OutcomeKind
from teleaccounthub.services.order_services import OrderServices, create_order_services
from teleaccounthub.ui.orders.feature import OrdersFeature, install_orders
from tests.orders.conftest import FAST_POLLING, posts, run
from tests.orders.fake_host import FakeHost

ROOT = Path(__file__).resolve().parents[2]
UI = Path(teleaccounthub.__file__).parent / "ui"
ASIA = 1
PHILIPPINES = 56
BAD_KEY = "tgsk_not_a_real_key_0000000000000000"


@dataclass
class Hosted:
    host: FakeHost
    services: AppServices
    orders: OrderServices
    feature: OrdersFeature


def open_services(sandbox: SandboxServer, data_dir: Path, api_key: str) -> AppServices:
    folder = DataDir(data_dir)
    return create_services(
        sandbox.url,
        folder,
        Settings(folder.settings_file),
        SessionKeyStore(),
        api_key=api_key,
        max_retries=0,
    )


def close_services(qtbot: QtBot, services: AppServices, orders: OrderServices) -> None:
    run(qtbot, orders.aclose())
    run(qtbot, services.aclose())
    shiboken6.delete(services.session)


@pytest.fixture
def hosted(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> Iterator[Hosted]:
    services = open_services(sandbox, tmp_path / "data", sandbox.api_key)
    orders = create_order_services(services, policy=FAST_POLLING)
    host = FakeHost()
    feature = install_orders(host, services, orders)
    host.show()
    try:
        yield Hosted(host, services, orders, feature)
    finally:
        host.close_window()
        shiboken6.delete(host)
        close_services(qtbot, services, orders)


def test_the_feature_plugs_into_the_host_through_its_calls_only(hosted: Hosted) -> None:
    host, feature = hosted.host, hosted.feature
    assert host.panels == [feature.area]
    assert host.notices == [feature.notice]
    assert host.status_widgets == [feature.summary_label]
    assert host.menus == {"orders": [feature.panel.track_action, feature.panel.export_action]}
    assert feature.parent() is host
    assert not host.action("downloadAction").isEnabled()  # no order selected


def test_buying_through_a_fake_host_blocks_buying_with_a_reason(
    qtbot: QtBot, hosted: Hosted, sandbox: SandboxServer
) -> None:
    host, feature = hosted.host, hosted.feature
    listing = run(qtbot, hosted.services.session.client().products(ASIA))
    host.product = next(p for p in listing.products if p.product_id == PHILIPPINES)
    host.category_id = ASIA

    host.buy_requested.emit(host.product)
    dialog = feature.checkout_dialog
    assert dialog is not None
    assert dialog.parent() is host
    with qtbot.waitSignal(feature.checkout.finished, timeout=5000) as finished:
        dialog.confirm()
    outcome = finished.args[0]
    assert outcome.kind is OutcomeKind.PLACED
    assert outcome.request.category_id == ASIA
    assert posts(sandbox) == 1
    # Blocked while the purchase was in flight, with the reason; lifted with "" once answered.
    assert host.buy_blocks == ["A purchase is being sent to the store. Wait for its answer.", ""]
    assert outcome.message in host.statuses

    # The window's named action is the feature's: enabled once the selected order is ready.
    download = host.action("downloadAction")
    qtbot.waitUntil(download.isEnabled, timeout=5000)
    assert feature.panel.selected_record() is not None

    track = feature.open_track_dialog()
    assert track.parent() is host
    host.close_window()  # the host's closed signal closes what the feature opened
    qtbot.waitUntil(lambda: feature.track_dialog is None, timeout=1000)


@pytest.mark.expected_log(r"^Unauthorized: Invalid API key")
def test_a_refused_key_reaches_the_session_once(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, sandbox: SandboxServer, tmp_path: Path
) -> None:
    services = open_services(sandbox, tmp_path / "data", BAD_KEY)
    orders = create_order_services(services)
    reports: list[str] = []
    services.session.unauthorized.connect(reports.append)
    try:
        for _ in range(2):
            with pytest.raises(Unauthorized):
                run(qtbot, orders.tracker.track_by_id(74))
        assert reports == ["Invalid API key."]
        assert services.session.key_refused()
    finally:
        close_services(qtbot, services, orders)


def test_main_window_and_fake_host_satisfy_the_protocol_and_a_bare_widget_does_not(
    tmp_path: Path,
) -> None:
    bare = tmp_path / "bare_widget.py"
    bare.write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "from teleaccounthub.ui.host import WindowHost\n\n\n"
        "def bare(widget: QWidget) -> WindowHost:\n"
        "    return widget\n"
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", str(Path(__file__).with_name("host_conformance.py")), bare],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
    # The bare widget proves mypy checked the protocol; nothing else may be reported.
    assert len(errors) == 1, checked.stdout
    assert f"{bare.name}:" in errors[0], checked.stdout  # its path may be mypy's cached one
    assert '"WindowHost"' in errors[0]


@pytest.mark.parametrize("path", [UI / "orders", UI / "startup_problem.py"], ids=lambda p: p.name)
def test_features_never_import_the_main_window(path: Path) -> None:
    sources = sorted(path.rglob("*.py")) if path.is_dir() else [path]
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert "main_window" not in node.module, source
            if isinstance(node, ast.Import):
                assert all("main_window" not in a.name for a in node.names), source
