"""Where the app keeps what it writes: one data folder, chosen per platform or by --data-dir."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_FOLDER = "TeleAccountHub"


def default_data_dir() -> Path:
    """The per-user data folder of this platform.

    Windows ``%APPDATA%\\TeleAccountHub``, macOS ``~/Library/Application Support/TeleAccountHub``,
    elsewhere ``$XDG_DATA_HOME/teleaccounthub`` or ``~/.local/share/teleaccounthub``.
    """
    return data_dir_for(sys.platform, os.environ, Path.home())


def data_dir_for(platform: str, environ: Mapping[str, str], home: Path) -> Path:
    """``default_data_dir`` for a given platform, environment and home folder."""
    if platform == "win32":
        appdata = environ.get("APPDATA", "")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_FOLDER
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_FOLDER
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_FOLDER.lower()


class DataDir:
    """Everything the app writes lives under one folder: order book, settings, cache, logs.

    The folders are created unless ``create`` is False (start-up, when creating them failed:
    browsing still works from a folder nothing can be written to).
    """

    def __init__(self, root: Path, *, create: bool = True) -> None:
        self.root: Path = root.expanduser().absolute()
        self.orders_db: Path = self.root / "orders.sqlite3"
        self.settings_file: Path = self.root / "settings.json"
        self.cache_dir: Path = self.root / "cache"
        self.logs_dir: Path = self.root / "logs"
        # Downloads that have begun and not ended; leftovers are removed at the next start.
        self.part_files: Path = self.root / "downloads-in-progress.json"
        if create:
            # Private to the user: the order book lists what they bought.
            self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            for folder in (self.cache_dir, self.logs_dir):
                if not folder.is_dir():
                    folder.mkdir()

    def __repr__(self) -> str:
        return f"DataDir({str(self.root)!r})"
