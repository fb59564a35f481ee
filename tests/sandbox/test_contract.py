"""Every answer has the API page's field names and JSON types, compared with the page's examples."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from tests.sandbox.helpers import (
    BALANCE,
    CATEGORIES,
    CHECKOUT,
    PAGE_BALANCE,
    PAGE_CATEGORIES,
    PAGE_CHECKOUT,
    PAGE_CHECKOUT_BODY,
    PAGE_ORDER,
    PAGE_PRODUCTS,
    assert_error,
    assert_same_shape,
    client,
    exact,
    order,
    products,
    wait_until,
)


def test_shape_helper_notices_a_wrong_type_or_field() -> None:
    good = json.loads(PAGE_BALANCE)
    assert_same_shape(good, PAGE_BALANCE)
    with pytest.raises(AssertionError):
        assert_same_shape({**good, "balance_usd": "315.56"}, PAGE_BALANCE)
    with pytest.raises(AssertionError):
        assert_same_shape({**good, "extra": 1}, PAGE_BALANCE)
    with pytest.raises(AssertionError):
        assert_same_shape({**good, "balance_usd": 315}, PAGE_BALANCE)


def test_categories_match_the_page(anonymous: httpx.Client) -> None:
    response = anonymous.get(CATEGORIES)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert_same_shape(body, PAGE_CATEGORIES)
    assert body["ok"] is True
    assert body["message"] is None
    assert {"category_id": 1, "category_name": "Asia"}.items() <= body["categories"][0].items()


def test_every_category_has_products_shaped_like_the_page(anonymous: httpx.Client) -> None:
    for category in anonymous.get(CATEGORIES).json()["categories"]:
        response = anonymous.get(products(category["category_id"]))
        assert response.status_code == 200
        body = response.json()
        assert_same_shape(body, PAGE_PRODUCTS)
        assert body["category_id"] == category["category_id"]


def test_the_page_product_example_is_in_the_catalog(anonymous: httpx.Client) -> None:
    listed = anonymous.get(products(1)).json()["products"]
    expected = json.loads(PAGE_PRODUCTS)["products"][0]
    assert expected in listed
    # The number is written as the page writes it, not as a float's repr or a string.
    assert '"retail_price_usd":0.7245,' in anonymous.get(products(1)).text


def test_balance_matches_the_page(api: httpx.Client) -> None:
    response = api.get(BALANCE)
    assert response.status_code == 200
    assert response.json() == json.loads(PAGE_BALANCE)


def test_first_checkout_reproduces_the_page_example(
    sandbox: SandboxServer, api: httpx.Client
) -> None:
    response = api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    assert response.status_code == 200
    body = response.json()
    assert_same_shape(body, PAGE_CHECKOUT)
    assert body == json.loads(PAGE_CHECKOUT)
    assert "download_filename" not in body["order"]


def test_completed_order_matches_the_page(sandbox: SandboxServer, api: httpx.Client) -> None:
    api.post(CHECKOUT, json=PAGE_CHECKOUT_BODY)
    processing = api.get(order(74)).json()
    assert processing["order"]["status"] == "processing"
    assert "download_filename" not in processing["order"]
    wait_until(lambda: api.get(order(74)).json()["order"]["download_ready"])
    body = api.get(order(74)).json()
    assert_same_shape(body, PAGE_ORDER)
    assert body == json.loads(PAGE_ORDER)


def test_money_is_exact_in_the_json_text(sandbox: SandboxServer, api: httpx.Client) -> None:
    response = api.post(CHECKOUT, json={"product_id": 56, "quantity": 3})
    assert '"charged_usd":2.1735,' in response.text
    assert exact(response)["charged_usd"] == Decimal("2.1735")
    assert exact(response)["charged_display"] == "$2.17"
    balance = api.get(BALANCE)
    assert '"balance_usd":313.3865,' in balance.text
    assert exact(balance) == {
        "ok": True,
        "balance_usd": Decimal("313.3865"),
        "balance_display": "$313.39",
    }
    assert sandbox.balance(sandbox.api_key) == Decimal("313.3865")


def test_a_whole_dollar_balance_is_still_a_json_float() -> None:
    config = SandboxConfig(demo_balance=Decimal("300"), large_category_size=0)
    with (
        SandboxServer(config) as server,
        client(server.url, server.api_key) as api,
    ):
        body = api.get(BALANCE).json()
    assert body == {"ok": True, "balance_usd": 300.0, "balance_display": "$300.00"}
    assert_same_shape(body, PAGE_BALANCE)


def test_display_prices_round_half_up(anonymous: httpx.Client) -> None:
    listed = {p["product_id"]: p for p in exact(anonymous.get(products(86)))["products"]}
    half_cent = listed[2290]
    assert half_cent["retail_price_usd"] == Decimal("0.125")
    assert half_cent["wallet_price"] == half_cent["wallet_unit_price"] == "$0.13"


def test_error_answers_have_the_page_shape(
    sandbox: SandboxServer, api: httpx.Client, anonymous: httpx.Client
) -> None:
    assert_error(api.post(CHECKOUT, content=b"{"), 400, "BAD_REQUEST")
    assert_error(anonymous.get(BALANCE), 401, "UNAUTHORIZED")
    poor = sandbox.add_key(Decimal("0.10"))
    headers = {"Authorization": f"Bearer {poor}"}
    assert_error(
        anonymous.post(CHECKOUT, json=PAGE_CHECKOUT_BODY, headers=headers),
        402,
        "INSUFFICIENT_BALANCE",
    )
    message = assert_error(
        api.post(CHECKOUT, json={"product_id": 999_999, "quantity": 1}), 422, "invalid_product"
    )
    assert message == "This product is no longer available."
    assert_error(api.get(order(12345)), 404, "NOT_FOUND")


def test_rate_limit_answer_has_the_page_shape() -> None:
    config = SandboxConfig(rate_limit_per_second=1, large_category_size=0)
    with SandboxServer(config) as server, client(server.url) as api:
        answers = [api.get(CATEGORIES) for _ in range(3)]
    limited = [a for a in answers if a.status_code == 429]
    assert limited, [a.status_code for a in answers]
    assert_error(limited[0], 429, "RATE_LIMITED")
    assert int(limited[0].headers["retry-after"]) >= 1
