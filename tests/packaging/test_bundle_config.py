"""The pure part of the spec: names, version, Info.plist, .desktop, the lean-bundle rules."""

from __future__ import annotations

import ast
import configparser
import plistlib
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import bundle_config as cfg
import pytest

import teleaccounthub
from tests.packaging.paths import ICONS, REPO

# --- version: one source ---------------------------------------------------------------------


def test_the_version_is_read_from_the_one_version_module() -> None:
    assert cfg.VERSION_FILE == REPO / "app" / "teleaccounthub" / "_version.py"
    assert cfg.read_version() == teleaccounthub.__version__


def test_read_version_does_not_import_the_package(tmp_path: Path) -> None:
    module = tmp_path / "_version.py"
    module.write_text('import does_not_exist\n__version__ = "2.5.1"\n', encoding="utf-8")
    assert cfg.read_version(module) == "2.5.1"


@pytest.mark.parametrize(
    "text", ['VERSION = "1.0"\n', "__version__ = 3\n", '__version__ = "not a version"\n']
)
def test_read_version_rejects_a_module_without_a_usable_version(tmp_path: Path, text: str) -> None:
    module = tmp_path / "_version.py"
    module.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="version"):
        cfg.read_version(module)


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("1.4.0.dev2", (1, 4, 0, 0)),
    ],
)
def test_numeric_version_gives_windows_four_numbers(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    assert cfg.numeric_version(version) == numbers


def test_numeric_version_refuses_parts_windows_cannot_hold() -> None:
    with pytest.raises(ValueError, match="65535"):
        cfg.numeric_version("1.70000.0")


# --- Windows version resource ----------------------------------------------------------------


def _evaluate_version_info(text: str) -> dict[str, Any]:
    """Evaluate the VSVersionInfo text with recording stand-ins for PyInstaller's classes."""

    def record(kind: str) -> Callable[..., dict[str, Any]]:
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    namespace = {name: record(name) for name in names}
    result = eval(compile(text, "version-info", "eval"), {"__builtins__": {}}, namespace)
    assert isinstance(result, dict)
    return result


def test_the_windows_version_resource_carries_the_version() -> None:
    text = cfg.windows_version_info("1.2.3", "TeleAccountHub-cli.exe")
    info = _evaluate_version_info(text)
    assert info["kind"] == "VSVersionInfo"
    assert info["ffi"]["filevers"] == (1, 2, 3, 0)
    assert info["ffi"]["prodvers"] == (1, 2, 3, 0)
    string_file_info = info["kids"][0]
    table = string_file_info["args"][0][0]
    strings = {entry["args"][0]: entry["args"][1] for entry in table["args"][1]}
    assert strings["FileVersion"] == "1.2.3"
    assert strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "TeleAccountHub-cli.exe"
    assert strings["InternalName"] == "TeleAccountHub-cli"
    assert strings["ProductName"] == cfg.DISPLAY_NAME


@pytest.mark.skipif(
    sys.platform != "win32", reason="PyInstaller's version resource is Windows-only"
)
def test_pyinstaller_loads_the_windows_version_resource(tmp_path: Path) -> None:
    from PyInstaller.utils.win32 import versioninfo  # type: ignore[import-untyped]

    path = tmp_path / "version.txt"
    path.write_text(cfg.windows_version_info("3.4.5", "TeleAccountHub.exe"), encoding="utf-8")
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert "3.4.5".encode("utf-16-le") in info.toRaw()


# --- macOS Info.plist --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "minimum"),
    [
        ([], "12.0"),
        (["cp310-abi3-manylinux_2_34_x86_64"], "12.0"),
        (["cp310-abi3-macosx_11_0_arm64"], "12.0"),
        (["cp310-abi3-macosx_13_0_universal2"], "13.0"),
        (["cp310-abi3-macosx_12_0_x86_64", "cp310-abi3-macosx_14_2_arm64"], "14.2"),
    ],
)
def test_the_minimum_macos_is_12_raised_to_what_the_qt_wheel_needs(
    tags: list[str], minimum: str
) -> None:
    assert cfg.macos_minimum_version(tags) == minimum


