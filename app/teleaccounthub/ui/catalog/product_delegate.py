"""The product table's cells, painted from the rows' prepared strings.

``QStyledItemDelegate`` asks the model for seven roles of every cell on every paint: at 28 rows
by 5 columns that is a thousand calls into Python per frame, twice what Qt's own models cost.
Here a plain cell is one call (``paint``) that reads its text, tone and bell from ``CellSource``
(lists built on the worker thread with the rows) and draws them where the style would: the
places are asked of the style once per cell size, not once per cell. A selected or focused cell
(one row at most), or any cell in a right-to-left layout, is left to ``QStyledItemDelegate``,
which reads the model's roles as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetricsF, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from teleaccounthub.ui.catalog.product_model import (
    ALIGNMENT_BY_COLUMN,
    BELL_OUTLINE,
    outline_colours,
)
from teleaccounthub.ui.widgets.bell_icon import bell_icon, bell_outline_icon

ModelIndex = QModelIndex | QPersistentModelIndex
# What a cell shows: its text, tone (``product_model.TONE_*``) and bell (``BELL_*``), by view
# row and column.
CellSource = Callable[[int, int], tuple[str, int, int]]

_HAS_TEXT = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_ICON = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_ITEM_TEXT = QStyle.SubElement.SE_ItemViewItemText
_ITEM_ICON = QStyle.SubElement.SE_ItemViewItemDecoration
_RIGHT = int(Qt.AlignmentFlag.AlignRight.value)
_HCENTER = int(Qt.AlignmentFlag.AlignHCenter.value)
_ELIDE = Qt.TextElideMode.ElideRight
_PAINT = QEvent.Type.Paint


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a cell of one size and kind draws, relative to its top left corner."""

    text_left: int
    text_width: int
    text_top: int  # of the line, as the style centres it
    icon: QRect  # empty when the cell has no bell


@dataclass(frozen=True, slots=True)
class _Look:
    """What every plain cell of one frame draws with (palette, font, theme, selection)."""

    styled: frozenset[int]  # rows left to the style: selected, or with the focused cell
    mirrored: bool  # right to left: every cell left to the style (it mirrors the alignment)
    metrics: QFontMetricsF
    ascent: float
    pens: tuple[QColor, QColor, QColor]  # by tone: TONE_PLAIN, TONE_LINK, TONE_DIMMED
    icons: tuple[QIcon, QIcon]  # BELL_OUTLINE, BELL_WATCHED


class ProductDelegate(QStyledItemDelegate):
    """Paints ``view``'s cells from ``cells``; selected or focused cells as ``QStyledItemDelegate``
    does."""

    def __init__(self, view: QAbstractItemView, cells: CellSource, parent: QObject | None = None):
        super().__init__(parent or view)
        self._view = view
        self._cells = cells
        self._look: _Look | None = None
        self._font: tuple[str, QStyle | None] = ("", None)  # what the sizes were measured with
        self._places: dict[tuple[int, int, int, int], _Place] = {}
        self._widths: dict[str, float] = {}
        view.viewport().installEventFilter(self)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        look = self._look or self._new_look()
        row = index.row()
        if row in look.styled or look.mirrored:
            super().paint(painter, option, index)
            return
        column = index.column()
        text, tone, bell = self._cells(row, column)
        left, top, width, height = cast(tuple[int, int, int, int], option.rect.getRect())
        place = self._places.get((column, width, height, bell))
        if place is None:
            place = self._places[column, width, height, bell] = self._measure(option, bell)
        if bell:
            icon = look.icons[bell - BELL_OUTLINE]
            icon.paint(painter, place.icon.translated(left, top), Qt.AlignmentFlag.AlignCenter)
        advance = self._widths.get(text)
        if advance is None:
            advance = self._widths[text] = look.metrics.horizontalAdvance(text)
        room = place.text_width
        if advance > room:
            text = look.metrics.elidedText(text, _ELIDE, room)
            advance = look.metrics.horizontalAdvance(text)
        x: float = left + place.text_left
        align = ALIGNMENT_BY_COLUMN[column]
        if align & _RIGHT:
            x += room - advance
        elif align & _HCENTER:
            x += (room - advance) / 2
        painter.setPen(look.pens[tone])
        painter.drawText(QPointF(x, top + place.text_top + look.ascent), text)

    # -- internals --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == _PAINT:
            self._look = None  # looked at again once per frame
        return False

    def _new_look(self) -> _Look:
        """This frame's look, from the view (what it puts in every cell's option)."""
        view = self._view
        group = (
            QPalette.ColorGroup.Disabled
            if not view.isEnabled()
            else QPalette.ColorGroup.Active
            if view.isActiveWindow()
            else QPalette.ColorGroup.Inactive
        )
        font = view.font()
        measured = (font.key(), view.style())
        if measured != self._font:
            self._font = measured
            self._places.clear()
            self._widths.clear()
        styled = {index.row() for index in view.selectionModel().selectedIndexes()}
        current = view.currentIndex()
        if current.isValid() and (view.hasFocus() or view.viewport().hasFocus()):
            styled.add(current.row())
        app = QApplication.palette()
        metrics = QFontMetricsF(font)
        self._look = look = _Look(
            frozenset(styled),
            view.layoutDirection() == Qt.LayoutDirection.RightToLeft,
            metrics,
            metrics.ascent(),
            (
                view.palette().color(group, QPalette.ColorRole.Text),
                app.color(QPalette.ColorRole.Link),
                app.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
            ),
            (bell_outline_icon(*outline_colours()), bell_icon()),
        )
        return look

    def _measure(self, option: QStyleOptionViewItem, bell: int) -> _Place:
        """Ask the style where a cell like this one puts its icon and text (as
        ``QCommonStyle`` lays out and draws an item: the text inset by the focus frame's
        margin, the line centred vertically)."""
        sample = QStyleOptionViewItem(option)
        sample.rect = QRect(0, 0, option.rect.width(), option.rect.height())
        sample.features |= _HAS_TEXT
        sample.text = "0"
        if bell:
            sample.features |= _HAS_ICON
            sample.icon = bell_icon()
            size = self._view.iconSize()
            if not size.isValid():
                metric = self._view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
                size = QSize(metric, metric)
            sample.decorationSize = size
        style = self._view.style()
        text = style.subElementRect(_ITEM_TEXT, sample, self._view)
        icon = style.subElementRect(_ITEM_ICON, sample, self._view) if bell else QRect()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        line = round(QFontMetricsF(option.font).height())
        top = text.top() + (text.height() - line) // 2
        return _Place(text.left() + margin, max(0, text.width() - 2 * margin), top, icon)
