"""``bulk_building``: no automatic collection inside (from any thread), what was built frozen
when the last one leaves, the collector as it was."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from teleaccounthub.collector import bulk_building


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_collection_is_paused_inside_and_what_was_built_is_frozen() -> None:
    frozen = gc.get_freeze_count()
    with bulk_building():
        assert not gc.isenabled()
        built = [[n] for n in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(built)


def test_the_last_thread_to_leave_turns_collection_back_on() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with bulk_building():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with bulk_building():
        pass
    assert not gc.isenabled()  # the other thread is still building
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_a_collector_turned_off_by_someone_else_stays_off() -> None:
    gc.disable()
    with bulk_building():
        pass
    assert not gc.isenabled()