def test_installed_wheel_tags_are_read_from_the_qt_wheel() -> None:
    tags = cfg.installed_wheel_tags("PySide6-Essentials")
    assert tags, "PySide6-Essentials is installed, its WHEEL file has Tag lines"
    assert all("-" in tag for tag in tags)
    assert cfg.installed_wheel_tags("no-such-distribution-anywhere") == []


def test_the_info_plist_names_the_bundle_and_its_versions() -> None:
    plist = cfg.macos_info_plist("1.2.3", "13.0")
    assert plist["CFBundleIdentifier"] == "com.teleaccounthub.desktop"
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["CFBundleVersion"] == "1.2.3"
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["NSHighResolutionCapable"] is True
    assert plistlib.loads(plistlib.dumps(plist)) == plist


# --- Linux desktop entry and icons ---------------------------------------------------------------


def _desktop(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_desktop_entry_launches_the_executable_with_the_theme_icon() -> None:
    entry = _desktop(cfg.desktop_entry())
    assert entry["Type"] == "Application"
    assert entry["Name"] == "TeleAccountHub"
    assert entry["Exec"].split()[0] == cfg.APP_NAME == "TeleAccountHub"
    assert entry["TryExec"] == cfg.APP_NAME
    assert entry["Icon"] == cfg.ICON_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["StartupWMClass"] == cfg.APP_NAME


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    path = tmp_path / "teleaccounthub.desktop"
    path.write_text(cfg.desktop_entry(), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no warnings or hints either


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_install_linux_share_lays_out_a_hicolor_theme_and_the_desktop_file(
    tmp_path: Path,
) -> None:
    written = cfg.install_linux_share(tmp_path, ICONS)
    desktop = tmp_path / "share" / "applications" / "teleaccounthub.desktop"
    assert desktop in written
    assert _desktop(desktop.read_text(encoding="utf-8"))["Icon"] == "teleaccounthub"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = tmp_path / f"share/icons/hicolor/{size}x{size}/apps/teleaccounthub.png"
        assert _png_size(png.read_bytes()) == (size, size)
    svg = tmp_path / "share/icons/hicolor/scalable/apps/teleaccounthub.svg"
    assert svg.read_bytes() == (ICONS / "teleaccounthub.svg").read_bytes()


def test_the_bundle_carries_the_svg_every_png_and_the_translations() -> None:
    datas = cfg.resource_datas(ICONS)
    assert {dest for _, dest in datas} == {
        "resources/icons",
        "resources/icons/actions/light",
        "resources/icons/actions/dark",
        "resources/translations",
    }
    translations = {Path(src).name for src, dest in datas if dest == "resources/translations"}
    assert translations == {"teleaccounthub_en.qm", "teleaccounthub_ru.qm"}
    names = {Path(src).name for src, dest in datas if dest == "resources/icons"}
    assert "teleaccounthub.svg" in names
    assert {f"teleaccounthub-{size}.png" for size in cfg.ICON_SIZES} <= names
    assert all(Path(src).is_file() for src, _ in datas)


# --- lean bundle: Qt plugins, translations, binaries, modules ----------------------------------


@pytest.mark.parametrize(
    ("target", "plugin_type", "filename", "kept"),
    [
        ("linux", "platforms", "libqxcb.so", True),
        ("linux", "platforms", "libqwayland.so", True),
        ("linux", "platforms", "libqoffscreen.so", True),
        ("linux", "platforms", "libqeglfs.so", False),
        ("linux", "platforms", "libqvnc.so", False),
        ("linux", "platforms", "libqlinuxfb.so", False),
        ("linux", "platformthemes", "libqgtk3.so", False),
        ("linux", "platformthemes", "libqxdgdesktopportal.so", True),
        ("linux", "platforminputcontexts", "libqtvirtualkeyboardplugin.so", False),
        ("linux", "platforminputcontexts", "libcomposeplatforminputcontextplugin.so", True),
        ("linux", "wayland-shell-integration", "libxdg-shell.so", True),
        ("linux", "wayland-shell-integration", "libivi-shell.so", False),
        ("linux", "tls", "libqopensslbackend.so", False),
        ("linux", "networkinformation", "libqnetworkmanager.so", False),
        ("linux", "generic", "libqevdevmouseplugin.so", False),
        ("linux", "imageformats", "libqsvg.so", True),
        ("linux", "imageformats", "libqjpeg.so", False),
        ("linux", "imageformats", "libqwebp.so", False),
        ("linux", "imageformats", "libqpdf.so", False),
        ("linux", "iconengines", "libqsvgicon.so", True),
        ("windows", "platforms", "qwindows.dll", True),
        ("windows", "platforms", "qdirect2d.dll", False),
        ("windows", "styles", "qmodernwindowsstyle.dll", True),
        ("windows", "imageformats", "qsvg.dll", True),
        ("windows", "imageformats", "qtiff.dll", False),
        ("windows", "tls", "qschannelbackend.dll", False),
        ("macos", "platforms", "libqcocoa.dylib", True),
        ("macos", "styles", "libqmacstyle.dylib", True),
        ("macos", "imageformats", "libqgif.dylib", False),
        ("macos", "platforms", "libqxcb.dylib", False),
    ],
)
def test_only_the_qt_plugins_each_os_needs_are_kept(
    target: cfg.Platform, plugin_type: str, filename: str, kept: bool
) -> None:
    assert cfg.keep_qt_plugin(plugin_type, filename, target) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qt_fr.qm", False),
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("resources/icons/teleaccounthub.svg", True),
        ("certifi/cacert.pem", True),
    ],
)
def test_only_the_russian_qt_translation_is_shipped(dest: str, kept: bool) -> None:
    assert cfg.keep_data(dest) is kept


