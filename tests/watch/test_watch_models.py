"""The alert and watch tables: one model each, with Column and Role enums, model-tested."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from teleaccounthub.api import Product
from teleaccounthub.local.watches import Condition, Watch
from teleaccounthub.services.formatting import time_text
from teleaccounthub.services.watch import Alert
from teleaccounthub.ui.catalog import product_model
from teleaccounthub.ui.catalog.product_model import ProductModel
from teleaccounthub.ui.watch import alert_model, watch_model
from teleaccounthub.ui.watch.alert_model import AlertModel
from teleaccounthub.ui.watch.watch_model import WatchModel

PRODUCT = Product(56, "Philippines +63", 25, Decimal("0.7245"), "$0.72", "$0.72")
WATCH = Watch(56, 1, "Philippines +63", Condition.price_at_most(Decimal("0.75")), 3, True)
OTHER = Watch(57, 1, "Argentina +54", Condition.back_in_stock())


def test_the_alert_model_lists_the_newest_first_with_time_and_values(
    qtmodeltester: ModelTester,
) -> None:
    model = AlertModel()
    first = Alert(datetime(2026, 12, 1, 12, 0, tzinfo=UTC), WATCH, PRODUCT)
    second = Alert(datetime(2026, 12, 1, 12, 5, tzinfo=UTC), WATCH, PRODUCT)
    model.add(first)
    qtmodeltester.check(model)  # watches every change from here on
    model.add(second)
    assert model.rowCount() == 2
    assert model.index(0, 0).data(alert_model.Role.ALERT) is second
    row = [model.index(0, column).data() for column in alert_model.Column]
    assert row[1:] == [
        "Philippines +63",
        "price at or below $0.75",
        "25 in stock at $0.72 (exactly $0.7245)",
    ]
    assert row[0] == time_text(second.at)


def test_the_alert_model_keeps_the_newest_alerts_only() -> None:
    model = AlertModel()
    alerts = [
        Alert(datetime(2026, 12, 1, 12, 0, second % 60, tzinfo=UTC), WATCH, PRODUCT)
        for second in range(alert_model.MAX_ALERTS + 5)
    ]
    for alert in alerts:
        model.add(alert)
    assert model.rowCount() == alert_model.MAX_ALERTS
    assert model.alert(0) is alerts[-1]
    assert model.alert(alert_model.MAX_ALERTS - 1) is alerts[5]


def test_the_watch_model_shows_the_latest_listing(qtmodeltester: ModelTester) -> None:
    latest: dict[int, Product] = {}
    model = WatchModel(latest.get)
    model.set_watches([WATCH, OTHER])
    qtmodeltester.check(model)
    assert [model.index(row, 0).data() for row in range(2)] == ["Argentina +54", "Philippines +63"]
    assert model.index(1, 0).data(watch_model.Role.WATCH) is WATCH
    assert model.index(0, watch_model.Column.NOW).data() == "Not checked yet"
    latest[56] = PRODUCT
    model.refresh_now()
    assert model.index(1, watch_model.Column.QUANTITY).data() == "3"
    assert model.index(1, watch_model.Column.NOW).data() == (
        "25 in stock at $0.72 (exactly $0.7245) (alerted)"
    )
    model.set_watches([])
    assert model.rowCount() == 0


def test_the_product_table_shows_a_bell_beside_the_star_of_watched_products(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    model = ProductModel()
    other = Product(57, "Argentina +54", 0, Decimal("1.10"), "$1.10", "$1.10")
    model.set_products([PRODUCT, other], frozenset())
    qtmodeltester.check(model)
    changed: list[object] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_watched(frozenset({56}))
    model.set_watched(frozenset({56}))  # the same: no signal
    assert len(changed) == 1
    row = model.row_of(56)
    assert row is not None
    name = model.index(row, product_model.Column.NAME)
    assert name.data(product_model.Role.WATCHED) is True
    assert isinstance(name.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "Watched" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1 - row, product_model.Column.NAME).data(product_model.Role.WATCHED) is False
    filled = name.data(Qt.ItemDataRole.DecorationRole)
    model.set_watched(frozenset())
    outlined = name.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(outlined, QIcon)  # a bell to click stays: outlined when not watched
    assert outlined.cacheKey() != filled.cacheKey()
    # On a selected row the outline is drawn in the highlighted text's colour, not the grey.
    normal = outlined.pixmap(16, QIcon.Mode.Normal).toImage()
    assert outlined.pixmap(16, QIcon.Mode.Selected).toImage() != normal
    assert name.data(product_model.Role.BELL) is True
    assert "Click the bell" in name.data(Qt.ItemDataRole.ToolTipRole)
    qtmodeltester.check(model)


def test_the_product_table_has_no_bells_without_a_watch_feature(qapp: QApplication) -> None:
    model = ProductModel()
    model.set_products([PRODUCT], frozenset())
    name = model.index(0, product_model.Column.NAME)
    assert name.data(Qt.ItemDataRole.DecorationRole) is None
    assert name.data(product_model.Role.BELL) is False
    assert name.data(Qt.ItemDataRole.ToolTipRole) is None
