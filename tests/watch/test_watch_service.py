"""The watch check against the sandbox: alerts once per crossing, one request per watched
category per period, nothing while the store rate-limits, and the state survives a restart."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.api import ProductList
from teleaccounthub.local.watches import Condition
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.watch import CHECK_INTERVAL, DEFAULT_CHECK_INTERVAL, Alert
from tests.watch.conftest import WatchRig
from tests.watch.helpers import (
    ASIA,
    EUROPE,
    PHILIPPINES,
    listed,
    product_requests,
    products_path,
    run,
)

PERIOD = DEFAULT_CHECK_INTERVAL


def watch_sold_out(rig: WatchRig, sandbox: SandboxServer, product_id: int = PHILIPPINES) -> None:
    sandbox.set_stock(product_id, 0)
    product = listed(sandbox, ASIA, product_id)
    assert product.total_stock == 0
    rig.watch.watch(product_id, ASIA, product.product_name, Condition.back_in_stock(), 4, product)


def test_a_restock_alerts_once_and_not_again_while_it_stays_or_hovers(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    alerts: list[Alert] = []
    rig.watch.alert.connect(alerts.append)
    watch_sold_out(rig, sandbox)

    run(qtbot, rig.watch.check())
    assert alerts == []
    sandbox.set_stock(PHILIPPINES, 12)
    for stock in (12, 3, 40):  # in stock round after round: one crossing
        sandbox.set_stock(PHILIPPINES, stock)
        rig.clock.advance(PERIOD)
        run(qtbot, rig.watch.check())
    assert len(alerts) == 1
    alert = alerts[0]
    assert (alert.product.product_id, alert.stock, alert.price) == (
        PHILIPPINES,
        12,
        Decimal("0.7245"),
    )
    assert alert.watch.quantity == 4
    assert rig.watch.latest(PHILIPPINES) is not None
    assert rig.watch.latest(PHILIPPINES).total_stock == 40  # type: ignore[union-attr]

    sandbox.set_stock(PHILIPPINES, 0)  # sold out again, then back: a new crossing
    rig.clock.advance(PERIOD)
    run(qtbot, rig.watch.check())
    sandbox.set_stock(PHILIPPINES, 1)
    rig.clock.advance(PERIOD)
    run(qtbot, rig.watch.check())
    assert [a.stock for a in alerts] == [12, 1]


def test_a_price_wobbling_around_the_threshold_alerts_once(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    alerts: list[Alert] = []
    rig.watch.alert.connect(alerts.append)
    product = listed(sandbox, ASIA, PHILIPPINES)
    rig.watch.watch(
        PHILIPPINES,
        ASIA,
        product.product_name,
        Condition.price_at_most(Decimal("0.70")),
        None,
        product,
    )
    for price in ("0.72", "0.70", "0.705", "0.69", "0.71", "0.70"):
        sandbox.set_price(PHILIPPINES, Decimal(price))
        rig.clock.advance(PERIOD)
        run(qtbot, rig.watch.check())
    assert [a.price for a in alerts] == [Decimal("0.70")]


def test_the_check_asks_each_watched_category_once_per_period_and_reuses_the_catalog(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    watch_sold_out(rig, sandbox)
    european = listed(sandbox, EUROPE)
    rig.watch.watch(
        european.product_id, EUROPE, european.product_name, Condition.stock_at_least(10**6)
    )
    before = product_requests(sandbox)

    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) - before == 2
    run(qtbot, rig.watch.check())  # again at once: nothing is due
    rig.clock.advance(PERIOD / 2)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) - before == 2
    rig.clock.advance(PERIOD / 2)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) - before == 4

    # The catalog shows Asia (a live listing): the check leaves Asia alone for a period.
    rig.clock.advance(PERIOD)
    catalog = rig.services.catalog
    catalog.select_category(ASIA)
    qtbot.waitUntil(lambda: (s := catalog.products()) is not None and s.live, timeout=10_000)
    asia = product_requests(sandbox, ASIA)
    europe = product_requests(sandbox, EUROPE)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox, ASIA) == asia
    assert product_requests(sandbox, EUROPE) == europe + 1
    assert rig.watch.due_categories() == []


def test_a_429_to_the_check_pauses_every_watched_category_for_its_retry_after(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    watch_two_categories(rig, sandbox)
    before = product_requests(sandbox)  # the test's own reads
    sandbox.faults.status(429, products_path(ASIA), retry_after=150)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) == before + 1  # Asia answered 429: Europe is not asked
    waits_out_the_retry_after(qtbot, sandbox, rig)


@pytest.mark.expected_log(r"Products of category 12 not refreshed: RateLimited")
def test_a_429_to_the_catalog_pauses_the_check_too(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    watch_two_categories(rig, sandbox)
    before = product_requests(sandbox)
    sandbox.faults.status(429, products_path(EUROPE), retry_after=150)
    failures: list[object] = []
    rig.services.catalog.failed.connect(failures.append)
    rig.services.catalog.select_category(EUROPE)
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) == before + 1  # the catalog's own request only
    waits_out_the_retry_after(qtbot, sandbox, rig)


def watch_two_categories(rig: WatchRig, sandbox: SandboxServer) -> None:
    watch_sold_out(rig, sandbox)
    european = listed(sandbox, EUROPE)
    rig.watch.watch(european.product_id, EUROPE, european.product_name, Condition.back_in_stock())


def waits_out_the_retry_after(qtbot: QtBot, sandbox: SandboxServer, rig: WatchRig) -> None:
    assert rig.watch.paused_for() == 150
    asked = product_requests(sandbox)
    for _ in range(2):  # 60 s, 120 s: still within the Retry-After
        rig.clock.advance(PERIOD)
        run(qtbot, rig.watch.check())
    assert product_requests(sandbox) == asked
    rig.clock.advance(31)
    run(qtbot, rig.watch.check())
    assert product_requests(sandbox) == asked + 2
    assert rig.watch.paused_for() == 0


def test_a_bad_round_is_survived(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    alerts: list[Alert] = []
    rig.watch.alert.connect(alerts.append)
    watch_sold_out(rig, sandbox)
    sandbox.faults.status(503, products_path(ASIA))
    run(qtbot, rig.watch.check())
    sandbox.faults.malformed_json(products_path(ASIA))
    rig.clock.advance(PERIOD)
    run(qtbot, rig.watch.check())
    sandbox.set_stock(PHILIPPINES, 5)
    rig.clock.advance(PERIOD)
    run(qtbot, rig.watch.check())
    assert [a.stock for a in alerts] == [5]


def test_a_restart_does_not_alert_again_for_the_same_crossing(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    alerts: list[Alert] = []
    rig.watch.alert.connect(alerts.append)
    watch_sold_out(rig, sandbox)
    sandbox.set_stock(PHILIPPINES, 9)
    run(qtbot, rig.watch.check())
    assert len(alerts) == 1

    again = rig.restart(qtbot)
    watch_rig.append(again)
    again.watch.alert.connect(alerts.append)
    assert [w.triggered for w in again.watch.watches()] == [True]
    run(qtbot, again.watch.check())
    assert len(alerts) == 1
    sandbox.set_stock(PHILIPPINES, 0)
    again.clock.advance(PERIOD)
    run(qtbot, again.watch.check())
    sandbox.set_stock(PHILIPPINES, 2)
    again.clock.advance(PERIOD)
    run(qtbot, again.watch.check())
    assert [a.stock for a in alerts] == [9, 2]


def test_the_period_is_a_setting_and_the_loop_runs_only_while_something_is_watched(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    rig.watch.start()
    assert not rig.watch.auto_refreshing()  # nothing watched: no timer at all
    rig.services.session.settings.set(CHECK_INTERVAL, 300)
    watch_sold_out(rig, sandbox)
    assert rig.watch.auto_refreshing()
    run(qtbot, rig.watch.check())
    assert rig.watch.refresh_interval() == 300
    rig.clock.advance(PERIOD)
    assert rig.watch.due_categories() == []
    rig.clock.advance(300 - PERIOD)
    assert rig.watch.due_categories() == [ASIA]
    rig.services.session.settings.set(CHECK_INTERVAL, 1)  # below the minimum: the minimum
    run(qtbot, rig.watch.check())
    assert rig.watch.refresh_interval() == 30
    rig.watch.unwatch(PHILIPPINES)
    assert not rig.watch.auto_refreshing()


def test_a_listing_seen_twice_or_with_a_product_twice_alerts_once(
    qtbot: QtBot, sandbox: SandboxServer, watch_rig: list[WatchRig]
) -> None:
    rig = watch_rig[0]
    alerts: list[Alert] = []
    rig.watch.alert.connect(alerts.append)
    watch_sold_out(rig, sandbox)
    sandbox.set_stock(PHILIPPINES, 6)
    product = listed(sandbox, ASIA, PHILIPPINES)
    twice = ProductList(ASIA, (product, product))
    assert len(rig.watch.check_listing(twice)) == 1
    assert rig.watch.check_listing(twice) == []
    assert len(alerts) == 1
    unwatched = ProductList(EUROPE, (listed(sandbox, EUROPE),))
    assert rig.watch.check_listing(unwatched) == []
