"""Plugging the watch list into a window: watching products, the alerts, and "Buy…" from them.

``install_watch(host, services, watch)`` is the one call start-up makes, after the orders feature.
Products are watched from the product context menu (pinned favourites included), the bell before
a product's name, or View → Watch product… (Ctrl+Shift+W); a watched product's dialog changes or
stops its watch. View → Watch list and alerts shows both lists. An alert is listed, and told
through ``host.notify`` unless notifications are off in Settings; its "Buy…" asks the host for a
pre-filled checkout of the product as the latest listing shows it — the customer still confirms
there, nothing is bought here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu, QPushButton

from teleaccounthub.api import ApiError, Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.watches import Condition, ConditionKind, Watch
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.formatting import (
    group_digits,
    time_text,
    usd,
    usd_exact_if_needed,
)
from teleaccounthub.services.watch import Alert, WatchService, condition_text
from teleaccounthub.services.watch_services import WatchServices
from teleaccounthub.ui.actions import shortcut_of
from teleaccounthub.ui.host import PurchaseRequest, WindowHost
from teleaccounthub.ui.language import is_language_change
from teleaccounthub.ui.watch.alert_model import AlertModel
from teleaccounthub.ui.watch.watch_dialog import WatchDialog
from teleaccounthub.ui.watch.watch_model import WatchModel
from teleaccounthub.ui.watch.watch_window import WatchWindow

log = logging.getLogger(__name__)
WatchText = TrContext("WatchText")

STATUS_MS = 10_000
BUY_TASK = "watch:buy"
WATCH_ACTION = "watchAction"
WATCH_LIST_ACTION = "watchListAction"
LIST_KEY = shortcut_of(WATCH_LIST_ACTION)


def alert_title(alert: Alert) -> str:
    kind = alert.watch.condition.kind
    name = alert.product.product_name
    if kind is ConditionKind.BACK_IN_STOCK:
        return WatchText.tr("{product} is back in stock").format(product=name)
    if kind is ConditionKind.PRICE_AT_MOST:
        return WatchText.tr("{product} is at your price").format(product=name)
    return WatchText.tr("{product} has the stock you wanted").format(product=name)


def notice_text(alert: Alert) -> str:
    """The notification's body: short, as the status bar shows it on one line beside the
    catalog's status (the exact price is in the alert list)."""
    return WatchText.tr("{stock} in stock at {price} — {key} to buy.").format(
        stock=group_digits(alert.stock), price=usd(alert.price), key=LIST_KEY
    )


def purchase_note(alert: Alert, now: Product) -> str:
    """The checkout dialog's first line: why it opened, with today's stock and price."""
    kind = alert.watch.condition.kind
    values = {
        "stock": group_digits(now.total_stock),
        "price": usd_exact_if_needed(now.retail_price_usd),
        "time": time_text(alert.at),
    }
    if kind is ConditionKind.BACK_IN_STOCK:
        note = WatchText.tr(
            "Back in stock: {stock} in stock now at {price} each (alert at {time})."
        )
    elif kind is ConditionKind.PRICE_AT_MOST:
        note = WatchText.tr("Price alert: {stock} in stock now at {price} each (alert at {time}).")
    else:
        note = WatchText.tr("Stock alert: {stock} in stock now at {price} each (alert at {time}).")
    return note.format(**values)


