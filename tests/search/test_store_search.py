"""The whole-store search against the sandbox: every category fetched once, on demand, then
cached; country names, codes and dial codes find their products in every category."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services import store_search
from teleaccounthub.services.search_results import RESULT_LIMIT
from teleaccounthub.services.store_search import StoreSearch
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.search.search_dialog import MAX_QUERY_CHARACTERS
from tests.fixtures.gui import MainWindowFactory
from tests.gui.helpers import ASIA, BULK, EUROPE
from tests.search.conftest import feature_of, open_search, product_requests, products_path

GERMAN_TEXTS = ("germany", "deutschland", "DE", "+49")


def ids(search: StoreSearch, text: str) -> set[tuple[int, int]]:
    results = search.search(text, limit=10_000)
    assert results.total == len(results.hits)
    return {(hit.category_id, hit.product.product_id) for hit in results.hits}


def test_every_category_is_fetched_once_on_demand_then_cached(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    categories = window.catalog.categories()
    assert categories is not None
    every = [c.category_id for c in categories.value.categories]
    assert len(every) == 7
    before = product_requests(sandbox)
    assert set(before) <= {products_path(ASIA)}  # only the category on screen, if any yet

    dialog = open_search(qtbot, window)
    fetched = product_requests(sandbox)
    assert fetched == {products_path(category): 1 for category in every}

    dialog.close()
    open_search(qtbot, window)
    assert product_requests(sandbox) == fetched  # kept, with their age: nothing new
    results = feature_of(window).search.search("germany")
    assert results.searched == results.categories == 7
    assert results.oldest is not None


def test_germany_is_found_by_its_names_code_and_dial_code_in_every_category(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_search(qtbot, window)
    search = feature_of(window).search
    found = {text: ids(search, text) for text in GERMAN_TEXTS}
    germany = found["germany"]
    assert {category for category, _ in germany} == {EUROPE, BULK}
    assert all(other == germany for other in found.values()), found
    names = {hit.product.product_name for hit in search.search("DE", limit=10_000).hits}
    assert all(name.startswith("Deutschland +49") for name in names)


def test_korea_and_the_shared_codes_find_all_their_countries(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_search(qtbot, window)
    search = feature_of(window).search
    korea = search.search("korea", limit=10_000).hits
    assert korea
    assert all("+82" in hit.product.product_name for hit in korea)
    assert {hit.category_id for hit in korea} == {ASIA, BULK}
    for text, wanted in (("canada", "United States +1"), ("russia", "Қазақстан +7")):
        names = {hit.product.product_name for hit in search.search(text, limit=10_000).hits}
        assert wanted in names, text


def test_results_are_capped_and_the_rest_counted(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_search(qtbot, window)
    qtbot.keyClicks(dialog.field, "+")  # every product has a dial code
    results = dialog.results()
    assert results is not None
    assert len(results.hits) == dialog.model.rowCount() == RESULT_LIMIT
    assert results.more == results.total - RESULT_LIMIT > 5000
    assert f"{results.more:,} more — refine" in dialog.status.text()
    stocked = [hit.product.total_stock > 0 for hit in results.hits]
    assert stocked == sorted(stocked, reverse=True)  # in stock first (all in one category here)


def test_while_categories_load_the_results_say_so(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    sandbox.faults.latency(1.5, path=products_path(BULK), times=1)
    dialog = open_search(qtbot, window, loaded=False)
    qtbot.keyClicks(dialog.field, "germany")
    qtbot.waitUntil(lambda: "Searching 6 of 7 categories…" in dialog.status.text(), timeout=10_000)
    results = dialog.results()
    assert results is not None
    assert results.loading
    assert {hit.category_id for hit in results.hits} == {EUROPE}  # Europe is searched already
    qtbot.waitUntil(lambda: "Searched all 7 categories" in dialog.status.text(), timeout=10_000)
    assert BULK in {hit.category_id for hit in dialog.results().hits}  # type: ignore[union-attr]


@pytest.mark.expected_log(r"Search: products of category 12 not loaded")
def test_a_failing_category_is_said_and_the_others_are_searched(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    sandbox.faults.status(500, path=products_path(EUROPE), times=None)
    dialog = open_search(qtbot, window, loaded=False)
    search = feature_of(window).search
    qtbot.waitUntil(lambda: not search.is_loading(), timeout=15_000)
    qtbot.keyClicks(dialog.field, "germany")
    results = dialog.results()
    assert results is not None
    assert results.searched == 6
    assert results.categories == 7
    assert {hit.category_id for hit in results.hits} == {BULK}
    assert len(results.problems) == 1
    assert results.problems[0].startswith("Europe: ")
    assert dialog.problems.isVisible()
    assert dialog.problems.text().startswith("Not searched: Europe: ")
    assert "Searched 6 of 7 categories" in dialog.status.text()

    sandbox.faults.clear()  # the next search tries the failed category again
    dialog.close()
    open_search(qtbot, window)
    assert EUROPE in {hit.category_id for hit in search.search("germany").hits}
    assert not search.search("germany").problems


def test_a_rate_limited_category_waits_what_the_store_asks_then_loads(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    sandbox.faults.status(429, path=products_path(EUROPE), times=1, retry_after=1)
    dialog = open_search(qtbot, window, loaded=False)
    search = feature_of(window).search
    qtbot.waitUntil(
        lambda: any("asks to wait 1 s" in p for p in search.search("").problems), timeout=10_000
    )
    open_search(qtbot, window)  # a second Ctrl+K while loading starts nothing new
    assert product_requests(sandbox)[products_path(EUROPE)] == 2  # the refused one, then one
    assert not search.search("").problems
    assert dialog.isVisible()


def test_categories_that_arrive_while_the_search_is_open_are_searched(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot
) -> None:
    window = main_window_factory(sandbox.url, None, tmp_path / "data", start=False)
    dialog = open_search(qtbot, window, loaded=False)
    qtbot.keyClicks(dialog.field, "korea")
    assert dialog.stack.label.text() == "Loading the store’s categories…"
    assert product_requests(sandbox) == {}

    window.services.start()
    qtbot.waitUntil(lambda: "Searched all 7 categories" in dialog.status.text(), timeout=15_000)
    assert {hit.category_id for hit in dialog.results().hits} == {ASIA, BULK}  # type: ignore[union-attr]
    assert max(product_requests(sandbox).values()) == 1


@pytest.mark.expected_log(r"Search: products of category 97 not loaded")
def test_a_closed_search_loads_nothing_by_itself(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    sandbox.faults.status(500, path=products_path(BULK), times=1)
    dialog = open_search(qtbot, window, loaded=False)
    search = feature_of(window).search
    qtbot.waitUntil(lambda: not search.is_loading(), timeout=15_000)
    assert search.rows_of(BULK) is None
    dialog.close()

    window.catalog.refresh()  # a new category list arrives while the search is closed
    qtbot.waitUntil(lambda: window.catalog.categories().live and not window.catalog.is_loading())  # type: ignore[union-attr]
    assert not search.is_loading()
    assert product_requests(sandbox)[products_path(BULK)] == 1  # the failed one only

    open_search(qtbot, window)  # opened again: what is missing is fetched
    assert product_requests(sandbox)[products_path(BULK)] == 2
    assert search.rows_of(BULK) is not None


def test_a_category_too_big_to_keep_is_said_and_left_to_its_filter(
    window: MainWindow, sandbox: SandboxServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_search, "MAX_SEARCH_PRODUCTS", 1000)  # Bulk has 5,000
    dialog = open_search(qtbot, window, loaded=False)
    search = feature_of(window).search
    qtbot.waitUntil(lambda: not search.is_loading(), timeout=15_000)
    qtbot.keyClicks(dialog.field, "germany")
    results = dialog.results()
    assert results is not None
    assert {hit.category_id for hit in results.hits} == {EUROPE}
    assert results.problems == (
        "Bulk has too many products to search here (5,000): open it and use its filter.",
    )
    assert "Searched 6 of 7 categories" in dialog.status.text()
    dialog.close()
    open_search(qtbot, window, loaded=False)  # not fetched again
    qtbot.waitUntil(lambda: not search.is_loading())
    assert product_requests(sandbox)[products_path(BULK)] == 1


def test_a_pasted_page_is_cut_to_the_longest_query(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_search(qtbot, window)
    dialog.field.setText("germany " * 1000)
    assert len(dialog.field.text()) == MAX_QUERY_CHARACTERS
    results = dialog.results()
    assert results is not None
    assert results.hits[0].product.product_name == "Deutschland +49"
