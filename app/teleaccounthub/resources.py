"""Where the app's bundled files (icons) are, in every way the app can be run.

The files live in the repository's top-level ``resources/`` folder. They are found:

1. in a PyInstaller build: ``<sys._MEIPASS>/resources`` (the spec copies ``resources/`` there);
2. in an installed wheel: ``teleaccounthub/_resources`` beside this module (the wheel build maps
   ``resources/`` there);
3. in a source checkout or editable install: ``<repo>/resources``, two levels above the package.

The first root that holds the requested file wins. No Qt here: callers wrap paths in QIcon.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ICON_NAME = "teleaccounthub"


def resource_roots() -> tuple[Path, ...]:
    """Folders that may hold the resources, most specific first."""
    roots: list[Path] = []
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle_dir:
        roots.append(Path(bundle_dir) / "resources")
    roots.append(PACKAGE_DIR / "_resources")
    roots.append(PACKAGE_DIR.parent.parent / "resources")
    return tuple(roots)


def resource_path(*parts: str) -> Path:
    """The path of a bundled file, e.g. ``resource_path("icons", "teleaccounthub.svg")``.

    Raises FileNotFoundError (naming every folder searched) when no root holds it.
    """
    if not parts:
        raise ValueError("resource_path() needs at least one path component")
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"resource paths are relative and stay inside the resources: {relative}")
    roots = resource_roots()
    for root in roots:
        candidate = root / relative
        if candidate.is_file():
            return candidate
    searched = ", ".join(str(root) for root in roots)
    raise FileNotFoundError(f"resource {relative.as_posix()} not found in: {searched}")


def app_icon_path() -> Path:
    """The scalable app icon (SVG master); needs Qt's svg icon engine to be drawn."""
    return resource_path("icons", f"{ICON_NAME}.svg")


def app_icon_png_path(size: int) -> Path:
    """A pre-rendered PNG of the app icon: 16, 24, 32, 48, 64, 128, 256 or 512 pixels."""
    return resource_path("icons", f"{ICON_NAME}-{size}.png")
