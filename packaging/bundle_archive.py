"""Archives of a built app and their checksums: .tar.xz (Linux), .zip (Windows), .dmg (macOS).

Pure standard library (plus ``hdiutil``/``ditto`` on macOS), so the tests can build and read
archives of a fake onedir.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import tarfile
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

_CHUNK = 1 << 20


def tree_size(path: Path) -> int:
    """Apparent size in bytes as ``du -sb`` counts it: files, symlinks and folders, unfollowed."""
    total = path.lstat().st_size
    if not path.is_dir() or path.is_symlink():
        return total
    for dirpath, dirnames, filenames in os.walk(path):
        for name in [*dirnames, *filenames]:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Same owner for every entry (root), whoever built it; modes and symlinks kept as they are."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


#: xz's default preset: close to its best for this bundle at a fraction of the time. xz, not
#: gzip: the same files download in about 38 MB instead of 52 (tar and archive managers read it).
XZ_PRESET = 6


def make_tar_xz(onedir: Path, archive: Path) -> Path:
    """``archive`` holds ``onedir`` as its single top folder; symlinks stay symlinks."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(archive.name + ".part")
    with tarfile.open(partial, "w:xz", preset=XZ_PRESET) as tar:
        tar.add(onedir, arcname=onedir.name, recursive=True, filter=_normalise)
    partial.replace(archive)
    return archive


def make_zip(onedir: Path, archive: Path) -> Path:
    """A deflated ZIP with ``onedir`` as its top folder (Windows onedirs hold no symlinks)."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    partial = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for dirpath, dirnames, filenames in os.walk(onedir):
            dirnames.sort()
            base = Path(dirpath)
            for name in sorted(filenames):
                path = base / name
                if path.is_symlink():
                    raise ValueError(f"{path}: symlinks cannot go into a ZIP archive")
                zf.write(path, path.relative_to(onedir.parent).as_posix())
    partial.replace(archive)
    return archive


def make_macos_zip(app: Path, archive: Path) -> Path:
    """A ZIP of a .app made by ``ditto``, which keeps the bundle's symlinks and signatures."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(archive)],
        check=True,
    )
    return archive


def make_dmg(app: Path, archive: Path, volume_name: str) -> Path:
    """A compressed disk image with the .app and a shortcut to /Applications to drag it onto."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dmg-") as staging_name:
        staging = Path(staging_name)
        subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
        (staging / "Applications").symlink_to("/Applications")
        archive.unlink(missing_ok=True)
        subprocess.run(
            [
                "hdiutil",
                "create",
                "-volname",
                volume_name,
                "-srcfolder",
                str(staging),
                "-fs",
                "HFS+",
                "-format",
                "UDZO",
                "-ov",
                str(archive),
            ],
            check=True,
        )
    return archive


def have_hdiutil() -> bool:
    return shutil.which("hdiutil") is not None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write_sha256sums(files: Iterable[Path], sums_file: Path) -> Path:
    """``sha256sum -c`` compatible lines (``<hex>  <name>``) for files beside ``sums_file``."""
    lines = []
    for path in sorted(files, key=lambda p: p.name):
        if path.parent.resolve() != sums_file.parent.resolve():
            raise ValueError(f"{path} is not beside {sums_file}: sha256sum -c could not find it")
        lines.append(f"{sha256_of(path)}  {path.name}\n")
    sums_file.write_text("".join(lines), encoding="utf-8", newline="\n")
    return sums_file


def is_executable(path: Path) -> bool:
    return path.is_file() and bool(path.stat().st_mode & stat.S_IXUSR)
