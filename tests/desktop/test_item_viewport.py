"""``give_own_viewport``: a viewport made in Python that Qt's item views cannot tell apart from
their own, used by the catalog's two views."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from teleaccounthub.ui.catalog.category_panel import CategoryPanel
from teleaccounthub.ui.catalog.product_panel import ProductPanel
from teleaccounthub.ui.widgets.item_viewport import give_own_viewport


def looks(viewport: QWidget) -> tuple[object, ...]:
    attributes = frozenset(a for a in Qt.WidgetAttribute if viewport.testAttribute(a))
    return (
        attributes,
        viewport.backgroundRole(),
        viewport.foregroundRole(),
        viewport.autoFillBackground(),
        viewport.hasMouseTracking(),
        viewport.focusPolicy(),
        viewport.acceptDrops(),
        viewport.contextMenuPolicy(),
    )


def test_an_own_viewport_is_set_up_as_qts_own(qtbot: QtBot) -> None:
    for kind in (QTableView, QTreeView):
        qts: QAbstractItemView = kind()
        ours: QAbstractItemView = kind()
        qtbot.addWidget(qts)
        qtbot.addWidget(ours)
        assert not shiboken6.createdByPython(qts.viewport())
        viewport = give_own_viewport(ours)
        assert shiboken6.createdByPython(viewport)
        assert ours.viewport() is viewport
        assert viewport.parent() is ours
        assert viewport.focusProxy() is ours
        assert looks(viewport) == looks(qts.viewport())


def test_the_catalog_views_have_own_viewports(qtbot: QtBot) -> None:
    categories = CategoryPanel()
    products = ProductPanel()
    reference = QTableView()
    for widget in (categories, products, reference):
        qtbot.addWidget(widget)
        widget.show()  # polished by the app's style (sheet), as on screen
        qtbot.waitExposed(widget)
    for view in (categories.tree, products.table):
        assert shiboken6.createdByPython(view.viewport())
        assert looks(view.viewport())[1:4] == looks(reference.viewport())[1:4]
