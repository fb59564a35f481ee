"""packaging/deb.py: the .deb's control fields, its file layout and its Depends, from a tiny fake
onedir (no PyInstaller). The dpkg-deb tests skip where dpkg-deb is missing."""

from __future__ import annotations

import configparser
import gzip
import hashlib
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from email.parser import Parser
from pathlib import Path

import bundle_config as cfg
import deb
import pytest

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="Debian packages are Linux only")
needs_dpkg_deb = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
needs_readelf = pytest.mark.skipif(shutil.which("readelf") is None, reason="needs binutils")

WHEN = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
EPOCH = int(WHEN.timestamp())
DEPENDS = ["libc6 (>= 2.34)", "libegl1", "xkb-data"]


def fake_onedir(root: Path) -> Path:
    """The onedir's shape: an executable, libraries (one with a stray exec bit), a symlink, and
    the share/ folder build.py puts inside it for unpacked installs."""
    onedir = root / cfg.APP_NAME
    lib = onedir / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    executable = onedir / cfg.APP_NAME
    executable.write_bytes(b"\x7fELF" + b"\0" * 60)
    executable.chmod(0o700)
    library = lib / "libQt6Core.so.6"
    library.write_bytes(b"\x7fELF" + b"\1" * 60)
    library.chmod(0o755)
    (onedir / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    private = onedir / "_internal" / "base_library.zip"
    private.write_bytes(b"PK")
    private.chmod(0o600)  # as a strict umask leaves it
    cfg.install_linux_share(onedir)
    return onedir


def staged(tmp_path: Path, version: str = "1.2.3") -> Path:
    return deb.stage(
        fake_onedir(tmp_path),
        tmp_path / "root",
        version=version,
        arch="amd64",
        depends=DEPENDS,
        when=WHEN,
    )


def control_fields(text: str) -> dict[str, str]:
    message = Parser().parsestr(text)
    return {key: str(value) for key, value in message.items()}


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


# --- versions and names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2", "1.2"),
        ("1.2.3rc1", "1.2.3~rc1"),
        ("1.2.3a2", "1.2.3~a2"),
        ("1.2.3.post1", "1.2.3+post1"),
        ("1.2.3.dev4", "1.2.3~dev4"),
    ],
)
def test_versions_map_to_debian_versions(pep440: str, debian: str) -> None:
    assert deb.debian_version(pep440) == debian


@pytest.mark.parametrize("bad", ["", "v1.2", "1.2-3", "1.2.3+local", "1..2", "1.2 3"])
def test_a_version_debian_cannot_sort_the_same_is_refused(bad: str) -> None:
    with pytest.raises(deb.DebError):
        deb.debian_version(bad)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_a_release_candidate_sorts_before_its_release_for_dpkg() -> None:
    rc, final = deb.debian_version("1.0rc1"), deb.debian_version("1.0")
    assert subprocess.run(["dpkg", "--compare-versions", rc, "lt", final]).returncode == 0


def test_the_file_name_is_debians_own() -> None:
    assert deb.deb_name("0.1.0", "amd64") == "teleaccounthub_0.1.0_amd64.deb"


# --- Depends -----------------------------------------------------------------------------------

READELF_DYNAMIC = """
Dynamic section at offset 0x1d8e8 contains 29 entries:
  Tag        Type                         Name/Value
 0x0000000000000001 (NEEDED)             Shared library: [libQt6Gui.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libEGL.so.1]
 0x0000000000000001 (NEEDED)             Shared library: [libstdc++.so.6]
 0x0000000000000001 (NEEDED)             Shared library: [libc.so.6]
 0x000000000000001d (RUNPATH)            Library runpath: [$ORIGIN]
"""

