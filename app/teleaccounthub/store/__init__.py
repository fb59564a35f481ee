"""What lives on this computer: order book, catalog cache, API key, settings. Imports no Qt."""

from teleaccounthub.store.account import AccountRef, looks_like_api_key, normalise_base_url
from teleaccounthub.store.catalog_cache import Cached, CatalogCache
from teleaccounthub.store.keystore import (
    ApiKeyStore,
    KeyStore,
    KeyStoreUnavailable,
    SessionKeyStore,
)
from teleaccounthub.store.orderbook import OrderBook, OrderBookError, OrderRecord, UnknownOrder
from teleaccounthub.store.paths import DataDir, default_data_dir
from teleaccounthub.store.settings import JsonValue, Settings

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
