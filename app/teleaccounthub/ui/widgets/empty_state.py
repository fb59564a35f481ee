"""A view with an empty state: the table, or a centred sentence saying why it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QScrollArea, QStackedWidget


class EmptyStateStack(QStackedWidget):
    """Shows ``view``, or ``label`` (styled by the theme's ``role="empty"``) when told to.

    The sentence scrolls when the space is too small for it (a small window), never clipped.
    """

    def __init__(self, view: QAbstractItemView, text: str, name: str, accessible: str) -> None:
        super().__init__()
        self.view = view
        self.label = QLabel(text)
        self.label.setObjectName(name)
        self.label.setAccessibleName(accessible)
        self.label.setProperty("role", "empty")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page = QScrollArea()
        self.empty_page.setObjectName(f"{name}Area")
        self.empty_page.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_page.setWidgetResizable(True)
        self.empty_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a sentence is no Tab stop
        self.empty_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_page.setWidget(self.label)
        self.addWidget(view)
        self.addWidget(self.empty_page)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_page if empty else self.view)

    def showing_empty(self) -> bool:
        return self.currentWidget() is self.empty_page