READELF_VERSIONS = """
Version symbols section '.gnu.version' contains 5 entries:
 Addr: 0x0000000000000a48  Offset: 0x000a48  Link: 6 (.dynsym)
  000:   0 (*local*)       2 (GLIBC_2.99)

Version needs section '.gnu.version_r' contains 2 entries:
 Addr: 0x0000000000000a80  Offset: 0x000a80  Link: 7 (.dynstr)
  000000: Version: 1  File: libstdc++.so.6  Cnt: 2
  0x0010:   Name: GLIBCXX_3.4.29  Flags: none  Version: 5
  0x0020:   Name: CXXABI_1.3.9  Flags: none  Version: 4
  0x0030: Version: 1  File: libc.so.6  Cnt: 3
  0x0040:   Name: GLIBC_2.34  Flags: none  Version: 3
  0x0050:   Name: GLIBC_2.2.5  Flags: none  Version: 2
  0x0060:   Name: GLIBC_2.17  Flags: none  Version: 6
"""


def test_readelf_output_gives_the_needed_libraries_and_symbol_versions() -> None:
    needs = deb.parse_readelf(READELF_DYNAMIC, READELF_VERSIONS)
    assert needs.sonames == {"libQt6Gui.so.6", "libEGL.so.1", "libstdc++.so.6", "libc.so.6"}
    # The symbol table's GLIBC_2.99 is not a need; only the .gnu.version_r section counts.
    assert needs.versions == {
        "libstdc++.so.6": {"GLIBCXX_3.4.29", "CXXABI_1.3.9"},
        "libc.so.6": {"GLIBC_2.34", "GLIBC_2.2.5", "GLIBC_2.17"},
    }


def test_depends_names_only_what_the_bundle_does_not_carry_with_version_floors() -> None:
    needs = deb.parse_readelf(READELF_DYNAMIC, READELF_VERSIONS)
    entries = deb.depends(needs, carried={"libQt6Gui.so.6"})
    assert entries == [
        "fontconfig-config",
        "libc6 (>= 2.34)",  # 2.34 > 2.17 > 2.2.5: compared as numbers, not text
        "libegl1",
        "libstdc++6 (>= 11)",  # GLIBCXX_3.4.29 came with GCC 11
        "libx11-data",
        "xkb-data",
    ]


def test_a_library_the_bundle_needs_but_no_package_is_known_for_fails_the_build() -> None:
    needs = deb.ElfNeeds(sonames={"libc.so.6", "libmystery.so.7"})
    with pytest.raises(deb.DebError, match=r"libmystery\.so\.7"):
        deb.depends(needs, carried=set())


def test_a_libstdcxx_newer_than_the_table_fails_instead_of_guessing() -> None:
    needs = deb.ElfNeeds(
        sonames={"libstdc++.so.6"}, versions={"libstdc++.so.6": {"GLIBCXX_3.4.40"}}
    )
    with pytest.raises(deb.DebError, match=r"GLIBCXX_3\.4\.40"):
        deb.depends(needs, carried=set())


@linux_only
@needs_readelf
def test_a_real_elf_file_in_the_onedir_needs_libc(tmp_path: Path) -> None:
    true = Path(shutil.which("true") or "/bin/true").resolve()
    onedir = tmp_path / "onedir"
    onedir.mkdir()
    shutil.copy(true, onedir / cfg.APP_NAME)
    (onedir / "notes.txt").write_text("not an ELF file", encoding="utf-8")
    needs, carried = deb.scan_onedir(onedir)
    assert "libc.so.6" in needs.sonames
    assert carried == {cfg.APP_NAME}
    assert any(entry.startswith("libc6 (>= 2.") for entry in deb.depends(needs, carried))


# --- control and the /usr/share files ---------------------------------------------------------


def test_the_control_file_has_the_fields_dpkg_and_apt_need() -> None:
    text = deb.control("1.2.3rc1", "arm64", 123456, DEPENDS)
    fields = control_fields(text)
    assert fields["Package"] == "teleaccounthub"
    assert fields["Version"] == "1.2.3~rc1"
    assert fields["Architecture"] == "arm64"
    assert fields["Installed-Size"] == "123456"
    assert fields["Depends"] == "libc6 (>= 2.34), libegl1, xkb-data"
    assert "<" in fields["Maintainer"]
    assert fields["Maintainer"].endswith(">")
    assert fields["Section"]
    assert fields["Priority"] == "optional"
    summary, *body = text.split("Description: ", 1)[1].splitlines()
    assert summary
    assert len(summary) < 80
    assert body
    assert all(line.startswith(" ") and len(line) <= 80 for line in body)
    assert text.endswith("\n")
    assert "\n\n" not in text


