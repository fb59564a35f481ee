"""The table the command prints: benchmark, figure, baseline, ratio, goal, met? — then notes."""

from __future__ import annotations

from collections.abc import Sequence

from tests.benchmarks.figures import Figure

HEADERS = ("benchmark", "figure", "baseline", "ratio", "goal", "met?")


def number(value: float, unit: str) -> str:
    """Three significant digits, no exponent: ``0.412 s``, ``12.3 ms``, ``215 MiB/s``."""
    magnitude = abs(value)
    if magnitude >= 100 or value == 0:
        text = f"{value:.0f}"
    elif magnitude >= 10:
        text = f"{value:.1f}"
    elif magnitude >= 1:
        text = f"{value:.2f}"
    else:
        text = f"{value:.3f}"
    return f"{text} {unit}".rstrip()


def cells(figure: Figure, marker: str) -> tuple[str, ...]:
    name = f"{figure.benchmark}{marker}"
    if figure.value is None:
        return (name, "—", "—", "—", _goal(figure), "—")
    value = number(figure.value, figure.unit)
    if figure.baseline is None:
        baseline = figure.baseline_name or "—"
    else:
        baseline = f"{number(figure.baseline, figure.unit)} ({figure.baseline_name})"
    ratio = "—" if figure.ratio is None else f"{figure.ratio:.2f}×"
    met = {True: "yes", False: "NO", None: "—"}[figure.met]
    return (name, value, baseline, ratio, _goal(figure), met)


def _goal(figure: Figure) -> str:
    return "—" if figure.goal is None else figure.goal.text(figure.baseline_name)


def render(figures: Sequence[Figure]) -> str:
    """A Markdown table (it reads well in a terminal and pastes into a README) and its notes."""
    rows: list[tuple[str, ...]] = []
    notes: list[str] = []
    for figure in figures:
        marker = ""
        if figure.note:
            notes.append(figure.note)
            marker = f" [{len(notes)}]"
        rows.append(cells(figure, marker))
    widths = [max(len(row[i]) for row in [HEADERS, *rows]) for i in range(len(HEADERS))]

    def line(row: Sequence[str]) -> str:
        return (
            "| "
            + " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            + " |"
        )

    out = [line(HEADERS), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in rows]
    if notes:
        out.append("")
        out += [f"[{n}] {note}" for n, note in enumerate(notes, start=1)]
    return "\n".join(out)
