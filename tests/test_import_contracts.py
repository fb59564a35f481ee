"""The import contracts in pyproject.toml ([tool.importlinter]) hold: ``lint-imports`` is run
once per contract, and a broken one fails its test with import-linter's own report."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from grimp import ImportGraph

import teleaccounthub
from tests.import_contract_types import QtModulesContract, qt_modules_of

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def importlinter_config() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config: dict[str, Any] = tomllib.load(file)["tool"]["importlinter"]
    return config


def contract(contract_id: str) -> dict[str, Any]:
    found = [one for one in importlinter_config()["contracts"] if one["id"] == contract_id]
    assert len(found) == 1, contract_id
    return found[0]


CONTRACT_IDS = [one["id"] for one in importlinter_config()["contracts"]]


@pytest.mark.slow
@pytest.mark.parametrize(
    "contract_id",
    CONTRACT_IDS,
)
def test_the_contract_is_kept(contract_id: str) -> None:
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "--contract", contract_id],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_module_but_start_up_is_kept_from_the_sandbox() -> None:
    """A new top-level module must be added to the sandbox contract's sources (or to start-up)."""
    sources = set(contract("sandbox-only-from-start-up")["source_modules"])
    may_import_it = {"teleaccounthub.startup", "teleaccounthub.selftest", "teleaccounthub.sandbox"}
    top_level = {
        info.name for info in pkgutil.iter_modules(teleaccounthub.__path__, "teleaccounthub.")
    }
    assert top_level - {"teleaccounthub._version"} - may_import_it == sources


# ---- the project's own contract type can fail


@pytest.mark.parametrize(
    ("line", "loaded"),
    [
        ("from PySide6.QtCore import QObject, Signal", {"PySide6.QtCore"}),
        ("from PySide6.QtWidgets import QLabel  # a label", {"PySide6.QtWidgets"}),
        ("from PySide6 import QtCore, QtGui as gui", {"PySide6.QtCore", "PySide6.QtGui"}),
        ("import os, PySide6.QtWidgets as widgets", {"PySide6.QtWidgets"}),
        ("import PySide6", {"PySide6"}),
        ("from PySide6 import (", None),
    ],
)
def test_qt_modules_are_read_from_the_import_line(line: str, loaded: set[str] | None) -> None:
    assert qt_modules_of(line) == loaded


def qt_modules_check(line: str) -> bool:
    graph = ImportGraph()
    graph.add_module("app")
    graph.add_module("app.services")
    graph.add_module("PySide6", is_squashed=True)
    graph.add_import(importer="app.services", imported="PySide6", line_number=3, line_contents=line)
    checked = QtModulesContract(
        name="QtCore only",
        session_options={"root_packages": ["app"]},
        contract_options={"source_modules": ["app"], "allowed_modules": ["PySide6.QtCore"]},
    )
    return checked.check(graph, verbose=False).kept


def test_the_qt_modules_contract_sees_a_widget_import() -> None:
    assert qt_modules_check("from PySide6.QtCore import QTimer")
    assert not qt_modules_check("from PySide6.QtWidgets import QLabel")
    assert not qt_modules_check("from PySide6 import (")