def test_the_copyright_file_is_machine_readable() -> None:
    text = deb.copyright_text(2026)
    assert text.startswith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
    )
    paragraphs = text.strip().split("\n\n")
    licences = {p.split("\n", 1)[0] for p in paragraphs if p.startswith("License:")}
    used = {
        line
        for p in paragraphs
        if p.startswith("Files:")
        for line in p.splitlines()
        if line.startswith("License:")
    }
    assert used
    assert used <= licences


def test_the_changelog_names_the_package_version_and_a_maintainer_line() -> None:
    text = deb.changelog_text("1.2.3rc1", WHEN)
    assert text.startswith("teleaccounthub (1.2.3~rc1) unstable; urgency=medium\n")
    assert f"\n -- {deb.MAINTAINER}  Tue, 01 Dec 2026 12:00:00 +0000\n" in text


# --- the staged tree ---------------------------------------------------------------------------


@linux_only
def test_the_app_lands_under_opt_readable_by_all_with_only_programs_executable(
    tmp_path: Path,
) -> None:
    root = staged(tmp_path)
    app = root / "opt" / "teleaccounthub"
    assert (app / cfg.APP_NAME).stat().st_mode & 0o777 == 0o755
    library = app / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"
    assert library.stat().st_mode & 0o777 == 0o644
    assert (app / "_internal" / "base_library.zip").stat().st_mode & 0o777 == 0o644
    link = app / "_internal" / "libQt6Core.so.6"
    assert link.is_symlink()
    assert link.readlink() == Path("PySide6/Qt/lib/libQt6Core.so.6")
    # share/ goes to /usr/share, not twice.
    assert not (app / "share").exists()


@linux_only
def test_the_command_is_an_absolute_symlink_to_the_executable(tmp_path: Path) -> None:
    command = staged(tmp_path) / "usr" / "bin" / "teleaccounthub"
    assert command.is_symlink()
    # Absolute: Policy 10.5 (lintian's relative-symlink error) for links between /usr and /opt.
    assert command.readlink() == Path("/opt/teleaccounthub/TeleAccountHub")


@linux_only
def test_the_menu_entry_runs_the_command_with_the_theme_icon(tmp_path: Path) -> None:
    root = staged(tmp_path)
    entry = desktop_entry(root / "usr/share/applications/teleaccounthub.desktop")
    assert entry["Exec"] == entry["TryExec"] == "teleaccounthub"
    assert (root / "usr/bin" / entry["Exec"]).is_symlink()
    assert entry["Icon"] == "teleaccounthub"
    for size in cfg.ICON_SIZES:
        icon = root / f"usr/share/icons/hicolor/{size}x{size}/apps/teleaccounthub.png"
        assert icon.read_bytes() == (cfg.ICON_DIR / f"teleaccounthub-{size}.png").read_bytes()
    assert (root / "usr/share/icons/hicolor/scalable/apps/teleaccounthub.svg").is_file()


@linux_only
def test_docs_metainfo_man_page_and_lintian_overrides_are_in_place(tmp_path: Path) -> None:
    root = staged(tmp_path)
    doc = root / "usr/share/doc/teleaccounthub"
    assert (doc / "copyright").read_text(encoding="utf-8") == deb.copyright_text(2026)
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode()
    assert changelog == deb.changelog_text("1.2.3", WHEN)
    man = gzip.decompress((root / "usr/share/man/man1/teleaccounthub.1.gz").read_bytes())
    assert man.startswith(b".TH TELEACCOUNTHUB 1")
    metainfo = (root / "usr/share/metainfo/com.teleaccounthub.desktop.metainfo.xml").read_text()
    assert '<launchable type="desktop-id">teleaccounthub.desktop</launchable>' in metainfo
    overrides = (root / "usr/share/lintian/overrides/teleaccounthub").read_text(encoding="utf-8")
    lines = overrides.splitlines()
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            assert line.startswith("teleaccounthub: ")
            assert lines[index - 1].startswith(("#", "teleaccounthub: ")), "a reason first"
    assert lines[0].startswith("# ")


