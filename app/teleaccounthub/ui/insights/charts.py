"""Two small charts drawn with QPainter: spending per day (bars) and the balance over time (a
line). They take their colours from the widget's palette, so they follow light and dark mode,
and lay themselves out from their size on every paint, so they resize cleanly.

Amounts are Decimal; they become floats only to compute pixel positions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Final

from PySide6.QtCore import QDate, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.formatting import (
    day_text,
    display_locale,
    short_moment_text,
    usd,
    usd_exact_if_needed,
)
from teleaccounthub.services.insights import DaySpend
from teleaccounthub.ui.language import is_language_change

InsightsText = TrContext("InsightsText")

_MARGIN: Final = 8
ZERO: Final = Decimal(0)


def _nice_top(value: float) -> float:
    """A round number at or above ``value`` for the top of the scale (1, 2, 5 × 10ⁿ)."""
    if not value > 0 or not math.isfinite(value):
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * scale:
            return step * scale
    return 10 * scale


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 140)

    def empty_text(self) -> str:
        """What the chart says while it has nothing to draw."""
        return ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
            self.update()  # the labels are drawn in the language now shown
        super().changeEvent(event)

    def _retranslate(self) -> None:
        pass

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 200)

    def _colours(self) -> tuple[QColor, QColor, QColor]:
        palette = self.palette()
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        return (
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.WindowText),
            grid,
        )

    def _plot_area(self, metrics: QFontMetrics, widest_label: str) -> QRectF:
        left = _MARGIN + metrics.horizontalAdvance(widest_label) + 6
        return QRectF(
            left,
            _MARGIN + metrics.height() / 2,
            max(1.0, self.width() - left - _MARGIN),
            max(1.0, self.height() - 2 * _MARGIN - 1.5 * metrics.height()),
        )

    def _axis(self, painter: QPainter, area: QRectF, top_label: str, text: QColor) -> None:
        """A scale from $0 at the bottom to ``top_label`` at the top, with a line half way."""
        marks = [(area.top(), top_label), (area.center().y(), ""), (area.bottom(), usd(ZERO))]
        self._marks(painter, area, marks, text)

    def _marks(
        self, painter: QPainter, area: QRectF, marks: Sequence[tuple[float, str]], text: QColor
    ) -> None:
        """A grid line with its label at each height ``y`` of ``marks``."""
        metrics = painter.fontMetrics()
        _, _, grid = self._colours()
        label_width = area.left() - _MARGIN - 6
        for y, label in marks:
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            if not label:
                continue
            painter.setPen(text)
            painter.drawText(
                QRectF(_MARGIN, y - metrics.height() / 2, label_width, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )

    def _empty(self, painter: QPainter, text: QColor) -> None:
        painter.setPen(text)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.empty_text())


class SpendBarChart(_Chart):
    """One bar per day, oldest on the left; the day's amount in its tooltip-free label row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spendChart")
        self._days: tuple[DaySpend, ...] = ()
        self._retranslate()

    def empty_text(self) -> str:
        return InsightsText.tr("Nothing spent in the last 30 days.")

    def _retranslate(self) -> None:
        self.setAccessibleName(InsightsText.tr("Spending per day, last 30 days"))

    def set_days(self, days: Sequence[DaySpend]) -> None:
        self._days = tuple(days)
        self.update()

    def days(self) -> tuple[DaySpend, ...]:
        return self._days

    def day_at(self, x: float) -> DaySpend | None:
        """The day whose bar is at ``x`` (widget coordinates), if any."""
        if not self._days:
            return None
        area = self._plot_area(self.fontMetrics(), self._top_label())
        if not area.left() <= x < area.right():
            return None
        return self._days[int((x - area.left()) / (area.width() / len(self._days)))]

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos().x())
            if day is None:
                QToolTip.hideText()
            else:
                when = QDate(day.day.year, day.day.month, day.day.day)
                QToolTip.showText(
                    event.globalPos(),
                    InsightsText.tr(
                        "{day}: {amount}", "a day of the chart and what was spent"
                    ).format(
                        day=display_locale().toString(when, "ddd d MMM"),
                        amount=usd_exact_if_needed(day.amount),
                    ),
                    self,
                )
            return True
        return super().event(event)

    def _top_label(self) -> str:
        highest = max((d.amount for d in self._days), default=Decimal(0))
        return usd(Decimal(str(_nice_top(float(highest)))))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, text, _ = self._colours()
        highest = max((d.amount for d in self._days), default=Decimal(0))
        if highest <= 0:
            self._empty(painter, text)
            return
        top = _nice_top(float(highest))
        top_label = self._top_label()
        metrics = painter.fontMetrics()
        area = self._plot_area(metrics, top_label)
        self._axis(painter, area, top_label, text)
        slot = area.width() / len(self._days)
        bar = max(1.0, slot * 0.7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        for n, day in enumerate(self._days):
            height = area.height() * float(day.amount) / top
            x = area.left() + n * slot + (slot - bar) / 2
            if height > 0:
                painter.drawRoundedRect(
                    QRectF(x, area.bottom() - height, bar, height), min(3.0, bar / 3), 2.0
                )
        painter.setPen(text)
        first, last = self._days[0].day, self._days[-1].day
        below = QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height())
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), day_text(first))
        painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), day_text(last))


