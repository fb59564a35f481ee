"""Keeping the whole main toolbar in view: when its words do not fit the window (a small window,
a language with longer words), some buttons show only their icon, one by one in the order given,
until the rest fits; their tooltips still say what they do. Without this, Qt moves the last items
(the account and the balance) behind the toolbar's » button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton

# Room for the layout's own spacing and handle that the items' size hints leave out.
SLACK_PX = 16


def fit_toolbar(toolbar: QToolBar, width: int, droppable: Sequence[QAction]) -> int:
    """Words on every button of ``droppable`` that fits in ``width``; returns how many of them
    (from the first) show their icon only."""
    buttons = [toolbar.widgetForAction(action) for action in droppable]
    tool_buttons = [button for button in buttons if isinstance(button, QToolButton)]
    for button in tool_buttons:
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    dropped = 0
    while dropped < len(tool_buttons) and needed_width(toolbar) > width:
        tool_buttons[dropped].setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        dropped += 1
    return dropped


def needed_width(toolbar: QToolBar) -> int:
    """The width the toolbar's visible items ask for, side by side."""
    layout = toolbar.layout()
    widths = [
        widget.sizeHint().width()
        for action in toolbar.actions()
        if action.isVisible() and (widget := toolbar.widgetForAction(action)) is not None
    ]
    if layout is None:
        return sum(widths) + SLACK_PX
    margins = layout.contentsMargins()
    spacing = max(0, layout.spacing())
    return sum(widths) + spacing * len(widths) + margins.left() + margins.right() + SLACK_PX
