"""The layering rule: ``teleaccounthub.api`` and ``teleaccounthub.local`` never import PySide6.

Both are checked twice: by reading every module's source (imports, and ``import_module`` /
``__import__`` calls with a literal name), and by importing every module in a fresh interpreter
and looking for PySide6 in ``sys.modules`` (which also catches a Qt import pulled in indirectly).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import teleaccounthub.api
import teleaccounthub.local

QT_FREE = (teleaccounthub.api, teleaccounthub.local)
FORBIDDEN = "PySide6"


def modules_of(package: object) -> list[str]:
    name: str = package.__name__  # type: ignore[attr-defined]
    path: list[str] = package.__path__  # type: ignore[attr-defined]
    found = [name]
    found += [info.name for info in pkgutil.walk_packages(path, prefix=f"{name}.")]
    return sorted(found)


def sources_of(package: object) -> list[Path]:
    path: list[str] = package.__path__  # type: ignore[attr-defined]
    return sorted(p for folder in path for p in Path(folder).rglob("*.py"))


def qt_imports(source: str) -> list[str]:
    """The PySide6 modules ``source`` imports, by statement or by a literal dynamic import."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args:
            function = node.func
            called = (
                function.attr
                if isinstance(function, ast.Attribute)
                else getattr(function, "id", "")
            )
            first = node.args[0]
            if called in ("import_module", "__import__") and isinstance(first, ast.Constant):
                names = [str(first.value)]
        found += [name for name in names if name.split(".")[0] == FORBIDDEN]
    return found


def loaded_qt_modules(modules: list[str]) -> list[str]:
    """Import ``modules`` in a fresh interpreter; the PySide6 modules that got loaded."""
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] == {FORBIDDEN!r})))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.parametrize("package", QT_FREE, ids=lambda p: p.__name__)
def test_no_module_source_imports_pyside6(package: object) -> None:
    sources = sources_of(package)
    assert len(sources) >= 5
    offenders = {
        path.name: imports
        for path in sources
        if (imports := qt_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


@pytest.mark.slow
def test_importing_every_module_loads_no_pyside6() -> None:
    modules = [name for package in QT_FREE for name in modules_of(package)]
    assert "teleaccounthub.api.client" in modules
    assert "teleaccounthub.local.orderbook" in modules
    assert loaded_qt_modules(modules) == []


# ---- the checks can fail


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import os, PySide6.QtWidgets as widgets",
        "def late():\n    from PySide6 import QtGui",
        "import importlib\nimportlib.import_module('PySide6.QtCore')",
        "__import__('PySide6')",
    ],
)
def test_the_source_check_finds_qt_imports(source: str) -> None:
    assert qt_imports(source)


def test_the_source_check_ignores_other_imports() -> None:
    assert qt_imports("import httpx\nfrom . import PySide6_notes\n# import PySide6") == []


@pytest.mark.slow
def test_the_import_check_sees_a_qt_import() -> None:
    assert "PySide6.QtCore" in loaded_qt_modules(["json", "PySide6.QtCore"])


# ---- the app layer: QtCore only; the views never talk HTTP themselves

import teleaccounthub.services  # noqa: E402
import teleaccounthub.ui  # noqa: E402


def imported_names(source: str) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_services_import_only_qtcore() -> None:
    offenders = {
        path.name: bad
        for path in sources_of(teleaccounthub.services)
        if (
            bad := [
                name
                for name in imported_names(path.read_text(encoding="utf-8"))
                if name.startswith(FORBIDDEN) and name != "PySide6.QtCore"
            ]
        )
    }
    assert offenders == {}


def test_views_never_import_the_http_stack() -> None:
    offenders = {
        path.name: bad
        for path in sources_of(teleaccounthub.ui)
        if (
            bad := [
                name
                for name in imported_names(path.read_text(encoding="utf-8"))
                if name.split(".")[0] in ("httpx", "httpcore", "aiohttp", "sqlite3")
            ]
        )
    }
    assert offenders == {}


def test_the_app_layer_check_sees_a_widget_import() -> None:
    assert imported_names("from PySide6.QtWidgets import QLabel") == ["PySide6.QtWidgets"]
