"""Whatever the store sends, the caller gets a model of valid Unicode or an ``ApiError``; one
broken item of a list is skipped and counted, not the end of the list."""

from __future__ import annotations

import json
import logging
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from teleaccounthub.api import (
    ApiError,
    BadRequest,
    CategoryList,
    CheckoutOutcomeUnknown,
    Client,
    Forbidden,
    NotFound,
    ProductList,
    UnexpectedResponse,
    safe_filename,
)
from teleaccounthub.api.responses import parsed
from tests.api.scripted_server import Reply, ScriptedServer, ok, product_json

CATEGORIES = "/api/v1/catalog/securetd/categories"
PRODUCTS = f"{CATEGORIES}/1/products"
BALANCE = "/api/v1/balance"
CHECKOUT = "/api/v1/securetd/checkout"
ORDER = "/api/v1/securetd/orders/74"


def order(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": 74,
        "order_number": "SO-74",
        "status": "completed",
        "product_id": 56,
        "product_name": "Philippines +63",
        "quantity": 1,
        "download_ready": True,
        "download_filename": "order-74.zip",
    }
    item.update(changes)
    return item


# ---- any parse failure is UnexpectedResponse (or, after a checkout, an unknown outcome)

DEEP = b'{"ok": true, "order": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"


@pytest.mark.parametrize("path", [CATEGORIES, PRODUCTS, BALANCE, ORDER])
async def test_deep_nesting_is_an_unexpected_response(scripted: ScriptedServer, path: str) -> None:
    scripted.script(path, Reply(200, DEEP))
    async with Client(scripted.url, "tgsk_k", max_retries=0) as client:
        calls = {
            CATEGORIES: client.categories,
            PRODUCTS: lambda: client.products(1),
            BALANCE: client.balance,
            ORDER: lambda: client.order(74),
        }
        with pytest.raises(UnexpectedResponse):
            await calls[path]()


async def test_deep_nesting_after_a_purchase_is_an_unknown_outcome(
    scripted: ScriptedServer,
) -> None:
    scripted.script(CHECKOUT, Reply(200, DEEP))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(CheckoutOutcomeUnknown) as caught:
            await client.checkout(56, 1)
    assert "could not be read" in caught.value.message


async def test_a_deeply_nested_error_body_keeps_its_status_class(
    scripted: ScriptedServer,
) -> None:
    scripted.script(BALANCE, Reply(400, DEEP))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse) as caught:
            await client.balance()
    assert caught.value.status_code == 400


@pytest.mark.parametrize(
    "failure", [TypeError("t"), KeyError("k"), RecursionError(), UnicodeError("u"), ValueError()]
)
def test_any_exception_of_a_model_becomes_unexpected(failure: Exception) -> None:
    def parse(_data: Any) -> None:
        raise failure

    with pytest.raises(UnexpectedResponse) as caught:
        parsed(parse, {})
    assert caught.value.__cause__ is failure

    def refuse(_data: Any) -> None:
        raise BadRequest("b")

    with pytest.raises(BadRequest):  # an ApiError stays itself
        parsed(refuse, {})


# ---- valid Unicode at the model boundary


def encodable(*texts: str | None) -> bool:
    return all(text is None or text.encode("utf-8") is not None for text in texts)


