"""Plugging the orders feature into a window: its widgets and their wiring to the order services.

``install_orders(host, services, order_services)`` is the one call start-up makes, once
``create_order_services`` has built the services. The feature knows the window only as a
``WindowHost``. Everything it starts runs on the session's ``TaskOwner`` and so is cancelled and
awaited when the session closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel

from teleaccounthub.api import ApiError, Balance, Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.journal import IntentState, PurchaseIntent
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.local.status_history import StatusChange
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.checkout import CheckoutOutcome, OutcomeKind
from teleaccounthub.services.downloads import suggested_filename
from teleaccounthub.services.order_services import OrderServices
from teleaccounthub.services.order_tracker import belongs_to
from teleaccounthub.ui.host import PurchaseRequest, WindowHost
from teleaccounthub.ui.orders.buy_again import (
    buy_again_note,
    not_listed_text,
    unknown_category_text,
)
from teleaccounthub.ui.orders.checkout_dialog import CheckoutDialog
from teleaccounthub.ui.orders.download_progress import (
    DownloadProgressPanel,
    open_folder,
    reveal_problem,
)
from teleaccounthub.ui.orders.notifications import OrderNotifier, waiting_to_be_saved
from teleaccounthub.ui.orders.order_details import OrderDetailsPane
from teleaccounthub.ui.orders.order_model import OrderTableModel
from teleaccounthub.ui.orders.orders_panel import OrdersPanel
from teleaccounthub.ui.orders.purchase_notice import InterruptedPurchaseNotice
from teleaccounthub.ui.orders.track_order_dialog import TrackOrderDialog
from teleaccounthub.ui.widgets.adaptive_splitter import AdaptiveSplitter
from teleaccounthub.ui.widgets.retranslating import Retranslating
from teleaccounthub.ui.widgets.save_dialogs import downloads_folder, open_csv_export_dialog

log = logging.getLogger(__name__)

STATUS_MS = 15_000
BUY_AGAIN_TASK = "orders:buy-again"
# The window's action the feature enables and handles (its object name: automation contract).
DOWNLOAD_ACTION = "downloadAction"


# Narrower than this, the order details go below the list: both need ~450 px to read.
ORDERS_SIDE_BY_SIDE_FROM = 760

OrdersText = TrContext("OrdersText")


def account_changed_text() -> str:
    return OrdersText.tr(
        "Another account is in use now, so the checkout was closed without buying. "
        "Open it again to buy with this account."
    )


class SummaryLabel(Retranslating, QLabel):
    """The orders' one-line summary in the status bar (its text comes from the panel)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("ordersSummary")
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(OrdersText.tr("Orders summary"))


