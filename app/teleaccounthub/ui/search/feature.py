"""Plugging the store search into a window: ``install_search(host, services, search)``.

The window's ``searchAction`` (Ctrl+K) opens the search dialog (built on first use); a chosen
result opens its product in its category through ``WindowHost.show_product``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from teleaccounthub.i18n import TrContext
from teleaccounthub.services.app_services import AppServices
from teleaccounthub.services.search_results import SearchHit
from teleaccounthub.services.store_search import StoreSearch, create_store_search
from teleaccounthub.ui.host import WindowHost
from teleaccounthub.ui.search.search_dialog import SearchDialog

log = logging.getLogger(__name__)
SearchText = TrContext("SearchText")

__all__ = ["SearchFeature", "create_store_search", "install_search"]

# The window's action the feature handles (its object name: automation contract).
SEARCH_ACTION = "searchAction"


class SearchFeature(QObject):
    """The search of one window. ``open_search()`` is what Ctrl+K does (tests call it too)."""

    def __init__(self, host: WindowHost, search: StoreSearch) -> None:
        super().__init__(host.window())
        self.host = host
        self.search = search
        self.dialog: SearchDialog | None = None
        host.action(SEARCH_ACTION).triggered.connect(self.open_search)
        host.closed.connect(self._close)

    def open_search(self) -> SearchDialog:
        dialog = self.dialog
        if dialog is None:
            dialog = SearchDialog(self.search, self.host.window())
            dialog.product_chosen.connect(self._chosen)
            self.dialog = dialog
        dialog.open_search(self.host.window())
        return dialog

    def _chosen(self, hit: SearchHit) -> None:
        if self.dialog is not None:
            self.dialog.close()
        if not self.host.show_product(hit.category_id, hit.product.product_id):
            self.host.show_status(
                SearchText.tr("{category} is no longer in the store's category list.").format(
                    category=hit.category_name
                ),
                10_000,
            )

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()


def install_search(host: WindowHost, services: AppServices, search: StoreSearch) -> SearchFeature:
    """Plug the store search into ``host``; ``search`` is ``create_store_search(services)``."""
    del services  # the search's services are in ``search``; the signature is every feature's
    feature = SearchFeature(host, search)
    log.info("Search feature installed")
    return feature
