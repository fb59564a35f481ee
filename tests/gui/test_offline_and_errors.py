"""Offline and failures: the cached catalog at once, labelled with its age; errors in the banner
with the action that helps (Retry, a 429 countdown)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.local import CatalogCache, DataDir
from teleaccounthub.local.utc import utc_now
from teleaccounthub.sandbox import SandboxServer
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import (
    ASIA,
    PHILIPPINES,
    open_category,
    shown_names,
    wait_for_categories,
    wait_for_products,
)

CATEGORIES_PATH = "/api/v1/catalog/securetd/categories"


def fill_cache(
    factory: MainWindowFactory, qtbot: QtBot, sandbox: SandboxServer, data_dir: Path
) -> CatalogCache:
    """Browse Asia online once, so the data dir holds its catalog; returns that cache."""
    window = factory(sandbox.url, None, data_dir)
    open_category(qtbot, window, ASIA)
    cache = CatalogCache(DataDir(data_dir).cache_dir, sandbox.url)
    qtbot.waitUntil(lambda: cache.load_products(ASIA) is not None)
    qtbot.waitUntil(lambda: cache.load_categories() is not None)
    factory.close(window)
    return cache


def age_cache(cache: CatalogCache, minutes: int) -> None:
    """Re-date the cached catalog as saved ``minutes`` ago."""
    then = utc_now() - timedelta(minutes=minutes)
    categories, products = cache.load_categories(), cache.load_products(ASIA)
    assert categories is not None
    assert products is not None
    cache.save_categories(categories.value, saved_at=then)
    cache.save_products(products.value, saved_at=then)


@pytest.mark.expected_log(r"^Categories not refreshed: TransportError")
@pytest.mark.expected_log(r"^Products of category 1 not refreshed: TransportError")
def test_offline_start_shows_the_cached_catalog_with_its_age(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    cache = fill_cache(main_window_factory, qtbot, sandbox, tmp_path)
    age_cache(cache, minutes=5)
    sandbox.stop()  # the store is unreachable now: its port is closed

    window = main_window_factory(sandbox.url, None, tmp_path)
    wait_for_categories(qtbot, window, live=False)
    wait_for_products(qtbot, window, ASIA, live=False)
    assert "Philippines +63" in shown_names(window)

    qtbot.waitUntil(lambda: not window.banner.isHidden())
    text = window.banner.label.text()
    assert "Showing catalog from 5 min ago" in text
    assert "unreachable" in text
    assert window.banner.button.text() == "Try now"
    assert window.catalog_status.text() == "Showing catalog from 5 min ago"

    # Retry while still offline: the cached catalog stays, still labelled.
    window.banner.button.click()
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    qtbot.waitUntil(lambda: not window.catalog.is_loading())
    assert window.categories.category_count() > 0
    assert window.products.model.row_of(PHILIPPINES) is not None
    assert "Showing catalog from 5 min ago" in window.banner.label.text()


@pytest.mark.expected_log(r"^Categories not refreshed: TransportError")
def test_offline_start_without_a_cache_says_so_instead_of_a_blank_window(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.stop()
    window = main_window_factory(sandbox.url, None, tmp_path)
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    assert "could not be loaded" in window.banner.label.text()
    assert "unreachable" in window.banner.label.text()
    assert window.banner.button.text() == "Try now"
    assert window.categories.stack.currentWidget() is window.categories.placeholder
    assert "unreachable" in window.categories.placeholder.text()


@pytest.mark.expected_log(r"^Categories not refreshed: TransportError")
@pytest.mark.expected_log(r"^Products of category 1 not refreshed: TransportError")
def test_losing_the_store_keeps_the_catalog_and_labels_it(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.catalog_status.text().startswith("Catalog updated")
    rows = window.products.model.rowCount()
    sandbox.stop()

    window.refresh_action.trigger()
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    assert "Showing catalog from just now — the store is unreachable" in window.banner.label.text()
    assert window.catalog_status.text() == "Showing catalog from just now"
    assert window.products.model.rowCount() == rows
    assert window.selected_category_id() == ASIA


@pytest.mark.expected_log(r"^Categories not refreshed: RateLimited")
def test_a_429_shows_a_countdown_then_retries_by_itself(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.faults.status(429, path=CATEGORIES_PATH, times=1, retry_after="2")
    window = main_window_factory(sandbox.url, None, tmp_path)
    qtbot.waitUntil(lambda: window.banner.seconds_left() > 0)
    assert "Retrying in 2 s" in window.banner.label.text()
    assert window.banner.property("kind") == "warning"
    qtbot.waitUntil(lambda: "Retrying in 1 s" in window.banner.label.text(), timeout=3_000)

    # At zero it retries by itself; the store answers this time.
    wait_for_categories(qtbot, window)
    qtbot.waitUntil(window.banner.isHidden)
    assert sum(r.path == CATEGORIES_PATH for r in sandbox.requests) == 2


@pytest.mark.expected_log(r"^Categories not refreshed: ServerError")
def test_a_server_error_offers_retry_and_retry_recovers(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    sandbox.faults.status(503, path=CATEGORIES_PATH, times=1)
    window = main_window_factory(sandbox.url, None, tmp_path)
    qtbot.waitUntil(lambda: not window.banner.isHidden())
    text = window.banner.label.text()
    assert "The store had a problem on its side (HTTP 503)" in text
    assert "unreachable" not in text
    # It tries again by itself and says when; "Try now" does not wait.
    assert f"Next try in {window.catalog.refresh_interval()} s." in text
    assert window.banner.button.text() == "Try now"
    assert window.banner.property("kind") == "error"
    window.banner.button.click()
    wait_for_categories(qtbot, window)
    assert window.banner.isHidden()


def test_a_category_too_big_for_the_disk_cache_is_shown_but_not_written(
    main_window_factory: MainWindowFactory,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Asia has 59 products; with a limit of 58 it stands for the 300,000-product category.
    monkeypatch.setattr("teleaccounthub.services.catalog.MAX_CACHED_PRODUCTS", 58)
    window = main_window_factory(sandbox.url, None, tmp_path)
    open_category(qtbot, window, ASIA)
    assert window.products.model.rowCount() == 59
    main_window_factory.close(window)  # closing writes whatever the cache still lacks
    cache = CatalogCache(DataDir(tmp_path).cache_dir, sandbox.url)
    assert cache.load_categories() is not None
    assert cache.load_products(ASIA) is None
