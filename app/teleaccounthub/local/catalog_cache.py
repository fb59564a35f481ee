"""The last good catalog per store, so categories and products show at once on a slow network.

Files are JSON in the API's own shape (plus ``saved_at`` and ``base_url``), written atomically.
A cache file that is corrupt, nested too deeply to parse or for another store is dropped
(removed) and treated as absent, as is an unreadable one — logged, never raised — so the catalog
loads from the network as if there were no cache.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Generic, TypeVar

from teleaccounthub.api import CategoryList, ProductList, UnexpectedResponse
from teleaccounthub.api.json_text import release_in_pieces
from teleaccounthub.local import catalog_json, utc
from teleaccounthub.local.account import canonical_base_url
from teleaccounthub.local.atomic import atomic_write_text_chunks

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Cached(Generic[T]):
    value: T
    saved_at: datetime

    def age(self, now: datetime | None = None) -> timedelta:
        return (now if now is not None else utc.utc_now()) - self.saved_at


class CatalogCache:
    """The cached catalog of one store (base URL) under ``cache_dir``."""

    def __init__(self, cache_dir: Path, base_url: str) -> None:
        self.base_url = canonical_base_url(base_url)
        self.folder = cache_dir / "catalog" / _folder_name(self.base_url)

    def save_categories(
        self, categories: CategoryList, *, saved_at: datetime | None = None
    ) -> None:
        path = self.folder / "categories.json"
        self._save(path, catalog_json.categories_to_json(categories), saved_at)

    def load_categories(self) -> Cached[CategoryList] | None:
        return self._load(self.folder / "categories.json", CategoryList.from_json)

    def save_products(self, products: ProductList, *, saved_at: datetime | None = None) -> None:
        path = self._products_path(products.category_id)
        self._save(path, catalog_json.products_to_json(products), saved_at)

    def load_products(self, category_id: int) -> Cached[ProductList] | None:
        cached = self._load(self._products_path(category_id), ProductList.from_json)
        if cached is not None and cached.value.category_id != category_id:
            log.warning(
                "Catalog cache for category %d holds another category; ignored", category_id
            )
            return None
        return cached

    def _products_path(self, category_id: int) -> Path:
        return self.folder / f"products-{int(category_id)}.json"

    def _save(self, path: Path, payload: dict[str, Any], saved_at: datetime | None) -> None:
        moment = saved_at if saved_at is not None else utc.utc_now()
        document = {**payload, "saved_at": utc.to_text(moment), "base_url": self.base_url}
        try:
            atomic_write_text_chunks(path, _unhurried(catalog_json.dump_chunks(document)))
        finally:
            release_in_pieces(document)  # 300,000 dicts freed at once would stall the GUI

    def _load(self, path: Path, parse: Callable[[Any], T]) -> Cached[T] | None:
        try:
            text = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            log.warning("Catalog cache %s is unreadable; ignored: %s", path, error)
            return None
        try:
            document = catalog_json.loads(text)
            if not isinstance(document, dict):
                raise ValueError("not a JSON object")
            if document.get("base_url") != self.base_url:
                raise ValueError(f"written for {document.get('base_url')!r}")
            saved_at = document.get("saved_at")
            if not isinstance(saved_at, str):
                raise ValueError("no saved_at")
            try:
                return Cached(parse(document), utc.from_text(saved_at))
            finally:
                release_in_pieces(document)
        except (ValueError, UnexpectedResponse, RecursionError, TypeError, KeyError) as error:
            # json.JSONDecodeError is a ValueError; so are bad timestamps. Deep nesting is a
            # RecursionError.
            log.warning("Catalog cache %s is corrupt; dropped: %r", path, error)
            _drop(path)
            return None


# Between two pieces of a cache file, the writing thread sleeps this long. Encoding is Python
# work: without a pause the GUI thread waits for the GIL after each of its Qt calls (measured:
# filter keystrokes of 100–200 ms on 20,000 rows while the category was being cached, 18 ms
# without the write). The cache is not urgent; the pauses add about 0.3 s per 20,000 products.
CACHE_PAUSE_SECONDS = 0.008


def _unhurried(chunks: Iterator[str]) -> Iterator[str]:
    for chunk in chunks:
        yield chunk
        time.sleep(CACHE_PAUSE_SECONDS)


def _drop(path: Path) -> None:
    try:
        path.unlink()
    except OSError as error:
        log.warning("Catalog cache %s could not be removed: %s", path, error)


def _folder_name(base_url: str) -> str:
    """A readable, collision-free folder name for a base URL."""
    host = base_url.split("://", 1)[1]
    readable = re.sub(r"[^a-z0-9.-]+", "_", host)[:60]
    digest = hashlib.sha256(base_url.encode("utf-8")).hexdigest()[:12]
    return f"{readable}-{digest}"
