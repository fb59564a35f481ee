"""The tray icon, where the desktop has a tray: the count of ready orders, Show / Quit, messages.

It belongs to the shell, not to a feature: the window creates it (``MainWindow.install_tray``),
routes its notifications through it and asks it for nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.icons import ThemedIcons
from teleaccounthub.ui.language import is_language_change

WindowTrayText = TrContext("WindowTrayText")

APP_NAME = "TeleAccountHub"
MESSAGE_MS = 10_000
BADGE_SIZE = 64
BADGE_COLOUR = "#d93025"


def tooltip_for(ready: int) -> str:
    if ready <= 0:
        return APP_NAME
    return WindowTrayText.tr("TeleAccountHub — %n order(s) ready to save", "", ready)


class AppTray(QObject):
    """``show_requested()`` (a click on the icon, or Show) and ``quit_requested()`` (Quit);
    ``message_shown(title, body)`` after each message (what was shown, for tests and logs)."""

    show_requested = Signal()
    quit_requested = Signal()
    message_shown = Signal(str, str)

    def __init__(
        self,
        icon: QIcon,
        parent: QWidget,
        *,
        available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        icons: ThemedIcons | None = None,
    ) -> None:
        """``icons``: the window's set, so that Quit follows the palette like the window's
        own Quit (Show wears the app's icon, which reads on light and dark alike)."""
        super().__init__(parent)
        self._plain_icon = icon
        self._available = available
        self._ready = 0
        self.menu = QMenu(parent)
        self.menu.setObjectName("trayMenu")
        self.show_action = self.menu.addAction("")
        self.show_action.setObjectName("trayShowAction")
        self.show_action.setIcon(icon)
        self.show_action.triggered.connect(self.show_requested)
        self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        self.quit_action.setObjectName("trayQuitAction")
        (icons or ThemedIcons()).bind(self.quit_action, "quit")
        self.quit_action.triggered.connect(self.quit_requested)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setObjectName("trayIcon")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_requested)
        self._retranslate()
        # The menu gets LanguageChange like every widget; the icon is no widget.
        self.menu.installEventFilter(self)
        self.icon.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.menu and is_language_change(event):
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.menu.setAccessibleName(WindowTrayText.tr("Tray menu"))
        self.show_action.setText(WindowTrayText.tr("Show TeleAccountHub"))
        self.quit_action.setText(WindowTrayText.tr("Quit"))
        self.icon.setToolTip(tooltip_for(self._ready))

    def usable(self) -> bool:
        """Is the icon in a tray now (the panel may have gone since)?"""
        return self._available() and self.icon.isVisible()

    def ready_count(self) -> int:
        return self._ready

    def set_ready_count(self, ready: int) -> None:
        ready = max(0, ready)
        if ready == self._ready:
            return
        self._ready = ready
        self.icon.setToolTip(tooltip_for(ready))
        self.icon.setIcon(badged(self._plain_icon, ready) if ready else self._plain_icon)

    def show_message(self, title: str, body: str) -> None:
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        self.message_shown.emit(title, body)

    def hide(self) -> None:
        self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


def badged(icon: QIcon, count: int) -> QIcon:
    """``icon`` with a red dot carrying ``count`` (9+ above nine) in its lower right corner."""
    pixmap = icon.pixmap(BADGE_SIZE, BADGE_SIZE)
    if pixmap.isNull():
        pixmap = QPixmap(BADGE_SIZE, BADGE_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = pixmap.width() * 5 // 8
    dot = QRect(pixmap.width() - side, pixmap.height() - side, side, side)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_COLOUR))
    painter.drawEllipse(dot)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(side * 2 // 3)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)
