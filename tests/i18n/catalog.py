"""The ``.ts`` files, read as messages (for the tests)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    forms: tuple[str, ...]
    kind: str | None


def messages(code: str) -> list[Message]:
    root = ET.parse(FOLDER / f"teleaccounthub_{code}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif plural:
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    plural,
                    forms,
                    None if translation is None else translation.get("type"),
                )
            )
    return found
