"""The translations are complete, fresh and safe to format."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.i18n.catalog import messages

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
NUMBER = re.compile(r"%L?n")


@pytest.fixture(scope="module")
def translations_tool():  # type: ignore[no-untyped-def]
    sys.path.append(str(PACKAGING))
    try:
        import translations

        yield translations
    finally:
        sys.path.remove(str(PACKAGING))


def test_lupdate_finds_nothing_new_and_nothing_is_unfinished(translations_tool) -> None:  # type: ignore[no-untyped-def]
    assert translations_tool.check() == []


@pytest.mark.parametrize("code", ["ru", "en"])
def test_every_translation_keeps_the_placeholders(code: str) -> None:
    wrong = []
    for message in messages(code):
        wanted = sorted(PLACEHOLDER.findall(message.source))
        for form in filter(None, message.forms):  # an empty one is unfinished: tested above
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{message.context}: {message.source!r} → {form!r}")
            if NUMBER.search(message.source) and message.plural and not NUMBER.search(form):
                wrong.append(f"{message.context}: {message.source!r} → {form!r} lost %n")
    assert wrong == []


def test_russian_has_three_plural_forms() -> None:
    wrong = [m.source for m in messages("ru") if m.plural and len(m.forms) != 3]
    assert wrong == []


#: Words that stay as they are in Russian text.
KEPT = re.compile(
    r"TeleAccountHub|ZIP|API|CSV|SHA-256|HTTPS?|SOCKS5?|URL|JSON|Ctrl|Shift|Alt|Tab|Enter|Esc|"
    r"Escape|Telegram|USD|ID|F\d+|OK|KB|MB|GB|PNG|SVG|UTC|localhost|sandbox|DNS|TLS|Retry-After|"
    r"Windows|macOS|Linux|Qt|Python|https?://\S+|[\w.-]+\.(json|log|zip|csv|db|py|com|org|net)\b"
)
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def test_russian_translations_are_russian() -> None:
    """A translation still in English (copied source) is caught here, not by a customer."""
    english = []
    for message in messages("ru"):
        for form in message.forms:
            text = KEPT.sub("", PLACEHOLDER.sub("", form))
            if LATIN_WORD.search(text):
                english.append(f"{message.context}: {form!r}")
    assert english == []
