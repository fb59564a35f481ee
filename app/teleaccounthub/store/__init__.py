"""What lives on this computer: order book, catalog cache, API key, settings. Imports no Qt.

Exports are imported on first use (PEP 562), so that importing one light submodule, or
this package for a model, does not load httpx or keyring before the window is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from teleaccounthub.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from teleaccounthub.store.account import AccountRef, looks_like_api_key, normalise_base_url
    from teleaccounthub.store.catalog_cache import Cached, CatalogCache
    from teleaccounthub.store.key_stores import ApiKeyStore, KeyStoreUnavailable, SessionKeyStore
    from teleaccounthub.store.keystore import KeyStore
    from teleaccounthub.store.orderbook import OrderBook, OrderBookError, OrderRecord, UnknownOrder
    from teleaccounthub.store.paths import DataDir, default_data_dir
    from teleaccounthub.store.settings import JsonValue, Settings

_EXPORTS: dict[str, str] = {
    "AccountRef": "teleaccounthub.store.account",
    "looks_like_api_key": "teleaccounthub.store.account",
    "normalise_base_url": "teleaccounthub.store.account",
    "Cached": "teleaccounthub.store.catalog_cache",
    "CatalogCache": "teleaccounthub.store.catalog_cache",
    "ApiKeyStore": "teleaccounthub.store.key_stores",
    "KeyStore": "teleaccounthub.store.keystore",
    "KeyStoreUnavailable": "teleaccounthub.store.key_stores",
    "SessionKeyStore": "teleaccounthub.store.key_stores",
    "OrderBook": "teleaccounthub.store.orderbook",
    "OrderBookError": "teleaccounthub.store.orderbook",
    "OrderRecord": "teleaccounthub.store.orderbook",
    "UnknownOrder": "teleaccounthub.store.orderbook",
    "DataDir": "teleaccounthub.store.paths",
    "default_data_dir": "teleaccounthub.store.paths",
    "JsonValue": "teleaccounthub.store.settings",
    "Settings": "teleaccounthub.store.settings",
}

__all__ = [
    "AccountRef",
    "ApiKeyStore",
    "Cached",
    "CatalogCache",
    "DataDir",
    "JsonValue",
    "KeyStore",
    "KeyStoreUnavailable",
    "OrderBook",
    "OrderBookError",
    "OrderRecord",
    "SessionKeyStore",
    "Settings",
    "UnknownOrder",
    "default_data_dir",
    "looks_like_api_key",
    "normalise_base_url",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
