"""store/ is below the app layer: it must never pull in Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import teleaccounthub.store

STORE_DIR = Path(teleaccounthub.store.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "qasync")


def _imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_store_module_imports_qt_in_its_source() -> None:
    sources = sorted(STORE_DIR.rglob("*.py"))
    assert len(sources) > 5
    for path in sources:
        imported = _imported_modules(path.read_text(encoding="utf-8"))
        bad = {name for name in imported if name.split(".")[0] in FORBIDDEN}
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_importing_the_whole_store_loads_no_qt() -> None:
    modules = [
        f"teleaccounthub.store.{p.stem}"
        for p in sorted(STORE_DIR.glob("*.py"))
        if p.stem != "__init__"
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        + "print(','.join(bad))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == ""
