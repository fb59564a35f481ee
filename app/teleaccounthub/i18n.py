"""Translatable text for every layer, Qt-free: ``CheckoutText.tr("Buy")``.

Each module that shows words to people declares a context, named exactly like the variable that
holds it, and calls ``tr`` on it with literal strings::

    CheckoutText = TrContext("CheckoutText")
    CheckoutText.tr("Buy {count} × {name}").format(count=..., name=...)
    CheckoutText.tr("%Ln order(s) ready", "", count)

Why this shape: ``pyside6-lupdate`` reads ``Name.tr("text", "comment", n)`` as the context
``Name`` and, with a third argument, as a plural (``%n``/``%Ln``) message. Its
``translate(context, text, comment, n)`` form only sees a plural when ``n`` is a literal number,
and any keyword argument hides the message from it, so ``tr`` takes positional arguments only.
``tests/i18n`` checks every call: literal text, a declared context, no call at import time.

The UI installs ``QCoreApplication.translate`` at start-up (``ui/language.py``), so api/ and
local/ need no Qt. Until then, and in processes without Qt, the English source is used, with
``%n`` filled in and ``(s)`` resolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, TypeAlias

Translate: TypeAlias = Callable[[str, str, "str | None", int], str]

_PLURAL_MARK: Final = re.compile(r"\((s|es)\)")


def english_source(_context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """The English source: ``%n``/``%Ln`` filled in, ``order(s)`` singular or plural."""
    if n < 0:
        return text
    return english_plural(text.replace("%Ln", f"{n:,}").replace("%n", str(n)), n)


def english_plural(text: str, n: int) -> str:
    """ "order(s)" as English says it for ``n``: "order" for 1, else "orders" (also "box(es)")."""
    return _PLURAL_MARK.sub("" if n == 1 else r"\1", text)


_translate: Translate = english_source


def install(translate: Translate | None) -> None:
    """Route every ``tr`` through ``translate`` (``QCoreApplication.translate``); None: English."""
    global _translate
    _translate = translate if translate is not None else english_source


class TrContext:
    """A translation context: one per feature or module, named like the variable holding it."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        """``text`` in the app's language; ``n >= 0`` picks the plural form and fills ``%n``."""
        return _translate(self.name, text, disambiguation or None, n)

    def __repr__(self) -> str:
        return f"TrContext({self.name!r})"
