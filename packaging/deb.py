"""The Linux onedir bundle as a Debian/Ubuntu package, built with ``dpkg-deb --root-owner-group``.

    uv run --group packaging python packaging/deb.py [--onedir dist/TeleAccountHub] [--out dist]

Layout: the onedir under /opt/teleaccounthub/; /usr/bin/teleaccounthub, an absolute symlink to its
executable (the bootloader finds its files through /proc/self/exe, so a symlink needs no wrapper
process, and Policy 10.5 wants links between top-level folders absolute: lintian rejects a relative
one as an error); the .desktop file, hicolor icons, AppStream metainfo, a manual page, the
machine-readable copyright, changelog.gz and lintian overrides under /usr/share/; DEBIAN/ holds
control and md5sums only. No maintainer scripts: the icon cache and the menu are refreshed by
the dpkg triggers of the packages that own them. ``Depends:`` comes from the ELF files themselves
(``readelf``): every library they need that the onedir does not carry must be in
``SONAME_PACKAGES``, or the build fails.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # bundle_config beside this script

import bundle_config as cfg  # noqa: E402

PACKAGE = "teleaccounthub"
MAINTAINER = "TeleAccountHub <support@teleaccounthub.com>"
HOMEPAGE = "https://telenumber.telekartstar.com"
APPSTREAM_ID = cfg.BUNDLE_ID
INSTALL_DIR = PurePosixPath("opt") / PACKAGE
COMMAND = PurePosixPath("usr/bin") / PACKAGE
DOC_DIR = PurePosixPath("usr/share/doc") / PACKAGE
DESKTOP_FILE = PurePosixPath("usr/share/applications") / f"{cfg.DESKTOP_ID}.desktop"
METAINFO_FILE = PurePosixPath("usr/share/metainfo") / f"{APPSTREAM_ID}.metainfo.xml"
MAN_PAGE = PurePosixPath("usr/share/man/man1") / f"{PACKAGE}.1.gz"
OVERRIDES_FILE = PurePosixPath("usr/share/lintian/overrides") / PACKAGE

#: Libraries the bundle needs from the system (what no file of the onedir provides), by soname.
#: Names are the pre-t64 ones: Ubuntu 24.04 and Debian 13 packages (``libssl3t64``) provide them.
SONAME_PACKAGES: Mapping[str, str] = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "libutil.so.1": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
}

#: Data the bundled libraries read from the system: fontconfig's /etc/fonts (which pulls a font
#: in), xkbcommon's keyboard layouts, libX11's compose tables (the compose input plugin).
DATA_DEPENDS: tuple[str, ...] = ("fontconfig-config", "xkb-data", "libx11-data")

#: keyring stores the API key through the Secret Service (GNOME Keyring, KeePassXC, KWallet 6);
#: without one the app still runs and asks for the key each time.
RECOMMENDS: tuple[str, ...] = ("gnome-keyring | org.freedesktop.secrets",)

#: The newest GLIBCXX_3.4.N each GCC release brings: libstdc++6's version is GCC's.
_GLIBCXX_GCC: Mapping[int, str] = {
    26: "9",
    28: "10",
    29: "11",
    30: "12",
    31: "13",
    32: "13.2",
    33: "14",
}

_LINTIAN_OVERRIDES = """\
# The point of this package: a self-contained bundle under /opt, like vendors' own packages.
teleaccounthub: dir-or-file-in-opt [opt/teleaccounthub/*]
# The bundle carries its own Qt, Python and their libraries so it runs the same on every distro.
teleaccounthub: embedded-library * [opt/teleaccounthub/_internal/*]
# CPython extension modules take libc and libpython from the interpreter that loads them.
teleaccounthub: library-not-linked-against-libc [*/lib-dynload/*]
teleaccounthub: shared-library-lacks-prerequisites [*/lib-dynload/*]
# ICU's data is a library without code; libX11-xcb only glues two libraries the bundle carries.
teleaccounthub: shared-library-lacks-prerequisites [*/libicudata.so.*]
teleaccounthub: shared-library-lacks-prerequisites [*/libX11-xcb.so.*]
"""


class DebError(Exception):
    """The package cannot be built; the message says why."""


# ---------------------------------------------------------------------------------------------
# Names and versions.

_PEP440_RE = re.compile(r"^(\d+(?:\.\d+)*)(?:(a|b|rc)(\d+))?(?:\.post(\d+))?(?:\.dev(\d+))?$")


def debian_version(version: str) -> str:
    """A PEP 440 release as a Debian version that sorts the same: ``1.2rc1`` → ``1.2~rc1``."""
    match = _PEP440_RE.match(version)
    if not match:
        raise DebError(f"{version!r} is not a PEP 440 release this script can map to Debian")
    release, pre, pre_number, post, dev = match.groups()
    text = release
    if pre:
        text += f"~{pre}{pre_number}"
    if post:
        text += f"+post{post}"
    if dev:
        text += f"~dev{dev}"
    return text


def debian_arch() -> str:
    result = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def deb_name(version: str, arch: str) -> str:
    """Debian's own file name: ``teleaccounthub_0.1.0_amd64.deb``."""
    return f"{PACKAGE}_{debian_version(version)}_{arch}.deb"


