"""The app's action icons: ``resources/icons/actions/{light,dark}/NAME.svg``, 24×24 strokes.

``icon(name)`` picks the variant that stands out on the current palette (dark strokes on a light
window, light strokes on a dark one). ``ThemedIcons`` keeps a set of actions on the right
variant: the window calls its ``apply()`` when the palette changes (light ↔ dark at run time).
Drawing the SVGs needs Qt's svg icon engine, which the frozen bundle keeps
(``packaging/bundle_config.py``).
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPalette

from teleaccounthub.resources import resource_path

log = logging.getLogger(__name__)

# Every icon of the set (a file per variant): others use these names in ``ui/actions.py``.
ICON_NAMES = frozenset(
    {
        "about",
        "accounts",
        "bell",
        "cart",
        "chart",
        "download",
        "filter",
        "folder",
        "key",
        "keyboard",
        "pin",
        "quit",
        "refresh",
        "search",
        "settings",
        "track",
    }
)
VARIANTS = ("light", "dark")
# A window colour darker than this (HSL lightness 0–255) counts as a dark palette.
DARK_BELOW = 128


def palette_is_dark(palette: QPalette | None = None) -> bool:
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_BELOW


def icon(name: str, *, dark: bool | None = None) -> QIcon:
    """The icon ``name`` for a dark palette or a light one (default: the current palette's).
    An unknown name raises KeyError; a missing file gives a null icon and a warning."""
    if name not in ICON_NAMES:
        raise KeyError(f"no action icon {name!r}")
    return _load(name, palette_is_dark() if dark is None else dark)


@cache
def _load(name: str, dark: bool) -> QIcon:
    variant = "dark" if dark else "light"
    try:
        path = resource_path("icons", "actions", variant, f"{name}.svg")
    except FileNotFoundError as error:
        log.warning("Action icon missing: %s", error)
        return QIcon()
    return QIcon(str(path))


class ThemedIcons:
    """Actions and the icon name each shows; ``apply()`` sets the variant of the palette."""

    def __init__(self) -> None:
        self._bound: list[tuple[QAction, str]] = []
        self._dark: bool | None = None

    def bind(self, action: QAction, name: str) -> None:
        self._bound.append((action, name))
        action.setIcon(icon(name, dark=self._dark))  # the variant applied last, if any

    def apply(self, palette: QPalette | None = None) -> None:
        dark = palette_is_dark(palette)
        if dark == self._dark:
            return
        self._dark = dark
        for action, name in self._bound:
            action.setIcon(icon(name, dark=dark))
