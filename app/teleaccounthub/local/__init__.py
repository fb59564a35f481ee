"""What lives on this computer: order book, catalog cache, API key, settings. Imports no Qt.

Exports are imported on first use (PEP 562), so that importing one light submodule, or
this package for a model, does not load httpx or keyring before the window is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from teleaccounthub.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from teleaccounthub.local.account import AccountRef, canonical_base_url, looks_like_api_key
    from teleaccounthub.local.catalog_cache import Cached, CatalogCache
    from teleaccounthub.local.key_store import ApiKeyStore, KeyStoreUnavailable, SessionKeyStore
    from teleaccounthub.local.keyring_store import KeyringKeyStore
    from teleaccounthub.local.orderbook import OrderBook, OrderBookError, OrderRecord, UnknownOrder
    from teleaccounthub.local.paths import DataDir, default_data_dir
    from teleaccounthub.local.settings import JsonValue, Settings

_EXPORTS: dict[str, str] = {
    "AccountRef": "teleaccounthub.local.account",
    "looks_like_api_key": "teleaccounthub.local.account",
    "canonical_base_url": "teleaccounthub.local.account",
    "Cached": "teleaccounthub.local.catalog_cache",
    "CatalogCache": "teleaccounthub.local.catalog_cache",
    "ApiKeyStore": "teleaccounthub.local.key_store",
    "KeyringKeyStore": "teleaccounthub.local.keyring_store",
    "KeyStoreUnavailable": "teleaccounthub.local.key_store",
    "SessionKeyStore": "teleaccounthub.local.key_store",
    "OrderBook": "teleaccounthub.local.orderbook",
    "OrderBookError": "teleaccounthub.local.orderbook",
    "OrderRecord": "teleaccounthub.local.orderbook",
    "UnknownOrder": "teleaccounthub.local.orderbook",
    "DataDir": "teleaccounthub.local.paths",
    "default_data_dir": "teleaccounthub.local.paths",
    "JsonValue": "teleaccounthub.local.settings",
    "Settings": "teleaccounthub.local.settings",
}

__all__ = [
    "AccountRef",
    "ApiKeyStore",
    "Cached",
    "CatalogCache",
    "DataDir",
    "JsonValue",
    "KeyStoreUnavailable",
    "KeyringKeyStore",
    "OrderBook",
    "OrderBookError",
    "OrderRecord",
    "SessionKeyStore",
    "Settings",
    "UnknownOrder",
    "canonical_base_url",
    "default_data_dir",
    "looks_like_api_key",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
