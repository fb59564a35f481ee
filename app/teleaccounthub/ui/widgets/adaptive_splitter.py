"""A splitter that puts its two panes side by side when there is room, one above the other when
there is not (the order list and its details at 800 px wide)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

# Between the two widths the orientation stays as it is, so a window dragged across one
# width does not flip back and forth.
HYSTERESIS_PX = 40


class AdaptiveSplitter(QSplitter):
    def __init__(self, side_by_side_from: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._side_by_side_from = side_by_side_from

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        width = event.size().width()
        horizontal = self.orientation() is Qt.Orientation.Horizontal
        if horizontal and width < self._side_by_side_from:
            self.setOrientation(Qt.Orientation.Vertical)
        elif not horizontal and width >= self._side_by_side_from + HYSTERESIS_PX:
            self.setOrientation(Qt.Orientation.Horizontal)
