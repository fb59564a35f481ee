"""Every ``tr`` call is one lupdate can read: literal text, a declared context, positional
arguments, inside a function (a string translated at import time would stay English)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "teleaccounthub"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "sandbox" not in p.relative_to(PACKAGE).parts)


def _declared(tree: ast.Module) -> dict[str, str]:
    """``Name = TrContext("Name")`` at module level: variable → context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "TrContext"
        ):
            arg = node.value.args[0] if node.value.args else None
            found[node.targets[0].id] = arg.value if isinstance(arg, ast.Constant) else "?"
    return found


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES}


TREES = _trees()
CONTEXTS = {name: ctx for tree in TREES.values() for name, ctx in _declared(tree).items()}


def test_each_context_is_named_like_its_variable() -> None:
    wrong = {name: ctx for name, ctx in CONTEXTS.items() if name != ctx}
    assert not wrong


def _problems(path: Path, tree: ast.Module) -> list[str]:
    problems: list[str] = []
    inside_functions: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            inside_functions.update(id(child) for child in ast.walk(node))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
        if node.func.attr == "translate" and ast.unparse(node.func.value).endswith(
            "QCoreApplication"
        ):
            if path.name not in ("language.py", "selftest.py"):
                problems.append(f"{where}: use a TrContext, not QCoreApplication.translate")
            continue
        if node.func.attr != "tr":
            continue
        owner = node.func.value
        if not (isinstance(owner, ast.Name) and owner.id in CONTEXTS):
            problems.append(f"{where}: tr() on {ast.unparse(owner)}, not on a TrContext")
            continue
        args = node.args
        if node.keywords or not 1 <= len(args) <= 3:
            problems.append(f"{where}: tr() takes 1 to 3 positional arguments (lupdate)")
        if not (args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
            problems.append(f"{where}: the text is not a literal string")
        elif not args[0].value.strip():
            problems.append(f"{where}: empty text")
        if len(args) >= 2 and not (
            isinstance(args[1], ast.Constant) and isinstance(args[1].value, (str, type(None)))
        ):
            problems.append(f"{where}: the comment is not a literal string or None")
        if id(node) not in inside_functions:
            problems.append(f"{where}: translated at import time, before the language is set")
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_tr_calls_are_readable_by_lupdate(path: Path) -> None:
    assert _problems(path, TREES[path]) == []


def test_plural_texts_carry_the_number() -> None:
    missing = []
    for path, tree in TREES.items():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and len(node.args) == 3
                and isinstance(node.args[0], ast.Constant)
                and "%n" not in str(node.args[0].value)
                and "%Ln" not in str(node.args[0].value)
            ):
                missing.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert missing == []


def test_no_comment_is_taken_for_a_note_to_the_translator() -> None:
    """lupdate reads ``#:`` as a note to the translator and hangs it on the next message, however
    far away: a note for a translator goes in ``tr``'s second argument instead."""
    noted = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.lstrip().startswith("#:")
    ]
    assert noted == []
