"""Any size: the window fits the screen it opens on, a small window shrinks the sidebar too,
the order list never scrolls sideways, headers leave room for the sort arrow."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionHeader
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.ui import window_state
from teleaccounthub.ui.catalog.product_model import Column as ProductColumn
from teleaccounthub.ui.catalog.product_panel import SORT_ARROW_ROOM
from teleaccounthub.ui.orders.order_model import Column as OrderColumn
from teleaccounthub.ui.orders.order_model import placed_text
from teleaccounthub.ui.orders.orders_panel import NARROW_LIST, PRODUCT_ROOM, STEP_ASIDE
from teleaccounthub.ui.widgets.adaptive_splitter import HYSTERESIS_PX, AdaptiveSplitter
from tests.fixtures.gui import MainWindowFactory
from tests.gui.test_keyboard import three_orders
from tests.orders.test_orders_window import orders

#: 1400×900 at QT_SCALE_FACTOR=1.5, less a 30 px panel: what Qt says is available.
SCALED_SCREEN = QRect(0, 0, 933, 580)


def inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_a_window_too_big_for_the_screen_is_made_to_fit(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path, start=False)
    window.resize(1770, 1140)
    window.move(200, 100)
    assert window.fit_to_screen(SCALED_SCREEN)
    assert inside(SCALED_SCREEN, window.frameGeometry())
    assert window.width() <= SCALED_SCREEN.width()
    assert window.height() <= SCALED_SCREEN.height()
    assert not window.fit_to_screen(SCALED_SCREEN)  # once it fits, nothing moves


def test_the_window_opens_inside_a_small_screen_restored_or_not(
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A layout saved on a big screen ...
    big = main_window_factory(sandbox.url, None, tmp_path, start=False)
    big.resize(1300, 850)
    main_window_factory.close(big)
    assert window_state.load_bytes(big.settings, window_state.GEOMETRY) is not None
    # ... restored on a small one; and the default size on it.
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SCALED_SCREEN)
    for data in (tmp_path, tmp_path / "fresh"):
        window = main_window_factory(sandbox.url, None, data, start=False)
        qtbot.waitUntil(lambda w=window: inside(SCALED_SCREEN, w.frameGeometry()))  # type: ignore[misc]
        assert window.minimumWidth() <= SCALED_SCREEN.width()


def test_a_small_window_shrinks_the_sidebar_and_the_orders_fit_their_width(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path, start=False)
    window.resize(1180, 760)
    qtbot.waitUntil(lambda: window.width() == 1180)
    wide = window.categories.width()
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert window.categories.width() < wide
    table = orders(window).panel.table
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    # Narrow: "Saved to" steps aside so the product name keeps room (elided, not cut).
    qtbot.waitUntil(lambda: table.isColumnHidden(OrderColumn.SAVED))
    assert header.sectionSize(OrderColumn.PRODUCT) >= 80
    # The order details went below the list to leave it the width.
    assert orders(window).area.orientation() == Qt.Orientation.Vertical


def test_the_orders_and_their_details_stand_side_by_side_only_when_there_is_room(
    qtbot: QtBot,
) -> None:
    splitter = AdaptiveSplitter(600)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("list"))
    splitter.addWidget(QLabel("details"))
    splitter.resize(900, 300)
    splitter.show()
    qtbot.waitUntil(lambda: splitter.width() == 900)
    assert splitter.orientation() == Qt.Orientation.Horizontal
    splitter.resize(599, 300)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Vertical)
    splitter.resize(600 + HYSTERESIS_PX - 1, 300)  # within the hysteresis: no flip back yet
    qtbot.waitUntil(lambda: splitter.width() == 600 + HYSTERESIS_PX - 1)
    assert splitter.orientation() == Qt.Orientation.Vertical
    splitter.resize(600 + HYSTERESIS_PX, 300)
    qtbot.waitUntil(lambda: splitter.orientation() == Qt.Orientation.Horizontal)


def test_placed_is_short_and_says_the_year_only_when_another() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    this_year = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
    last_year = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
    assert placed_text(this_year, now).startswith("4 Mar ")
    assert "2026" not in placed_text(this_year, now)
    assert placed_text(last_year, now).endswith(" 2025")


def test_numeric_headers_leave_room_for_the_sort_arrow(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path, start=False)
    header = window.products.table.horizontalHeader()
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, QStyleOptionHeader())
    assert arrow + 4 <= SORT_ARROW_ROOM
    metrics = header.fontMetrics()
    for column, title in ((ProductColumn.STOCK, "Stock"), (ProductColumn.PRICE, "Price")):
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + SORT_ARROW_ROOM
    assert f"padding-right: {SORT_ARROW_ROOM}px" in header.styleSheet()


def test_a_narrow_order_list_leaves_out_what_the_details_say_and_never_cuts_a_column(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Beside the details pane (a 1180 px window) the list is about 470 px wide."""
    panel, _records = three_orders(qtbot, tmp_path)
    table = panel.table
    header = table.horizontalHeader()
    stepped_aside = []
    for width in (1100, 650, 560, 520, 470, 420):
        panel.resize(width, 300)
        qtbot.waitUntil(lambda w=width: panel.width() == w)  # type: ignore[misc]
        qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
        assert table.isColumnHidden(OrderColumn.SAVED) == (width < NARROW_LIST)
        aside = [c for c in STEP_ASIDE if table.isColumnHidden(c)]
        assert aside == list(STEP_ASIDE[: len(aside)])  # the order id first, then Placed
        if len(aside) < len(STEP_ASIDE):
            assert header.sectionSize(OrderColumn.PRODUCT) >= PRODUCT_ROOM
        stepped_aside.append(len(aside))
    assert stepped_aside[0] == 0
    assert stepped_aside[-1] == len(STEP_ASIDE)
    assert stepped_aside == sorted(stepped_aside)
    panel.resize(1100, 300)  # and back: every column returns
    qtbot.waitUntil(lambda: not any(table.isColumnHidden(c) for c in OrderColumn))
