"""The release workflow is valid GitHub Actions YAML and does what issue 5 asks, in order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.packaging.paths import REPO

WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def load(path: Path = WORKFLOW) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1); GitHub reads it as "on".
    if True in document:
        document["on"] = document.pop(True)
    return document


def validate(path: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema against its vendored copy of the GitHub workflow schema (offline)."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    return load()


def build_steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    steps = workflow["jobs"]["build"]["steps"]
    assert isinstance(steps, list)
    return steps


def index_of(steps: list[dict[str, Any]], needle: str) -> int:
    """The first step whose `uses` or `run` contains ``needle``."""
    for index, step in enumerate(steps):
        if needle in str(step.get("uses", "")) or needle in str(step.get("run", "")):
            return index
    raise AssertionError(f"no step uses or runs {needle!r}")


def steps_running(steps: list[dict[str, Any]], needle: str) -> list[dict[str, Any]]:
    return [step for step in steps if needle in str(step.get("run", ""))]


@pytest.mark.slow
def test_the_workflow_matches_the_github_workflow_schema() -> None:
    result = validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = load()
    del broken["jobs"]["build"]["runs-on"]
    broken["jobs"]["build"]["steps"][0]["uses"] = 42
    path = tmp_path / "broken.yml"
    path.write_text(yaml.safe_dump(broken), encoding="utf-8")
    assert validate(path).returncode != 0


def test_it_runs_on_version_tags(workflow: dict[str, Any]) -> None:
    assert "v*" in workflow["on"]["push"]["tags"]


def test_the_matrix_covers_every_platform_of_the_issue(workflow: dict[str, Any]) -> None:
    build = workflow["jobs"]["build"]
    assert build["runs-on"] == "${{ matrix.os }}"
    systems = {entry["os"] for entry in build["strategy"]["matrix"]["include"]}
    assert {"ubuntu-22.04", "windows-2022", "macos-15"} <= systems
    assert systems & {"macos-15-intel", "macos-13"}, "an Intel macOS runner is missing"
    assert build["strategy"]["fail-fast"] is False


def test_python_is_pinned_to_311(workflow: dict[str, Any]) -> None:
    # On 3.12+ the lock resolves PySide6 6.12.0, which aborts under qasync.
    assert workflow["env"]["UV_PYTHON"] == "3.11"


def test_build_job_steps_come_in_the_right_order(workflow: dict[str, Any]) -> None:
    steps = build_steps(workflow)
    order = [
        index_of(steps, "actions/checkout"),
        index_of(steps, "astral-sh/setup-uv"),
        index_of(steps, "uv sync --locked --group packaging"),
        index_of(steps, "pytest"),
        index_of(steps, "packaging/build.py --no-archive"),
        index_of(steps, "--self-test"),
        index_of(steps, "--archive-only"),
        index_of(steps, "actions/upload-artifact"),
    ]
    assert order == sorted(order), order


def test_linux_installs_qt_libraries_and_xvfb(workflow: dict[str, Any]) -> None:
    apt = steps_running(build_steps(workflow), "apt-get install")
    assert len(apt) == 1
    assert apt[0]["if"] == "runner.os == 'Linux'"
    for package in ("xvfb", "libxkbcommon-x11-0", "libxcb-cursor0", "libegl1", "gnome-keyring"):
        assert package in apt[0]["run"]


def test_linux_tests_run_under_xvfb_with_a_secret_service(workflow: dict[str, Any]) -> None:
    tests = steps_running(build_steps(workflow), "pytest")
    linux = [step for step in tests if step.get("if") == "runner.os == 'Linux'"]
    assert len(linux) == 1
    assert "xvfb-run" in linux[0]["run"]
    assert ".ci/with-secret-service" in linux[0]["run"]
    others = [step for step in tests if step.get("if") == "runner.os != 'Linux'"]
    assert len(others) == 1


def test_the_frozen_self_test_runs_everywhere_and_under_xvfb_on_linux(
    workflow: dict[str, Any],
) -> None:
    self_tests = steps_running(build_steps(workflow), "--self-test")
    conditions = {step.get("if") for step in self_tests}
    assert conditions == {"runner.os == 'Linux'", "runner.os != 'Linux'"}
    linux = next(step for step in self_tests if step["if"] == "runner.os == 'Linux'")
    assert "xvfb-run" in linux["run"]
    assert "--native-display" in linux["run"]


def test_archives_are_uploaded(workflow: dict[str, Any]) -> None:
    upload = build_steps(workflow)[index_of(build_steps(workflow), "actions/upload-artifact")]
    paths = upload["with"]["path"]
    for extension in ("tar.xz", "zip", "dmg"):
        assert f"dist/TeleAccountHub-*.{extension}" in paths
    assert upload["with"]["if-no-files-found"] == "error"


def gated(steps: list[dict[str, Any]], needle: str, flag: str) -> tuple[str, str]:
    """The `if` of the step running ``needle`` and of the warning step skipped in its place."""
    step = next(s for s in steps if needle in str(s.get("run", "")))
    warning = next(
        s
        for s in steps
        if "::warning::" in str(s.get("run", "")) and f"env.{flag} != 'true'" in str(s.get("if"))
    )
    return str(step["if"]), str(warning["if"])


def test_windows_signing_runs_with_secrets_and_warns_without(workflow: dict[str, Any]) -> None:
    job = workflow["jobs"]["build"]
    assert "secrets.WINDOWS_CERTIFICATE_PFX" in job["env"]["HAVE_WINDOWS_CERT"]
    sign_if, warn_if = gated(build_steps(workflow), "signtool", "HAVE_WINDOWS_CERT")
    assert "runner.os == 'Windows'" in sign_if
    assert "env.HAVE_WINDOWS_CERT == 'true'" in sign_if
    assert "runner.os == 'Windows'" in warn_if


def test_macos_signing_and_notarisation_run_with_secrets_and_warn_without(
    workflow: dict[str, Any],
) -> None:
    job = workflow["jobs"]["build"]
    assert "secrets.MACOS_CERTIFICATE_P12" in job["env"]["HAVE_MACOS_CERT"]
    assert "secrets.APPLE_APP_PASSWORD" in job["env"]["HAVE_NOTARY"]
    steps = build_steps(workflow)
    cert_if, cert_warn_if = gated(steps, "security import", "HAVE_MACOS_CERT")
    assert "env.HAVE_MACOS_CERT == 'true'" in cert_if
    assert "runner.os == 'macOS'" in cert_warn_if
    notary_if, notary_warn_if = gated(steps, "notarytool submit", "HAVE_NOTARY")
    assert "env.HAVE_NOTARY == 'true'" in notary_if
    assert "runner.os == 'macOS'" in notary_warn_if
    # The identity reaches the spec, which signs every binary with the hardened runtime.
    import_step = steps[index_of(steps, "security import")]
    assert "TELEACCOUNTHUB_CODESIGN_IDENTITY" in import_step["run"]
    spec = (REPO / "packaging" / "teleaccounthub.spec").read_text(encoding="utf-8")
    assert "TELEACCOUNTHUB_CODESIGN_IDENTITY" in spec


def test_a_version_tag_publishes_the_archives_and_sha256sums(workflow: dict[str, Any]) -> None:
    release = workflow["jobs"]["release"]
    assert release["needs"] == "build"
    assert release["if"] == "startsWith(github.ref, 'refs/tags/v')"
    assert release["permissions"] == {"contents": "write"}
    steps = release["steps"]
    assert "sha256sum" in steps[index_of(steps, "SHA256SUMS")]["run"]
    publish = steps[index_of(steps, "softprops/action-gh-release")]
    assert "release/SHA256SUMS" in publish["with"]["files"]
    assert "release/TeleAccountHub-*" in publish["with"]["files"]
    assert index_of(steps, "actions/download-artifact") < index_of(steps, "softprops/")


def test_secrets_never_appear_in_run_scripts(workflow: dict[str, Any]) -> None:
    """Secrets reach scripts through `env:` only, never pasted into the script text."""
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            assert "secrets." not in str(step.get("run", "")), step.get("name")


def test_the_deb_is_uploaded_checksummed_and_published(workflow: dict[str, Any]) -> None:
    steps = build_steps(workflow)
    linux_archive = next(
        step for step in steps_running(steps, "--archive-only") if "--deb" in step["run"]
    )
    assert linux_archive["if"] == "runner.os == 'Linux'"
    assert "lintian --fail-on error" in linux_archive["run"]
    upload = steps[index_of(steps, "actions/upload-artifact")]
    assert "dist/teleaccounthub_*.deb" in upload["with"]["path"]
    release = workflow["jobs"]["release"]["steps"]
    sums = release[index_of(release, "sha256sum")]["run"]
    assert "teleaccounthub_*.deb" in sums
    assert "-eq 5" in sums  # four archives and the .deb
    publish = release[index_of(release, "softprops/action-gh-release")]
    assert "release/teleaccounthub_*.deb" in publish["with"]["files"]
