"""packaging/build.py enforces the Linux size budget and the lean-bundle rules."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.paths import PACKAGING


def _load_build_script() -> ModuleType:
    # Loaded under its own name: "build" is also the name of a PyPI package.
    spec = importlib.util.spec_from_file_location("teleaccounthub_build", PACKAGING / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


def sparse_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (sizes are apparent, as du -sb counts)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@pytest.fixture
def dist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(build, "DIST", tmp_path)
    (tmp_path / "TeleAccountHub").mkdir()
    return tmp_path


def test_a_bundle_within_budget_passes_and_its_sizes_are_printed(
    dist: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sparse_file(dist / "TeleAccountHub" / "_internal" / "libQt6Core.so.6", 100_000_000)
    archive = sparse_file(dist / "TeleAccountHub-0.1.0-linux-x86_64.tar.xz", 40_000_000)
    build.report_sizes("linux", archive)
    printed = capsys.readouterr().out
    assert "onedir  dist/TeleAccountHub/:" in printed
    assert "archive dist/TeleAccountHub-0.1.0-linux-x86_64.tar.xz: 40000000 bytes" in printed


def test_an_onedir_over_130_mb_fails_the_linux_build(dist: Path) -> None:
    sparse_file(dist / "TeleAccountHub" / "_internal" / "libicudata.so.73", 130_000_001)
    with pytest.raises(build.BuildError, match=r"onedir .* > 130 MB"):
        build.report_sizes("linux", None)


def test_an_archive_over_40_mb_fails_the_linux_build(dist: Path) -> None:
    archive = sparse_file(dist / "TeleAccountHub-0.1.0-linux-x86_64.tar.xz", 40_000_001)
    with pytest.raises(build.BuildError, match=r"archive .* > 40 MB"):
        build.report_sizes("linux", archive)


def test_the_budget_is_a_linux_budget(dist: Path) -> None:
    sparse_file(dist / "TeleAccountHub" / "_internal" / "Qt6Core.dll", 200_000_000)
    build.report_sizes("windows", None)


def test_check_bundle_fails_on_a_bundle_that_is_not_lean(dist: Path) -> None:
    onedir = dist / "TeleAccountHub"
    sparse_file(onedir / "TeleAccountHub", 10)
    sparse_file(
        onedir / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so", 10
    )
    build.check_bundle("linux")
    sparse_file(onedir / "_internal/PySide6/Qt/plugins/platformthemes/libqgtk3.so", 10)
    with pytest.raises(build.BuildError, match="libqgtk3"):
        build.check_bundle("linux")


def test_check_bundle_fails_without_the_frozen_executable(dist: Path) -> None:
    with pytest.raises(build.BuildError, match="no frozen executable"):
        build.check_bundle("linux")


@pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("ldd") is None, reason="ELF libraries and ldd"
)
def test_unresolved_libraries_finds_a_library_whose_dependencies_are_missing(
    tmp_path: Path,
) -> None:
    """A Qt library copied without the Qt libraries it links to cannot load: ldd says so."""
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    onedir = tmp_path / "TeleAccountHub"
    (onedir / "_internal").mkdir(parents=True)
    shutil.copy2(qt_lib / "libQt6Svg.so.6", onedir / "_internal" / "libQt6Svg.so.6")
    problems = build.unresolved_libraries(onedir)
    assert any("libQt6Gui.so.6 => not found" in problem for problem in problems), problems
    shutil.copy2(qt_lib / "libQt6Gui.so.6", onedir / "_internal" / "libQt6Gui.so.6")
    shutil.copy2(qt_lib / "libQt6Core.so.6", onedir / "_internal" / "libQt6Core.so.6")
    assert not any("libQt6Gui.so.6 =>" in problem for problem in build.unresolved_libraries(onedir))


def test_the_command_line_modes_exclude_each_other() -> None:
    assert build.parse_args(["--archive-only"]).archive_only
    assert build.parse_args(["--skip-build", "--self-test"]).self_test
    with pytest.raises(SystemExit):
        build.parse_args(["--skip-build", "--archive-only"])


def test_without_dpkg_deb_the_deb_is_skipped_or_fails_when_asked_for(
    dist: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build.shutil, "which", lambda name: None)
    assert build.make_deb(required=False) is None
    assert "the .deb is not built" in capsys.readouterr().out
    with pytest.raises(build.BuildError, match="dpkg-deb is missing"):
        build.make_deb(required=True)


def test_a_deb_error_fails_the_build_with_its_reason(
    dist: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> Path:
        raise build.deb.DebError("the bundle needs libmystery.so.7")

    monkeypatch.setattr(build.deb, "build_deb", refuse)
    monkeypatch.setattr(build.shutil, "which", lambda name: "/usr/bin/" + name)
    with pytest.raises(build.BuildError, match=r"the \.deb: .*libmystery"):
        build.make_deb(required=False)


@pytest.mark.skipif(
    sys.platform != "linux" or not (shutil.which("patchelf") and shutil.which("readelf")),
    reason="needs Linux, patchelf and readelf",
)
def test_run_paths_into_the_build_host_are_removed_and_the_bundles_own_kept(
    tmp_path: Path,
) -> None:
    true = Path(shutil.which("true") or "/bin/true").resolve()
    host, mixed, own = (tmp_path / name for name in ("host.so", "mixed.so", "own.so"))
    for path, run_path in (
        (host, "/root/.pyenv/versions/3.11.7/lib"),
        (mixed, "$ORIGIN/../lib:/opt/hostedtoolcache/Python/lib"),
        (own, "$ORIGIN"),
    ):
        shutil.copy(true, path)
        subprocess.run(["patchelf", "--set-rpath", run_path, str(path)], check=True)
    assert set(build.host_run_paths(tmp_path)) == {host, mixed}
    build.clear_host_run_paths(tmp_path)
    assert build.host_run_paths(tmp_path) == {}
    dynamic = subprocess.run(
        ["readelf", "-d", str(mixed)], capture_output=True, text=True, check=True
    ).stdout
    assert "[$ORIGIN/../lib]" in dynamic
    assert (
        "[$ORIGIN]"
        in subprocess.run(
            ["readelf", "-d", str(own)], capture_output=True, text=True, check=True
        ).stdout
    )
