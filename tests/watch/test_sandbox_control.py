"""The sandbox's control endpoint restocks and reprices; the API's own paths are unchanged."""

from __future__ import annotations

import json
from decimal import Decimal

import httpx
import pytest

from teleaccounthub.sandbox import SandboxServer
from tests.watch.helpers import ASIA, PHILIPPINES, listed

CONTROL = "/sandbox/control/products/{}"


def post(sandbox: SandboxServer, product_id: int, body: bytes | str) -> httpx.Response:
    content = body.encode() if isinstance(body, str) else body
    return httpx.post(sandbox.url + CONTROL.format(product_id), content=content)


def test_restock_and_reprice_show_in_the_listing(sandbox: SandboxServer) -> None:
    answer = post(sandbox, PHILIPPINES, '{"stock": 0}')
    assert answer.status_code == 200
    assert listed(sandbox, ASIA, PHILIPPINES).total_stock == 0
    answer = post(sandbox, PHILIPPINES, '{"stock": 31, "price": "0.6900"}')
    assert answer.status_code == 200
    product = json.loads(answer.content, parse_float=Decimal)["product"]
    assert (product["total_stock"], product["retail_price_usd"]) == (31, Decimal("0.6900"))
    now = listed(sandbox, ASIA, PHILIPPINES)
    assert (now.total_stock, now.retail_price_usd, now.wallet_price) == (
        31,
        Decimal("0.69"),
        "$0.69",
    )
    sandbox.set_price(PHILIPPINES, Decimal("0.125"))
    assert listed(sandbox, ASIA, PHILIPPINES).wallet_price == "$0.13"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("", 400),
        ("[]", 400),
        ("{}", 400),
        ('{"stock": -1}', 400),
        ('{"stock": true}', 400),
        ('{"stock": 1.5}', 400),
        ('{"stock": 99999999999}', 400),
        ('{"price": 0.5}', 400),
        ('{"price": "-1"}', 400),
        ('{"price": "NaN"}', 400),
        ('{"price": "lots"}', 400),
        ("{" + " " * 5000 + "}", 413),
    ],
)
def test_bad_changes_are_refused_and_change_nothing(
    sandbox: SandboxServer, body: str, status: int
) -> None:
    before = listed(sandbox, ASIA, PHILIPPINES)
    answer = post(sandbox, PHILIPPINES, body)
    assert answer.status_code == status
    assert answer.json()["ok"] is False
    assert listed(sandbox, ASIA, PHILIPPINES) == before


def test_an_unknown_product_is_404(sandbox: SandboxServer) -> None:
    assert post(sandbox, 999_999_999, '{"stock": 3}').status_code == 404


def test_the_control_is_not_an_api_path(sandbox: SandboxServer) -> None:
    answer = httpx.get(sandbox.url + CONTROL.format(PHILIPPINES))
    assert answer.status_code == 405
    assert not CONTROL.startswith("/api/")
