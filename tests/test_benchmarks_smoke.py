"""Every benchmark of ``python -m tests.benchmarks`` runs on tiny sizes and returns figures that
make sense — so the suite cannot rot silently. These are not timing assertions: the full-size run
prints figures, it does not pass or fail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.benchmarks.__main__ import main
from tests.benchmarks.bundle import NOT_BUILT, SIZE, STARTUP, bundle
from tests.benchmarks.context import BenchContext, bench_context
from tests.benchmarks.figures import Figure, Goal
from tests.benchmarks.registry import BENCHMARKS
from tests.benchmarks.report import render
from tests.benchmarks.sizes import TINY

pytestmark = pytest.mark.slow

#: What each benchmark must return: (unit, has a baseline) per figure, in order.
EXPECTED: dict[str, list[tuple[str, bool]]] = {
    "startup": [("s", True)] * 3,
    "responsiveness": [("ms", True)] * 9,
    "bigcategory": [("ms", True), ("ms", True), ("s", True)],
    "table": [("ms", True)] * 4,
    "search": [("ms", True)] * 2,
    "download": [("MiB/s", True), ("MiB/s", True), ("MiB/s", True), ("MiB", True)],
    "idle": [("%", True)] * 3,
    "memory": [("MiB", True)],
    "bundle": [("MB", False), ("s", True)],
    "watch": [("%", True)],
}

#: Figures that may be "not measured" (with the reason as their note): until
#: ``packaging/build.py`` has been run there is no bundle.
MAY_BE_MISSING = {SIZE, STARTUP}


@pytest.fixture(scope="module")
def bench() -> Iterator[BenchContext]:
    with bench_context(TINY) as context:
        yield context


def test_every_benchmark_has_expectations() -> None:
    assert list(EXPECTED) == list(BENCHMARKS)


@pytest.mark.parametrize("name", list(BENCHMARKS))
def test_benchmark_runs_on_tiny_sizes(bench: BenchContext, name: str) -> None:
    figures = BENCHMARKS[name](bench)

    assert len(figures) == len(EXPECTED[name]), figures
    for figure, (unit, has_baseline) in zip(figures, EXPECTED[name], strict=True):
        assert figure.is_well_formed(), figure
        assert figure.unit == unit, figure
        if figure.value is None:
            assert figure.benchmark in MAY_BE_MISSING, figure
            continue
        if figure.unit != "%":  # an idle process may use no CPU tick at all
            assert figure.value > 0, figure
        assert (figure.baseline is not None) == has_baseline, figure
        if figure.baseline is not None:
            assert figure.baseline > 0 or figure.unit == "%", figure
            assert figure.ratio is not None or figure.unit == "%", figure
        if figure.goal is not None:
            assert figure.met is not None, figure
    assert render(figures).count("\n") >= len(figures) + 1


def test_command_prints_the_table_of_the_chosen_benchmarks(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ran: list[str] = []

    def fake(name: str) -> Callable[[BenchContext], list[Figure]]:
        def run(ctx: BenchContext) -> list[Figure]:
            assert ctx.sizes is TINY
            ran.append(name)
            return [Figure(f"{name} figure", 2.0, "ms", 1.0, "baseline", Goal(3.0, unit="ms"))]

        return run

    for name in BENCHMARKS:
        monkeypatch.setitem(BENCHMARKS, name, fake(name))
    assert main(["--quick", "--only", "table", "--only", "idle"]) == 0
    assert ran == ["table", "idle"]
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith(("| table ", "| idle "))]
    assert [row.split("|")[1].strip() for row in rows] == ["table figure", "idle figure"]
    assert [cell.strip() for cell in rows[0].split("|")[2:-1]] == [
        "2.00 ms",
        "1.00 ms (baseline)",
        "2.00×",
        "≤ 3 ms",
        "yes",
    ]


def test_failures_are_reported_in_the_table(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(ctx: BenchContext) -> list[Figure]:
        raise RuntimeError("the probe fell over\nwith details")

    monkeypatch.setitem(BENCHMARKS, "memory", broken)
    assert main(["--quick", "--only", "memory"]) == 1
    out = capsys.readouterr().out
    assert "memory failed: RuntimeError: the probe fell over" in out


def test_bundle_row_says_how_to_build_it_when_missing(bench: BenchContext, tmp_path: Path) -> None:
    figures = bundle(bench, tmp_path / "dist" / "TeleAccountHub" / "TeleAccountHub")

    assert [(f.benchmark, f.value, f.note) for f in figures] == [
        (SIZE, None, NOT_BUILT),
        (STARTUP, None, NOT_BUILT),
    ]
    assert NOT_BUILT == "not built — run packaging/build.py"