class OrdersFeature(QObject):
    """The orders feature of one window (a ``WindowHost``) and session.

    Test hooks that drive the real code paths without native dialogs: ``open_checkout()`` (then
    the dialog's ``confirm()``), ``save_order_to(record, path)``, ``open_track_dialog(id)`` (then
    its ``submit()``), ``export_csv_to(path)``.
    """

    def __init__(
        self,
        host: WindowHost,
        services: AppServices,
        orders: OrderServices,
        *,
        reveal: Callable[[Path], object] = open_folder,
    ) -> None:
        super().__init__(host.window())
        self.host = host
        self.session = services.session
        self.balance = services.balance
        self.catalog = services.catalog
        self.settings = services.session.settings
        self.tracker = orders.tracker
        self.checkout = orders.checkout
        self.downloads = orders.downloads
        # Shows a saved file's folder (QDesktopServices); replaceable, e.g. by tests.
        self.reveal = reveal
        self.download_action = host.action(DOWNLOAD_ACTION)

        self.model = OrderTableModel(parent=self)
        self.panel = OrdersPanel(self.model)
        self.progress = DownloadProgressPanel(self.downloads, open_folder=lambda p: self.reveal(p))
        self.panel.add_footer(self.progress)
        self.details = OrderDetailsPane(self.session.tasks, self._status_history)
        # The order list and, beside it (below it when narrow), the selected order's details.
        self.area = AdaptiveSplitter(ORDERS_SIDE_BY_SIDE_FROM)
        self.area.setObjectName("ordersArea")
        self.area.setChildrenCollapsible(False)
        self.area.addWidget(self.panel)
        self.area.addWidget(self.details)
        self.area.setStretchFactor(0, 3)
        self.area.setStretchFactor(1, 2)
        host.add_panel(self.area)
        self.area.setSizes([3 * self.area.width() // 5, 2 * self.area.width() // 5])
        self.notice = InterruptedPurchaseNotice()
        host.add_notice(self.notice)
        self.summary_label = SummaryLabel()
        host.add_status_widget(self.summary_label)
        host.add_menu_actions("orders", [self.panel.track_action, self.panel.export_action])

        # The window owns the tray: ready orders are announced and counted through it.
        self.notifier = OrderNotifier(
            self.settings,
            host.notify,
            account_label=self._account_label,
            parent=self,
        )
        self.checkout_dialog: CheckoutDialog | None = None
        self.track_dialog: TrackOrderDialog | None = None
        self._sync_save_action()
        self._connect()
        self.reload()

    # -- actions -------------------------------------------------------------------------------

    def open_checkout(
        self,
        product: Product | None = None,
        *,
        category_id: int | None = None,
        quantity: int | None = None,
        note: str = "",
    ) -> CheckoutDialog | None:
        """Open the checkout dialog for ``product`` (default: the selected one in the selected
        category); one at a time. ``quantity`` and ``note`` pre-fill it (``PurchaseRequest``)."""
        if self.checkout_dialog is not None:
            self.checkout_dialog.raise_()
            self.checkout_dialog.activateWindow()
            return self.checkout_dialog
        if product is None:
            product = self.host.selected_product()
            category_id = self.host.selected_category_id()
        if product is None:
            return None
        if not self.checkout.can_checkout():
            self._status(self.checkout.block_reason())
            return None
        current = self.balance.current()
        dialog = CheckoutDialog(
            self.checkout,
            product,
            category_id=category_id,
            balance_usd=current.balance_usd if current is not None else None,
            quantity=quantity,
            note=note,
            parent=self.host.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._checkout_closed)
        dialog.track_requested.connect(lambda: self.open_track_dialog())
        self.checkout_dialog = dialog
        dialog.open()
        return dialog

    def _account_label(self, record: OrderRecord) -> str | None:
        """The label a notice names the order's account by; None with one account only."""
        if len(self.session.accounts()) < 2:
            return None
        return self.session.label_of(AccountRef(record.base_url, record.account))

    def _purchase_requested(self, request: PurchaseRequest) -> None:
        self.open_checkout(
            request.product,
            category_id=request.category_id,
            quantity=request.quantity,
            note=request.note,
        )

    def buy_again(self, record: OrderRecord) -> None:
        """Read the product's current price and stock from the store, then open the checkout
        pre-filled with the order's product and quantity, saying what changed. Buys nothing."""
        if record.category_id is None:
            self._status(unknown_category_text(record))
            return
        self._status(
            OrdersText.tr("Looking up today's price of “{name}”…").format(name=record.product_name)
        )
        self.session.tasks.start(BUY_AGAIN_TASK, self._buy_again(record, record.category_id))

    async def _buy_again(self, record: OrderRecord, category_id: int) -> None:
        try:
            listing = await self.session.client().products(category_id)
        except ApiError as error:
            self._status(
                OrdersText.tr(
                    "Today's price could not be read, so nothing was opened: {reason}"
                ).format(reason=error.message)
            )
            return
        product = next((p for p in listing.products if p.product_id == record.product_id), None)
        if product is None:
            self._status(not_listed_text(record))
            return
        self.host.request_purchase(
            PurchaseRequest(
                product,
                category_id=category_id,
                quantity=record.quantity,
                note=buy_again_note(record, product),
            )
        )

    def save_selected(self) -> QFileDialog | None:
        record = self.panel.selected_record()
        return self.save_order(record) if record is not None else None

    def save_order(self, record: OrderRecord) -> QFileDialog | None:
        """Ask where to save the ZIP: a dialog opened with ``open()``, never ``exec()``."""
        if not record.is_completed:
            return None
        folder = self.settings.last_save_folder
        if folder is None or not folder.is_dir():
            folder = downloads_folder()
        dialog = QFileDialog(
            self.host.window(),
            OrdersText.tr("Save order #{number}").format(number=record.order_number),
        )
        dialog.setObjectName("saveOrderDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(OrdersText.tr("ZIP archives ({pattern})").format(pattern="*.zip"))
        dialog.setDefaultSuffix("zip")
        dialog.setDirectory(str(folder))
        dialog.selectFile(suggested_filename(record))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        order_id = record.order_id
        dialog.fileSelected.connect(lambda chosen: self._save_chosen(order_id, chosen))
        dialog.open()
        return dialog

    def save_order_to(self, record: OrderRecord, path: Path) -> bool:
        """Download ``record``'s ZIP to ``path`` and remember the folder for next time."""
        account = self.session.account()
        fresh = self.session.order_book.get(account, record.order_id) if account else None
        try:
            self.settings.last_save_folder = path.parent
        except (OSError, ValueError):
            log.warning("The last save folder could not be remembered", exc_info=True)
        return self.downloads.save_to(fresh or record, path)

    def open_track_dialog(self, order_id: int | None = None) -> TrackOrderDialog:
        dialog = self.track_dialog
        if dialog is None:
            dialog = TrackOrderDialog(
                self.tracker,
                self.session.tasks,
                self.host.window(),
                by_number=self._order_by_number,
                known_id=lambda order_id: self.model.row_of(order_id) is not None,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.tracked.connect(self._tracked)
            dialog.finished.connect(self._track_closed)
            self.track_dialog = dialog
        if order_id is not None:
            dialog.set_order_id(order_id)
        dialog.open()
        dialog.raise_()
        return dialog

    def export_csv(self) -> QFileDialog:
        return open_csv_export_dialog(
            self.host.window(),
            title=OrdersText.tr("Export orders as CSV"),
            object_name="exportOrdersDialog",
            stem="teleaccounthub-orders",
            folder=self.settings.last_save_folder,
            chosen=self.export_csv_to,
        )

    def export_csv_to(self, path: Path) -> int | None:
        account = self.session.account()
        if account is None:
            self._status(OrdersText.tr("Enter your API key to export its orders."))
            return None
        try:
            rows = self.session.order_book.export_csv(account, path)
        except OSError as error:
            self._status(
                OrdersText.tr("The orders could not be exported: {reason}").format(reason=error)
            )
            return None
        self._status(OrdersText.tr("Exported %Ln order(s) to {path}.", "", rows).format(path=path))
        return rows

    def reload(self) -> None:
        """Show the current account's orders and follow its processing ones (key changed)."""
        account = self.session.account()
        records = self.session.order_book.orders(account) if account is not None else []
        self.model.set_orders(account, records)
        self._refresh_journal()
        self.progress.clear_finished()
        self.tracker.resume()
        folder = self.settings.auto_save_folder
        if folder is not None:  # also those that completed while the app was not running
            for record in records:
                if record.is_completed and record.download_ready and not record.is_saved:
                    self.downloads.auto_save(record, folder)
        self._update_download_action()

    # -- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        host = self.host
        host.buy_requested.connect(
            lambda product: self.open_checkout(
                product, category_id=self.host.selected_category_id()
            )
        )
        host.purchase_requested.connect(self._purchase_requested)
        host.closed.connect(self._window_closed)
        self.download_action.triggered.connect(self.save_selected)
        self.download_action.changed.connect(self._sync_save_action)
        self.session.key_changed.connect(self.reload)
        self.session.key_changed.connect(self._close_checkout_of_another_account)
        self.balance.balance_changed.connect(self._balance_changed)

        self.checkout.blocked_changed.connect(host.set_buy_blocked)
        self.checkout.journal_changed.connect(self._refresh_journal)
        self.checkout.order_placed.connect(self._order_placed)
        self.checkout.finished.connect(self._checkout_finished)

        self.tracker.orders_updated.connect(self.model.upsert_many)
        self.tracker.order_ready.connect(self._order_ready)
        self.tracker.poll_failed.connect(lambda _id, message: self._status(message))
        self.tracker.poll_failed.connect(self.model.mark_unreadable)
        self.tracker.order_stopped.connect(self.model.mark_stopped)
        self.tracker.order_stopped.connect(lambda _id, message: self._status(message))
        self.tracker.loop_failed.connect(self._status)

        self.downloads.saved.connect(self._saved)
        self.downloads.failed.connect(lambda _record, message: self._status(message))
        self.downloads.started.connect(lambda *_: self._update_download_action())
        self.downloads.cancelled.connect(lambda *_: self._update_download_action())

        panel = self.panel
        panel.save_requested.connect(self.save_order)
        panel.open_folder_requested.connect(self._open_folder)
        panel.check_now_requested.connect(self._check_now)
        panel.buy_again_requested.connect(self.buy_again)
        panel.current_changed.connect(self.details.show_record)
        details = self.details
        details.save_requested.connect(self.save_order)
        details.open_folder_requested.connect(self._open_folder)
        details.check_now_requested.connect(self._check_now)
        details.buy_again_requested.connect(self.buy_again)
        panel.track_requested.connect(lambda: self.open_track_dialog())
        panel.export_requested.connect(self.export_csv)
        panel.dismiss_intent_requested.connect(self.dismiss_intent)
        self.notice.track_requested.connect(lambda: self.open_track_dialog())
        self.notice.dismiss_requested.connect(self.dismiss_intent)
        panel.current_changed.connect(lambda _record: self._update_download_action())
        panel.summary_changed.connect(self.summary_label.setText)
        self.summary_label.setText(panel.summary())
        for changed in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            changed.connect(self._update_attention)

    def _sync_save_action(self) -> None:
        """The panel's "Save ZIP…" says what the window's does (in the language it is in)."""
        save = self.panel.save_action
        if save.text() != self.download_action.text():
            save.setText(self.download_action.text())
        if save.toolTip() != self.download_action.toolTip():
            save.setToolTip(self.download_action.toolTip())

    def _update_attention(self) -> None:
        self.host.set_attention_count(waiting_to_be_saved(self.model.records()))

    # -- slots ---------------------------------------------------------------------------------

    def dismiss_intent(self, intent_id: int) -> None:
        """The customer says a purchase with an unknown outcome did not go through."""
        try:
            self.session.order_book.journal.resolve(intent_id, IntentState.DISMISSED)
        except Exception:
            log.exception("Purchase intent %s could not be dismissed", intent_id)
            self._status(
                OrdersText.tr(
                    "The notice could not be dismissed: the order book cannot be written."
                )
            )
            return
        self._refresh_journal()

    def _refresh_journal(self) -> None:
        """Show the journal's unresolved purchases: rows in the list; a notice for those an
        earlier run of the app left open (it died while the checkout was in flight)."""
        account = self.session.account()
        try:
            unresolved = (
                self.session.order_book.journal.unresolved(account) if account is not None else []
            )
        except Exception:
            log.exception("The purchase journal could not be read")
            unresolved = []
        self.model.set_intents(unresolved)
        current = self.balance.current()
        interrupted = [i for i in unresolved if i.interrupted(self.checkout.run_id)]
        self.notice.show_intents(interrupted, current.balance_usd if current else None)

    def _resolve_intents_for(self, record: OrderRecord) -> None:
        """A tracked order that matches an unresolved purchase (same product and quantity,
        tracked after it was sent) is what that purchase became."""
        matches: list[PurchaseIntent] = [
            intent
            for intent in self.model.intents()
            if intent.product_id == record.product_id and intent.quantity == record.quantity
        ]
        if not matches:
            return
        intent = matches[-1]  # the oldest such purchase first
        try:
            self.session.order_book.journal.resolve(
                intent.intent_id,
                IntentState.PLACED,
                order_id=record.order_id,
                order_number=record.order_number,
                reason=OrdersText.tr("Found by tracking the order by id."),
            )
        except Exception:
            log.exception("Purchase intent %s could not be resolved", intent.intent_id)
        self._refresh_journal()

    def _status_history(self, record: OrderRecord) -> list[StatusChange]:
        account = AccountRef(record.base_url, record.account)
        return self.session.order_book.status_history(account, record.order_id)

    def _order_by_number(self, number: str) -> OrderRecord | None:
        account = self.session.account()
        return self.session.order_book.find_by_number(account, number) if account else None

    def _balance_changed(self, balance: Balance | None) -> None:
        if self.checkout_dialog is not None:
            self.checkout_dialog.set_balance(balance.balance_usd if balance else None)
        if self.notice.intents():
            self._refresh_journal()

    def _order_placed(self, record: OrderRecord) -> None:
        self.model.upsert(record)
        self.panel.select_order(record.order_id)

    def _checkout_finished(self, outcome: CheckoutOutcome) -> None:
        if outcome.kind is OutcomeKind.PLACED:
            self._status(outcome.message)
            if outcome.request.category_id is not None:
                self.catalog.refresh_category(outcome.request.category_id)

    def _close_checkout_of_another_account(self) -> None:
        """An open checkout shows the figures of the account it was opened for; once another
        account is in use, Buy there would charge the new one on those figures. A checkout in
        flight (sent with the old key) or an outcome still to be read stays open."""
        dialog = self.checkout_dialog
        if dialog is None or self.checkout.busy or dialog.holds_buying:
            return
        dialog.reject()
        # After the switcher's own "Using the account …", which the same change shows.
        QTimer.singleShot(0, self, lambda: self._status(account_changed_text()))

    def _checkout_closed(self) -> None:
        self.checkout_dialog = None

    def _track_closed(self) -> None:
        self.track_dialog = None

    def _tracked(self, record: OrderRecord, already_listed: bool) -> None:
        self.model.upsert(record)
        self.panel.select_order(record.order_id)
        if already_listed:
            text = OrdersText.tr(
                "Order #{number} (id {order_id}) was already in your order list; it is selected "
                "and was checked again."
            )
        else:
            text = OrdersText.tr("Order #{number} (id {order_id}) is now in your order list.")
        self._status(text.format(number=record.order_number, order_id=record.order_id))
        self._resolve_intents_for(record)

    def _order_ready(self, record: OrderRecord) -> None:
        self.model.upsert(record)
        self.notifier.order_ready(record)
        folder = self.settings.auto_save_folder
        account = self.session.account()
        # Another account's order is saved when that account is in use again (``reload``).
        if folder is not None and account is not None and belongs_to(record, account):
            self.downloads.auto_save(record, folder)
        self._update_download_action()

    def _save_chosen(self, order_id: int, chosen: str) -> None:
        account = self.session.account()
        record = self.session.order_book.get(account, order_id) if account else None
        if record is not None:
            self.save_order_to(record, Path(chosen))

    def _saved(self, record: OrderRecord) -> None:
        self.model.upsert(record)
        self._status(
            OrdersText.tr("Order #{number} saved to {path}.").format(
                number=record.order_number, path=record.saved_path
            )
        )
        self._update_download_action()

    def _open_folder(self, record: OrderRecord) -> None:
        if record.saved_path:
            problem = reveal_problem(Path(record.saved_path), self.reveal)
            if problem:
                self._status(problem)

    def _check_now(self, order_id: int) -> None:
        self.tracker.check_now(order_id)
        row = self.model.row_of(order_id)
        record = self.model.record_at(row) if row is not None else None
        number = record.order_number if record is not None else str(order_id)
        self._status(
            OrdersText.tr("Asking the store about order #{number} now…").format(number=number)
        )

    def _update_download_action(self) -> None:
        record = self.panel.selected_record()
        self.download_action.setEnabled(
            record is not None
            and record.is_completed
            and not self.downloads.is_active(record.order_id)
        )

    def _window_closed(self) -> None:
        for dialog in (self.checkout_dialog, self.track_dialog):
            if dialog is not None:
                dialog.reject()

    def _status(self, text: str) -> None:
        self.host.show_status(text, STATUS_MS)


def install_orders(host: WindowHost, services: AppServices, orders: OrderServices) -> OrdersFeature:
    """Plug the orders feature into ``host`` (once), on the session's order services."""
    return OrdersFeature(host, services, orders)
