"""teleaccounthub.resources finds the icons from a checkout, a PyInstaller bundle and a wheel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from teleaccounthub import resources
from tests.packaging.paths import ICONS


def _fake_resources(root: Path, name: str = "teleaccounthub.svg") -> Path:
    path = root / "icons" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("<svg/>", encoding="utf-8")
    return path


def test_a_source_checkout_finds_the_repository_resources() -> None:
    assert resources.app_icon_path() == ICONS / "teleaccounthub.svg"
    assert resources.app_icon_png_path(256) == ICONS / "teleaccounthub-256.png"
    assert resources.resource_path("icons", "teleaccounthub-16.png").is_file()


def test_a_pyinstaller_bundle_finds_its_own_copy_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = _fake_resources(tmp_path / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_icon_path() == bundled
    assert resources.resource_roots()[0] == tmp_path / "resources"


def test_meipass_is_ignored_when_not_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_resources(tmp_path / "resources")
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_icon_path() == ICONS / "teleaccounthub.svg"


def test_an_installed_wheel_finds_the_resources_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "teleaccounthub"
    inside = _fake_resources(package / "_resources")
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.app_icon_path() == inside


def test_a_missing_resource_names_every_place_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources, "PACKAGE_DIR", tmp_path / "lib" / "teleaccounthub")
    with pytest.raises(FileNotFoundError) as raised:
        resources.app_icon_path()
    message = str(raised.value)
    assert "icons/teleaccounthub.svg" in message
    assert str(tmp_path / "lib" / "teleaccounthub" / "_resources") in message
    assert str(tmp_path / "resources") in message


@pytest.mark.parametrize("parts", [(), ("..", "pyproject.toml"), ("/etc", "passwd")])
def test_resource_paths_stay_inside_the_resources(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="resource"):
        resources.resource_path(*parts)


def test_qt_draws_the_app_icon(qapp: QApplication) -> None:
    renderer = QSvgRenderer(str(resources.app_icon_path()))
    assert renderer.isValid()
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 64, 64))
    painter.end()
    assert QColor.fromRgba(image.pixel(32, 32)).alpha() == 255  # the tile is opaque inside
    assert QColor.fromRgba(image.pixel(0, 0)).alpha() == 0  # and its corners are rounded off
    icon = QIcon(str(resources.app_icon_path()))
    assert not icon.isNull()
    assert not icon.pixmap(48, 48).isNull()
