"""Child: the least any client does with a category's answer — fetch it and parse it.

    python -m tests.benchmarks.fetch_probe --url URL

One ``httpx.get`` of the products answer and one ``json.loads`` (money as ``Decimal``) in a
process with no Qt and no app: the baseline of the time until the app shows the rows.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from decimal import Decimal

import httpx

from tests.benchmarks.processes import RESULT_PREFIX


def fetch_and_parse(url: str) -> dict[str, float]:
    started = time.perf_counter()
    response = httpx.get(url, timeout=120.0)
    response.raise_for_status()
    fetched = time.perf_counter()
    body = json.loads(response.content, parse_float=Decimal)
    parsed = time.perf_counter()
    return {
        "seconds": parsed - started,
        "fetch_seconds": fetched - started,
        "bytes": len(response.content),
        "products": len(body["products"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", required=True)
    args = parser.parse_args()
    print(RESULT_PREFIX + json.dumps(fetch_and_parse(args.url)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
