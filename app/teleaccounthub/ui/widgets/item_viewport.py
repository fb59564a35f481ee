"""Item views whose viewport is created from Python, which is cheaper to start with.

The first time a widget that Qt created itself reaches Python (``view.viewport()``), PySide6
looks its C++ type up among all of QtWidgets' lazily loaded classes and loads every one of them:
some 70 classes and their enums, 12 to 20 ms before the first paint. A viewport made here is
already known to Python, so that lookup never runs. It is set up as Qt sets up an item view's
own viewport (``tests/desktop/test_item_viewport.py`` compares the two).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QWidget


def give_own_viewport(view: QAbstractItemView) -> QWidget:
    """Replace ``view``'s viewport with an equivalent one made in Python; returns it.

    Call it right after creating ``view``, before anything installs event filters on or
    otherwise uses the viewport it replaces (that one is deleted).
    """
    viewport = QWidget()
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setForegroundRole(QPalette.ColorRole.Text)
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    view.setViewport(viewport)
    return viewport
