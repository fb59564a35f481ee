"""Telling the customer an order is ready, through the window (``WindowHost.notify``: the tray
where there is one, the status bar otherwise), and how many ready orders are still unsaved."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.formatting import group_digits

OrdersText = TrContext("OrdersText")


class NotificationSettings(Protocol):
    @property
    def notifications_enabled(self) -> bool: ...


def ready_text(record: OrderRecord, account_label: str | None = None) -> tuple[str, str]:
    """``account_label``: the account the order was bought with, said in the title."""
    if account_label:
        title = OrdersText.tr("Order #{number} is ready ({account})").format(
            number=record.order_number, account=account_label
        )
    else:
        title = OrdersText.tr("Order #{number} is ready").format(number=record.order_number)
    body = OrdersText.tr("{count} × {name} — save the ZIP from the order list.").format(
        count=group_digits(record.quantity), name=record.product_name
    )
    return title, body


def waiting_to_be_saved(records: Iterable[OrderRecord]) -> int:
    """Orders that are ready and whose ZIP is not saved yet."""
    return sum(1 for r in records if r.is_completed and r.download_ready and not r.is_saved)


class OrderNotifier(QObject):
    """Announces ready orders unless the customer turned notifications off.

    ``notified(channel, text)`` says what was shown where (``"tray"`` or ``"status"``).
    """

    notified = Signal(str, str)

    def __init__(
        self,
        settings: NotificationSettings,
        notify: Callable[[str, str], str],
        account_label: Callable[[OrderRecord], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._account_label = account_label
        self._settings = settings
        self._notify = notify

    def order_ready(self, record: OrderRecord) -> str | None:
        """Announce ``record``; returns the channel used, or None when nothing was shown."""
        if not self._settings.notifications_enabled:
            return None
        label = self._account_label(record) if self._account_label is not None else None
        title, body = ready_text(record, label)
        channel = self._notify(title, body)
        self.notified.emit(channel, f"{title}: {body}")
        return channel
