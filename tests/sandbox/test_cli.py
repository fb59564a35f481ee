"""``python -m teleaccounthub.sandbox``: prints where it runs and a key, serves until stopped."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
from typing import IO

import pytest

from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.sandbox.cli import banner, is_loopback, main, parse_args
from tests.sandbox.helpers import BALANCE, client


def read_lines(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


def until_line(lines: queue.Queue[str], marker: str, timeout: float = 20.0) -> list[str]:
    seen: list[str] = []
    while not seen or marker not in seen[-1]:
        try:
            seen.append(lines.get(timeout=timeout))
        except queue.Empty:
            pytest.fail(f"no {marker!r} in {seen}")
    return seen


@pytest.mark.slow
def test_cli_prints_url_and_key_and_serves_until_terminated() -> None:
    command = [sys.executable, "-m", "teleaccounthub.sandbox", "--order-delay", "0.5"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        lines: queue.Queue[str] = queue.Queue()
        reader = threading.Thread(target=read_lines, args=(process.stdout, lines), daemon=True)
        reader.start()
        try:
            output = "".join(until_line(lines, "Ctrl+C"))
            url = re.search(r"http://127\.0\.0\.1:\d+", output)
            key = re.search(r"tgsk_\w+", output)
            assert url, output
            assert key, output
            assert output.count("curl ") == 3
            with client(url.group(0), key.group(0)) as api:
                response = api.get(BALANCE)
            assert response.json()["balance_display"] == "$315.56"
        finally:
            process.terminate()
            returncode = process.wait(timeout=20)
        reader.join(10)
    assert returncode == 0


def test_banner_has_three_curl_lines_with_the_key(sandbox: SandboxServer) -> None:
    text = banner(sandbox)
    curls = [line.strip() for line in text.splitlines() if line.strip().startswith("curl ")]
    assert len(curls) == 3
    assert all(line.startswith(f"curl {sandbox.url}/api/v1/") for line in curls[:2])
    assert sandbox.api_key in curls[1]
    assert sandbox.api_key in curls[2]
    assert "$315.56" in text


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.com", "::"])
def test_a_non_loopback_host_is_refused_without_allow_remote(
    host: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--host", host])
    assert exit_info.value.code == 2
    assert "--allow-remote" in capsys.readouterr().err
    assert parse_args(["--host", host, "--allow-remote"]).host == host


def test_loopback_hosts() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "10.0.0.1", "::", "sandbox.local"))


def test_arguments_reach_the_config(capsys: pytest.CaptureFixture[str]) -> None:
    config = parse_args(
        ["--port", "0", "--order-delay", "1.5", "--zip-size", "4096", "--large-category-size", "7"]
    )
    assert (config.order_delay, config.zip_size, config.large_category_size) == (1.5, 4096, 7)
    with pytest.raises(SystemExit):
        parse_args(["--order-delay", "-1"])
    assert "order_delay" in capsys.readouterr().err
