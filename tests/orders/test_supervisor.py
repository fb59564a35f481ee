"""The supervisor keeps a loop going through failing rounds; delays never overflow a Qt timer."""

from __future__ import annotations

import asyncio
import logging
import math

import pytest
from pytestqt.qtbot import QtBot

from teleaccounthub.services.delays import (
    MAX_TIMER_SECONDS,
    RETRY_AFTER_MAX,
    RETRY_AFTER_MIN,
    clamp_delay,
    clamp_retry_after,
    timer_ms,
)
from teleaccounthub.services.supervisor import Backoff, Supervisor
from teleaccounthub.services.tasks import TaskOwner

QT_TIMER_LIMIT_MS = 2**31 - 1


def test_clamp_delay_bounds_every_value_a_timer_could_get() -> None:
    assert MAX_TIMER_SECONDS * 1000 < QT_TIMER_LIMIT_MS
    assert clamp_delay(math.nan, minimum=1.0) == 1.0
    assert clamp_delay(math.inf) == MAX_TIMER_SECONDS
    assert clamp_delay(-math.inf, minimum=0.5) == 0.5
    assert clamp_delay(1735689600.0) == MAX_TIMER_SECONDS
    assert clamp_delay(-3.0) == 0.0
    assert clamp_delay(7.5, minimum=1.0, maximum=10.0) == 7.5
    assert clamp_delay(50.0, maximum=10.0) == 10.0
    assert clamp_delay(5.0, maximum=math.inf) == 5.0
    assert clamp_delay(math.inf, maximum=math.inf) == MAX_TIMER_SECONDS
    assert timer_ms(math.inf) <= QT_TIMER_LIMIT_MS
    assert timer_ms(math.nan, minimum=5.0) == 5000


@pytest.mark.parametrize(
    ("given", "expected"),
    [(0.0, RETRY_AFTER_MIN), (None, 5.0), (1735689600.0, RETRY_AFTER_MAX), (math.nan, 1.0)],
)
def test_retry_after_is_at_least_a_second_and_at_most_five_minutes(
    given: float | None, expected: float
) -> None:
    assert clamp_retry_after(given, default=5.0) == expected


def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(first=1.0, factor=2.0, maximum=60.0)
    assert [backoff.delay(n) for n in (1, 2, 3, 4)] == [1.0, 2.0, 4.0, 8.0]
    assert backoff.delay(10_000) == 60.0
    with pytest.raises(ValueError, match="first > 0"):
        Backoff(first=0.0)


class Rounds:
    """A round function failing as scripted: an exception to raise, or None to succeed."""

    def __init__(self, *script: BaseException | None, then: float | None = 0.0) -> None:
        self.script = list(script)
        self.then = then
        self.calls = 0

    async def __call__(self) -> float | None:
        self.calls += 1
        if self.script:
            error = self.script.pop(0)
            if error is not None:
                raise error
            return 0.0
        return self.then


def failing(message: str) -> BaseException:
    """The same failure each time it is called: raised from one place."""
    try:
        raise RuntimeError(message)
    except RuntimeError as error:
        return error


@pytest.mark.expected_log(r"^The test loop failed: ")
def test_a_failing_round_is_logged_reported_once_and_the_loop_goes_on(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    tasks = TaskOwner("supervisor-test")
    rounds = Rounds(failing("one"), failing("two"), failing("three"), None, then=None)
    reported: list[str] = []
    waits: list[int] = []

    def backoff(failures: int) -> float:
        waits.append(failures)
        return 0.01

    supervisor = Supervisor(
        tasks,
        "loop",
        rounds,
        what="The test loop",
        backoff=backoff,
        on_failure=lambda error: reported.append(str(error)),
    )
    with caplog.at_level(logging.INFO, logger="teleaccounthub.services.supervisor"):
        supervisor.start()
        qtbot.waitUntil(lambda: not supervisor.running(), timeout=5000)
    assert rounds.calls == 5
    assert waits == [1, 2, 3]
    assert reported == ["one"]  # one failure (one class, one place) is shown once
    assert supervisor.failures == 0
    records = [r for r in caplog.records if "The test loop" in r.getMessage()]
    assert [r.levelno for r in records] == [logging.WARNING, logging.INFO, logging.INFO]
    assert records[0].exc_info is not None
    assert all(r.exc_info is None for r in records[1:])


@pytest.mark.expected_log(r"^The test loop failed: ")
def test_each_distinct_failure_is_reported(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    tasks = TaskOwner("supervisor-test")
    rounds = Rounds(KeyError("k"), failing("r"), UnicodeEncodeError("utf-8", "x", 0, 1, "no"))
    rounds.then = None
    reported: list[type[BaseException]] = []
    supervisor = Supervisor(
        tasks,
        "loop",
        rounds,
        what="The test loop",
        backoff=lambda _n: 0.0,
        on_failure=lambda error: reported.append(type(error)),
    )
    supervisor.start()
    qtbot.waitUntil(lambda: not supervisor.running(), timeout=5000)
    assert reported == [KeyError, RuntimeError, UnicodeEncodeError]


@pytest.mark.expected_log(r"^The test loop failed: ")
def test_after_max_failures_the_loop_gives_up_once(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    tasks = TaskOwner("supervisor-test")
    rounds = Rounds(*(failing("again") for _ in range(10)))
    gave_up: list[str] = []
    supervisor = Supervisor(
        tasks,
        "loop",
        rounds,
        what="The test loop",
        backoff=lambda _n: 0.0,
        max_failures=5,
        on_give_up=lambda error: gave_up.append(str(error)),
    )
    supervisor.start()
    qtbot.waitUntil(lambda: not supervisor.running(), timeout=5000)
    assert rounds.calls == 5
    assert gave_up == ["again"]


def test_wake_runs_a_round_at_once_and_revives_an_ended_loop(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    tasks = TaskOwner("supervisor-test")
    rounds = Rounds(then=3600.0)
    supervisor = Supervisor(tasks, "loop", rounds, what="The test loop")
    supervisor.start(delay=3600.0)
    assert supervisor.running()
    supervisor.wake()
    qtbot.waitUntil(lambda: rounds.calls == 1, timeout=3000)
    supervisor.wake()
    qtbot.waitUntil(lambda: rounds.calls == 2, timeout=3000)

    rounds.then = None  # the next round ends the loop
    supervisor.wake()
    qtbot.waitUntil(lambda: not supervisor.running(), timeout=3000)
    rounds.then = 3600.0
    supervisor.wake()
    qtbot.waitUntil(lambda: rounds.calls == 4, timeout=3000)
    assert supervisor.running()
    supervisor.stop()
    qtbot.waitUntil(lambda: not supervisor.running(), timeout=3000)


def test_a_cancelled_loop_ends_instead_of_counting_a_failure(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop
) -> None:
    tasks = TaskOwner("supervisor-test")
    entered = asyncio.Event()

    async def forever() -> float | None:
        entered.set()
        await asyncio.Event().wait()
        return None

    supervisor = Supervisor(tasks, "loop", forever, what="The test loop")
    supervisor.start()
    qtbot.waitUntil(entered.is_set, timeout=3000)
    assert supervisor.in_round()
    supervisor.stop()
    qtbot.waitUntil(lambda: not supervisor.running(), timeout=3000)
    assert supervisor.failures == 0
    assert not supervisor.in_round()
