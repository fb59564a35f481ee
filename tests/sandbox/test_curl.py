"""The API page's curl examples work verbatim against the sandbox, host and key replaced."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.sandbox.cli import banner
from tests.sandbox.helpers import (
    PAGE_BALANCE,
    PAGE_CATEGORIES,
    PAGE_CHECKOUT,
    PAGE_ORDER,
    PAGE_PRODUCTS,
    assert_same_shape,
)

CURL = shutil.which("curl")
BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(
    CURL is None or BASH is None, reason="curl (and bash) not installed"
)

PAGE_HOST = "https://telenumber.telekartstar.com"
PAGE_KEY = "tgsk_YOUR_API_KEY"

# The page's examples, as printed on it.
PAGE_CURLS = {
    "categories": "curl https://telenumber.telekartstar.com/api/v1/catalog/securetd/categories",
    "products": (
        "curl https://telenumber.telekartstar.com/api/v1/catalog/securetd/categories/1/products"
    ),
    "balance": """curl https://telenumber.telekartstar.com/api/v1/balance \\
  -H "Authorization: Bearer tgsk_YOUR_API_KEY\"""",
    "checkout": """curl -X POST https://telenumber.telekartstar.com/api/v1/securetd/checkout \\
  -H "Authorization: Bearer tgsk_YOUR_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"product_id":2281,"quantity":1,"category_id":86}'""",
    "order": """curl https://telenumber.telekartstar.com/api/v1/securetd/orders/74 \\
  -H "Authorization: Bearer tgsk_YOUR_API_KEY\"""",
    "download": """curl -L https://telenumber.telekartstar.com/api/v1/securetd/orders/74/download \\
  -H "Authorization: Bearer tgsk_YOUR_API_KEY" \\
  -o order-74.zip""",
}


def run(command: str, cwd: Path) -> str:
    assert BASH is not None
    done = subprocess.run(
        [BASH, "-c", command], cwd=cwd, capture_output=True, text=True, timeout=30, check=True
    )
    return done.stdout


def test_page_examples_work_verbatim(sandbox: SandboxServer, tmp_path: Path) -> None:
    def page(name: str) -> str:
        return PAGE_CURLS[name].replace(PAGE_HOST, sandbox.url).replace(PAGE_KEY, sandbox.api_key)

    assert_same_shape(json.loads(run(page("categories"), tmp_path)), PAGE_CATEGORIES)
    assert_same_shape(json.loads(run(page("products"), tmp_path)), PAGE_PRODUCTS)
    assert json.loads(run(page("balance"), tmp_path)) == json.loads(PAGE_BALANCE)
    assert json.loads(run(page("checkout"), tmp_path)) == json.loads(PAGE_CHECKOUT)
    sandbox.complete_order(74)
    assert json.loads(run(page("order"), tmp_path)) == json.loads(PAGE_ORDER)
    for redirected in (False, True):  # -L follows a redirect, as the page intends
        sandbox.faults.redirect_downloads(redirected)
        run(page("download"), tmp_path)
        with zipfile.ZipFile(tmp_path / "order-74.zip") as archive:
            assert archive.testzip() is None
        assert (tmp_path / "order-74.zip").stat().st_size == sandbox.config.zip_size
    assert [r.path for r in sandbox.requests if r.origin == "second"] == ["/files/74/order-74.zip"]


def test_banner_curl_lines_work_as_printed(sandbox: SandboxServer, tmp_path: Path) -> None:
    lines = [line.strip() for line in banner(sandbox).splitlines()]
    curls = [line for line in lines if line.startswith("curl ")]
    answers = [json.loads(run(line, tmp_path)) for line in curls]
    assert [answer["ok"] for answer in answers] == [True, True, True]
    assert answers[2]["order"]["product_name"] == "Nigeria +234"
    assert shlex.split(curls[1])[-1] == f"Authorization: Bearer {sandbox.api_key}"
