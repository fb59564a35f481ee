"""Keep the translations in step with the code, with Qt's own tools.

    uv run python packaging/translations.py update    # lupdate: new strings into the .ts files
    uv run python packaging/translations.py release   # lrelease: .ts → .qm (the app loads these)
    uv run python packaging/translations.py check     # CI: nothing new or unfinished, .qm fresh

``resources/translations/teleaccounthub_ru.ts`` holds every string; ``teleaccounthub_en.ts``
only the plural forms (English is the source language, but "%n order(s)" still needs "1 order"
and "2 orders"); ``update`` fills those English forms from the source's ``(s)`` by itself.

The ``.qm`` files are committed: ``uv run teleaccounthub`` on a fresh clone must speak Russian
without a build step, and ``check`` proves they are exactly what ``lrelease`` makes of the
``.ts`` files. The build (``build.py``) runs ``release`` before PyInstaller all the same.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from teleaccounthub.i18n import english_plural

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "app" / "teleaccounthub"
FOLDER = ROOT / "resources" / "translations"
#: The sandbox is a stand-in for the store's server: its texts are the API's, never translated.
NOT_TRANSLATED = ("sandbox",)
LANGUAGES = {"ru": "ru_RU", "en": "en_US"}
PLURAL_ONLY = {"en"}


def ts_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"teleaccounthub_{code}.ts"


def qm_path(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"teleaccounthub_{code}.qm"


def sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in NOT_TRANSLATED
    )


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: run this with `uv run`")
    return found


def lupdate(folder: Path = FOLDER) -> None:
    files = [str(path) for path in sources()]
    for code, language in LANGUAGES.items():
        target = ts_path(code, folder)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}" sourcelanguage="en_US">\n</TS>\n',
                encoding="utf-8",
            )
        options = ["-locations", "none", "-no-obsolete", "-silent"]
        if code in PLURAL_ONLY:
            options.append("-pluralonly")
        command = [tool("lupdate"), *options, *files, "-ts", str(target)]
        subprocess.run(command, check=True)
        if code in PLURAL_ONLY and fill_english_plurals(target):
            subprocess.run(command, check=True)  # back into lupdate's own layout


def fill_english_plurals(path: Path) -> bool:
    """Unfinished English plural messages get "1 order" / "2 orders" from "%n order(s)"."""
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        forms = translation.findall("numerusform")
        for form in forms:
            translation.remove(form)
        for count in (1, 2):
            form = ET.SubElement(translation, "numerusform")
            form.text = english_plural(source, count)
        del translation.attrib["type"]
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )
    return changed


def lrelease(folder: Path = FOLDER, out: Path = FOLDER) -> None:
    for code in LANGUAGES:
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                str(ts_path(code, folder)),
                "-qm",
                str(qm_path(code, out)),
            ],
            check=True,
        )


def unfinished(path: Path) -> list[str]:
    """Messages without a finished translation: "context: source" for each."""
    root = ET.parse(path).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            texts = [] if translation is None else [translation.text or ""]
            if translation is not None and message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
            if kind in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> list[str]:
    """What is out of date or missing; empty when the translations are complete and fresh."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for code in LANGUAGES:
            if not ts_path(code).exists():
                problems.append(f"{ts_path(code).name} is missing: run `update`")
                continue
            shutil.copy(ts_path(code), ts_path(code, copy))
        if problems:
            return problems
        lupdate(copy)
        for code in LANGUAGES:
            if ts_path(code, copy).read_bytes() != ts_path(code).read_bytes():
                problems.append(
                    f"{ts_path(code).name} is not up to date with the code: run `update`"
                )
            problems += [
                f"{ts_path(code).name}: unfinished: {m}" for m in unfinished(ts_path(code))
            ]
        lrelease(FOLDER, copy)
        for code in LANGUAGES:
            built = qm_path(code, copy).read_bytes()
            if not qm_path(code).exists() or qm_path(code).read_bytes() != built:
                problems.append(f"{qm_path(code).name} is not what lrelease makes: run `release`")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    command = parser.parse_args(argv).command
    if command == "update":
        lupdate()
    elif command == "release":
        lrelease()
    else:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
