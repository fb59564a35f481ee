from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from teleaccounthub.local.paths import DataDir, data_dir_for, default_data_dir

HOME = Path("/home/ada")


def test_windows_uses_appdata() -> None:
    assert (
        data_dir_for("win32", {"APPDATA": r"C:\Users\ada\AppData\Roaming"}, HOME)
        == Path(r"C:\Users\ada\AppData\Roaming") / "TeleAccountHub"
    )
    assert data_dir_for("win32", {}, HOME) == HOME / "AppData" / "Roaming" / "TeleAccountHub"


def test_macos_uses_application_support() -> None:
    expected = HOME / "Library" / "Application Support" / "TeleAccountHub"
    assert data_dir_for("darwin", {"XDG_DATA_HOME": "/x"}, HOME) == expected


def test_linux_follows_xdg() -> None:
    assert data_dir_for("linux", {"XDG_DATA_HOME": "/data"}, HOME) == Path("/data/teleaccounthub")
    assert data_dir_for("linux", {}, HOME) == HOME / ".local/share/teleaccounthub"
    # A relative XDG_DATA_HOME is invalid by the spec and ignored.
    assert (
        data_dir_for("linux", {"XDG_DATA_HOME": "rel"}, HOME)
        == HOME / ".local/share/teleaccounthub"
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG platforms only")
def test_default_data_dir_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_data_dir() == tmp_path / "teleaccounthub"


def test_data_dir_creates_its_folders(tmp_path: Path) -> None:
    root = tmp_path / "deep" / "er" / "data"
    data = DataDir(root)
    assert data.root == root
    assert root.is_dir()
    assert data.cache_dir.is_dir()
    assert data.logs_dir.is_dir()
    for path in (data.orders_db, data.settings_file, data.cache_dir, data.logs_dir):
        assert path.parent == root
    assert len({data.orders_db, data.settings_file, data.cache_dir, data.logs_dir}) == 4
    if sys.platform != "win32":
        assert stat.S_IMODE(root.stat().st_mode) & 0o077 == 0  # private to the user
    assert DataDir(root).root == root  # an existing folder is fine
