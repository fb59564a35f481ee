"""The API page's paths and example answers, and small waits used by the sandbox tests."""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

CATEGORIES = "/api/v1/catalog/securetd/categories"
BALANCE = "/api/v1/balance"
CHECKOUT = "/api/v1/securetd/checkout"


# The tests speak plain HTTP to loopback; one shared TLS context spares every new client loading
# the CA bundle (about 50 ms each, which adds up over a hundred tests).
_TLS = ssl.create_default_context()


def client(base_url: str = "", key: str | None = None, timeout: float = 10) -> httpx.Client:
    """A plain httpx client, sending ``key`` as the page says: ``Authorization: Bearer <key>``."""
    headers = {} if key is None else {"Authorization": f"Bearer {key}"}
    return httpx.Client(base_url=base_url, headers=headers, timeout=timeout, verify=_TLS)


def products(category_id: int) -> str:
    return f"{CATEGORIES}/{category_id}/products"


def order(order_id: int) -> str:
    return f"/api/v1/securetd/orders/{order_id}"


def download(order_id: int) -> str:
    return f"/api/v1/securetd/orders/{order_id}/download"


# The page's example answers, copied from teleaccounthub-api-v2.txt.
PAGE_CATEGORIES = """{
  "ok": true,
  "has_purchasable_products": true,
  "message": null,
  "categories": [
    {
      "category_id": 1,
      "category_name": "Asia",
      "total_stock": 53489
    }
  ]
}"""
PAGE_PRODUCTS = """{
  "ok": true,
  "category_id": 1,
  "products": [
    {
      "product_id": 56,
      "product_name": "Philippines +63",
      "total_stock": 15242,
      "retail_price_usd": 0.7245,
      "wallet_price": "$0.72",
      "wallet_unit_price": "$0.72"
    }
  ]
}"""
PAGE_BALANCE = """{
  "ok": true,
  "balance_usd": 315.56,
  "balance_display": "$315.56"
}"""
PAGE_CHECKOUT = """{
  "ok": true,
  "order": {
    "id": 74,
    "order_number": "10094",
    "status": "processing",
    "product_id": 2281,
    "product_name": "Nigeria +234",
    "quantity": 1,
    "download_ready": false
  },
  "local_order_id": 376,
  "charged_usd": 0.299,
  "charged_display": "$0.30"
}"""
PAGE_ORDER = """{
  "ok": true,
  "order": {
    "id": 74,
    "order_number": "10094",
    "status": "completed",
    "product_id": 2281,
    "product_name": "Nigeria +234",
    "quantity": 1,
    "download_ready": true,
    "download_filename": "order-74.zip"
  }
}"""
PAGE_ERROR = """{
  "ok": false,
  "error": "invalid_product",
  "message": "This product is no longer available."
}"""
PAGE_CHECKOUT_BODY = {"product_id": 2281, "quantity": 1, "category_id": 86}


def shape(value: Any) -> Any:
    """Field names and JSON types: objects by key, arrays by the shape of each element."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def assert_same_shape(actual: Any, page_example: str) -> None:
    """``actual`` has exactly the page example's field names and JSON types, in every element."""
    expected = json.loads(page_example)
    _compare(shape(actual), shape(expected), "$")


def _compare(actual: Any, expected: Any, where: str) -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected an object, got {actual}"
        assert list(actual) == list(expected), f"{where}: fields {list(actual)}"
        for key in expected:
            _compare(actual[key], expected[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: expected an array, got {actual}"
        assert actual, f"{where}: empty array"
        for index, item in enumerate(actual):
            _compare(item, expected[0], f"{where}[{index}]")
    else:
        assert actual == expected, f"{where}: {actual} where the page has {expected}"


def exact(response: httpx.Response) -> Any:
    """The JSON of a response with numbers as ``Decimal``, to check money to the last digit."""
    return json.loads(response.text, parse_float=Decimal)


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Poll ``condition`` until it holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.02)


def assert_error(response: httpx.Response, status: int, code: str) -> str:
    """The response is the page's error shape with ``status`` and ``code``; returns the message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert_same_shape(body, PAGE_ERROR)
    assert body["ok"] is False
    assert body["error"] == code
    assert body["message"]
    message: str = body["message"]
    return message
