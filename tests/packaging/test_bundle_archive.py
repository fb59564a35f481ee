"""Archives keep the onedir intact (symlinks, modes) and SHA256SUMS verifies them."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import bundle_archive as archive
import pytest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs symlinks and exec bits")


def fake_onedir(root: Path, *, symlink: bool = True) -> Path:
    onedir = root / "TeleAccountHub"
    (onedir / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    executable = onedir / "TeleAccountHub"
    executable.write_bytes(b"\x7fELF" + b"\0" * 100)
    executable.chmod(0o755)
    library = onedir / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"
    library.write_bytes(os.urandom(5000))
    (onedir / "_internal" / "base_library.zip").write_bytes(b"zip" * 300)
    if symlink:
        (onedir / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    return onedir


@posix_only
@pytest.mark.skipif(shutil.which("du") is None or sys.platform != "linux", reason="GNU du")
def test_tree_size_counts_like_du_sb(tmp_path: Path) -> None:
    onedir = fake_onedir(tmp_path)
    du = subprocess.run(["du", "-sb", str(onedir)], capture_output=True, text=True, check=True)
    assert archive.tree_size(onedir) == int(du.stdout.split()[0])


@posix_only
def test_the_tar_xz_keeps_symlinks_modes_and_one_top_folder(tmp_path: Path) -> None:
    onedir = fake_onedir(tmp_path / "dist")
    path = archive.make_tar_xz(onedir, tmp_path / "out" / "TeleAccountHub-1-linux-x86_64.tar.xz")
    assert not path.with_name(path.name + ".part").exists()
    with tarfile.open(path) as tar:
        members = {member.name: member for member in tar.getmembers()}
        assert {name.split("/")[0] for name in members} == {"TeleAccountHub"}
        link = members["TeleAccountHub/_internal/libQt6Core.so.6"]
        assert link.issym()
        assert link.linkname == "PySide6/Qt/lib/libQt6Core.so.6"
        assert members["TeleAccountHub/TeleAccountHub"].mode & 0o111 == 0o111
        assert all(member.uid == 0 and member.uname == "root" for member in members.values())
        library = tar.extractfile("TeleAccountHub/_internal/PySide6/Qt/lib/libQt6Core.so.6")
        assert library is not None
        assert library.read() == (onedir / "_internal/PySide6/Qt/lib/libQt6Core.so.6").read_bytes()


def test_the_zip_holds_the_onedir_under_one_top_folder(tmp_path: Path) -> None:
    onedir = fake_onedir(tmp_path / "dist", symlink=False)
    path = archive.make_zip(onedir, tmp_path / "TeleAccountHub-1-windows-x86_64.zip")
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None
        names = set(zf.namelist())
    assert "TeleAccountHub/TeleAccountHub" in names
    assert "TeleAccountHub/_internal/PySide6/Qt/lib/libQt6Core.so.6" in names
    assert {name.split("/")[0] for name in names} == {"TeleAccountHub"}


@posix_only
def test_the_zip_refuses_symlinks_instead_of_copying_them_twice(tmp_path: Path) -> None:
    onedir = fake_onedir(tmp_path / "dist")
    with pytest.raises(ValueError, match="symlink"):
        archive.make_zip(onedir, tmp_path / "out.zip")


def test_sha256sums_lists_each_archive_in_sha256sum_format(tmp_path: Path) -> None:
    first = tmp_path / "TeleAccountHub-1-linux-x86_64.tar.xz"
    second = tmp_path / "TeleAccountHub-1-windows-x86_64.zip"
    first.write_bytes(b"first")
    second.write_bytes(os.urandom(3 << 20))
    sums = archive.write_sha256sums([second, first], tmp_path / "SHA256SUMS")
    lines = sums.read_text(encoding="utf-8").splitlines()
    assert lines == [
        f"{hashlib.sha256(b'first').hexdigest()}  {first.name}",
        f"{hashlib.sha256(second.read_bytes()).hexdigest()}  {second.name}",
    ]
    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=tmp_path, check=True)


def test_sha256sums_refuses_files_it_could_not_verify(tmp_path: Path) -> None:
    elsewhere = tmp_path / "other" / "TeleAccountHub.zip"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"x")
    with pytest.raises(ValueError, match="beside"):
        archive.write_sha256sums([elsewhere], tmp_path / "SHA256SUMS")
