"""Telling the customer an order is ready: a tray message, or the status bar without a tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from teleaccounthub.local.order_record import OrderRecord

STATUS_BAR_TIMEOUT_MS = 15_000


class NotificationSettings(Protocol):
    @property
    def notifications_enabled(self) -> bool: ...


def ready_text(record: OrderRecord, account_label: str | None = None) -> tuple[str, str]:
    """``account_label``: the account the order was bought with, said in the title."""
    title = f"Order #{record.order_number} is ready"
    if account_label:
        title += f" ({account_label})"
    body = f"{record.quantity} × {record.product_name} — save the ZIP from the order list."
    return title, body


class OrderNotifier(QObject):
    """Announces ready orders unless the customer turned notifications off.

    ``notified(channel, text)`` says what was shown where (``"tray"`` or ``"status"``).
    """

    notified = Signal(str, str)

    def __init__(
        self,
        settings: NotificationSettings,
        *,
        tray: QSystemTrayIcon | None,
        show_status: Callable[[str, int], object] | None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        account_label: Callable[[OrderRecord], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._account_label = account_label
        self._settings = settings
        self._tray = tray
        self._show_status = show_status
        self._tray_available = tray_available

    def order_ready(self, record: OrderRecord) -> str | None:
        """Announce ``record``; returns the channel used, or None when nothing was shown."""
        if not self._settings.notifications_enabled:
            return None
        label = self._account_label(record) if self._account_label is not None else None
        title, body = ready_text(record, label)
        if self._tray is not None and self._tray_available() and self._tray.isVisible():
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)
            self.notified.emit("tray", f"{title}: {body}")
            return "tray"
        if self._show_status is not None:
            self._show_status(f"{title}. {body}", STATUS_BAR_TIMEOUT_MS)
            self.notified.emit("status", f"{title}. {body}")
            return "status"
        return None
