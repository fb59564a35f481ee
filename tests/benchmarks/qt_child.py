"""The inside of a measuring child process: the app's QApplication and qasync loop, waits on
conditions, paint timestamps, and the ``RESULT {json}`` line the harness reads."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

# isort: split
# PySide6 first: qasync picks the Qt binding that is already imported.
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

import qasync  # isort: skip

from teleaccounthub.ui.application import create_application
from tests.benchmarks.processes import RESULT_PREFIX

T = TypeVar("T")

#: Looked up once here: PySide6 builds a Python enum on first use, which takes milliseconds that
#: must not land inside a measured window.
PAINT = QEvent.Type.Paint

ChildMain = Callable[[argparse.Namespace], Coroutine[Any, Any, dict[str, Any]]]


def run_child(parser: argparse.ArgumentParser, main: ChildMain) -> int:
    """Parse the arguments, run ``main`` on the app's kind of loop, print its result."""
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    app = create_application(sys.argv[:1])
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        result = runner.run(main(args))
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


async def wait_until(condition: Callable[[], bool], *, interval: float = 0.002) -> float:
    """Let the loop run until ``condition()`` holds; the ``perf_counter()`` when it was seen.

    Bounded by the caller's ``asyncio.timeout`` (see ``bounded``). It polls: the conditions are
    states of the app (row counts, loading flags) that have no signal of their own."""
    while not condition():  # noqa: ASYNC110
        await asyncio.sleep(interval)
    return time.perf_counter()


async def bounded(work: Coroutine[Any, Any, T], seconds: float) -> T:
    """``await work`` for at most ``seconds``; on a timeout, where every task waited goes to
    stderr (the harness shows it)."""
    try:
        async with asyncio.timeout(seconds):
            return await work
    except TimeoutError:
        dump_tasks()
        raise


def dump_tasks() -> None:
    """Where every pending task of this loop waits (on stderr): what a timeout was stuck on."""
    for task in asyncio.all_tasks():
        print(f"-- {task!r}", file=sys.stderr)
        task.print_stack(file=sys.stderr)


class PaintRecorder(QObject):
    """Timestamps the paint events of ``widget`` with what ``observe()`` said at that moment.

    ``painted(when)`` waits for the first paint at which ``when(state)`` holds (it may already
    have happened: a paint can come before a poll notices the change that caused it).
    """

    def __init__(self, widget: QWidget, observe: Callable[[], object] = lambda: None) -> None:
        super().__init__(widget)
        self.paints: list[tuple[float, object]] = []
        self._observe = observe
        self._waiting: list[tuple[Callable[[object], bool], asyncio.Future[float]]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == PAINT:
            now = time.perf_counter()
            state = self._observe()
            self.paints.append((now, state))
            for when, future in self._waiting:
                if not future.done() and when(state):
                    future.set_result(now)
            self._waiting = [(w, f) for w, f in self._waiting if not f.done()]
        return False

    def painted(
        self, when: Callable[[object], bool], *, since: float = 0.0
    ) -> asyncio.Future[float]:
        """The time of the first paint after ``since`` whose state satisfies ``when``."""
        future: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        for moment, state in self.paints:
            if moment >= since and when(state):
                future.set_result(moment)
                return future
        self._waiting.append((when, future))
        return future

    def forget(self) -> None:
        self.paints.clear()
