"""The watch feature in the whole app on the sandbox: watch a sold-out product, restock it
through the sandbox's control endpoint, see the alert, and "Buy…" opens a pre-filled checkout
that sends nothing by itself."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from teleaccounthub.local.watches import Condition
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.watch import Alert
from teleaccounthub.ui.catalog.product_model import Column, Role
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.watch.feature import WatchFeature
from teleaccounthub.ui.watch.watch_dialog import WatchDialog
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import open_category
from tests.watch.helpers import ASIA, PHILIPPINES, product_requests

CHECKOUT = "/api/v1/securetd/checkout"


def feature_of(window: MainWindow) -> WatchFeature:
    feature = window.findChild(WatchFeature)
    assert feature is not None
    return feature


def restock(sandbox: SandboxServer, product_id: int, **change: object) -> dict[str, object]:
    """What a person does: POST to the sandbox's control endpoint (README, "Sandbox")."""
    answer = httpx.post(f"{sandbox.url}/sandbox/control/products/{product_id}", json=change)
    assert answer.status_code == 200, answer.text
    product: dict[str, object] = answer.json()["product"]
    return product


def posts(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox.requests if r.method == "POST" and r.path == CHECKOUT)


def test_watch_restock_alert_and_buy_opens_a_prefilled_dialog_without_buying(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.set_stock(PHILIPPINES, 0)
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    product = window.selected_product()
    assert product is not None
    assert product.total_stock == 0

    # The product's context menu offers "Watch…" (the feature's section).
    menu = QMenu()
    feature._menu_section(menu, product)
    assert [a.text() for a in menu.actions()] == ["Watch…"]
    menu.actions()[0].trigger()
    dialog = feature.dialog
    assert isinstance(dialog, WatchDialog)
    heading = dialog.findChild(QLabel, "watchProductLabel")
    assert heading is not None
    assert "Now: 0 in stock at $0.72" in heading.text()
    dialog.quantity_edit.setText("3")
    dialog.confirm()
    assert [w.product_id for w in feature.service.watches()] == [PHILIPPINES]
    model = window.products.model
    row = model.row_of(PHILIPPINES)
    assert row is not None
    assert model.index(row, Column.NAME).data(Role.WATCHED) is True
    filled = model.index(row, Column.NAME).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(filled, QIcon)
    assert model.index(row, Column.STAR).data(Qt.ItemDataRole.DecorationRole) is None
    other = 0 if row else 1
    outlined = model.index(other, Column.NAME).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(outlined, QIcon)  # every row has a bell to click; not watched: outlined
    assert outlined.cacheKey() != filled.cacheKey()
    assert feature.status_button.text() == "Watching 1 product"

    alerts: list[Alert] = []
    feature.service.alert.connect(alerts.append)
    assert restock(sandbox, PHILIPPINES, stock=25, price="0.70")["total_stock"] == 25
    asked = product_requests(sandbox)
    window.catalog.refresh()  # the watch checks the catalog's listing: no request of its own
    qtbot.waitUntil(lambda: bool(alerts), timeout=10_000)
    assert product_requests(sandbox) == asked + 1
    alert = alerts[0]
    assert (alert.stock, alert.price) == (25, Decimal("0.7"))
    assert feature.alerts.rowCount() == 1
    assert "25 in stock at $0.70" in feature.alerts.index(0, 3).data()
    assert "is back in stock" in window.statusBar().currentMessage()  # no tray offscreen
    assert feature.status_button.text() == "Watch alerts: 1"
    assert feature.watch_model.index(0, 3).data() == "25 in stock at $0.70 (alerted)"

    # Later the price and stock change again, unseen by the app: Buy… reads them from the
    # store first (one products request), not from the alert.
    restock(sandbox, PHILIPPINES, stock=7, price="0.71")
    asked = product_requests(sandbox)
    feature.window_.show_alerts()
    qtbot.waitUntil(feature.window_.buy_button.isEnabled)
    feature.window_.buy_button.click()
    orders = window.findChild(OrdersFeature)
    assert orders is not None
    qtbot.waitUntil(lambda: orders.checkout_dialog is not None, timeout=10_000)
    assert product_requests(sandbox) == asked + 1
    assert len(alerts) == 1  # still in stock: no second alert
    checkout = orders.checkout_dialog
    assert isinstance(checkout, CheckoutDialog)
    assert checkout.product.total_stock == 7
    assert checkout.product.retail_price_usd == Decimal("0.71")
    assert checkout.quantity == 3
    assert checkout.note_label.text().startswith("Back in stock: 7 in stock now at $0.71 each")
    assert checkout.isVisible()
    assert posts(sandbox) == 0
    checkout.reject()
    assert posts(sandbox) == 0


def test_watches_of_the_app_survive_a_restart_and_a_corrupt_file_is_said(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = main_window_factory(sandbox.url, sandbox.api_key, data)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    window.action("watchAction").trigger()
    dialog = feature_of(window).dialog
    assert dialog is not None
    dialog.condition_combo.setCurrentIndex(2)
    dialog.threshold_edit.setText("20000")
    dialog.confirm()
    main_window_factory.close(window)

    again = main_window_factory(sandbox.url, sandbox.api_key, data)
    watches = feature_of(again).service.watches()
    assert [(w.product_id, w.condition.stock) for w in watches] == [(PHILIPPINES, 20000)]
    main_window_factory.close(again)

    (data / "watches.json").write_text("{not json", "utf-8")
    broken = main_window_factory(sandbox.url, sandbox.api_key, data)
    assert feature_of(broken).service.watches() == []
    assert "set aside" in broken.banner.label.text()
    assert any(p.name.startswith("watches.json.broken-") for p in data.iterdir())


def test_every_control_of_the_watch_windows_has_an_accessible_name(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    product = window.selected_product()
    assert product is not None
    dialog = feature.open_watch_dialog(product.product_id, ASIA, product)
    feature.window_.show_alerts()
    for parent in (feature.window_, dialog):
        unnamed = [
            f"{type(w).__name__} {w.objectName()!r}"
            for w in parent.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit | QLabel | QComboBox | QAbstractItemView)
            and not isinstance(w, QHeaderView)
            and not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not (isinstance(w, QLabel) and w.text() and not w.objectName())
            and not w.objectName().startswith("qt_")
            and not isinstance(w.parent(), QLineEdit)
            and w.window() is parent  # not Qt's own popups (a combo box's list)
        ]
        assert unnamed == [], parent.objectName()


def test_an_alerts_buy_opens_nothing_when_todays_price_cannot_be_read(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.set_stock(PHILIPPINES, 0)
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    feature = feature_of(window)
    open_category(qtbot, window, ASIA)
    assert window.products.select_product(PHILIPPINES)
    product = window.selected_product()
    assert product is not None
    feature.service.watch(PHILIPPINES, ASIA, product.product_name, Condition.back_in_stock())
    alerts: list[Alert] = []
    feature.service.alert.connect(alerts.append)
    restock(sandbox, PHILIPPINES, stock=5)
    window.catalog.refresh()
    qtbot.waitUntil(lambda: bool(alerts), timeout=10_000)

    sandbox.faults.status(503, path=f"/api/v1/catalog/securetd/categories/{ASIA}/products")
    feature.buy(alerts[0])
    qtbot.waitUntil(
        lambda: "could not be read, so nothing was opened" in window.statusBar().currentMessage(),
        timeout=10_000,
    )
    orders = window.findChild(OrdersFeature)
    assert orders is not None
    assert orders.checkout_dialog is None
    assert posts(sandbox) == 0
