"""``python -m teleaccounthub.sandbox``: the sandbox store on its own, until Ctrl+C."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import shlex
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from teleaccounthub.sandbox.config import SandboxConfig
from teleaccounthub.sandbox.money import display
from teleaccounthub.sandbox.server import SandboxServer

EXAMPLE_CHECKOUT = '{"product_id":2281,"quantity":1,"category_id":86}'


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_args(argv: Sequence[str] | None) -> SandboxConfig:
    parser = argparse.ArgumentParser(
        prog="python -m teleaccounthub.sandbox",
        description="Run the TeleAccountHub sandbox store (demo data, no real money) until Ctrl+C.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    parser.add_argument(
        "--order-delay", type=float, default=6.0, help="seconds until an order completes"
    )
    parser.add_argument("--zip-size", type=int, default=256 * 1024, help="bytes of each ZIP")
    parser.add_argument(
        "--large-category-size", type=int, default=5000, help="products in the Bulk category"
    )
    parser.add_argument(
        "--huge-category-size",
        type=int,
        default=0,
        help="products in the Huge category (default: none; 300000 is a 47 MB answer)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (anyone who can reach it can use the demo key)",
    )
    args = parser.parse_args(argv)
    if not is_loopback(args.host) and not args.allow_remote:
        parser.error(f"--host {args.host} is not a loopback address; add --allow-remote to use it")
    try:
        return SandboxConfig(
            host=args.host,
            port=args.port,
            order_delay=args.order_delay,
            zip_size=args.zip_size,
            large_category_size=args.large_category_size,
            huge_category_size=args.huge_category_size,
            access_log=True,
        )
    except ValueError as exc:
        parser.error(str(exc))


def banner(server: SandboxServer) -> str:
    url, auth = server.url, shlex.quote(f"Authorization: Bearer {server.api_key}")
    return "\n".join(
        [
            f"TeleAccountHub sandbox store: {url}",
            f"Demo API key ({display(server.balance(server.api_key))}): {server.api_key}",
            f"Second demo key ({display(server.balance(server.second_api_key))}): "
            f"{server.second_api_key}",
            "",
            "Try:",
            f"  curl {url}/api/v1/catalog/securetd/categories",
            f"  curl {url}/api/v1/balance -H {auth}",
            f"  curl -X POST {url}/api/v1/securetd/checkout -H {auth} "
            f"-H 'Content-Type: application/json' -d '{EXAMPLE_CHECKOUT}'",
            "",
            "Press Ctrl+C to stop.",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    with SandboxServer(config) as server:
        try:
            # Inside the try: a stop requested as soon as the banner is read (a script that
            # waits for "Ctrl+C" and terminates at once) is a clean stop too.
            print(banner(server), flush=True)
            threading.Event().wait()
        except KeyboardInterrupt:
            print("Stopping.", file=sys.stderr, flush=True)
    return 0
