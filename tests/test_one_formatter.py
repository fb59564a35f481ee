"""Money and ages are formatted in one module: no other module of ``ui`` or ``services`` defines
its own ``usd``, ``exact_usd`` or ``age_text`` (a second formatter is how two roundings began)."""

from __future__ import annotations

import ast
from pathlib import Path

import teleaccounthub.services
import teleaccounthub.ui
from teleaccounthub.services import formatting

FORMATTERS = frozenset({"usd", "exact_usd", "age_text"})
HOME = Path(formatting.__file__).resolve()


def defined_formatters(source: str) -> list[str]:
    """The names in ``FORMATTERS`` that ``source`` defines, at any depth (methods too)."""
    return [
        node.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in FORMATTERS
    ]


def sources() -> list[Path]:
    packages = (teleaccounthub.ui, teleaccounthub.services)
    return sorted(
        path.resolve()
        for package in packages
        for folder in package.__path__
        for path in Path(folder).rglob("*.py")
    )


def test_the_scan_sees_a_formatter_defined_anywhere() -> None:
    source = "def usd(x): ...\nclass A:\n    async def age_text(self): ...\ndef usd_total(): ..."
    assert defined_formatters(source) == ["usd", "age_text"]


def test_only_the_formatting_module_defines_money_and_age_formatters() -> None:
    found = sources()
    assert HOME in found
    assert len(found) > 40  # the scan reads the real tree
    assert defined_formatters(HOME.read_text(encoding="utf-8")) == ["usd", "exact_usd", "age_text"]
    others = {
        str(path): names
        for path in found
        if path != HOME and (names := defined_formatters(path.read_text(encoding="utf-8")))
    }
    assert others == {}
