"""The icon files in resources/icons are what packaging/make_icons.py makes from the SVG master."""

from __future__ import annotations

import struct
from pathlib import Path

import make_icons
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging.paths import ICONS

# ICNS element types Pillow writes, by pixel size (ic11/ic12/ic13/ic14 are the @2x variants).
ICNS_TYPES = {
    b"ic11": 32,
    b"ic12": 64,
    b"ic07": 128,
    b"ic08": 256,
    b"ic13": 256,
    b"ic09": 512,
    b"ic14": 512,
    b"ic10": 1024,
}


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an .ico"
    sizes = []
    for index in range(count):
        width = data[6 + 16 * index]
        sizes.append(width or 256)  # 0 means 256 in an ICONDIRENTRY
    return sorted(sizes)


def icns_types(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns", "not an .icns"
    (length,) = struct.unpack(">I", data[4:8])
    assert length == len(data)
    elements = {}
    offset = 8
    while offset < length:
        kind = data[offset : offset + 4]
        (size,) = struct.unpack(">I", data[offset + 4 : offset + 8])
        elements[kind] = data[offset + 8 : offset + size]
        offset += size
    return elements


def mean_difference(first: bytes, second: bytes) -> float:
    """Mean absolute difference per channel of two same-size PNGs (0 = identical pixels)."""
    a = QImage.fromData(first).convertToFormat(QImage.Format.Format_RGBA8888)
    b = QImage.fromData(second).convertToFormat(QImage.Format.Format_RGBA8888)
    assert (a.width(), a.height()) == (b.width(), b.height())
    pixels_a = bytes(a.constBits())[: a.sizeInBytes()]
    pixels_b = bytes(b.constBits())[: b.sizeInBytes()]
    return sum(abs(x - y) for x, y in zip(pixels_a, pixels_b, strict=True)) / len(pixels_a)


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_has_its_size(size: int) -> None:
    path = ICONS / f"teleaccounthub-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_the_ico_holds_every_windows_size() -> None:
    data = (ICONS / "teleaccounthub.ico").read_bytes()
    assert ico_sizes(data) == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_every_macos_size_as_png() -> None:
    elements = icns_types((ICONS / "teleaccounthub.icns").read_bytes())
    for kind, size in ICNS_TYPES.items():
        assert kind in elements, kind
        assert png_size(elements[kind]) == (size, size), kind


@pytest.mark.slow
def test_make_icons_regenerates_the_committed_pngs(qapp: QApplication) -> None:
    """Fails when the SVG master was edited and the PNGs were not regenerated."""
    rendered = make_icons.render_pngs(make_icons.SVG_MASTER, make_icons.PNG_SIZES)
    for size in make_icons.PNG_SIZES:
        committed = (ICONS / make_icons.png_name(size)).read_bytes()
        assert png_size(rendered[size]) == png_size(committed) == (size, size)
        assert mean_difference(rendered[size], committed) < 1.0, size


@pytest.mark.slow
def test_make_icons_writes_every_file(qapp: QApplication, tmp_path: Path) -> None:
    pytest.importorskip("PIL", reason="Pillow comes with the `packaging` dependency group")
    written = {path.name for path in make_icons.generate(make_icons.SVG_MASTER, tmp_path)}
    expected = {f"teleaccounthub-{size}.png" for size in make_icons.PNG_SIZES}
    assert written == expected | {"teleaccounthub.ico", "teleaccounthub.icns"}
    assert ico_sizes((tmp_path / "teleaccounthub.ico").read_bytes()) == list(make_icons.ICO_SIZES)
    assert set(ICNS_TYPES) <= set(icns_types((tmp_path / "teleaccounthub.icns").read_bytes()))