# ---------------------------------------------------------------------------------------------
# What the bundle needs from the system.


@dataclass
class ElfNeeds:
    """The sonames ELF files need, and the symbol versions (``GLIBC_2.34``) they need of each."""

    sonames: set[str] = field(default_factory=set)
    versions: dict[str, set[str]] = field(default_factory=dict)

    def add(self, other: ElfNeeds) -> None:
        self.sonames |= other.sonames
        for soname, names in other.versions.items():
            self.versions.setdefault(soname, set()).update(names)


_NEEDED_RE = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
_VERSION_FILE_RE = re.compile(r"Version: \d+\s+File: (\S+)\s+Cnt:")
_VERSION_NAME_RE = re.compile(r"Name: (\S+)\s+Flags:")


def parse_readelf(dynamic: str, version_needs: str) -> ElfNeeds:
    """``readelf -d`` and ``readelf -V --wide`` output of one file → what it needs."""
    needs = ElfNeeds(sonames=set(_NEEDED_RE.findall(dynamic)))
    current: set[str] | None = None
    in_needs = False
    for line in version_needs.splitlines():
        if "Version needs section" in line:
            in_needs = True
        elif "section '" in line:
            in_needs = False
        if not in_needs:
            continue
        if file_match := _VERSION_FILE_RE.search(line):
            current = needs.versions.setdefault(file_match.group(1), set())
        elif (name_match := _VERSION_NAME_RE.search(line)) and current is not None:
            current.add(name_match.group(1))
    return needs


