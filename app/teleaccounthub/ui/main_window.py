"""The main window: categories left, products right, the balance always in view.

It only shows what the services say (by their signals) and asks them for work; it never talks
to the network itself. Start-up builds it before the services exist (``WindowStart``: the
settings and the store's address), paints the cached categories (``show_cached_categories``),
then plugs the services in (``attach``); until then Buy says the app is still starting.
Features (orders) plug in through the ``WindowHost`` calls of ``ui.host``, which this window
implements; ``downloadAction`` is the orders feature's to enable and handle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import Category, Product, ServerError, TransportError
from teleaccounthub.i18n import TrContext
from teleaccounthub.local import Settings
from teleaccounthub.local.account import canonical_base_url
from teleaccounthub.local.utc import utc_now
from teleaccounthub.services.formatting import age_text, time_text, usd
from teleaccounthub.services.low_balance import LowBalanceWatch
from teleaccounthub.services.store_money import amount_text
from teleaccounthub.ui import actions, window_state
from teleaccounthub.ui.account.balance_label import BalanceLabel
from teleaccounthub.ui.catalog.category_panel import CategoryPanel, loading_categories_text
from teleaccounthub.ui.catalog.product_model import Column
from teleaccounthub.ui.catalog.product_panel import ProductPanel, pick_a_category
from teleaccounthub.ui.error_presenter import KEY as KEY_TOPIC
from teleaccounthub.ui.error_presenter import ErrorPresenter, catalog_age_text, what_went_wrong
from teleaccounthub.ui.host import ProductMenuSection, PurchaseRequest
from teleaccounthub.ui.icons import ThemedIcons
from teleaccounthub.ui.language import is_language_change
from teleaccounthub.ui.refresh_setting import refresh_interval
from teleaccounthub.ui.toolbar_fit import fit_toolbar
from teleaccounthub.ui.widgets.banner import Banner
from teleaccounthub.ui.window_tray import WindowTray

if TYPE_CHECKING:
    from teleaccounthub.api import ApiError, Balance, CategoryList, ProductList
    from teleaccounthub.services.app_services import AppServices
    from teleaccounthub.services.balance import BalanceService
    from teleaccounthub.services.catalog import CatalogFailure, CatalogService, Snapshot
    from teleaccounthub.services.session import Session
    from teleaccounthub.ui.account.account_switcher import AccountSwitcher

    # The dialogs are imported when first opened: start-up does not need them.
    from teleaccounthub.ui.account.api_key_dialog import ApiKeyDialog
    from teleaccounthub.ui.settings_dialog import SettingsDialog
    from teleaccounthub.ui.tray import AppTray

log = logging.getLogger(__name__)

WindowText = TrContext("WindowText")

APP_TITLE = "TeleAccountHub"
AGE_TICK_MS = 30_000
SHOW_PRODUCTS_TASK = "window:show-products"
TOOLBAR_ICON_PX = 20
# The toolbar buttons that lose their words first when the toolbar does not fit the window.
WORDS_DROPPED_FIRST = ("refreshAction", "searchAction", "downloadAction", "buyAction")
SANDBOX_BADGE_STYLE = (
    "QLabel { background: #f0a500; color: #231a00; font-weight: 700; border-radius: 4px;"
    " padding: 3px 9px; letter-spacing: 1px; }"
)
SIDEBAR_MIN_WIDTH = 150
# What needs the services; disabled until they are plugged in.
NEEDS_SERVICES = ("refreshAction", "apiKeyAction", "settingsAction")
# Handled by features, which start-up installs after the first paint; on an early window they
# are disabled until then (``features_installed``).
FEATURE_ACTIONS = ("searchAction", "insightsAction", "watchAction", "watchListAction")
TRIGGERED = SIGNAL("triggered(bool)")


def starting_buy_text() -> str:
    return WindowText.tr("Starting up: buying is possible in a moment.")


def offline_buy_text() -> str:
    return WindowText.tr(
        "The store is unreachable, so buying waits until it answers again (Refresh, F5, tries now)."
    )


@dataclass(frozen=True, slots=True)
class WindowStart:
    """What the window is built on before the services exist."""

    settings: Settings
    base_url: str


class MainWindow(QMainWindow):
    """Signals: ``closed()`` once the window has closed (start-up then shuts the services down);
    ``buy_requested(Product)`` when ``buyAction`` is triggered for the selected product;
    ``purchase_requested(PurchaseRequest)`` when a feature asks for a pre-filled checkout."""

    closed = Signal()
    buy_requested = Signal(object)
    purchase_requested = Signal(object)

    services: AppServices
    session: Session
    catalog: CatalogService
    balance: BalanceService
    account_switcher: AccountSwitcher

    def __init__(
        self,
        services: AppServices | WindowStart,
        *,
        sandbox: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """On ``services`` at once, or on a ``WindowStart`` and ``attach`` later."""
        super().__init__(parent)
        if isinstance(services, WindowStart):
            start = services
        else:
            start = WindowStart(services.session.settings, services.session.base_url)
        self.settings = start.settings
        self._early_base_url = start.base_url
        self._attached = False
        self._sandbox = sandbox
        self._favourites: frozenset[int] = frozenset()
        self._restore_category = window_state.load_last_category(self.settings, start.base_url)
        self._key_dialog: ApiKeyDialog | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._lower_panel: QWidget | None = None
        self._product_menu_sections: list[ProductMenuSection] = []
        self._pending_product: tuple[int, int] | None = None  # (category id, product id)
        self._closing = False
        self._buy_block = ""
        self._buy_why = ""
        self._closed = False
        self._built = False  # resize events may come while the widgets are being built
        self._shown_once = False
        self._store_unreachable = False
        self._low_balance = LowBalanceWatch()
        self.icons = ThemedIcons()
        self.tray_presence = WindowTray(
            self, self.settings, self.icons, show=self.bring_forward, quit_app=self.quit_app
        )
        # The store did not answer the last request (a transport failure): what the window
        # shows is old, and buying waits. Cleared by the next answer.
        self._offline = False
        self._balance_at: datetime | None = None
        # What the empty product table and the empty category tree say now, as functions so
        # that a language change says it again in the new language.
        self._no_category_text: Callable[[], str] = loading_categories_text
        self._categories_placeholder: Callable[[], str] | None = None

        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_TITLE)
        self.resize(1180, 760)
        self.setMinimumSize(760, 480)

        self._build_actions()
        self._build_widgets()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._restore_state()
        self.balance_label.set_state(has_key=True, balance=None)  # "Balance …" until attached
        for name in NEEDS_SERVICES:
            self.actions_by_name[name].setEnabled(False)
        # The menus and the toolbar listen to every action: a feature's handler is one more.
        self._built_receivers = {
            name: self.actions_by_name[name].receivers(TRIGGERED) for name in FEATURE_ACTIONS
        }
        if isinstance(services, WindowStart):
            for name in FEATURE_ACTIONS:
                self.actions_by_name[name].setEnabled(False)
        self._retranslate()
        if not isinstance(services, WindowStart):
            self.attach(services)

    def attach(self, services: AppServices) -> None:
        """Plug the services in (once): from now on the window shows what they say."""
        if self._attached:
            raise RuntimeError("the window already has its services")
        self.services = services
        self.session = services.session
        self.catalog = services.catalog
        self.balance = services.balance
        self._attached = True
        if canonical_base_url(self.session.base_url) != canonical_base_url(self._early_base_url):
            # What was painted belongs to another store (the sandbox found its port taken).
            self._restore_category = window_state.load_last_category(
                self.settings, self.session.base_url
            )
            self.categories.set_categories(())
            self._show_categories_placeholder(loading_categories_text)
            self._set_no_category_text(loading_categories_text)
            self.catalog_status.setText("")
        self._favourites = self._load_favourites()
        self._add_account_switcher()
        self._connect_services()
        for name in NEEDS_SERVICES:
            self.actions_by_name[name].setEnabled(True)
        self._age_timer.start()
        self._apply_settings()
        self._built = True
        self._update_balance()
        self._set_active(self.isVisible() and not self.isMinimized())
        selected = self.categories.selected_category_id()
        if selected is not None:
            self.catalog.select_category(selected)  # picked before the services existed
            self.products.set_loading(self.catalog.is_loading())
        self._retranslate()  # the texts that depend on the services (the catalog's status)

    def features_installed(self) -> None:
        """Enable the feature actions that an installed feature now handles; the others stay
        disabled (e.g. the watch list when there is no order book)."""
        for name in FEATURE_ACTIONS:
            action = self.actions_by_name[name]
            action.setEnabled(action.receivers(TRIGGERED) > self._built_receivers[name])

    def _base_url(self) -> str:
        return self.session.base_url if self._attached else self._early_base_url

    def has_services(self) -> bool:
        return self._attached

    def was_closed(self) -> bool:
        """Has the window closed for good (``closed`` was emitted)?"""
        return self._closed

    def show_cached_categories(self, categories: CategoryList, saved_at: datetime) -> None:
        """Paint the cached ``categories`` (saved at ``saved_at``) before the services exist."""
        self.categories.set_categories(categories.categories, skipped=categories.skipped)
        self._select_first_category(categories.categories)
        self.catalog_status.setText(catalog_age_text(saved_at))

    # -- what features may use (ui.host.WindowHost) ----------------------------------------------

    def add_panel(self, widget: QWidget) -> None:
        """Put a feature's panel below the products (once); its size is remembered."""
        if self._lower_panel is not None:
            raise RuntimeError("a panel is already installed below the products")
        self._lower_panel = widget
        self.content_splitter.addWidget(widget)
        self.content_splitter.setCollapsible(0, False)
        if not window_state.restore_splitter(
            self.settings, window_state.CONTENT_SPLITTER, self.content_splitter
        ):
            # Most of the height for the products; the orders list grows when dragged.
            self.content_splitter.setSizes([7 * self.height() // 10, 3 * self.height() // 10])

    def add_notice(self, widget: QWidget) -> None:
        """Put a feature's notice strip under the message banner, above the content."""
        self._central_layout.insertWidget(self._central_layout.indexOf(self.banner) + 1, widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.statusBar().addPermanentWidget(widget)

    def show_status(self, text: str, ms: int) -> None:
        self.statusBar().showMessage(text, ms)

    def show_banner(self, text: str, *, kind: str, topic: str) -> None:
        self.banner.show_message(text, kind=kind, topic=topic)

    def add_menu_actions(self, menu: str, actions: Sequence[QAction]) -> None:
        """Add ``actions`` to the menu whose object name is ``<menu>Menu``, after a separator
        when it has entries already."""
        target = self.menuBar().findChild(QMenu, f"{menu}Menu")
        if target is None:
            raise KeyError(f"the window has no menu {menu!r}")
        if target.actions():
            target.addSeparator()
        target.addActions(list(actions))

    def action(self, name: str) -> QAction:
        found = self.findChild(QAction, name)
        if found is None:
            raise KeyError(f"the window has no action {name!r}")
        return found

    def request_purchase(self, request: PurchaseRequest) -> None:
        self.purchase_requested.emit(request)

    def notify(self, title: str, body: str) -> str:
        return self.tray_presence.notify(title, body)

    def set_attention_count(self, count: int) -> None:
        self.tray_presence.set_attention_count(count)

    # -- the shell: tray, coming forward, quitting -----------------------------------------------

    def install_tray(self, available: Callable[[], bool] | None = None) -> AppTray | None:
        """Put the app in the system tray when the desktop has one (once); None when not."""
        return self.tray_presence.install(available)

    def tray(self) -> AppTray | None:
        return self.tray_presence.tray

    def bring_forward(self) -> None:
        """Show the window (from the tray, minimised or behind others) and give it the focus."""
        if self._closing:
            return  # quitting: the window is on its way out
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """Close the window for good (Quit), even when closing it would keep it in the tray."""
        self.tray_presence.quitting = True
        self.close()

    def keeps_running_in_tray(self) -> bool:
        """Does closing the window hide it to the tray (the customer's choice in Settings)?"""
        return self.tray_presence.keeps_running()

    def add_product_menu_section(self, section: ProductMenuSection) -> None:
        self._product_menu_sections.append(section)

    def set_watched_products(self, product_ids: frozenset[int]) -> None:
        self.products.model.set_watched(product_ids)

    def show_product(self, category_id: int, product_id: int) -> bool:
        """Select ``category_id`` and, as soon as its products are shown, ``product_id``."""
        if self.categories.model.row_of(category_id) is None:
            return False
        self._pending_product = (category_id, product_id)
        if self.categories.selected_category_id() != category_id:
            self.categories.select(category_id)
        self._select_pending_product()
        return True

    def _select_pending_product(self) -> None:
        pending = self._pending_product
        if pending is None or pending[0] != self.categories.selected_category_id():
            return
        products = self.products
        if products.model.row_of(pending[1]) is None:
            return  # not among the products shown (yet): their answer is on its way
        self._pending_product = None
        if not products.select_product(pending[1]):  # hidden by the filter or "in stock only"
            products.filter_edit.clear()
            products.in_stock_check.setChecked(False)
            products.proxy.set_filter_text("")
            products.select_product(pending[1])
        products.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_product(self) -> Product | None:
        return self.products.selected_product()

    def selected_category_id(self) -> int | None:
        return self.categories.selected_category_id()

    # -- dialogs ---------------------------------------------------------------------------------

    def open_key_dialog(self, message: str = "") -> ApiKeyDialog:
        """Open the API key dialog (or bring the open one forward) with ``message``."""
        dialog = self._key_dialog
        if dialog is None:
            from teleaccounthub.ui.account.api_key_dialog import ApiKeyDialog

            dialog = ApiKeyDialog(self.session, self)
            self._key_dialog = dialog
        dialog.set_message(message)
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.open()
        return dialog

    def _ask_for_key(self) -> None:
        self.open_key_dialog()

    def _show_shortcuts(self) -> None:
        from teleaccounthub.ui.help import show_shortcuts

        show_shortcuts(self)

    def _show_about(self) -> None:
        from teleaccounthub.ui.help import show_about

        show_about(self)

    def key_dialog(self) -> ApiKeyDialog | None:
        return self._key_dialog

    def open_settings(self) -> SettingsDialog:
        dialog = self._settings_dialog
        if dialog is None:
            from teleaccounthub.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(
                self.settings,
                self,
                tray_available=self.tray_presence.tray is not None,
                session=self.session,
            )
            dialog.applied.connect(self._apply_settings)
            self._settings_dialog = dialog
        if not dialog.isVisible():
            dialog.load()
            dialog.open()
        return dialog

    # -- building --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        table = actions.create_actions(self, self.icons)
        self.actions_by_name = table
        self.refresh_action = table["refreshAction"]
        self.find_action = table["findAction"]
        self.buy_action = table["buyAction"]
        self.download_action = table["downloadAction"]
        self.favourite_action = table["favouriteAction"]
        self.in_stock_action = table["inStockAction"]
        self.key_action = table["apiKeyAction"]
        self.settings_action = table["settingsAction"]
        self.quit_action = table["quitAction"]
        self.shortcuts_action = table["shortcutsAction"]
        self.about_action = table["aboutAction"]
        # Ctrl+B while Buy is disabled says why in the status bar. Enabled only while the action
        # is disabled, so the two never compete for the key.
        self._buy_why_shortcut = QShortcut(QKeySequence(actions.shortcut_of("buyAction")), self)
        self._buy_why_shortcut.setObjectName("buyWhyShortcut")
        self._buy_why_shortcut.activated.connect(self._explain_buy)

    def _build_widgets(self) -> None:
        self.banner = Banner()
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(3)
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.hide()

        self.categories = CategoryPanel()
        self.products = ProductPanel()
        self.products.set_no_category_text(loading_categories_text)  # nothing has loaded yet
        self.content_splitter = QSplitter(Qt.Orientation.Vertical)
        self.content_splitter.setObjectName("contentSplitter")
        self.content_splitter.setChildrenCollapsible(False)
        self.content_splitter.setHandleWidth(10)
        self.content_splitter.addWidget(self.products)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.setHandleWidth(12)
        self.main_splitter.addWidget(self.categories)
        self.main_splitter.addWidget(self.content_splitter)
        # A smaller window shrinks the sidebar too (a fifth of the change), not the products only.
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 4)
        self.categories.setMinimumWidth(SIDEBAR_MIN_WIDTH)
        self.main_splitter.setCollapsible(1, False)
        self.main_splitter.setSizes([280, 900])

        central = QWidget()
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 4, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.busy)
        layout.addWidget(self.banner)
        layout.addWidget(self.main_splitter, 1)
        self._central_layout = layout
        self.setCentralWidget(central)

        self.catalog_status = QLabel()
        self.catalog_status.setObjectName("catalogStatus")
        self.catalog_status.setProperty("role", "muted")
        self.statusBar().setObjectName("statusBar")
        self.statusBar().addPermanentWidget(self.catalog_status)
        self._sandbox_note: QLabel | None = None
        if self._sandbox:
            note = QLabel()
            note.setObjectName("sandboxStatus")
            note.setProperty("role", "muted")
            self.statusBar().addPermanentWidget(note)
            self._sandbox_note = note

        self.balance_label = BalanceLabel()
        self.balance_age = QLabel()
        self.balance_age.setObjectName("balanceAge")
        self.balance_age.setProperty("role", "muted")
        self.presenter = ErrorPresenter(
            self.banner,
            retry_catalog=self._refresh_catalog,
            retry_balance=lambda: self.balance.refresh(),
            open_key_dialog=self._ask_for_key,
            status=lambda text: self.statusBar().showMessage(text, 15_000),
        )
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_TICK_MS)
        self._age_timer.timeout.connect(self._update_catalog_status)
        self._age_timer.timeout.connect(self._update_offline)  # started by attach

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menus = actions.build_menus(bar, self.actions_by_name)
        self._menus = menus
        self.orders_menu = menus[actions.Menu.ORDERS]

    def _build_toolbar(self) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(TOOLBAR_ICON_PX, TOOLBAR_ICON_PX))
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._spacer = spacer
        self._badge = self._sandbox_badge() if self._sandbox else None
        middle = [spacer] if self._badge is None else [spacer, self._badge]
        actions.fill_toolbar(toolbar, self.actions_by_name, middle=middle)
        self._balance_label_action = toolbar.addWidget(self.balance_label)
        # A widget on a toolbar is shown and hidden through its action.
        self._balance_age_action = toolbar.addWidget(self.balance_age)
        self._balance_age_action.setVisible(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _add_account_switcher(self) -> None:
        """Beside the balance: it lists the session's accounts, so it waits for the session."""
        from teleaccounthub.ui.account.account_switcher import AccountSwitcher

        self.account_switcher = AccountSwitcher(self.session, self)
        self.toolbar.insertWidget(self._balance_label_action, self.account_switcher)
        self.account_switcher.manage_requested.connect(self._ask_for_key)
        self.account_switcher.switched.connect(lambda text: self.show_status(text, 10_000))

    def _connect(self) -> None:
        self.refresh_action.triggered.connect(self._refresh_all)
        self.find_action.triggered.connect(self.products.focus_filter)
        self.buy_action.triggered.connect(self._buy)
        self.favourite_action.triggered.connect(self._toggle_selected_favourite)
        self.in_stock_action.toggled.connect(self.products.in_stock_check.setChecked)
        self.products.in_stock_check.toggled.connect(self.in_stock_action.setChecked)
        self.key_action.triggered.connect(self._ask_for_key)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.quit_app)
        self.shortcuts_action.triggered.connect(self._show_shortcuts)
        self.about_action.triggered.connect(self._show_about)
        self.balance_label.set_key_requested.connect(self._ask_for_key)

        self.categories.category_selected.connect(self._category_selected)
        self.products.selection_changed.connect(self._update_actions)
        self.products.activated.connect(self.buy_action.trigger)
        self.products.favourite_clicked.connect(self._toggle_favourite)
        self.products.bell_clicked.connect(self._bell_clicked)
        self.products.context_menu_requested.connect(self._product_menu)

    def _connect_services(self) -> None:
        self.catalog.categories_changed.connect(self._categories_changed)
        self.catalog.products_changed.connect(self._products_changed)
        self.catalog.loading_changed.connect(self._loading_changed)
        self.catalog.failed.connect(self._catalog_failed)
        self.catalog.refreshed.connect(self._catalog_refreshed)
        self.balance.balance_changed.connect(self._balance_changed)
        self.balance.failed.connect(self._balance_failed)
        self.session.key_changed.connect(self._key_changed)
        self.session.unauthorized.connect(self._unauthorized)
        self.session.notice.connect(lambda text: self.statusBar().showMessage(text, 20_000))

    # -- persistence -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.settings
        window_state.restore_window(settings, self)
        self.fit_to_screen()  # restored or default: never bigger than this screen
        window_state.restore_splitter(settings, window_state.MAIN_SPLITTER, self.main_splitter)
        window_state.restore_header(
            settings, window_state.CATEGORY_HEADER, self.categories.tree.header()
        )
        header = self.products.table.horizontalHeader()
        window_state.restore_header(settings, window_state.PRODUCT_HEADER, header)
        sort = window_state.load_sort(settings)
        if sort is not None and sort[0] < len(Column):
            header.setSortIndicator(*sort)
        self.products.in_stock_check.setChecked(window_state.load_in_stock_only(settings))
        self.products.in_stock_check.toggled.connect(self._save_in_stock_only)

    def _save_state(self) -> None:
        settings = self.settings
        try:
            window_state.save_window(settings, self)
            window_state.save_splitter(settings, window_state.MAIN_SPLITTER, self.main_splitter)
            if self._lower_panel is not None:
                window_state.save_splitter(
                    settings, window_state.CONTENT_SPLITTER, self.content_splitter
                )
            window_state.save_header(
                settings, window_state.CATEGORY_HEADER, self.categories.tree.header()
            )
            header = self.products.table.horizontalHeader()
            window_state.save_header(settings, window_state.PRODUCT_HEADER, header)
            window_state.save_sort(
                settings, header.sortIndicatorSection(), header.sortIndicatorOrder()
            )
        except OSError:
            log.exception("The window layout could not be saved")

    def _save_in_stock_only(self, enabled: bool) -> None:
        try:
            window_state.save_in_stock_only(self.settings, enabled)
        except OSError:
            log.exception("The In stock only choice could not be saved")

    def _apply_settings(self) -> None:
        seconds = refresh_interval(self.settings)
        self.catalog.set_refresh_interval(seconds)
        self.balance.set_refresh_interval(seconds)
        self.balance_label.set_threshold(self.settings.low_balance_threshold)
        self._check_low_balance()

    # -- language --------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        """Every static text in the language shown now (at start and on LanguageChange)."""
        title = WindowText.tr("TeleAccountHub — Sandbox") if self._sandbox else APP_TITLE
        self.setWindowTitle(title)
        actions.retranslate_actions(self.actions_by_name)
        actions.retranslate_menus(self._menus)
        self.menuBar().setAccessibleName(WindowText.tr("Menu bar"))
        self.toolbar.setWindowTitle(WindowText.tr("Main toolbar"))
        self.toolbar.setAccessibleName(WindowText.tr("Main toolbar"))
        self._spacer.setAccessibleName(WindowText.tr("Spacer"))
        self.busy.setAccessibleName(WindowText.tr("Loading"))
        self.content_splitter.setAccessibleName(WindowText.tr("Products and orders"))
        self.main_splitter.setAccessibleName(WindowText.tr("Categories and products"))
        self.catalog_status.setAccessibleName(WindowText.tr("Catalog status"))
        self.statusBar().setAccessibleName(WindowText.tr("Status"))
        self.balance_age.setAccessibleName(WindowText.tr("Balance age"))
        if self._sandbox_note is not None:
            self._sandbox_note.setText(WindowText.tr("Sandbox — nothing is charged"))
            self._sandbox_note.setAccessibleName(WindowText.tr("Sandbox mode"))
        if self._badge is not None:
            self._badge.setText(WindowText.tr("SANDBOX", "the badge on the toolbar"))
            self._badge.setAccessibleName(WindowText.tr("Sandbox mode"))
            self._badge.setToolTip(
                WindowText.tr(
                    "You are on the sandbox store: a demo key and demo products. "
                    "Nothing is charged."
                )
            )
        self.products.set_no_category_text(self._no_category_text)
        placeholder = self._categories_placeholder
        if placeholder is not None and self.categories.category_count() == 0:
            self.categories.show_placeholder(placeholder())
        self._update_catalog_status()
        self._update_offline()
        self._update_actions()
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        if not self._built:
            return
        droppable = [self.actions_by_name[name] for name in WORDS_DROPPED_FIRST]
        fit_toolbar(self.toolbar, self.width(), droppable)

    # -- events ----------------------------------------------------------------------------------

    def fit_to_screen(self, available: QRect | None = None) -> bool:
        """Keep the window inside ``available`` (default: its screen's available area)."""
        if available is None:
            screen = self.screen()
            if screen is None:
                return False
            available = screen.availableGeometry()
        return window_state.fit_to_screen(self, available)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # Once shown, the window manager's frame (title bar) counts too.
            QTimer.singleShot(0, self, self.fit_to_screen)
        self._set_active(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_toolbar()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        self._set_active(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._set_active(self.isVisible() and not self.isMinimized())
        elif event.type() == QEvent.Type.PaletteChange:
            self.icons.apply(self.palette())
        elif is_language_change(event):
            self._retranslate()
            self._reshow_products()

    def _reshow_products(self) -> None:
        """The product rows again: their stock and price texts follow the locale of the new
        language (they are prepared once per listing, off the GUI thread)."""
        if not self._attached:
            return
        shown = self.catalog.products()
        if shown is not None:
            self.session.tasks.start(SHOW_PRODUCTS_TASK, self._show_products(shown))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing and self.keeps_running_in_tray():
            event.ignore()
            self._save_state()
            self.hide()
            self.tray_presence.window_hidden()
            return
        if not self._closing:
            self._closing = True
            self._save_state()
            for dialog in (self._key_dialog, self._settings_dialog):
                if dialog is not None and dialog.isVisible():
                    dialog.reject()
        super().closeEvent(event)
        if event.isAccepted() and not self._closed:
            self._closed = True
            self.tray_presence.remove()
            self._set_active(False)
            self.closed.emit()

    def _set_active(self, active: bool) -> None:
        if not self._attached:
            return  # attach sets it
        active = active and not self._closing
        self.catalog.set_active(active)
        self.balance.set_active(active)

    # -- catalog ---------------------------------------------------------------------------------

    def _refresh_all(self) -> None:
        self._refresh_catalog()
        self.balance.refresh()

    def _refresh_catalog(self) -> None:
        self.catalog.refresh()

    def _categories_changed(self, snapshot: Snapshot[CategoryList]) -> None:
        self.categories.set_categories(snapshot.value.categories, skipped=snapshot.value.skipped)
        if snapshot.value.message:
            self.statusBar().showMessage(snapshot.value.message, 20_000)
        self._select_first_category(snapshot.value.categories)
        self._update_catalog_status()
        self._update_actions()  # has_purchasable_products may have changed

    def _select_first_category(self, categories: Sequence[Category]) -> None:
        """The category chosen last time, else the first one — if none is selected yet."""
        self._set_no_category_text(
            pick_a_category
            if categories
            else (lambda: WindowText.tr("The store has no categories now."))
        )
        if self.categories.selected_category_id() is None:
            wanted = self._restore_category
            restored = wanted is not None and self.categories.select(wanted)
            if not restored and self.categories.category_count():
                self.categories.select(self.categories.model.category(0).category_id)

    def _category_selected(self, category_id: int | None) -> None:
        name = None
        if category_id is not None:
            row = self.categories.model.row_of(category_id)
            name = self.categories.model.category(row).category_name if row is not None else None
            self._restore_category = category_id
            try:
                window_state.save_last_category(self.settings, self._base_url(), category_id)
            except OSError:
                log.exception("The last category could not be saved")
        if self._pending_product is not None and self._pending_product[0] != category_id:
            self._pending_product = None  # the customer went elsewhere meanwhile
        self.products.show_category(name)
        if self._attached:
            self.session.tasks.cancel(SHOW_PRODUCTS_TASK)
            self.catalog.select_category(category_id)
            self.products.set_loading(self.catalog.is_loading())
        else:
            self.products.set_loading(category_id is not None)  # attach asks for them
        self._update_actions()

    def _products_changed(self, snapshot: Snapshot[ProductList]) -> None:
        self.session.tasks.start(SHOW_PRODUCTS_TASK, self._show_products(snapshot))

    async def _show_products(self, snapshot: Snapshot[ProductList]) -> None:
        listed = snapshot.value
        await self.products.show_products(listed.products, self._favourites, skipped=listed.skipped)
        self._select_pending_product()
        self._update_catalog_status()
        self._update_actions()

    def _loading_changed(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        self.products.set_loading(loading)
        if loading and self.categories.category_count() == 0:
            self._show_categories_placeholder(loading_categories_text)
            self._set_no_category_text(loading_categories_text)

    def _catalog_failed(self, failure: CatalogFailure) -> None:
        if isinstance(failure.error, TransportError | ServerError):
            self._store_unreachable = True  # what is on screen is now the last good catalog
        if isinstance(failure.error, TransportError):
            self._set_offline(True)
        self.presenter.catalog_failed(failure, self._cached_since(), self._next_catalog_try())
        if failure.what == "products":
            self.products.show_not_loaded()
        if self.categories.category_count() == 0:
            error = failure.error
            self._show_categories_placeholder(
                lambda: WindowText.tr(
                    "No catalog yet: {reason}. It will show here as soon as the store answers."
                ).format(reason=what_went_wrong(error))
            )
            self._set_no_category_text(lambda: WindowText.tr("The categories have not loaded yet."))
        self._update_catalog_status()

    def _set_no_category_text(self, text: Callable[[], str]) -> None:
        self._no_category_text = text
        self.products.set_no_category_text(text)

    def _show_categories_placeholder(self, text: Callable[[], str]) -> None:
        self._categories_placeholder = text
        self.categories.show_placeholder(text())

    def _next_catalog_try(self) -> float | None:
        """In how many seconds the periodic refresh tries the catalog again (None: it will not
        by itself, e.g. while the window is hidden)."""
        loop = self.catalog.periodic
        if not loop.running():
            return None
        seconds = loop.seconds_to_next_round()
        # Failing inside a round: the next one starts a whole interval after it ends.
        return float(self.catalog.refresh_interval()) if seconds is None else seconds

    def _catalog_refreshed(self) -> None:
        self._store_unreachable = False
        self._set_offline(False)
        self.presenter.catalog_recovered()
        self._update_catalog_status()

    def _cached_since(self) -> datetime | None:
        """Since when the catalog on screen is not live: the oldest cached part, or — while the
        store is unreachable — the last good answer. None when it is live."""
        shown = [s for s in (self.catalog.categories(), self.catalog.products()) if s is not None]
        stale = [s.saved_at for s in shown if not s.live or self._store_unreachable]
        return min(stale) if stale else None

    def _update_catalog_status(self) -> None:
        if not self._attached:
            return  # the early paint set it
        cached = self._cached_since()
        if cached is not None:
            self.catalog_status.setText(catalog_age_text(cached))
            return
        categories = self.catalog.categories()
        if categories is None:
            self.catalog_status.setText("")
            return
        self.catalog_status.setText(
            WindowText.tr("Catalog updated {time}").format(time=time_text(categories.saved_at))
        )

    # -- products --------------------------------------------------------------------------------

    def _toggle_selected_favourite(self) -> None:
        product = self.selected_product()
        if product is not None:
            self._toggle_favourite(product.product_id)

    def _toggle_favourite(self, product_id: int) -> None:
        favourite = product_id not in self._favourites
        try:
            self.settings.set_favourite(
                self.session.base_url, product_id, favourite, self.session.active_account_id()
            )
        except OSError:
            log.exception("Favourites could not be saved")
            self.statusBar().showMessage(WindowText.tr("The favourite could not be saved."), 10_000)
            return
        self._favourites = self._load_favourites()
        self.products.set_favourite(product_id, favourite)

    def _bell_clicked(self, product_id: int) -> None:
        """A product's bell: the watch feature's ``watchAction``, for that product."""
        selected = self.selected_product()
        other = selected is None or selected.product_id != product_id
        if other and not self.products.select_product(product_id):
            return
        self.action("watchAction").trigger()

    def _product_menu(self, position: QPoint) -> None:
        product = self.selected_product()
        if product is None:
            return
        menu = QMenu(self)
        menu.setObjectName("productMenu")
        menu.setAccessibleName(WindowText.tr("Product actions"))
        menu.addAction(self.buy_action)
        pinned = product.product_id in self._favourites
        pin = menu.addAction(WindowText.tr("Unpin") if pinned else WindowText.tr("Pin to the top"))
        pin.triggered.connect(lambda: self._toggle_favourite(product.product_id))
        for section in self._product_menu_sections:
            menu.addSeparator()
            section(menu, product)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(position)

    def _buy(self) -> None:
        product = self.selected_product()
        if product is not None and not self.buy_refusal(product):
            self.buy_requested.emit(product)

    def set_buy_blocked(self, reason: str) -> None:
        """Keep ``buyAction`` disabled whatever is selected, saying ``reason`` ("" lifts it)."""
        self._buy_block = reason
        self._update_actions()
        if reason:
            self.statusBar().showMessage(reason, 10_000)

    def buy_refusal(self, product: Product | None) -> str:
        """Why ``product`` cannot be bought now, in words for the customer ("" when it can)."""
        if self._buy_block:
            return self._buy_block
        if not self._attached:
            return starting_buy_text()
        if not self.session.has_key():
            return WindowText.tr("Enter your API key to buy (File → Accounts…).")
        if self._offline:
            return offline_buy_text()
        if product is None:
            return WindowText.tr("Select a product to buy.")
        if product.total_stock < 1:
            return WindowText.tr("{name} is out of stock.").format(name=product.product_name)
        snapshot = self.catalog.categories()
        if snapshot is not None and not snapshot.value.has_purchasable_products:
            message = (snapshot.value.message or "").strip()
            return message or WindowText.tr("The store says nothing can be bought right now.")
        return ""

    def _explain_buy(self) -> None:
        why = self._buy_why or WindowText.tr("Select a product to buy.")
        self.statusBar().showMessage(why, 10_000)

    def _update_actions(self) -> None:
        product = self.selected_product()
        why = self.buy_refusal(product)
        self._buy_why = why
        self.buy_action.setEnabled(not why)
        tip = why or actions.spec("buyAction").tooltip
        self.buy_action.setToolTip(tip)
        self.buy_action.setStatusTip(tip)
        self._buy_why_shortcut.setEnabled(bool(why))
        self.favourite_action.setEnabled(product is not None)
        if product is not None and product.product_id in self._favourites:
            self.favourite_action.setText(WindowText.tr("Un&pin product"))
        else:
            self.favourite_action.setText(actions.spec("favouriteAction").text)

    # -- balance and key -------------------------------------------------------------------------

    def _balance_changed(self, balance: Balance | None) -> None:
        self._update_balance()
        if balance is not None:
            self._balance_at = utc_now()
            self.presenter.balance_recovered()
            self._set_offline(False)
        self._update_offline()
        self._check_low_balance()

    def _balance_failed(self, error: ApiError) -> None:
        if isinstance(error, TransportError):
            self._set_offline(True)
        self.presenter.balance_failed(error)

    def _set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
            self._update_offline()
            self._update_actions()

    def _update_offline(self) -> None:
        """Offline, the balance on screen is the last one the store sent: say how old."""
        since = self._balance_at
        stale = self._offline and since is not None and self.balance.current() is not None
        if stale and since is not None:
            self.balance_age.setText(
                WindowText.tr("from {age}", "the balance shown is from 5 min ago").format(
                    age=age_text(utc_now() - since)
                )
            )
            self.balance_age.setToolTip(
                WindowText.tr(
                    "The store is unreachable: this is the last balance it sent. Buying waits "
                    "until it answers again."
                )
            )
        if self._balance_age_action.isVisible() != stale:
            self._balance_age_action.setVisible(stale)
            self._fit_toolbar()

    def _check_low_balance(self) -> None:
        """Say it once each time the balance drops below the threshold set in Settings."""
        balance = self.balance.current() if self.session.has_key() else None
        threshold = self.settings.low_balance_threshold
        amount = balance.balance_usd if balance is not None else None
        if balance is not None and self._low_balance.update(amount, threshold):
            self.notify(
                WindowText.tr("Your balance is low"),
                WindowText.tr(
                    "{balance} left, below the {threshold} set in Settings. Top up in the "
                    "store's Telegram bot to keep buying."
                ).format(
                    balance=amount_text(balance.balance_display, balance.balance_usd),
                    threshold=usd(threshold),
                ),
            )

    def _update_balance(self) -> None:
        session = self.session
        self.balance_label.set_state(
            has_key=session.has_key(), balance=self.balance.current(), refused=session.key_refused()
        )
        self._fit_toolbar()  # the balance's words may be longer now

    def _key_changed(self) -> None:
        self._low_balance.reset()  # another account: its balance is news
        self._update_balance()
        if not self.session.key_refused():
            self.banner.clear(KEY_TOPIC)  # "the store refused the key" is about another key
        self._follow_account_favourites()
        self._update_actions()

    def _load_favourites(self) -> frozenset[int]:
        """The pinned products of the account in use (of the store, without a key)."""
        return self.settings.favourites(self.session.base_url, self.session.active_account_id())

    def _follow_account_favourites(self) -> None:
        before, self._favourites = self._favourites, self._load_favourites()
        for product_id in before ^ self._favourites:
            self.products.set_favourite(product_id, product_id in self._favourites)

    def _unauthorized(self, message: str) -> None:
        self._update_balance()
        self.presenter.unauthorized(message)
        self.open_key_dialog(
            WindowText.tr(
                "The store refused the API key ({reason}). Paste a valid key from the Telegram "
                "bot, then Test and Save."
            ).format(reason=message.rstrip("."))
        )

    def _sandbox_badge(self) -> QLabel:
        badge = QLabel()
        badge.setObjectName("sandboxBadge")
        badge.setStyleSheet(SANDBOX_BADGE_STYLE)
        return badge
