"""The real app inside a measuring child: the main window on its services, with the orders
feature installed, shown, started and shut down the way ``teleaccounthub.startup`` does it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teleaccounthub.local import DataDir, SessionKeyStore, Settings
from teleaccounthub.services.app_services import AppServices, create_services
from teleaccounthub.services.order_services import OrderServices, create_order_services
from teleaccounthub.startup import (
    settle_garbage_collector,
    share_the_interpreter_with_the_gui,
    shut_down,
)
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature, install_orders
from tests.benchmarks.qt_child import wait_until


@dataclass(slots=True)
class AppUnderTest:
    services: AppServices
    order_services: OrderServices
    window: MainWindow
    orders: OrdersFeature

    async def categories_shown(self) -> None:
        """Until the category list is filled and the catalog's first load has finished."""
        panel, catalog = self.window.categories, self.services.catalog
        await wait_until(lambda: panel.category_count() > 0 and not catalog.is_loading())

    def select_category(self, category_id: int) -> None:
        """Pick the category in ``categoryTree``, as a click would."""
        if not self.window.categories.select(category_id):
            raise RuntimeError(f"category {category_id} is not in the category list")

    async def aclose(self) -> None:
        """Close the window and the services the way the app's start-up does."""
        await shut_down(self.window, self.services, self.order_services)


def open_app(base_url: str, api_key: str, data_dir: Path) -> AppUnderTest:
    """The main window, shown and started, with the key used for this run only."""
    share_the_interpreter_with_the_gui()  # as start-up does first
    folder = DataDir(data_dir)
    settings = Settings(folder.settings_file)
    services = create_services(base_url, folder, settings, SessionKeyStore(), api_key=api_key)
    window = MainWindow(services)
    order_services = create_order_services(services)
    orders = install_orders(window, services, order_services)
    window.show()
    services.start()
    settle_garbage_collector()  # as start-up does once the orders feature is in
    return AppUnderTest(services, order_services, window, orders)