def _is_elf(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(4) == b"\x7fELF"


def elf_files(onedir: Path) -> Iterator[Path]:
    for path in sorted(onedir.rglob("*")):
        if path.is_file() and not path.is_symlink() and _is_elf(path):
            yield path


def scan_onedir(onedir: Path) -> tuple[ElfNeeds, set[str]]:
    """What the onedir's ELF files need, and the file names it carries itself."""
    readelf = shutil.which("readelf")
    if readelf is None:
        raise DebError("readelf is missing (install binutils): Depends cannot be computed")
    needs = ElfNeeds()
    carried: set[str] = set()
    for path in elf_files(onedir):
        carried.add(path.name)
        dynamic = subprocess.run(
            [readelf, "-d", str(path)], capture_output=True, text=True, check=True
        ).stdout
        versions = subprocess.run(
            [readelf, "-V", "--wide", str(path)], capture_output=True, text=True, check=True
        ).stdout
        needs.add(parse_readelf(dynamic, versions))
    carried |= {path.name for path in onedir.rglob("*") if path.is_symlink()}
    return needs, carried


def _version_key(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def _newest(names: Iterable[str], prefix: str) -> str | None:
    versions = [name[len(prefix) :] for name in names if name.startswith(prefix)]
    versions = [v for v in versions if re.fullmatch(r"\d+(?:\.\d+)*", v)]
    return max(versions, key=_version_key) if versions else None


def _libstdcxx_floor(names: Iterable[str]) -> str | None:
    newest = _newest(names, "GLIBCXX_")
    if newest is None:
        return None
    parts = _version_key(newest)
    if parts[:2] != (3, 4) or len(parts) < 3:
        raise DebError(f"unexpected libstdc++ symbol version GLIBCXX_{newest}")
    minor = parts[2]
    if minor > max(_GLIBCXX_GCC):
        raise DebError(f"GLIBCXX_{newest} is newer than packaging/deb.py knows: add its GCC")
    # The first GCC known to bring this version or a newer one: never below what is needed.
    return next(gcc for known, gcc in sorted(_GLIBCXX_GCC.items()) if known >= minor)


def depends(needs: ElfNeeds, carried: set[str]) -> list[str]:
    """The ``Depends:`` entries: a package for each needed library the onedir lacks, versioned
    where the symbol versions say so (glibc, libstdc++), plus the data packages."""
    system = sorted(needs.sonames - carried)
    unknown = [soname for soname in system if soname not in SONAME_PACKAGES]
    if unknown:
        raise DebError(
            "the bundle needs libraries no package is known for (add them to SONAME_PACKAGES "
            "in packaging/deb.py, or bundle them): " + ", ".join(unknown)
        )
    packages = {SONAME_PACKAGES[soname] for soname in system}
    glibc_names = {
        name
        for soname, names in needs.versions.items()
        if SONAME_PACKAGES.get(soname) == "libc6"
        for name in names
    }
    floors = {
        "libc6": _newest(glibc_names, "GLIBC_"),
        "libstdc++6": _libstdcxx_floor(needs.versions.get("libstdc++.so.6", set())),
    }
    entries = []
    for package in sorted(packages | set(DATA_DEPENDS)):
        floor = floors.get(package)
        entries.append(f"{package} (>= {floor})" if floor else package)
    return entries


# ---------------------------------------------------------------------------------------------
# The files under DEBIAN/ and /usr/share.


def control(version: str, arch: str, installed_size_kib: int, depends: Iterable[str]) -> str:
    summary = "desktop client of the TeleAccountHub store"
    description = (
        " Browse the TeleAccountHub store's categories and stock, buy with your wallet\n"
        " balance, follow your orders until they are ready and save their ZIP files.\n"
        " The API key is kept in the desktop's keyring (Secret Service).\n"
    )
    fields = {
        "Package": PACKAGE,
        "Version": debian_version(version),
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_size_kib),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "net",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": f"{summary}\n{description}",
    }
    return "".join(
        f"{key}: {value}" + ("" if value.endswith("\n") else "\n") for key, value in fields.items()
    )


def copyright_text(year: int) -> str:
    """debian/copyright in the machine-readable format (DEP-5)."""
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: {cfg.DISPLAY_NAME}
Source: {HOMEPAGE}

Files: *
Copyright: {year} TeleAccountHub
License: proprietary

Files: opt/teleaccounthub/_internal/*
Copyright: The Qt Company Ltd. and other contributors (Qt 6)
 The Qt Company Ltd. (PySide6, Shiboken6)
 Python Software Foundation (Python 3.11)
 the authors of the bundled Python libraries and C libraries
License: bundled
Comment: The standalone app carries Qt, PySide6, Python and the libraries they use.

License: proprietary
 TeleAccountHub Desktop is proprietary software. You may install and run it to
 use the TeleAccountHub store. All other rights reserved.

License: bundled
 Each bundled component keeps its own licence. Qt 6, PySide6 and Shiboken6 are
 used under the GNU Lesser General Public License version 3 (see
 /usr/share/common-licenses/LGPL-3); Python under the PSF License Agreement
 version 2; the Python libraries under the licences in their *.dist-info
 folders, where present, in /opt/teleaccounthub/_internal.
"""


def changelog_text(version: str, when: datetime) -> str:
    return (
        f"{PACKAGE} ({debian_version(version)}) unstable; urgency=medium\n\n"
        f"  * TeleAccountHub Desktop {version}.\n\n"
        f" -- {MAINTAINER}  {format_datetime(when)}\n"
    )


def metainfo_xml(version: str, when: datetime) -> str:
    return f"""\
<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{APPSTREAM_ID}</id>
  <metadata_license>FSFAP</metadata_license>
  <project_license>LicenseRef-proprietary</project_license>
  <name>{cfg.DISPLAY_NAME}</name>
  <summary>Buy from the TeleAccountHub store and follow your orders</summary>
  <description>
    <p>Browse the store's categories and stock, buy with your wallet balance, follow your
    orders until they are ready and save their ZIP files.</p>
  </description>
  <developer id="com.teleaccounthub">
    <name>TeleAccountHub</name>
  </developer>
  <url type="homepage">{HOMEPAGE}</url>
  <launchable type="desktop-id">{cfg.DESKTOP_ID}.desktop</launchable>
  <categories>
    <category>Office</category>
    <category>Finance</category>
  </categories>
  <content_rating type="oars-1.1"/>
  <releases>
    <release version="{version}" date="{when.date().isoformat()}"/>
  </releases>
</component>
"""


def man_page(version: str, when: datetime) -> str:
    return f"""\
.TH TELEACCOUNTHUB 1 "{when.date().isoformat()}" "TeleAccountHub {version}" "User Commands"
.SH NAME
teleaccounthub \\- desktop client of the TeleAccountHub store
.SH SYNOPSIS
.B teleaccounthub
[\\fB\\-\\-sandbox\\fR] [\\fB\\-\\-base\\-url\\fR \\fIURL\\fR]
[\\fB\\-\\-data\\-dir\\fR \\fIDIR\\fR]
[\\fB\\-\\-self\\-test\\fR] [\\fB\\-\\-version\\fR]
.SH DESCRIPTION
Browse the store's categories and stock, buy with your wallet balance, follow
your orders until they are ready and save their ZIP files.
.SH OPTIONS
.TP
.B \\-\\-sandbox
run against the embedded sandbox store with a demo key (nothing is charged)
.TP
.BI \\-\\-base\\-url " URL"
the store's address
.TP
.BI \\-\\-data\\-dir " DIR"
the folder for the order book, cache, settings and logs
(default: ~/.local/share/teleaccounthub)
.TP
.B \\-\\-self\\-test
run browse, buy, poll and download against the embedded sandbox, offscreen, and exit
.TP
.B \\-\\-version
show the version and exit
.SH ENVIRONMENT
.TP
.B TELEACCOUNTHUB_API_KEY
use this API key for this run without touching the keyring
.TP
.B TELEACCOUNTHUB_BASE_URL
point the app at another store (plain http:// only for loopback)
"""


def _gzip(text: str) -> bytes:
    """gzip -9n: no name and no time in the header, so the bytes depend on the text only."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0, filename="") as fh:
        fh.write(text.encode("utf-8"))
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# The package tree.


def installed_size_kib(root: Path) -> int:
    """dpkg's estimate: each file rounded up to KiB, each folder and symlink counted as one."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        total += len(dirnames)
        for name in filenames:
            path = Path(dirpath) / name
            total += 1 if path.is_symlink() else -(-path.lstat().st_size // 1024)
    return total


def _write(root: Path, relative: PurePosixPath, data: bytes | str, mode: int = 0o644) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    path.chmod(mode)
    return path


def _mode(source: Path) -> int:
    """0755 for programs, 0644 for everything else, whatever the build's umask left: every user
    must read the files, and lintian wants shared libraries without the executable bit."""
    library = source.suffix == ".so" or ".so." in source.name
    program = bool(source.stat().st_mode & stat.S_IXUSR) and not library
    return 0o755 if program else 0o644


def _copy_onedir(onedir: Path, target: Path) -> None:
    """The onedir minus its share/ (installed under /usr/share instead), with normal modes."""
    shutil.copytree(
        onedir,
        target,
        symlinks=True,
        ignore=lambda folder, names: ["share"] if Path(folder) == onedir else [],
    )
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else _mode(onedir / path.relative_to(target)))


def stage(
    onedir: Path, root: Path, *, version: str, arch: str, depends: Iterable[str], when: datetime
) -> Path:
    """Lay out the package tree (with DEBIAN/control) in ``root``."""
    if not (onedir / cfg.APP_NAME).is_file():
        raise DebError(f"no executable at {onedir / cfg.APP_NAME}: build the onedir first")
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o755)
    _copy_onedir(onedir, root / INSTALL_DIR)
    link = root / COMMAND
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(PurePosixPath("/") / INSTALL_DIR / cfg.APP_NAME)
    _write(root, DESKTOP_FILE, cfg.desktop_entry(PACKAGE))
    for source, relative in cfg.linux_share_files(cfg.ICON_DIR):
        _write(root, PurePosixPath("usr") / relative, source.read_bytes())
    _write(root, METAINFO_FILE, metainfo_xml(version, when))
    _write(root, MAN_PAGE, _gzip(man_page(version, when)))
    _write(root, DOC_DIR / "copyright", copyright_text(when.year))
    _write(root, DOC_DIR / "changelog.gz", _gzip(changelog_text(version, when)))
    _write(root, OVERRIDES_FILE, _LINTIAN_OVERRIDES)
    for dirpath, _, _ in os.walk(root):
        Path(dirpath).chmod(0o755)
    size = installed_size_kib(root)  # before DEBIAN/, which is not installed
    _write(root, PurePosixPath("DEBIAN/md5sums"), md5sums(root))
    _write(root, PurePosixPath("DEBIAN/control"), control(version, arch, size, depends))
    return root


def md5sums(root: Path) -> str:
    """DEBIAN/md5sums (what ``dpkg --verify`` checks): every regular file, not the links."""
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def clamp_mtimes(root: Path, epoch: int) -> None:
    """Every entry's mtime set to ``epoch`` (SOURCE_DATE_EPOCH), links included."""
    for path in [*root.rglob("*"), root]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)


def source_date_epoch(env: Mapping[str, str] = os.environ) -> int:
    """SOURCE_DATE_EPOCH when set, else the last commit's time, else now."""
    if env.get("SOURCE_DATE_EPOCH", "").isdigit():
        return int(env["SOURCE_DATE_EPOCH"])
    result = subprocess.run(
        ["git", "-C", str(cfg.ROOT), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
    )
    stamp = result.stdout.strip()
    return int(stamp) if result.returncode == 0 and stamp.isdigit() else int(time.time())


def build_deb(
    onedir: Path,
    out_dir: Path,
    *,
    version: str | None = None,
    arch: str | None = None,
    package_depends: Iterable[str] | None = None,
    epoch: int | None = None,
) -> Path:
    """``out_dir/teleaccounthub_<version>_<arch>.deb`` from the onedir; returns its path."""
    if shutil.which("dpkg-deb") is None:
        raise DebError("dpkg-deb is missing (install dpkg)")
    version = version or cfg.read_version()
    arch = arch or debian_arch()
    if package_depends is None:
        needs, carried = scan_onedir(onedir)
        package_depends = depends(needs, carried)
    epoch = source_date_epoch() if epoch is None else epoch
    when = datetime.fromtimestamp(epoch, tz=UTC)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / deb_name(version, arch)
    with tempfile.TemporaryDirectory(prefix="teleaccounthub-deb-") as scratch:
        root = stage(
            onedir,
            Path(scratch) / "root",
            version=version,
            arch=arch,
            depends=package_depends,
            when=when,
        )
        clamp_mtimes(root, epoch)
        partial = target.with_name(target.name + ".part")
        env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch)}
        subprocess.run(
            ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(root), str(partial)],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        partial.replace(target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the .deb from the Linux onedir.")
    parser.add_argument("--onedir", type=Path, default=cfg.ROOT / "dist" / cfg.APP_NAME)
    parser.add_argument("--out", type=Path, default=cfg.ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        built = build_deb(args.onedir, args.out)
    except (DebError, subprocess.CalledProcessError, OSError) as error:
        print(f"deb.py: {error}", file=sys.stderr)
        return 1
    print(f"{built}: {built.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
