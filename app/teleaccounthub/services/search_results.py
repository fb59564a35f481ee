"""The store search's data: one category's rows ready to search, the hits and the results.

``prepare_category`` builds a category's rows on any thread (folded name haystacks, the country
haystacks of ``search_text``, stock flags); ``find_hits`` searches them on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from teleaccounthub.api import Category, Product, ProductList
from teleaccounthub.collector import bulk_building
from teleaccounthub.i18n import TrContext
from teleaccounthub.services.catalog import Snapshot
from teleaccounthub.services.search_text import (
    Query,
    country_haystacks,
    matching_rows,
    name_haystack,
)

SearchText = TrContext("SearchText")

# Results a search returns at most; the rest is counted ("N more — refine").
RESULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class SearchHit:
    product: Product
    category_id: int
    category_name: str


@dataclass(frozen=True, slots=True)
class CategoryRows:
    """One category's products ready to search (built by ``prepare_category``, any thread)."""

    category_id: int
    products: tuple[Product, ...]
    haystacks: tuple[str, ...]
    dial_codes: tuple[str, ...]
    countries: dict[str, str]
    in_stock: bytes
    saved_at: datetime
    live: bool

    def dials(self) -> tuple[str, ...]:
        return self.dial_codes


def prepare_category(snapshot: Snapshot[ProductList]) -> CategoryRows:
    """The search rows of one category's products (plain Python, collector paused)."""
    with bulk_building():
        products = snapshot.value.products
        dial_codes = tuple(product.dial_code for product in products)
        return CategoryRows(
            snapshot.value.category_id,
            products,
            tuple(
                name_haystack(product.product_name, dial)
                for product, dial in zip(products, dial_codes, strict=True)
            ),
            dial_codes,
            country_haystacks(dial_codes),
            bytes(1 if product.total_stock > 0 else 0 for product in products),
            snapshot.saved_at,
            snapshot.live,
        )


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    """At most the limit, category by category (in the store's order), in stock first."""
    total: int
    """All matching products of the categories searched."""
    searched: int
    categories: int
    loading: bool
    problems: tuple[str, ...]
    """One sentence per category that could not be searched."""
    oldest: datetime | None
    """When the oldest data searched was fetched (None if nothing was searched)."""

    @property
    def more(self) -> int:
        return self.total - len(self.hits)


def find_hits(
    query: Query,
    categories: Sequence[Category],
    rows_by_id: Mapping[int, CategoryRows],
    limit: int = RESULT_LIMIT,
) -> tuple[list[SearchHit], int, int, datetime | None]:
    """(the first ``limit`` hits, all matches, categories searched, the oldest data searched)
    over the ``categories`` that have rows, in their order, in stock first in each."""
    hits: list[SearchHit] = []
    total = searched = 0
    oldest: datetime | None = None
    for category in categories:
        rows = rows_by_id.get(category.category_id)
        if rows is None:
            continue
        searched += 1
        oldest = rows.saved_at if oldest is None else min(oldest, rows.saved_at)
        if not query:
            continue
        found = matching_rows(
            query,
            range(len(rows.products)),
            rows.haystacks,
            rows.dials,
            rows.countries,
        )
        total += len(found)
        for flag in (1, 0):  # in stock first
            if len(hits) < limit:
                hits.extend(
                    SearchHit(rows.products[n], category.category_id, category.category_name)
                    for n in _first(found, rows.in_stock, limit - len(hits), flag)
                )
    return hits, total, searched, oldest


def _first(found: list[int], in_stock: bytes, limit: int, wanted: int) -> list[int]:
    """The first ``limit`` of ``found`` whose stock flag is ``wanted``."""
    picked: list[int] = []
    for n in found:
        if in_stock[n] == wanted:
            picked.append(n)
            if len(picked) == limit:
                break
    return picked


def progress_text(results: SearchResults) -> str:
    """What the search says under its results, e.g. "Searching 5 of 7 categories…"."""
    total, searched = results.categories, results.searched
    if total == 0:
        return SearchText.tr("The store has no categories to search")
    if total == 1:
        if searched >= 1:
            return SearchText.tr("Searched 1 category")
        if results.loading:
            return SearchText.tr("Searching 1 category…")
        return SearchText.tr("The only category could not be searched")
    if searched >= total:
        return SearchText.tr("Searched all %Ln categories", "", total)
    if results.loading:
        return SearchText.tr("Searching {searched} of %Ln categories…", "", total).format(
            searched=searched
        )
    return SearchText.tr("Searched {searched} of %Ln categories", "", total).format(
        searched=searched
    )
