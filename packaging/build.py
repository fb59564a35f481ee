"""Build the standalone TeleAccountHub app for this OS, archive it, and prove it works.

    uv run --group packaging python packaging/build.py                # onedir, archive, sums
    uv run --group packaging python packaging/build.py --self-test    # and the frozen self-test
    uv run --group packaging python packaging/build.py --skip-build --self-test
    uv run --group packaging python packaging/build.py --skip-build --measure-startup

Produces dist/TeleAccountHub/ (macOS: also dist/TeleAccountHub.app), one archive
(TeleAccountHub-<version>-<os>-<arch>.tar.xz | .zip | .dmg), on Linux also the Debian package
(teleaccounthub_<version>_<arch>.deb, packaging/deb.py; skipped with a notice where dpkg-deb is
missing, unless --deb asks for it) and dist/SHA256SUMS over both. Fails (exit 1) when PyInstaller
fails, when the bundle holds something the lean rules exclude, when a bundled library cannot be
resolved, when the Linux budget (onedir 130 MB, .tar.xz 40 MB) is exceeded, or when the frozen
self-test fails.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the bundle_* modules beside this script

import bundle_archive as archive  # noqa: E402
import bundle_config as cfg  # noqa: E402
import bundle_run as frozen  # noqa: E402
import deb  # noqa: E402
import translations  # noqa: E402

SPEC = HERE / "teleaccounthub.spec"
DIST = cfg.ROOT / "dist"
WORK = cfg.ROOT / "build" / "pyinstaller"

LINUX_ONEDIR_BUDGET = 130_000_000
LINUX_ARCHIVE_BUDGET = 40_000_000
STARTUP_BUDGET = 1.1  # frozen start-up time / unfrozen start-up time


class BuildError(Exception):
    """A step failed; the message says which and why."""


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def release_translations() -> None:
    """Compile the .ts files into the .qm files the bundle carries (lrelease), so a build never
    ships translations older than its .ts files."""
    translations.lrelease()


def run_pyinstaller(*, clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    print("$ " + " ".join(command), flush=True)
    # The Python modules archive (PYZ) at zlib's best instead of PyInstaller's default 6.
    env = {**os.environ, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "9"}
    if subprocess.run(command, cwd=cfg.ROOT, env=env).returncode != 0:
        raise BuildError("PyInstaller failed")


def unresolved_libraries(onedir: Path) -> list[str]:
    """Linux: shared libraries in the bundle whose dependencies resolve nowhere (``ldd``)."""
    internal = onedir / "_internal"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    problems = []
    for path in sorted(onedir.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        if not (path.suffix == ".so" or ".so." in path.name or path.name == cfg.APP_NAME):
            continue
        result = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True)
        missing = [line.strip() for line in result.stdout.splitlines() if "not found" in line]
        problems += [f"{path.relative_to(onedir)}: {line}" for line in missing]
    return problems


def host_run_paths(onedir: Path) -> dict[Path, str]:
    """Linux: ELF files whose RUNPATH names a folder of the build host (a Python built with an
    rpath, e.g. pyenv's ``/root/.pyenv/versions/3.11.7/lib``), not one inside the bundle."""
    found = {}
    for path in deb.elf_files(onedir):
        dynamic = subprocess.run(
            ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for entry in re.findall(
            r"\((?:RPATH|RUNPATH)\)\s+Library (?:rpath|runpath): \[(.*)\]", dynamic
        ):
            if any(not part.startswith("$ORIGIN") for part in entry.split(":")):
                found[path] = entry
    return found


def clear_host_run_paths(onedir: Path) -> None:
    """Drop run paths into the build host: on a customer's machine such a folder is absent, or
    worse, someone else's (lintian: custom-library-search-path). The libraries load from the
    bundle's own folder, which PyInstaller's bootloader puts on the search path."""
    found = host_run_paths(onedir)
    if not found:
        return
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        raise BuildError(
            f"{len(found)} bundled libraries have a run path into this machine "
            f"({next(iter(found.values()))}): install patchelf to remove it"
        )
    for path, entry in found.items():
        inside = ":".join(part for part in entry.split(":") if part.startswith("$ORIGIN"))
        command = ["--set-rpath", inside] if inside else ["--remove-rpath"]
        subprocess.run([patchelf, *command, str(path)], check=True)
    print(f"run paths into the build host removed from {len(found)} libraries")


def check_bundle(target: cfg.Platform) -> None:
    onedir = DIST / cfg.APP_NAME
    if target == "linux" and shutil.which("readelf"):
        clear_host_run_paths(onedir)
    if not cfg.frozen_executable(DIST, target).is_file():
        raise BuildError(f"no frozen executable at {cfg.frozen_executable(DIST, target)}")
    problems = cfg.audit_onedir(onedir, target)
    if target == "linux" and shutil.which("ldd"):
        problems += [
            problem
            for problem in unresolved_libraries(onedir)
            if not any(f" {name} " in f" {problem} " for name in cfg.SYSTEM_LIBRARIES)
        ]
    if problems:
        raise BuildError("the bundle breaks the lean-bundle rules:\n  " + "\n  ".join(problems))
    print("lean-bundle audit: passed")


def make_archive(target: cfg.Platform, version: str) -> Path:
    arch = cfg.current_arch()
    if target == "linux":
        name = cfg.archive_name(version, target, arch, "tar.xz")
        return archive.make_tar_xz(DIST / cfg.APP_NAME, DIST / name)
    if target == "windows":
        name = cfg.archive_name(version, target, arch, "zip")
        return archive.make_zip(DIST / cfg.APP_NAME, DIST / name)
    app = DIST / f"{cfg.APP_NAME}.app"
    if archive.have_hdiutil():
        name = cfg.archive_name(version, target, arch, "dmg")
        return archive.make_dmg(app, DIST / name, f"{cfg.APP_NAME} {version}")
    name = cfg.archive_name(version, target, arch, "zip")
    return archive.make_macos_zip(app, DIST / name)


def make_deb(*, required: bool) -> Path | None:
    """The .deb beside the archive; without dpkg-deb, a notice (or a failure when required)."""
    if shutil.which("dpkg-deb") is None:
        if required:
            raise BuildError("--deb: dpkg-deb is missing (install dpkg)")
        print("no dpkg-deb on this machine: the .deb is not built")
        return None
    try:
        package = deb.build_deb(DIST / cfg.APP_NAME, DIST)
    except deb.DebError as error:
        raise BuildError(f"the .deb: {error}") from error
    print(f"package dist/{package.name}: {package.stat().st_size} bytes")
    return package


def report_sizes(target: cfg.Platform, built: Path | None) -> None:
    onedir_size = archive.tree_size(DIST / cfg.APP_NAME)
    print(f"onedir  dist/{cfg.APP_NAME}/: {onedir_size} bytes ({archive.megabytes(onedir_size)})")
    over = []
    if target == "linux" and onedir_size > LINUX_ONEDIR_BUDGET:
        over.append(f"onedir {archive.megabytes(onedir_size)} > 130 MB")
    if built is not None:
        size = built.stat().st_size
        print(f"archive dist/{built.name}: {size} bytes ({archive.megabytes(size)})")
        if target == "linux" and size > LINUX_ARCHIVE_BUDGET:
            over.append(f"archive {archive.megabytes(size)} > 40 MB")
    if over:
        raise BuildError("over the Linux size budget: " + "; ".join(over))


def self_test(target: cfg.Platform, *, native_display: bool, timeout: float) -> None:
    executable = cfg.frozen_executable(DIST, target)
    with tempfile.TemporaryDirectory(prefix="teleaccounthub-selftest-") as home_name:
        home = Path(home_name)
        frozen.prepare_home(target, home)
        env = frozen.minimal_env(target, home, native_display=native_display)
        status = frozen.run_frozen(executable, ["--self-test"], env, timeout=timeout)
    if status != 0:
        raise BuildError(f"the frozen --self-test failed (exit status {status})")
    print("frozen self-test: passed")


def _report(title: str, timings: list[frozen.Timing], runs: int) -> None:
    print(f"{title}, median of {runs} runs after one warm-up:")
    for timing in timings:
        print(f"  {timing.label:<26} {timing.median * 1000:8.1f} ms")
    ratio = timings[0].median / timings[1].median
    verdict = "within" if ratio <= STARTUP_BUDGET else "OVER"
    print(
        f"  frozen / unfrozen (python -m) = {ratio:.2f}x ({verdict} the {STARTUP_BUDGET}x budget)"
    )


def measure_startup(
    target: cfg.Platform, args: list[str], runs: int, *, first_window: bool
) -> None:
    """Time the frozen app against ``python -m teleaccounthub`` (and ``uv run``), same HOME."""
    executable = cfg.frozen_executable(DIST, target)
    with tempfile.TemporaryDirectory(prefix="teleaccounthub-startup-") as home_name:
        home = Path(home_name)
        frozen.prepare_home(target, home)
        env = frozen.minimal_env(target, home)
        host_env = frozen.unfrozen_env(env)
        timings = [
            frozen.time_command("frozen", [str(executable), *args], env, runs=runs, cwd=home),
            frozen.time_command(
                "python -m teleaccounthub",
                frozen.python_command(args),
                host_env,
                runs=runs,
                cwd=home,
            ),
        ]
        uv = shutil.which("uv")
        if uv:
            command = [uv, "run", "--project", str(cfg.ROOT), "--no-sync", "teleaccounthub", *args]
            timings.append(
                frozen.time_command("uv run teleaccounthub", command, host_env, runs=runs, cwd=home)
            )
        _report(f"start-up to exit, `{' '.join(args)}`", timings, runs)
        if first_window:
            measure_first_window(target, home, runs)


def measure_first_window(target: cfg.Platform, home: Path, runs: int) -> None:
    """Launch to the main window on screen (``--sandbox``, on the X display, via xwininfo)."""
    if target != "linux" or not os.environ.get("DISPLAY") or not shutil.which("xwininfo"):
        raise BuildError("--first-window needs Linux, an X display (DISPLAY) and xwininfo")
    args = ["--sandbox", "--data-dir", str(home / "data")]
    env = frozen.minimal_env(target, home, native_display=True)
    host_env = frozen.unfrozen_env(env)
    executable = cfg.frozen_executable(DIST, target)
    timings = [
        frozen.time_first_window("frozen", [str(executable), *args], env, runs=runs, cwd=home),
        frozen.time_first_window(
            "python -m teleaccounthub", frozen.python_command(args), host_env, runs=runs, cwd=home
        ),
    ]
    _report("start-up to the main window, `--sandbox`", timings, runs)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build, archive and check the standalone app.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--skip-build", action="store_true", help="reuse dist/ as it is")
    mode.add_argument(
        "--no-archive",
        action="store_true",
        help="build and audit only (e.g. to sign, then archive)",
    )
    mode.add_argument(
        "--archive-only", action="store_true", help="audit and archive the existing dist/ build"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--deb", action="store_true", help="Linux: fail when the .deb cannot be built"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="run the frozen --self-test, host Python hidden"
    )
    parser.add_argument(
        "--native-display",
        action="store_true",
        help="self-test on the session's display (DISPLAY/WAYLAND_DISPLAY) instead of offscreen",
    )
    parser.add_argument("--self-test-timeout", type=float, default=600.0, metavar="SECONDS")
    parser.add_argument(
        "--measure-startup", action="store_true", help="time the frozen vs the unfrozen app"
    )
    parser.add_argument(
        "--startup-arg",
        action="append",
        dest="startup_args",
        metavar="ARG",
        help="argument for the timed start-up (repeatable; default: --version)",
    )
    parser.add_argument(
        "--first-window",
        action="store_true",
        help="with --measure-startup: also time launch to the main window (Linux, X display)",
    )
    parser.add_argument("--runs", type=int, default=7, help="timed runs per command")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    target = cfg.current_platform()
    version = cfg.read_version()
    print(
        f"TeleAccountHub {version}, {target} {cfg.current_arch()}, Python {sys.version.split()[0]}"
    )
    build = not (args.skip_build or args.archive_only)
    try:
        if build:
            step("translations")
            release_translations()
            step("PyInstaller")
            run_pyinstaller(clean=args.clean)
        if build or args.archive_only:
            step("lean-bundle audit")
            check_bundle(target)
            built: Path | None = None
            if not args.no_archive:
                step("archive")
                built = make_archive(target, version)
                outputs = [built]
                if target == "linux":
                    step("Debian package")
                    package = make_deb(required=args.deb)
                    outputs += [package] if package else []
                archive.write_sha256sums(outputs, DIST / "SHA256SUMS")
                print((DIST / "SHA256SUMS").read_text(encoding="utf-8"), end="")
            step("sizes")
            report_sizes(target, built)
        if args.self_test:
            step("frozen --self-test")
            self_test(target, native_display=args.native_display, timeout=args.self_test_timeout)
        if args.measure_startup:
            step("start-up time")
            measure_startup(
                target,
                args.startup_args or ["--version"],
                args.runs,
                first_window=args.first_window,
            )
    except (BuildError, subprocess.SubprocessError, OSError, RuntimeError) as error:
        print(f"\nbuild.py: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
