"""Fixtures of the API client's tests: a scripted loopback server and a quick retry policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from teleaccounthub.api import RetryPolicy
from tests.api.helpers import CountingRandom
from tests.api.scripted_server import ScriptedServer


@pytest.fixture
def backoffs() -> CountingRandom:
    return CountingRandom()


@pytest.fixture
def fast_retry(backoffs: CountingRandom) -> RetryPolicy:
    """Retries after at most 20 ms, so retry tests take no time; ``backoffs.draws`` counts them."""
    return RetryPolicy(base_delay=0.005, max_delay=0.02, max_retry_after=10.0, random=backoffs)


@pytest.fixture
def scripted() -> Iterator[ScriptedServer]:
    with ScriptedServer() as server:
        yield server