@pytest.mark.parametrize(
    ("target", "dest", "kept"),
    [
        ("windows", "opengl32sw.dll", False),
        ("windows", "PySide6\\Qt6Core.dll", True),
        ("linux", "libstdc++.so.6", False),
        ("linux", "libdbus-1.so.3", False),
        ("linux", "PySide6/Qt/lib/libQt6Core.so.6", True),
        ("linux", "libxcb-cursor.so.0", True),
        ("macos", "PySide6/Qt/lib/QtCore.framework/Versions/A/QtCore", True),
    ],
)
def test_binaries_the_app_does_not_load_are_dropped(
    target: cfg.Platform, dest: str, kept: bool
) -> None:
    assert cfg.keep_binary(dest, target) is kept


def test_every_unused_qt_module_and_the_dev_tools_are_excluded() -> None:
    available = cfg.installed_pyside_modules()
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtQml"} <= set(available)
    excluded = set(cfg.excluded_modules(available))
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtDBus"):
        assert module in excluded
    for module in ("tkinter", "unittest", "pydoc", "PIL", "pytest", "PyInstaller", "pygments"):
        assert module in excluded
    for used in cfg.QT_MODULES_USED:
        assert f"PySide6.{used}" not in excluded


@pytest.mark.parametrize(
    ("target", "backend"),
    [
        ("linux", "keyring.backends.SecretService"),
        ("macos", "keyring.backends.macOS"),
        ("windows", "keyring.backends.Windows"),
    ],
)
def test_the_keyring_backend_of_each_os_is_a_hidden_import(
    target: cfg.Platform, backend: str
) -> None:
    hidden = cfg.hidden_imports(target)
    assert backend in hidden
    assert "anyio._backends._asyncio" in hidden


def _imported_modules(package: Path) -> set[str]:
    modules: set[str] = set()
    for path in package.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
                modules.update(f"{node.module}.{alias.name}" for alias in node.names)
    return modules


def test_the_app_imports_nothing_the_bundle_excludes() -> None:
    """If the app starts using e.g. QtNetwork, the frozen app would break: update bundle_config."""
    imported = _imported_modules(REPO / "app" / "teleaccounthub")
    excluded = cfg.excluded_modules(cfg.installed_pyside_modules())
    clashes = sorted(
        module
        for module in imported
        for gone in excluded
        if module == gone or module.startswith(gone + ".")
    )
    assert clashes == []


# --- the lean-bundle audit ---------------------------------------------------------------------


