"""One measured figure, its baseline from the same run, and the goal it is held to."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

Direction = Literal["at_most", "at_least"]


@dataclass(frozen=True, slots=True)
class Goal:
    """A limit on the figure itself (``on="value"``) or on figure / baseline (``on="ratio"``)."""

    limit: float
    on: Literal["value", "ratio"] = "value"
    direction: Direction = "at_most"
    unit: str = ""

    def met(self, value: float, ratio: float | None) -> bool | None:
        subject = value if self.on == "value" else ratio
        if subject is None:
            return None
        if self.direction == "at_most":
            return subject <= self.limit
        return subject >= self.limit

    def text(self, baseline_name: str) -> str:
        sign = "≤" if self.direction == "at_most" else "≥"
        if self.on == "ratio":
            return f"{sign} {self.limit:g}× {baseline_name}"
        return f"{sign} {self.limit:g} {self.unit}".rstrip()


@dataclass(frozen=True, slots=True)
class Figure:
    """A row of the table. ``value`` None means not measured; ``note`` says why."""

    benchmark: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    goal: Goal | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.value is None:
            return None
        return self.goal.met(self.value, self.ratio)

    def is_well_formed(self) -> bool:
        """A measured figure is a finite, non-negative number; so is its baseline."""
        numbers = [n for n in (self.value, self.baseline) if n is not None]
        return (
            bool(self.benchmark)
            and bool(self.unit)
            and all(math.isfinite(n) and n >= 0 for n in numbers)
            and (self.value is not None or bool(self.note))
        )


def not_measured(benchmark: str, unit: str, reason: str, goal: Goal | None = None) -> Figure:
    return Figure(benchmark, None, unit, goal=goal, note=reason)