class WatchFeature(QObject):
    """The watch feature of one window. Test hooks: ``open_watch_dialog(product, category)``
    (then the dialog's fields and ``confirm()``), ``buy(alert)``, ``window_``."""

    def __init__(self, host: WindowHost, services: AppServices, watch: WatchServices) -> None:
        super().__init__(host.window())
        self.host = host
        self.session = services.session
        self.settings = services.session.settings
        self.service: WatchService = watch.watch
        self.alerts = AlertModel(self)
        self.watch_model = WatchModel(self.service.latest, self)
        self.window_ = WatchWindow(self.alerts, self.watch_model, parent=host.window())
        self.dialog: WatchDialog | None = None
        self.status_button = QPushButton()
        self.status_button.setObjectName("watchStatusButton")
        self.status_button.installEventFilter(self)
        self.status_button.setFlat(True)
        self.status_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status_button.clicked.connect(self.window_.show_alerts)
        host.add_status_widget(self.status_button)
        host.add_product_menu_section(self._menu_section)
        host.action(WATCH_ACTION).triggered.connect(self._watch_selected)
        host.action(WATCH_LIST_ACTION).triggered.connect(self.window_.show_alerts)
        self.window_.buy_requested.connect(self.buy)
        self.window_.edit_requested.connect(self._edit)
        self.window_.remove_requested.connect(self._remove)
        self.service.alert.connect(self._alerted)
        self.service.watches_changed.connect(self._reload)
        self.service.listed.connect(lambda _category: self.watch_model.refresh_now())
        host.closed.connect(self._closed)
        if self.service.problem:
            host.show_banner(self.service.problem, kind="warning", topic="watch-list")
        self._reload()
        self.service.start()

    # -- watching -------------------------------------------------------------------------------

    def open_watch_dialog(
        self, product_id: int, category_id: int, shown: Product | None = None
    ) -> WatchDialog:
        """The watch dialog for a product (pre-filled with its watch, if any); one at a time.
        ``shown``: the product as the customer sees it in the table."""
        if self.dialog is not None:
            self.dialog.reject()
        current = self.service.watch_of(product_id)
        now = self.service.latest(product_id) or shown
        name = now.product_name if now is not None else current.product_name if current else ""
        dialog = WatchDialog(name, now, current, self.host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.watch_chosen.connect(
            lambda condition, quantity: self._watch(
                product_id, category_id, name, now, condition, quantity
            )
        )
        dialog.stop_chosen.connect(lambda: self._unwatch(product_id))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: WatchDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _watch(
        self,
        product_id: int,
        category_id: int,
        name: str,
        now: Product | None,
        condition: Condition,
        quantity: int | None,
    ) -> None:
        try:
            watch = self.service.watch(product_id, category_id, name, condition, quantity, now)
        except (OSError, ValueError) as error:
            log.warning("A watch could not be saved: %s", error)
            self.host.show_status(
                WatchText.tr("The watch could not be saved: {error}").format(error=error),
                STATUS_MS,
            )
            return
        values = {"product": watch.product_name, "condition": condition_text(condition)}
        if watch.triggered:
            text = WatchText.tr(
                "Watching {product}: {condition}. That is true already; you get an alert the "
                "next time it becomes true."
            )
        else:
            text = WatchText.tr("Watching {product}: {condition}.")
        self.host.show_status(text.format(**values), STATUS_MS)

    def _watch_selected(self) -> None:
        product, category_id = self.host.selected_product(), self.host.selected_category_id()
        if product is None or category_id is None:
            self.host.show_status(WatchText.tr("Select a product to watch."), STATUS_MS)
            return
        self.open_watch_dialog(product.product_id, category_id, product)

    def _menu_section(self, menu: QMenu, product: Product) -> None:
        category_id = self.host.selected_category_id()
        if category_id is None:
            return
        watched = self.service.watch_of(product.product_id) is not None
        action = menu.addAction(
            WatchText.tr("Change watch…") if watched else WatchText.tr("Watch…")
        )
        action.setObjectName("watchMenuAction")
        action.triggered.connect(
            lambda: self.open_watch_dialog(product.product_id, category_id, product)
        )
        if watched:
            stop = menu.addAction(WatchText.tr("Stop watching"))
            stop.setObjectName("unwatchMenuAction")
            stop.triggered.connect(lambda: self._unwatch(product.product_id))

    def _edit(self, watch: Watch) -> None:
        self.open_watch_dialog(watch.product_id, watch.category_id)

    def _remove(self, watch: Watch) -> None:
        self._unwatch(watch.product_id)

    def _unwatch(self, product_id: int) -> None:
        watch = self.service.watch_of(product_id)
        try:
            self.service.unwatch(product_id)
        except OSError as error:
            log.warning("The watch list could not be saved: %s", error)
            self.host.show_status(
                WatchText.tr("The watch could not be removed: {error}").format(error=error),
                STATUS_MS,
            )
            return
        if watch is not None:
            self.host.show_status(
                WatchText.tr("Stopped watching {product}.").format(product=watch.product_name),
                STATUS_MS,
            )

    # -- alerts ---------------------------------------------------------------------------------

    def buy(self, alert: Alert) -> None:
        """Read the product's price and stock from the store now (an alert may be hours old),
        then ask for the checkout dialog pre-filled with them and the watch's quantity; the
        customer confirms (or not) there."""
        name = alert.product.product_name
        self.host.show_status(
            WatchText.tr("Looking up today's price of “{product}”…").format(product=name),
            STATUS_MS,
        )
        self.session.tasks.start(BUY_TASK, self._buy(alert))

    async def _buy(self, alert: Alert) -> None:
        try:
            listing = await self.session.client().products(alert.watch.category_id)
        except ApiError as error:
            self.host.show_status(
                WatchText.tr(
                    "Today's price could not be read, so nothing was opened: {error}"
                ).format(error=error.message),
                STATUS_MS,
            )
            return
        self.service.check_listing(listing)  # the watch list sees it too
        now = next((p for p in listing.products if p.product_id == alert.product.product_id), None)
        if now is None:
            self.host.show_status(
                WatchText.tr("“{product}” is no longer listed by the store.").format(
                    product=alert.product.product_name
                ),
                STATUS_MS,
            )
            return
        self.host.request_purchase(
            PurchaseRequest(
                now,
                alert.watch.category_id,
                quantity=alert.watch.quantity,
                note=purchase_note(alert, now),
            )
        )

    def _alerted(self, alert: Alert) -> None:
        """List the alert; tell it too unless the customer turned notifications off in Settings
        (the one setting covers ready orders and watch alerts)."""
        self.alerts.add(alert)
        if self.settings.notifications_enabled:
            self.host.notify(alert_title(alert), notice_text(alert))
        self._update_status()

    def _reload(self) -> None:
        self.watch_model.set_watches(self.service.watches())
        self.host.set_watched_products(self.service.watched_ids())
        self._update_status()

    def _update_status(self) -> None:
        alerts, watching = self.alerts.rowCount(), len(self.service.watches())
        self.status_button.setVisible(bool(alerts or watching))
        # Words, not a bell emoji: many systems have no font with one.
        if alerts:
            self.status_button.setText(
                WatchText.tr("Watch alerts: {count}").format(count=group_digits(alerts))
            )
        else:
            self.status_button.setText(WatchText.tr("Watching %Ln product(s)", "", watching))
        self.status_button.setToolTip(WatchText.tr("Show the watch list and alerts"))
        self.status_button.setAccessibleName(WatchText.tr("Watch list and alerts"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.status_button and is_language_change(event):
            self._update_status()
        return super().eventFilter(watched, event)

    def _closed(self) -> None:
        self.service.stop()
        if self.dialog is not None:
            self.dialog.reject()
        self.window_.close()


def install_watch(host: WindowHost, services: AppServices, watch: WatchServices) -> WatchFeature:
    """Plug the watch feature into ``host`` and start the background check."""
    return WatchFeature(host, services, watch)
