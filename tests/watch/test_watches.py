"""The watch list on disk and the crossing rule (no Qt)."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.watches import (
    MAX_WATCHES,
    WATCHES_FILE,
    Condition,
    ConditionKind,
    Watch,
    WatchList,
)

STORE = "https://shop.example"
OTHER = "https://other.example"


def watch(product_id: int = 7, condition: Condition | None = None, **kw: object) -> Watch:
    chosen = condition or Condition.back_in_stock()
    return Watch(product_id, 3, f"Product {product_id}", chosen, **kw)  # type: ignore[arg-type]


def crossings(w: Watch, seen: list[tuple[int, str]]) -> list[int]:
    """The indexes of ``seen`` (stock, price) that alert, feeding each into the watch in turn."""
    fired = []
    for number, (stock, price) in enumerate(seen):
        w, crossed = w.seen(stock, Decimal(price))
        if crossed:
            fired.append(number)
    return fired


def test_back_in_stock_fires_once_per_restock() -> None:
    seen = [(0, "1"), (5, "1"), (3, "1"), (9, "1"), (0, "1"), (0, "1"), (2, "1")]
    assert crossings(watch(), seen) == [1, 6]


def test_a_price_hovering_at_the_threshold_alerts_once() -> None:
    w = watch(condition=Condition.price_at_most(Decimal("1.00")))
    seen = [(5, "1.20"), (5, "1.00"), (5, "1.01"), (5, "0.99"), (5, "1.02"), (5, "1.00")]
    assert crossings(w, seen) == [1]
    # Clearly above again (more than 2 %), then down: a new crossing.
    assert crossings(w, [*seen, (5, "1.03"), (5, "0.98")]) == [1, 7]


def test_a_low_price_on_nothing_to_buy_is_no_alert_and_re_arms() -> None:
    w = watch(condition=Condition.price_at_most(Decimal("1.00")))
    assert crossings(w, [(0, "0.50"), (4, "0.50"), (0, "0.50"), (4, "0.50")]) == [1, 3]


def test_stock_at_least_hovering_alerts_once() -> None:
    w = watch(condition=Condition.stock_at_least(50))
    seen = [(10, "1"), (50, "1"), (49, "1"), (51, "1"), (46, "1"), (50, "1"), (45, "1"), (60, "1")]
    assert crossings(w, seen) == [1, 7]


@pytest.mark.parametrize(
    ("kind", "price", "stock"),
    [
        (ConditionKind.PRICE_AT_MOST, None, None),
        (ConditionKind.PRICE_AT_MOST, Decimal("-1"), None),
        (ConditionKind.PRICE_AT_MOST, Decimal("NaN"), None),
        (ConditionKind.PRICE_AT_MOST, Decimal("1e9"), None),
        (ConditionKind.STOCK_AT_LEAST, None, 0),
        (ConditionKind.STOCK_AT_LEAST, None, True),
        (ConditionKind.STOCK_AT_LEAST, None, 10**12),
        (ConditionKind.BACK_IN_STOCK, Decimal("1"), None),
    ],
)
def test_a_condition_refuses_a_threshold_it_cannot_mean(
    kind: ConditionKind, price: Decimal | None, stock: int | None
) -> None:
    with pytest.raises(ValueError, match="threshold"):
        Condition(kind, price, stock)


def test_watches_persist_per_store_with_their_state(tmp_path: Path) -> None:
    path = tmp_path / WATCHES_FILE
    first = WatchList(path, STORE)
    priced = watch(8, Condition.price_at_most(Decimal("0.1250")), quantity=3, triggered=True)
    first.put(watch(7))
    first.put(priced)
    WatchList(path, OTHER).put(watch(9, Condition.stock_at_least(20)))

    again = WatchList(path, "HTTPS://Shop.Example:443/")
    assert again.problem is None
    assert {w.product_id: w for w in again.watches()} == {7: watch(7), 8: priced}
    assert [w.product_id for w in WatchList(path, OTHER).watches()] == [9]
    stored = json.loads(path.read_text("utf-8"))
    assert stored["stores"][STORE][1]["price"] == "0.1250"  # exact, as text

    again.remove(7)
    again.put_many([watch(8, priced.condition, quantity=3, triggered=False), watch(99)])
    final = WatchList(path, STORE).watches()
    assert final == [watch(8, priced.condition, quantity=3, triggered=False)]  # 99 is not added


def test_a_corrupt_file_is_set_aside_and_the_list_starts_empty(tmp_path: Path) -> None:
    path = tmp_path / WATCHES_FILE
    path.write_bytes(b'{"stores": {"https://shop.example": [{"product_id": 7,')
    watches = WatchList(path, STORE)
    assert watches.watches() == []
    assert watches.problem is not None
    assert "set aside" in watches.problem
    aside = [p for p in tmp_path.iterdir() if p.name.startswith(f"{WATCHES_FILE}.broken-")]
    assert len(aside) == 1
    assert aside[0].read_bytes().startswith(b'{"stores"')
    watches.put(watch(7))
    assert WatchList(path, STORE).watches() == [watch(7)]


@pytest.mark.expected_log(r"5 unreadable watches skipped")
def test_one_malformed_watch_is_skipped_kept_and_the_others_load(tmp_path: Path) -> None:
    path = tmp_path / WATCHES_FILE
    WatchList(path, STORE).put(watch(7))
    data = json.loads(path.read_text("utf-8"))
    good = data["stores"][STORE][0]
    data["stores"][STORE] += [
        {**good, "product_id": "8"},
        {**good, "product_id": 9, "condition": "price_at_most", "price": 0.5},
        {**good, "product_id": 10, "condition": "stock_at_least", "stock": -3},
        {**good, "product_id": 11, "quantity": 0},
        "nonsense",
    ]
    path.write_text(json.dumps(data), "utf-8")
    watches = WatchList(path, STORE)
    assert watches.watches() == [watch(7)]
    assert watches.skipped == 5
    assert watches.problem is None
    watches.put(watch(12))
    assert len(json.loads(path.read_text("utf-8"))["stores"][STORE]) == 7  # none is lost


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / WATCHES_FILE
    WatchList(path, STORE).put(watch(7))
    before = path.read_bytes()
    path.chmod(0)
    try:
        watches = WatchList(path, STORE)
        assert watches.problem is not None
        with pytest.raises(PermissionError, match="not overwritten"):
            watches.put(watch(8))
        assert watches.watches() == []
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == before


def test_the_list_has_a_size_limit(tmp_path: Path) -> None:
    watches = WatchList(tmp_path / WATCHES_FILE, STORE)
    watches.put_many([])
    for number in range(MAX_WATCHES):
        watches._watches[number] = watch(number)  # filling in memory: 500 writes are slow
    with pytest.raises(ValueError, match="At most 500"):
        watches.put(watch(MAX_WATCHES + 1))
    watches.put(watch(3, Condition.stock_at_least(2)))  # replacing one is fine
