"""The command line and the environment → ``LaunchConfig``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from teleaccounthub import __version__
from teleaccounthub.api import LIVE_BASE_URL
from teleaccounthub.cli import API_KEY_ENV, BASE_URL_ENV, LaunchConfig, parse_args
from teleaccounthub.local import default_data_dir

KEY = "tgsk_" + "a1b2c3d4e5" * 3


def test_defaults_are_the_live_store_and_the_platform_data_dir() -> None:
    config = parse_args([], {})
    assert config == LaunchConfig(base_url=LIVE_BASE_URL, data_dir=default_data_dir())
    assert not config.sandbox
    assert not config.self_test
    assert config.api_key is None


def test_flags(tmp_path: Path) -> None:
    config = parse_args(
        ["--base-url", "https://Shop.Example/", "--data-dir", str(tmp_path), "--self-test"], {}
    )
    assert config.base_url == "https://Shop.Example"  # no trailing slash
    assert config.data_dir == tmp_path
    assert config.self_test


def test_data_dir_expands_the_home_folder() -> None:
    assert parse_args(["--data-dir", "~/tah"], {}).data_dir == Path.home() / "tah"


def test_environment_gives_the_base_url_and_a_key_for_this_run() -> None:
    config = parse_args([], {BASE_URL_ENV: "https://other.example", API_KEY_ENV: f" {KEY} "})
    assert config.base_url == "https://other.example"
    assert config.api_key == KEY
    assert KEY not in repr(config)  # a launch config may be logged; the key never is


def test_the_command_line_wins_over_the_environment() -> None:
    config = parse_args(
        ["--base-url", "https://flag.example"], {BASE_URL_ENV: "https://env.example"}
    )
    assert config.base_url == "https://flag.example"


def test_an_empty_key_variable_means_no_key() -> None:
    assert parse_args([], {API_KEY_ENV: "  "}).api_key is None


def test_sandbox_runs_its_own_store_with_its_own_key() -> None:
    config = parse_args(["--sandbox"], {BASE_URL_ENV: "https://env.example", API_KEY_ENV: KEY})
    assert config.sandbox
    assert config.base_url is None  # the sandbox picks its loopback port
    assert config.api_key is None  # a real key is never sent to the sandbox


def test_sandbox_and_base_url_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--sandbox", "--base-url", "https://shop.example"], {})
    assert exited.value.code == 2
    assert "--sandbox" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "environ", "source"),
    [
        (["--base-url", "http://shop.example"], {}, "--base-url"),
        ([], {BASE_URL_ENV: "http://shop.example"}, BASE_URL_ENV),
    ],
)
def test_plain_http_to_another_computer_is_refused_with_a_clear_message(
    argv: list[str], environ: dict[str, str], source: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(argv, environ)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert source in err
    assert "plain http:// would send the API key unencrypted" in err
    assert "https://" in err


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:9000", "http://[::1]:1"]
)
def test_plain_http_to_this_computer_is_allowed(url: str) -> None:
    assert parse_args(["--base-url", url], {}).base_url == url


def test_a_malformed_base_url_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--base-url", "ftp://shop.example"], {})
    assert "not a valid address" in capsys.readouterr().err


def test_help_names_the_environment_variables(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        parse_args(["--help"], {})
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for name in ("--sandbox", "--base-url", "--data-dir", "--self-test", "--version"):
        assert name in out
    assert API_KEY_ENV in out
    assert BASE_URL_ENV in out


@pytest.mark.slow
def test_version_in_a_subprocess() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "teleaccounthub", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"teleaccounthub {__version__}"
    # Answered before Qt is loaded: nothing about displays or platforms.
    assert done.stderr == ""


def test_the_key_is_taken_out_of_the_environment_so_no_child_process_sees_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(API_KEY_ENV, KEY)
    config = parse_args([])
    assert config.api_key == KEY  # read once ...
    assert API_KEY_ENV not in os.environ  # ... and gone
    child = subprocess.run(
        [sys.executable, "-c", f"import os; print(os.environ.get({API_KEY_ENV!r}, 'absent'))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert child.stdout.strip() == "absent"


def test_the_key_is_taken_out_of_the_environment_also_for_the_sandbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(API_KEY_ENV, KEY)
    assert parse_args(["--sandbox"]).api_key is None
    assert API_KEY_ENV not in os.environ
