"""A small bell, drawn (no font on many systems has a bell glyph, and emoji may be missing)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZE = 32  # drawn large, shown small: Qt scales it down to the icon size of the view


def bell_path(size: float) -> QPainterPath:
    """The outline of a bell filling a ``size`` square: dome, flared rim, clapper."""
    s = size
    path = QPainterPath()
    path.moveTo(0.5 * s, 0.12 * s)
    path.cubicTo(0.30 * s, 0.12 * s, 0.24 * s, 0.28 * s, 0.24 * s, 0.45 * s)
    path.lineTo(0.24 * s, 0.62 * s)
    path.lineTo(0.14 * s, 0.76 * s)
    path.lineTo(0.86 * s, 0.76 * s)
    path.lineTo(0.76 * s, 0.62 * s)
    path.lineTo(0.76 * s, 0.45 * s)
    path.cubicTo(0.76 * s, 0.28 * s, 0.70 * s, 0.12 * s, 0.5 * s, 0.12 * s)
    path.closeSubpath()
    path.addEllipse(QPointF(0.5 * s, 0.84 * s), 0.09 * s, 0.08 * s)
    path.addEllipse(QRectF(0.45 * s, 0.04 * s, 0.10 * s, 0.10 * s))
    return path


@functools.cache
def bell_icon(color: str = "#d08a00") -> QIcon:
    """The bell in ``color`` (amber by default: noticeable on light and dark rows)."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawPath(bell_path(SIZE))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def bell_outline_icon(color: str, selected_color: str | None = None) -> QIcon:
    """The bell's outline in ``color``: "not watched, click to watch" (as ☆ beside ★); in
    ``selected_color`` on a selected row (the grey would vanish on the highlight)."""
    icon = QIcon(_outline(color))
    if selected_color is not None:
        icon.addPixmap(_outline(selected_color), QIcon.Mode.Selected)
    return icon


def _outline(color: str) -> QPixmap:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(color), SIZE / 14))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(bell_path(SIZE))
    painter.end()
    return pixmap
