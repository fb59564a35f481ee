"""The window is painted before the network stack loads: start-up imports no httpx, keyring or
aiohttp (they cost more than Qt itself to import; see tests/benchmarks start-up figures)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("httpx", "httpcore", "keyring", "aiohttp", "secretstorage")


def loaded_after(statement: str) -> list[str]:
    code = (
        f"import sys\n{statement}\n"
        f"print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


@pytest.mark.slow
def test_importing_start_up_and_parsing_arguments_loads_no_network_or_keyring_library() -> None:
    statement = (
        "import teleaccounthub.startup\n"
        "from teleaccounthub.cli import parse_args\n"
        "parse_args(['--data-dir', '/tmp/x'], environ={})"
    )
    assert loaded_after(statement) == []


@pytest.mark.slow
def test_a_base_url_from_the_command_line_is_checked_without_httpx() -> None:
    statement = (
        "from teleaccounthub.cli import parse_args\n"
        "parse_args(['--base-url', 'http://127.0.0.1:8080'], environ={})"
    )
    assert loaded_after(statement) == []


@pytest.mark.slow
def test_building_the_system_key_store_does_not_import_keyring() -> None:
    assert loaded_after("from teleaccounthub.local import KeyringKeyStore\nKeyringKeyStore()") == []


@pytest.mark.slow
def test_the_check_sees_a_heavy_import() -> None:
    assert loaded_after("from teleaccounthub.api import Client") != []


@pytest.mark.parametrize("package", ["teleaccounthub.api", "teleaccounthub.local"])
def test_every_lazy_export_resolves_and_unknown_names_fail(package: str) -> None:
    import importlib

    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None
    assert sorted(dir(module)) == sorted(module.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        module.Nope  # noqa: B018
