"""A window that is nothing but a ``WindowHost``: it keeps what a feature gives it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

from teleaccounthub.api import Product
from teleaccounthub.ui.host import ProductMenuSection, PurchaseRequest


class FakeHost(QWidget):
    buy_requested = Signal(object)
    purchase_requested = Signal(object)
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._layout = QVBoxLayout(self)
        self.panels: list[QWidget] = []
        self.notices: list[QWidget] = []
        self.status_widgets: list[QWidget] = []
        self.statuses: list[str] = []
        self.banners: list[str] = []
        self.menus: dict[str, list[QAction]] = {}
        self.buy_blocks: list[str] = []
        self.notifications: list[tuple[str, str]] = []
        self.attention_counts: list[int] = []
        self.product_menu_sections: list[ProductMenuSection] = []
        self.watched_products: frozenset[int] = frozenset()
        self.shown_products: list[tuple[int, int]] = []
        self.product: Product | None = None
        self.category_id: int | None = None
        download = QAction("Save ZIP…", self)
        download.setObjectName("downloadAction")
        download.setEnabled(False)  # as the main window's: the orders feature enables it
        self.actions_by_name = {"downloadAction": download}

    def add_panel(self, widget: QWidget) -> None:
        self.panels.append(widget)
        self._layout.addWidget(widget)

    def add_notice(self, widget: QWidget) -> None:
        self.notices.append(widget)
        self._layout.addWidget(widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self.status_widgets.append(widget)
        self._layout.addWidget(widget)

    def show_status(self, text: str, ms: int) -> None:
        self.statuses.append(text)

    def show_banner(self, text: str, *, kind: str, topic: str) -> None:
        self.banners.append(text)

    def add_menu_actions(self, menu: str, actions: Sequence[QAction]) -> None:
        self.menus.setdefault(menu, []).extend(actions)

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def set_buy_blocked(self, reason: str) -> None:
        self.buy_blocks.append(reason)

    def request_purchase(self, request: PurchaseRequest) -> None:
        self.purchase_requested.emit(request)

    def notify(self, title: str, body: str) -> str:
        self.notifications.append((title, body))
        return "status"

    def set_attention_count(self, count: int) -> None:
        self.attention_counts.append(count)

    def add_product_menu_section(self, section: ProductMenuSection) -> None:
        self.product_menu_sections.append(section)

    def set_watched_products(self, product_ids: frozenset[int]) -> None:
        self.watched_products = product_ids

    def show_product(self, category_id: int, product_id: int) -> bool:
        self.shown_products.append((category_id, product_id))
        return True

    def selected_product(self) -> Product | None:
        return self.product

    def selected_category_id(self) -> int | None:
        return self.category_id

    def close_window(self) -> None:
        self.close()
        self.closed.emit()
