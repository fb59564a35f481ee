"""Plain httpx clients on the ``sandbox`` fixture (not the app's client: it is tested apart)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from teleaccounthub.sandbox import SandboxServer
from tests.sandbox.helpers import client


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A client that sends the demo key, as the page says: ``Authorization: Bearer <key>``."""
    with client(sandbox.url, sandbox.api_key) as authorized:
        yield authorized


@pytest.fixture
def anonymous(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox.url) as plain:
        yield plain
