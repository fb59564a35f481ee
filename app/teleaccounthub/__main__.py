"""``teleaccounthub`` / ``python -m teleaccounthub``: parse the command line, run the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from teleaccounthub.cli import parse_args

    config = parse_args(argv)  # --version and bad arguments exit here, before Qt loads

    from teleaccounthub.startup.launch import run

    return run(config)


if __name__ == "__main__":
    sys.exit(main())
