"""Regression guard: PySide6-Essentials 6.12.0 on Python 3.11 must never be installed.

That build leaks a reference to None on every void Qt call (the refcount of None falls by one
per call); after enough calls qasync aborts the process with "deallocating None".
"""

from __future__ import annotations

import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

BROKEN = Version("6.12.0")
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
CALLS = 10_000


def is_broken(pyside: Version, python: tuple[int, int]) -> bool:
    return pyside == BROKEN and python < (3, 12)


def test_the_installed_combination_is_not_the_broken_one() -> None:
    installed = Version(version("PySide6-Essentials"))
    assert is_broken(BROKEN, (3, 11))  # the check itself recognises the bad pair
    assert not is_broken(installed, (sys.version_info.major, sys.version_info.minor)), (
        f"PySide6-Essentials {installed} on Python {sys.version_info[:2]} leaks references "
        "to None; pin another version."
    )


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 on: its refcount cannot show the leak",
)
def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    from PySide6.QtCore import QObject, QTimer

    target = QObject()
    timer = QTimer()
    before = sys.getrefcount(None)
    for index in range(CALLS // 2):
        target.setObjectName("x" if index % 2 else "y")
        timer.stop()
    after = sys.getrefcount(None)
    assert before - after < CALLS // 10, f"None lost {before - after} references"


def pyside_requirements() -> list[Requirement]:
    data = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    requirements = [Requirement(text) for text in data["project"]["dependencies"]]
    return [r for r in requirements if canonicalize_name(r.name) == "pyside6-essentials"]


def applies(requirement: Requirement, python: str) -> bool:
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    return requirement.marker is None or requirement.marker.evaluate(environment)


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13"])
def test_pyproject_markers_exclude_the_broken_combination(python: str) -> None:
    active = [r for r in pyside_requirements() if applies(r, python)]
    assert active, f"no PySide6-Essentials requirement applies on Python {python}"
    major, minor = (int(part) for part in python.split("."))
    if is_broken(BROKEN, (major, minor)):
        assert not all(r.specifier.contains(BROKEN, prereleases=True) for r in active), (
            f"pyproject.toml lets PySide6-Essentials {BROKEN} install on Python {python}"
        )