@linux_only
def test_there_are_no_maintainer_scripts(tmp_path: Path) -> None:
    root = staged(tmp_path)
    assert sorted(path.name for path in (root / "DEBIAN").iterdir()) == ["control", "md5sums"]


@linux_only
def test_md5sums_lists_every_installed_file_but_not_the_links(tmp_path: Path) -> None:
    root = staged(tmp_path)
    listed = {
        line.split("  ", 1)[1]: line.split("  ", 1)[0]
        for line in (root / "DEBIAN" / "md5sums").read_text(encoding="utf-8").splitlines()
    }
    executable = "opt/teleaccounthub/TeleAccountHub"
    assert listed[executable] == hashlib.md5((root / executable).read_bytes()).hexdigest()
    assert "usr/share/doc/teleaccounthub/copyright" in listed
    assert "usr/bin/teleaccounthub" not in listed
    assert not any(name.startswith("DEBIAN/") for name in listed)


@linux_only
def test_the_installed_size_is_counted_without_the_control_folder(tmp_path: Path) -> None:
    root = staged(tmp_path)
    fields = control_fields((root / "DEBIAN" / "control").read_text(encoding="utf-8"))
    shutil.rmtree(root / "DEBIAN")
    assert int(fields["Installed-Size"]) == deb.installed_size_kib(root)


def test_a_missing_onedir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(deb.DebError, match="build the onedir first"):
        deb.stage(
            tmp_path / "nothing",
            tmp_path / "root",
            version="1.0",
            arch="amd64",
            depends=[],
            when=WHEN,
        )


@linux_only
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_installed_menu_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    path = staged(tmp_path) / "usr/share/applications/teleaccounthub.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_source_date_epoch_wins_over_the_commit_time() -> None:
    assert deb.source_date_epoch({"SOURCE_DATE_EPOCH": "1700000000"}) == 1_700_000_000


# --- dpkg-deb ----------------------------------------------------------------------------------


def build(tmp_path: Path, out: str) -> Path:
    onedir = tmp_path / "src" / cfg.APP_NAME
    if not onedir.exists():
        fake_onedir(tmp_path / "src")
    return deb.build_deb(
        onedir,
        tmp_path / out,
        version="1.2.3",
        arch="amd64",
        package_depends=DEPENDS,
        epoch=EPOCH,
    )


@linux_only
@needs_dpkg_deb
def test_dpkg_deb_builds_a_package_owned_by_root_with_one_mtime(tmp_path: Path) -> None:
    package = build(tmp_path, "out")
    assert package.name == "teleaccounthub_1.2.3_amd64.deb"
    info = subprocess.run(
        ["dpkg-deb", "--field", str(package), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: teleaccounthub\nVersion: 1.2.3\nDepends: libc6 (>= 2.34)" in info
    data = subprocess.run(
        ["dpkg-deb", "--fsys-tarfile", str(package)], capture_output=True, check=True
    ).stdout
    tar_path = tmp_path / "data.tar"
    tar_path.write_bytes(data)
    with tarfile.open(tar_path) as tar:
        members = tar.getmembers()
    assert {(m.uname, m.gname) for m in members} == {("root", "root")}
    assert {m.mtime for m in members} == {EPOCH}
    names = {m.name for m in members}
    assert "./opt/teleaccounthub/TeleAccountHub" in names
    assert "./usr/share/applications/teleaccounthub.desktop" in names
    link = next(m for m in members if m.name == "./usr/bin/teleaccounthub")
    assert link.issym()
    assert link.linkname == "/opt/teleaccounthub/TeleAccountHub"
    control = subprocess.run(
        ["dpkg-deb", "--ctrl-tarfile", str(package)], capture_output=True, check=True
    ).stdout
    (tmp_path / "control.tar").write_bytes(control)
    with tarfile.open(tmp_path / "control.tar") as tar:
        assert {m.name for m in tar.getmembers() if m.isfile()} == {"./control", "./md5sums"}


@linux_only
@needs_dpkg_deb
def test_the_same_onedir_and_epoch_build_the_same_bytes(tmp_path: Path) -> None:
    first = build(tmp_path, "one")
    second = build(tmp_path, "two")
    assert first.read_bytes() == second.read_bytes()
    assert not list((tmp_path / "one").glob("*.part"))
