"""Project contract types for import-linter (registered in ``pyproject.toml``).

import-linter sees an external package as one node, so a forbidden contract can forbid PySide6 but
not PySide6.QtWidgets alone. ``qt_modules`` reads the first line of each direct PySide6 import
(grimp keeps it) and names the Qt modules it loads. Indirect imports need no check of their own:
the layers contract keeps services away from ui, and api and local import no PySide6 at all.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck

_QT = "PySide6"
_FROM = re.compile(r"from\s+(PySide6(?:\.\w+)*)\s+import\s+(.*)")
_IMPORT = re.compile(r"import\s+(.*)")


def qt_modules_of(line: str) -> set[str] | None:
    """The PySide6 modules an import line loads, or None when the line alone cannot tell (a
    parenthesised ``from PySide6 import (`` continues on the next lines)."""
    text = line.split("#", 1)[0].strip()
    if match := _FROM.fullmatch(text):
        module, names = match.groups()
        if module != _QT:
            return {module}
        if "(" in names or names.endswith("\\"):
            return None
        return {f"{_QT}.{name.split(' as ')[0].strip()}" for name in names.split(",")}
    if match := _IMPORT.fullmatch(text):
        imported = {name.split(" as ")[0].strip() for name in match.group(1).split(",")}
        return {name for name in imported if name.split(".")[0] == _QT}
    return None


class QtModulesContract(Contract):
    """The source modules import only the allowed PySide6 modules, and only by name."""

    type_name = "qt_modules"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_modules = fields.SetField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        allowed: set[str] = set(self.allowed_modules)  # type: ignore[call-overload]
        broken: list[str] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            for module in sorted({source.name} | graph.find_descendants(source.name)):
                if not graph.direct_import_exists(importer=module, imported=_QT):
                    continue
                for detail in graph.get_import_details(importer=module, imported=_QT):
                    line = str(detail["line_contents"])
                    loaded = qt_modules_of(line)
                    if loaded is None or not loaded <= allowed:
                        broken.append(f"{module} (l.{detail['line_number']}): {line}")
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        allowed = ", ".join(sorted(self.allowed_modules))  # type: ignore[call-overload]
        output.print_error(f"Only {allowed} may be imported, each by name:")
        output.new_line()
        for line in check.metadata["broken"]:
            output.print_error(f"-   {line}", bold=False)
        output.new_line()
