"""A view with an empty state: the table, or a centred sentence saying why it is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QStackedWidget


class EmptyStateStack(QStackedWidget):
    """Shows ``view``, or ``label`` (styled by the theme's ``role="empty"``) when told to."""

    def __init__(self, view: QAbstractItemView, text: str, name: str, accessible: str) -> None:
        super().__init__()
        self.view = view
        self.label = QLabel(text)
        self.label.setObjectName(name)
        self.label.setAccessibleName(accessible)
        self.label.setProperty("role", "empty")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(view)
        self.addWidget(self.label)

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.label if empty else self.view)
