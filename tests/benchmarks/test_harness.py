"""The harness's own arithmetic: heartbeat gaps, goals, ratios and the printed table."""

from __future__ import annotations

import pytest

from tests.benchmarks.figures import Figure, Goal, not_measured
from tests.benchmarks.heartbeat import gap_stats, longest_busy_ms, percentile
from tests.benchmarks.report import number, render
from tests.benchmarks.sizes import size_text


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([7.0], 0.99) == 7.0


def test_a_stall_shows_as_the_longest_gap() -> None:
    beats = [0.005 * i for i in range(1, 200)]  # 5 ms apart up to 0.995 s
    beats = [t for t in beats if not 0.3 < t < 0.38]  # the loop blocked for 80 ms
    stats = gap_stats(beats, 0.0, 1.0)
    assert stats.longest_ms == pytest.approx(80.0)
    assert stats.p99_ms == pytest.approx(5.0)  # one long gap in ~180 is under 1% of them


def test_a_stall_at_the_edge_of_the_window_counts() -> None:
    stats = gap_stats([0.1, 0.105, 0.11], 0.0, 0.2)
    assert stats.longest_ms == pytest.approx(100.0)
    assert stats.beats == 3


def test_the_longest_busy_stretch_is_cpu_time_between_beats_in_the_window() -> None:
    stamps = [0.1, 0.2, 0.3, 0.4, 0.5]
    cpu = [1.000, 1.001, 1.041, 1.042, 1.200]  # 40 ms of work between the 2nd and 3rd beat
    assert longest_busy_ms(stamps, cpu, 0.0, 0.45) == pytest.approx(40.0)
    assert longest_busy_ms(stamps, cpu, 0.0, 0.6) == pytest.approx(158.0)
    assert longest_busy_ms(stamps[:1], cpu[:1], 0.0, 1.0) == 0.0


def test_goals_on_values_and_on_ratios() -> None:
    fast = Figure("sort", 12.0, "ms", 4.0, "Qt", Goal(50.0, unit="ms"))
    assert fast.ratio == pytest.approx(3.0)
    assert fast.met is True
    slow_start = Figure("start", 0.9, "s", 0.3, "bare", Goal(1.5, on="ratio"))
    assert slow_start.met is False
    download = Figure("dl", 200.0, "MiB/s", 240.0, "curl", Goal(0.8, "ratio", "at_least"))
    assert download.met is True
    assert Figure("info", 1.0, "s").met is None


def test_not_measured_figures_carry_their_reason() -> None:
    missing = not_measured("bundle size", "MB", "not built — run packaging/build.py")
    assert missing.is_well_formed()
    assert missing.met is None
    assert not Figure("broken", None, "s").is_well_formed()
    assert not Figure("negative", -1.0, "s").is_well_formed()


def test_table_lists_figure_baseline_ratio_goal_and_notes() -> None:
    text = render(
        [
            Figure("start-up", 0.42, "s", 0.3, "bare window", Goal(1.5, on="ratio"), "median"),
            not_measured("bundle size", "MB", "not built"),
        ]
    )
    lines = text.splitlines()
    headers = [cell.strip() for cell in lines[0].split("|")[1:-1]]
    assert headers == ["benchmark", "figure", "baseline", "ratio", "goal", "met?"]
    cells = [cell.strip() for cell in lines[2].split("|")[1:-1]]
    assert cells == [
        "start-up [1]",
        "0.420 s",
        "0.300 s (bare window)",
        "1.40×",
        "≤ 1.5× bare window",
        "yes",
    ]
    assert lines[3].split("|")[2].strip() == "—"
    assert text.endswith("[1] median\n[2] not built")


def test_numbers_keep_three_significant_digits() -> None:
    assert number(0.41234, "s") == "0.412 s"
    assert number(12.34, "ms") == "12.3 ms"
    assert number(215.4, "MiB/s") == "215 MiB/s"
    assert size_text(500 * 1024 * 1024) == "500 MiB"
    assert size_text(256 * 1024) == "256 KiB"
