"""The log-failure fixture (tests/fixtures/logfail.py) fails what it should and only that: run in
a pytest of its own on a few small tests, one of them a background task that crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

INNER_TESTS = """
import asyncio
import logging

import pytest

from teleaccounthub.services.tasks import TaskOwner


async def crash() -> None:
    raise RuntimeError("boom in the background")


async def test_a_background_task_crashes() -> None:
    owner = TaskOwner("demo")
    task = owner.spawn(crash(), name="crash")
    await asyncio.wait([task])
    await asyncio.sleep(0)  # the done callback, which logs, runs after the waiters


@pytest.mark.expected_log(r"^Task demo:crash failed$")
async def test_a_crash_the_test_expects() -> None:
    await test_a_background_task_crashes()


@pytest.mark.expected_log(r"never logged")
def test_a_stale_declaration() -> None:
    pass


def test_a_warning_read_through_caplog(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="inner"):
        logging.getLogger("inner.part").warning("looked at")
    assert "looked at" in caplog.text


def test_a_plain_warning() -> None:
    logging.getLogger("inner").warning("nobody looks at this")


def test_info_is_fine() -> None:
    logging.getLogger("inner").info("just saying")


@pytest.fixture
def unavailable() -> None:
    pytest.skip("what this test needs is not here")


@pytest.mark.expected_log(r"would have been logged")
def test_skipped_while_set_up_expects_nothing(unavailable: None) -> None:
    logging.getLogger("inner").warning("would have been logged")
"""

INNER_CONFTEST = (
    "from tests.fixtures.logfail import fail_on_unexpected_logs  # noqa: F401\n"
    "from tests.fixtures.logfail import pytest_runtest_call  # noqa: F401\n"
)

INNER_INI = """
[pytest]
asyncio_mode = auto
asyncio_default_fixture_loop_scope = function
markers =
    expected_log(pattern): expected log record
"""


@pytest.mark.slow
def test_unexpected_warnings_and_errors_fail_and_declared_ones_do_not(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeini(INNER_INI)
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rE")
    result.assert_outcomes(passed=6, errors=3, skipped=1)
    summary = [line for line in result.outlines if line.startswith("ERROR test_inner.py::")]
    errors = {line.split("::")[1].split()[0] for line in summary}
    assert errors == {
        "test_a_background_task_crashes",
        "test_a_stale_declaration",
        "test_a_plain_warning",
    }
    result.stdout.fnmatch_lines(
        [
            "*unexpected ERROR on 'teleaccounthub.services.tasks': Task demo:crash failed",
            "*RuntimeError: boom in the background",
            "*expected_log('never logged') matched no record",
            "*unexpected WARNING on 'inner': nobody looks at this",
        ]
    )
