"""The main window's presence in the system tray: notices, the count of orders waiting, Show and
Quit, and whether closing the window hides it there (the customer's choice in Settings).

Where the desktop has no tray, notices go to the window's status bar and closing quits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.icons import ThemedIcons

if TYPE_CHECKING:
    from teleaccounthub.ui.tray import AppTray

WindowNoticeText = TrContext("WindowNoticeText")

NOTIFICATION_STATUS_MS = 15_000


class TraySettings(Protocol):
    @property
    def close_to_tray(self) -> bool: ...


class WindowTray:
    def __init__(
        self,
        window: QMainWindow,
        settings: TraySettings,
        icons: ThemedIcons,
        *,
        show: Callable[[], None],
        quit_app: Callable[[], None],
    ) -> None:
        self._window = window
        self._settings = settings
        self._icons = icons
        self._show = show
        self._quit = quit_app
        self._tray: AppTray | None = None
        self._attention = 0
        self.quitting = False
        """Set by Quit: closing the window then quits, whatever the setting says."""
        self._told_still_running = False

    @property
    def tray(self) -> AppTray | None:
        return self._tray

    def install(self, available: Callable[[], bool] | None = None) -> AppTray | None:
        """Put the app in the system tray when the desktop has one (once); None when not."""
        check = available or QSystemTrayIcon.isSystemTrayAvailable
        if self._tray is not None or not check():
            return self._tray
        from teleaccounthub.ui.application import app_icon
        from teleaccounthub.ui.tray import AppTray

        tray = AppTray(app_icon(), self._window, available=check, icons=self._icons)
        tray.show_requested.connect(self._show)
        tray.quit_requested.connect(self._quit)
        tray.set_ready_count(self._attention)
        self._tray = tray
        return tray

    def notify(self, title: str, body: str) -> str:
        if self._tray is not None and self._tray.usable():
            self._tray.show_message(title, body)
            return "tray"
        text = WindowNoticeText.tr("{title}. {body}", "a notification in the status bar")
        self._window.statusBar().showMessage(
            text.format(title=title, body=body), NOTIFICATION_STATUS_MS
        )
        return "status"

    def set_attention_count(self, count: int) -> None:
        """How many orders wait for the customer (ready, not saved): shown on the tray icon."""
        self._attention = max(0, count)
        if self._tray is not None:
            self._tray.set_ready_count(self._attention)

    def keeps_running(self) -> bool:
        """Does closing the window hide it to the tray (the customer's choice in Settings)?"""
        return (
            not self.quitting
            and self._settings.close_to_tray
            and self._tray is not None
            and self._tray.usable()
        )

    def window_hidden(self) -> None:
        """The window was closed to the tray: say once that the app still runs."""
        if not self._told_still_running:
            self._told_still_running = True
            self.notify(
                WindowNoticeText.tr("TeleAccountHub is still running"),
                WindowNoticeText.tr("Your orders are still followed. Quit from this icon's menu."),
            )

    def remove(self) -> None:
        """The app is quitting: the icon goes."""
        if self._tray is not None:
            self._tray.hide()