def _lean_linux_onedir(root: Path) -> Path:
    onedir = root / "TeleAccountHub"
    files = [
        "TeleAccountHub",
        "_internal/libpython3.11.so.1.0",
        "_internal/PySide6/QtCore.abi3.so",
        "_internal/PySide6/Qt/lib/libQt6Core.so.6",
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "_internal/resources/icons/teleaccounthub.svg",
        "share/applications/teleaccounthub.desktop",
    ]
    for name in files:
        (onedir / name).parent.mkdir(parents=True, exist_ok=True)
        (onedir / name).write_bytes(b"x")
    return onedir


def test_the_audit_passes_a_lean_onedir(tmp_path: Path) -> None:
    assert cfg.audit_onedir(_lean_linux_onedir(tmp_path), "linux") == []


@pytest.mark.parametrize(
    "intruder",
    [
        "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "_internal/PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "_internal/PySide6/Qt/translations/qtbase_de.qm",
        "_internal/libgtk-3.so.0",
        "_internal/PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so",
        "_internal/PySide6/Qt/lib/libQt6Qml.so.6",
        "_internal/PySide6/QtQml.abi3.so",
        "_internal/PIL/Image.py",
        "_internal/unittest/case.py",
    ],
)
def test_the_audit_catches_what_the_lean_rules_exclude(tmp_path: Path, intruder: str) -> None:
    onedir = _lean_linux_onedir(tmp_path)
    (onedir / intruder).parent.mkdir(parents=True, exist_ok=True)
    (onedir / intruder).write_bytes(b"x")
    problems = cfg.audit_onedir(onedir, "linux")
    assert len(problems) == 1
    assert problems[0].startswith(intruder)


def test_the_windows_audit_catches_the_software_opengl(tmp_path: Path) -> None:
    onedir = tmp_path / "TeleAccountHub"
    for name in ("TeleAccountHub.exe", "_internal/PySide6/opengl32sw.dll"):
        (onedir / name).parent.mkdir(parents=True, exist_ok=True)
        (onedir / name).write_bytes(b"x")
    assert cfg.audit_onedir(onedir, "windows") == [
        "_internal/PySide6/opengl32sw.dll: excluded from the bundle but present"
    ]


# --- names --------------------------------------------------------------------------------------


def test_archive_names_follow_the_release_scheme() -> None:
    name = cfg.archive_name("0.1.0", "linux", "x86_64", "tar.xz")
    assert name == "TeleAccountHub-0.1.0-linux-x86_64.tar.xz"
    assert cfg.archive_name("1.0", "macos", "arm64", "dmg") == "TeleAccountHub-1.0-macos-arm64.dmg"


@pytest.mark.parametrize(
    ("machine", "arch"),
    [("x86_64", "x86_64"), ("AMD64", "x86_64"), ("aarch64", "arm64"), ("arm64", "arm64")],
)
def test_cpu_names_are_normalised(machine: str, arch: str) -> None:
    assert cfg.current_arch(machine) == arch


def test_the_frozen_executable_of_each_platform(tmp_path: Path) -> None:
    assert cfg.frozen_executable(tmp_path, "linux") == tmp_path / "TeleAccountHub/TeleAccountHub"
    assert (
        cfg.frozen_executable(tmp_path, "windows")
        == tmp_path / "TeleAccountHub/TeleAccountHub-cli.exe"
    )
    assert (
        cfg.frozen_executable(tmp_path, "windows", console=False)
        == tmp_path / "TeleAccountHub/TeleAccountHub.exe"
    )
    assert (
        cfg.frozen_executable(tmp_path, "macos")
        == tmp_path / "TeleAccountHub.app/Contents/MacOS/TeleAccountHub"
    )


def test_the_bundle_carries_both_variants_of_every_action_icon() -> None:
    datas = cfg.resource_datas(ICONS)
    by_variant = {
        variant: {Path(src).name for src, dest in datas if dest.endswith(f"/{variant}")}
        for variant in cfg.ACTION_ICON_VARIANTS
    }
    assert by_variant["light"] == by_variant["dark"]
    assert {"refresh.svg", "cart.svg", "download.svg", "bell.svg"} <= by_variant["light"]
    for plugin_type, name in (("iconengines", "libqsvgicon.so"), ("imageformats", "libqsvg.so")):
        assert cfg.keep_qt_plugin(plugin_type, name, "linux")