async def test_a_lone_surrogate_in_an_order_becomes_a_replacement_character(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    broken = order(product_name="Flag \ud83c", order_number="SO-\udc80", status="completed")
    scripted.script(ORDER, ok(order=broken))
    assert b"\\ud83c" in json.dumps(broken).encode()  # sent as the JSON escape
    async with Client(scripted.url, "tgsk_k") as client:
        got = await client.order(74)
    assert got.product_name == "Flag \ufffd"
    assert got.order_number == "SO-\ufffd"
    with sqlite3.connect(tmp_path / "orders.sqlite3") as db:
        db.execute("create table orders (id integer, name text, number text)")
        db.execute(
            "insert into orders values (?, ?, ?)", (got.id, got.product_name, got.order_number)
        )
        assert db.execute("select name from orders").fetchone() == ("Flag \ufffd",)


async def test_every_model_and_error_message_is_valid_unicode(scripted: ScriptedServer) -> None:
    bad = "\ud83d"
    scripted.script(
        CATEGORIES,
        ok(
            has_purchasable_products=True,
            message=f"hi {bad}",
            categories=[{"category_id": 1, "category_name": bad, "total_stock": 1}],
        ),
    )
    scripted.script(PRODUCTS, ok(category_id=1, products=[product_json(1, product_name=bad)]))
    scripted.script(BALANCE, ok(balance_usd=1, balance_display=f"${bad}1"))
    scripted.script(
        CHECKOUT,
        Reply(402, {"ok": False, "error": f"LOW{bad}", "message": f"Too low {bad}"}),
        ok(
            order=order(download_filename=bad), local_order_id=1, charged_usd=1, charged_display=bad
        ),
    )
    async with Client(scripted.url, "tgsk_k") as client:
        categories = await client.categories()
        products = await client.products(1)
        balance = await client.balance()
        with pytest.raises(ApiError) as caught:
            await client.checkout(56, 1)
        result = await client.checkout(56, 1)
    assert encodable(categories.message, categories.categories[0].category_name)
    assert encodable(products.products[0].product_name, balance.balance_display)
    assert encodable(caught.value.message, caught.value.error)
    assert encodable(result.charged_display, result.order.download_filename)
    assert caught.value.message == "Too low \ufffd"


async def test_raw_surrogate_bytes_in_a_large_answer_are_replaced(
    scripted: ScriptedServer,
) -> None:
    # Above 64 KiB the body is decoded with "surrogatepass": raw ED A0 BC bytes give "\ud83c".
    products = [product_json(n) for n in range(1, 600)]
    body = json.dumps({"ok": True, "category_id": 1, "products": products}).encode()
    body = body.replace(b'#1"', b'#\xed\xa0\xbc"', 1)
    assert b"\xed\xa0\xbc" in body
    assert len(body) > 64 * 1024
    scripted.script(PRODUCTS, Reply(200, body))
    async with Client(scripted.url) as client:
        listed = await client.products(1)
    assert listed.products[0].product_name == "Philippines +63 #\ufffd"
    assert encodable(*(p.product_name for p in listed.products))


@pytest.mark.parametrize("name", ["\ud83d.zip", "order-\udc80-74", "\ud800"])
def test_safe_filename_survives_lone_surrogates(name: str) -> None:
    safe = safe_filename(name, "order-74")
    assert safe.endswith(".zip")
    assert safe.encode("utf-8")


# ---- lists degrade


async def test_unreadable_products_are_skipped_counted_and_logged_once(
    scripted: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    items = [
        product_json(1),
        product_json(2, retail_price_usd=None),
        {k: v for k, v in product_json(3).items() if k != "wallet_price"},
        product_json(4, product_id="4"),
        "not an object",
        product_json(5),
    ]
    scripted.script(PRODUCTS, ok(category_id=1, products=items))
    async with Client(scripted.url) as client:
        with caplog.at_level(logging.WARNING, logger="teleaccounthub.api.models"):
            listed = await client.products(1)
    assert [p.product_id for p in listed.products] == [1, 5]
    assert listed.skipped == 4
    warnings = [r for r in caplog.records if r.name == "teleaccounthub.api.models"]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING
    assert "4 of 6 products" in warnings[0].getMessage()


def test_unreadable_categories_are_skipped_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    data = {
        "has_purchasable_products": True,
        "categories": [
            {"category_id": 1, "category_name": "Asia", "total_stock": 2},
            {"category_id": 2, "category_name": None, "total_stock": 2},
            {"category_id": 3, "category_name": "Europe", "total_stock": 1.5},
        ],
    }
    with caplog.at_level(logging.WARNING, logger="teleaccounthub.api.models"):
        listed = CategoryList.from_json(data)
    assert [c.category_id for c in listed.categories] == [1]
    assert listed.skipped == 2
    assert ["2 of 3 categories" in r.getMessage() for r in caplog.records] == [True]


def test_a_clean_list_skips_nothing_and_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        items = [product_json(n, retail_price_usd=Decimal("0.5")) for n in (1, 2)]
        listed = ProductList.from_json({"category_id": 1, "products": items})
    assert listed.skipped == 0
    assert caplog.records == []


@pytest.mark.parametrize("products", [None, {"1": 1}, "products", 7])
def test_a_list_that_is_not_a_list_is_still_refused(products: object) -> None:
    with pytest.raises(UnexpectedResponse):
        ProductList.from_json({"category_id": 1, "products": products})


# ---- 403


async def test_403_is_forbidden_in_words_and_not_retried(scripted: ScriptedServer) -> None:
    scripted.script(ORDER, Reply(403, b"", "text/plain"))
    scripted.script("/api/v1/securetd/orders/75", Reply(403, {"ok": False, "error": "FORBIDDEN"}))
    scripted.script("/api/v1/securetd/orders/76", Reply(404, {"ok": False}))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse):  # 403 with no JSON: not the documented shape
            await client.order(74)
        with pytest.raises(Forbidden) as caught:
            await client.order(75)
        with pytest.raises(NotFound):
            await client.order(76)
    assert caught.value.status_code == 403
    assert caught.value.error == "FORBIDDEN"
    assert caught.value.message == "The store refuses access to this item."
    assert len(scripted.requests) == 3
