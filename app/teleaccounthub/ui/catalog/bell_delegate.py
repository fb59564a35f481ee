"""The name cell's bell as a button: a click on it says so (``bell_clicked``), like the star.

Only the bell's own rectangle counts (as the style lays the cell out), so a click on the name
still just selects the row; a double click on the bell is taken here, so it never opens the
checkout the way a double click on the row does.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from teleaccounthub.ui.catalog.product_delegate import ProductDelegate
from teleaccounthub.ui.catalog.product_model import Role

ModelIndex = QModelIndex | QPersistentModelIndex
# Pixels around the drawn bell that count as the bell too: a 16 px target is small.
SLACK = 3


class BellDelegate(ProductDelegate):
    """Paints the cells (``ProductDelegate``). Signals: ``bell_clicked(int)`` (the row, in the
    view's model) when the bell of a cell is clicked with the left button."""

    bell_clicked = Signal(int)

    def bell_rect(self, index: QModelIndex) -> QRect:
        """Where the bell of ``index`` is drawn in the view's viewport (empty when none is)."""
        option = QStyleOptionViewItem()
        option.initFrom(self._view.viewport())
        option.rect = self._view.visualRect(index)
        size = self._view.iconSize()
        if not size.isValid():
            metric = self._view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            size = QSize(metric, metric)
        option.decorationSize = size
        return self._bell_rect(option, index)

    def _bell_rect(self, option: QStyleOptionViewItem, index: ModelIndex) -> QRect:
        if not index.data(Role.BELL):
            return QRect()
        self.initStyleOption(option, index)
        if not option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
            return QRect()
        style = self._view.style()
        element = QStyle.SubElement.SE_ItemViewItemDecoration
        return style.subElementRect(element, option, self._view)

    def editorEvent(  # noqa: N802
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        kind = event.type()
        if (
            kind in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            bell = self._bell_rect(QStyleOptionViewItem(option), index)
            grown = bell.adjusted(-SLACK, -SLACK, SLACK, SLACK)
            if not bell.isEmpty() and grown.contains(event.position().toPoint()):
                if kind == QEvent.Type.MouseButtonRelease:
                    self.bell_clicked.emit(index.row())
                    return False  # the view goes on as for any click (the row is selected)
                return True  # a double click on the bell: taken, no checkout
        return super().editorEvent(event, model, option, index)
