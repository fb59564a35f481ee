"""The PyInstaller spec builds what the issue asks: a onedir, no UPX, one branch per platform."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import bundle_config as cfg
import pytest

from tests.packaging.paths import PACKAGING, REPO

SPEC = PACKAGING / "teleaccounthub.spec"


@pytest.fixture(scope="module")
def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name
    ]


def keyword(call: ast.Call, name: str) -> ast.expr:
    for item in call.keywords:
        if item.arg == name:
            return item.value
    raise AssertionError(f"{ast.unparse(call.func)}(...) has no {name}=")


def test_nothing_is_upx_compressed(spec_tree: ast.Module) -> None:
    packers = calls(spec_tree, "EXE") + calls(spec_tree, "COLLECT")
    assert len(packers) == 2
    for call in packers:
        assert ast.literal_eval(keyword(call, "upx")) is False


def test_the_product_is_a_onedir(spec_tree: ast.Module) -> None:
    (exe,) = calls(spec_tree, "EXE")
    assert ast.literal_eval(keyword(exe, "exclude_binaries")) is True
    (collect,) = calls(spec_tree, "COLLECT")
    assert ast.unparse(keyword(collect, "name")) == "cfg.APP_NAME"
    assert "onefile" not in ast.unparse(spec_tree).lower()  # code, not the comments


def test_windows_gets_a_console_twin_for_the_self_test(spec_tree: ast.Module) -> None:
    made = {ast.unparse(call) for call in calls(spec_tree, "_exe")}
    assert "_exe(cfg.APP_NAME, console=False)" in made
    assert "_exe(cfg.CLI_NAME, console=True)" in made


def test_windows_gets_the_ico_and_a_version_resource(spec_tree: ast.Module) -> None:
    (exe,) = calls(spec_tree, "EXE")
    icon = ast.unparse(keyword(exe, "icon"))
    assert ".ico" in icon
    assert "windows" in icon
    assert "_version_file" in ast.unparse(keyword(exe, "version"))


def test_macos_gets_an_app_bundle_with_its_identifier(spec_tree: ast.Module) -> None:
    (bundle,) = calls(spec_tree, "BUNDLE")
    assert ast.unparse(keyword(bundle, "bundle_identifier")) == "cfg.BUNDLE_ID"
    assert cfg.BUNDLE_ID == "com.teleaccounthub.desktop"
    assert ".icns" in ast.unparse(keyword(bundle, "icon"))
    assert "macos_info_plist" in ast.unparse(keyword(bundle, "info_plist"))


def test_binaries_are_stripped_except_on_windows(spec_tree: ast.Module) -> None:
    strip = next(
        node
        for node in spec_tree.body
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "STRIP"
    )
    assert ast.unparse(strip.value) == "TARGET in ('linux', 'macos')"
    for call in calls(spec_tree, "EXE") + calls(spec_tree, "COLLECT"):
        assert ast.unparse(keyword(call, "strip")) == "STRIP"


def test_the_spec_filters_qt_plugins_and_data_through_bundle_config(
    spec_tree: ast.Module,
) -> None:
    text = ast.unparse(spec_tree)
    assert "qt_hooks.QtLibraryInfo.collect_plugins = _collect_kept_plugins" in text
    assert "cfg.keep_qt_plugin(" in text
    assert "cfg.keep_data(" in text
    assert "cfg.keep_binary(" in text
    (analysis,) = calls(spec_tree, "Analysis")
    assert "entry.py" in ast.unparse(analysis.args[0])
    assert "cfg.excluded_modules(" in ast.unparse(keyword(analysis, "excludes"))


def test_the_entry_point_runs_the_apps_main() -> None:
    tree = ast.parse((PACKAGING / "entry.py").read_text(encoding="utf-8"))
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    assert [(node.module, [a.name for a in node.names]) for node in imports] == [
        ("teleaccounthub.__main__", ["main"])
    ]
    assert ast.unparse(tree.body[-1]) == "raise SystemExit(main())"


@pytest.mark.slow
def test_the_entry_point_prints_the_version(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "entry.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert cfg.read_version() in result.stdout
