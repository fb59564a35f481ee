"""Keyboard manners of a table of rows (the products, the orders).

Tab and Shift+Tab leave the table for the next pane (arrows move inside it), and so do Ctrl+Tab
and Ctrl+Shift+Tab without touching the selection; Enter runs the row's main action; the
context-menu key, Shift+F10 and a right click open the menu of the row it is about — the
current row from the keyboard, the row under the mouse (selected first) from a click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowKeys(QObject):
    """Installed on ``view`` (and its viewport). ``activate(index)`` runs on Enter for the
    current row; ``menu(index, global_position)`` opens the row's menu."""

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        activate: Callable[[QModelIndex], None],
        menu: Callable[[QModelIndex, QPoint], None],
    ) -> None:
        super().__init__(view)
        self._view = view
        self._activate = activate
        self._menu = menu
        view.setTabKeyNavigation(False)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    def current_row(self) -> QModelIndex:
        """The row the keyboard acts on: the current index, else the selected row."""
        view = self._view
        index = view.currentIndex()
        selection = view.selectionModel()
        if index.isValid() and selection.isRowSelected(index.row(), index.parent()):
            return index.siblingAtColumn(0)
        rows = selection.selectedRows()
        return rows[0] if rows else QModelIndex()

    def open_menu_for_current(self) -> bool:
        index = self.current_row()
        if not index.isValid():
            return False
        view = self._view
        view.scrollTo(index)
        rect = view.visualRect(index)
        self._menu(index, view.viewport().mapToGlobal(rect.bottomLeft()))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            return self._context_menu(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is self._view:
            return self._key(event)
        return False

    def _context_menu(self, watched: QObject, event: QContextMenuEvent) -> bool:
        if event.reason() == QContextMenuEvent.Reason.Mouse and watched is self._view.viewport():
            index = self._view.indexAt(event.pos())
            if not index.isValid():
                return True
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self._view.selectionModel().setCurrentIndex(index, flags)
            self._menu(index.siblingAtColumn(0), event.globalPos())
            return True
        self.open_menu_for_current()
        return True

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier:
            if not event.isAutoRepeat():  # a held Enter must not open things over and over
                index = self.current_row()
                if index.isValid():
                    self._activate(index)
            return True
        if key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.open_menu_for_current()
            return True
        if key == Qt.Key.Key_Menu:
            self.open_menu_for_current()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
            modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            backwards = key == Qt.Key.Key_Backtab or bool(
                modifiers & Qt.KeyboardModifier.ShiftModifier
            )
            plain = QKeyEvent(
                QEvent.Type.KeyPress,
                Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab,
                Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self._view, plain)
            return True
        return False
