"""Render the app icon's SVG master into PNG sizes, a Windows .ico and a macOS .icns.

    uv run --group packaging python packaging/make_icons.py [--svg PATH] [--out DIR]

The SVG is drawn with Qt's own renderer (QtSvg, offscreen), the same one the app uses at run time,
so every generated size looks like what the app shows. Pillow (the `packaging` dependency group)
only packs the rendered PNGs into .ico and .icns containers; rendering the PNGs needs only PySide6.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"
ICON_NAME = "teleaccounthub"
SVG_MASTER = ICON_DIR / f"{ICON_NAME}.svg"

PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
# The .icns holds 16..512 at 1x and 2x, hence also 1024 (512@2x); Pillow packs them.
ICNS_SIZES: tuple[int, ...] = (16, 32, 64, 128, 256, 512, 1024)


def png_name(size: int) -> str:
    return f"{ICON_NAME}-{size}.png"


def render_pngs(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    """Render ``svg`` as a square PNG of each size; returns PNG bytes by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Held until the function returns: painting needs a (GUI) application object.
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG for QSvgRenderer")
    rendered: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"PNG"))
        if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
            raise RuntimeError(f"could not encode the {size}px icon: {writer.errorString()}")
        buffer.close()
        rendered[size] = bytes(data.data())
    return rendered


def write_pngs(rendered: Mapping[int, bytes], out_dir: Path, sizes: Sequence[int]) -> list[Path]:
    written = []
    for size in sizes:
        path = out_dir / png_name(size)
        path.write_bytes(rendered[size])
        written.append(path)
    return written


def write_ico(rendered: Mapping[int, bytes], path: Path, sizes: Sequence[int]) -> Path:
    """A multi-size .ico: each size is the renderer's own image, not a downscale."""
    from PIL import Image

    images = [Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in sizes]
    largest = images[-1]
    largest.save(path, format="ICO", sizes=[(s, s) for s in sizes], append_images=images[:-1])
    return path


def write_icns(rendered: Mapping[int, bytes], path: Path, sizes: Sequence[int]) -> Path:
    from PIL import Image

    images = [Image.open(io.BytesIO(rendered[size])).convert("RGBA") for size in sizes]
    images[-1].save(path, format="ICNS", append_images=images[:-1])
    return path


def generate(svg: Path = SVG_MASTER, out_dir: Path = ICON_DIR) -> list[Path]:
    """Regenerate every icon file from the SVG master; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rendered = render_pngs(svg, sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES)))
    written = write_pngs(rendered, out_dir, PNG_SIZES)
    written.append(write_ico(rendered, out_dir / f"{ICON_NAME}.ico", ICO_SIZES))
    written.append(write_icns(rendered, out_dir / f"{ICON_NAME}.icns", ICNS_SIZES))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=SVG_MASTER, help="the SVG master")
    parser.add_argument("--out", type=Path, default=ICON_DIR, help="where the icons go")
    args = parser.parse_args(argv)
    for path in generate(args.svg, args.out):
        print(f"{path.stat().st_size:>8}  {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
