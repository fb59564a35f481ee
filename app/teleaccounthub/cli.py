"""Command line and environment → one frozen ``LaunchConfig``.

``teleaccounthub [--sandbox] [--base-url URL] [--data-dir DIR] [--self-test] [--version]``;
``TELEACCOUNTHUB_API_KEY`` (a key for this run only, never saved) and ``TELEACCOUNTHUB_BASE_URL``.
A command-line option wins over the environment, which wins over the defaults.

The key is read once and removed from ``os.environ``: no child process (the file manager that
"Open folder" starts, a browser) inherits it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from teleaccounthub._version import __version__
from teleaccounthub.api import InsecureUrl
from teleaccounthub.api.defaults import LIVE_BASE_URL
from teleaccounthub.local.paths import default_data_dir

API_KEY_ENV = "TELEACCOUNTHUB_API_KEY"
BASE_URL_ENV = "TELEACCOUNTHUB_BASE_URL"
PROG = "teleaccounthub"


@dataclass(frozen=True, slots=True)
class LaunchConfig:
    """How this run of the app was asked to start.

    ``base_url`` is None with ``sandbox``: the embedded sandbox picks its own loopback port.
    ``api_key`` comes only from the environment and is left out of ``repr`` (it must never reach
    a log).
    """

    base_url: str | None
    data_dir: Path
    sandbox: bool = False
    self_test: bool = False
    api_key: str | None = field(default=None, repr=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Desktop client for the TeleAccountHub store.",
        epilog=(
            f"Environment: {API_KEY_ENV} uses an API key for this run without touching the "
            f"keyring; {BASE_URL_ENV} points the app at another store (plain http:// only for "
            "loopback)."
        ),
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="run against the embedded sandbox store with a demo key (nothing is charged)",
    )
    parser.add_argument(
        "--base-url", metavar="URL", help=f"the store's address (default: {LIVE_BASE_URL})"
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help=f"the folder for the order book, cache, settings and logs (default: "
        f"{default_data_dir()})",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run browse → buy → poll → download against the embedded sandbox, offscreen, and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def parse_args(
    argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None
) -> LaunchConfig:
    """The launch configuration; exits (status 2, message on stderr) on bad input.

    Reading from ``os.environ`` (``environ`` None) takes ``TELEACCOUNTHUB_API_KEY`` out of it.
    """
    env = os.environ if environ is None else environ
    parser = build_parser()
    args = parser.parse_args(argv)
    sandbox: bool = args.sandbox
    requested_url: str | None = args.base_url or env.get(BASE_URL_ENV) or None
    if sandbox and args.base_url:
        parser.error("--sandbox runs its own store; it cannot be combined with --base-url")
    # The built-in address is known good: checking it would import httpx before the window is
    # painted. Only an address given by the user is checked.
    base_url: str | None = None if sandbox else LIVE_BASE_URL
    if not sandbox and requested_url is not None:
        from teleaccounthub.api.urls import check_base_url

        try:
            base_url = check_base_url(requested_url)
        except InsecureUrl as error:
            source = "--base-url" if args.base_url else BASE_URL_ENV
            parser.error(f"{source}: {error.message}")
    data_dir: Path = args.data_dir if args.data_dir is not None else default_data_dir()
    api_key = (env.get(API_KEY_ENV) or "").strip() or None
    if environ is None:
        os.environ.pop(API_KEY_ENV, None)
    return LaunchConfig(
        base_url=base_url,
        data_dir=data_dir.expanduser(),
        sandbox=sandbox,
        self_test=args.self_test,
        api_key=None if sandbox else api_key,
    )