class BalanceLineChart(_Chart):
    """The balance at each snapshot, as a step line on a time axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self._points: tuple[tuple[datetime, Decimal], ...] = ()
        self._retranslate()

    def empty_text(self) -> str:
        return InsightsText.tr("The balance is drawn here once it has been fetched a few times.")

    def _retranslate(self) -> None:
        self.setAccessibleName(InsightsText.tr("Balance over time"))

    def set_points(self, points: Sequence[tuple[datetime, Decimal]]) -> None:
        self._points = tuple(sorted(points, key=lambda p: p[0]))
        self.update()

    def points(self) -> tuple[tuple[datetime, Decimal], ...]:
        return self._points

    def scale_labels(self) -> tuple[str, ...]:
        """What the scale says: the highest and the lowest balance seen (one if it never moved).
        Amounts the balance really had, not the padded edges of the plot."""
        if not self._points:
            return ()
        amounts = [amount for _, amount in self._points]
        highest, lowest = usd(max(amounts)), usd(min(amounts))
        return (highest,) if highest == lowest else (highest, lowest)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent, text, _ = self._colours()
        if len(self._points) < 2:
            self._empty(painter, text)
            return
        amounts = [amount for _, amount in self._points]
        highest, lowest = max(amounts), min(amounts)
        # The scale spans what the balance did, so a change of a few dollars on a balance of
        # hundreds can be seen; a flat balance gets a band around it.
        spread = highest - lowest
        padding = spread / 10 if spread > 0 else max(abs(highest) / 20, Decimal(1))
        top_amount, bottom_amount = highest + padding, lowest - padding
        if lowest >= 0 > bottom_amount:
            bottom_amount = Decimal(0)
        top, lowest_f = float(top_amount), float(bottom_amount)
        labels = self.scale_labels()
        metrics = painter.fontMetrics()
        area = self._plot_area(metrics, max(labels, key=len))
        start = self._points[0][0].timestamp()
        span = max(1.0, self._points[-1][0].timestamp() - start)
        height = max(top - lowest_f, 1e-9)

        def at(moment: datetime, amount: Decimal) -> QPointF:
            x = area.left() + area.width() * (moment.timestamp() - start) / span
            y = area.bottom() - area.height() * (float(amount) - lowest_f) / height
            return QPointF(x, y)

        first = self._points[0][0]
        heights = (at(first, highest).y(), at(first, lowest).y())
        self._marks(painter, area, list(zip(heights, labels, strict=False)), text)
        # A step line: the balance stays what it was until the next snapshot shows it moved.
        path = QPainterPath()
        previous = at(*self._points[0])
        path.moveTo(previous)
        for moment, amount in self._points[1:]:
            point = at(moment, amount)
            path.lineTo(QPointF(point.x(), previous.y()))
            path.lineTo(point)
            previous = point
        painter.setPen(QPen(accent, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(accent)
        last = at(*self._points[-1])
        painter.drawEllipse(last, 3.5, 3.5)
        painter.setPen(text)
        below = QRectF(area.left(), area.bottom() + 2, area.width(), metrics.height())
        first_day = day_text(self._points[0][0])
        last_day = short_moment_text(self._points[-1][0])
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft), first_day)
        painter.drawText(below, int(Qt.AlignmentFlag.AlignRight), last_day)
