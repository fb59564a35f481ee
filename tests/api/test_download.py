"""Downloads stream to a part file, are verified, renamed atomically, and leave nothing behind."""

from __future__ import annotations

import asyncio
import itertools
import os
import threading
import zipfile
from pathlib import Path
from typing import IO, Any

import pytest

from teleaccounthub.api import (
    Client,
    RetryPolicy,
    ServerError,
    TransportError,
    UnexpectedResponse,
)
from teleaccounthub.api.files import DOWNLOAD_THREAD_NAME, WRITE_BEHIND_THREAD_NAME, Progress
from teleaccounthub.sandbox import SandboxServer
from tests.api.helpers import names, zip_bytes
from tests.api.scripted_server import Reply, ScriptedServer
from tests.sandbox.helpers import wait_until

OLD = b"the file that was there before"
# Far longer than a stopped download takes to end, far shorter than the scripted answers below
# would take to finish: reaching it means the cancellation did not stop the worker.
LIVENESS = 10.0
WORKER_NAMES = (DOWNLOAD_THREAD_NAME, WRITE_BEHIND_THREAD_NAME)


def download_path(order_id: int) -> str:
    return f"/api/v1/securetd/orders/{order_id}/download"


async def completed_order(client: Client, sandbox: SandboxServer) -> int:
    result = await client.checkout(56, 1)
    sandbox.complete_order(result.order.id)
    return result.order.id


async def test_a_cross_origin_redirect_carries_no_key(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    sandbox.faults.redirect_downloads()
    async with Client(sandbox.url, sandbox.api_key) as client:
        order_id = await completed_order(client, sandbox)
        target = await client.download(order_id, tmp_path / "order.zip")
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
    main = [r for r in sandbox.requests if r.path == download_path(order_id)]
    second = [r for r in sandbox.requests if r.origin == "second"]
    assert main
    assert main[0].headers["authorization"] == f"Bearer {sandbox.api_key}"
    assert second, "the download was not redirected to the second origin"
    assert all("authorization" not in r.headers for r in second)
    assert all(sandbox.api_key not in str(r.headers) + r.path + r.query for r in second)


async def test_a_mid_body_drop_is_retried_from_the_start(
    sandbox: SandboxServer, tmp_path: Path, fast_retry: RetryPolicy
) -> None:
    async with Client(sandbox.url, sandbox.api_key, retry=fast_retry) as client:
        order_id = await completed_order(client, sandbox)
        clean = await client.download(order_id, tmp_path / "clean.zip")
        sandbox.faults.drop(path=download_path(order_id), when="mid_body")
        progress: list[int] = []
        retried = await client.download(
            order_id, tmp_path / "retried.zip", lambda done, _total: progress.append(done)
        )
    assert retried.read_bytes() == clean.read_bytes()
    assert 0 in progress[1:]  # the second attempt started over, at zero
    assert names(tmp_path) == ["clean.zip", "retried.zip"]


async def test_an_interrupted_download_leaves_nothing_behind(
    sandbox: SandboxServer, tmp_path: Path, fast_retry: RetryPolicy
) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    async with Client(sandbox.url, sandbox.api_key, max_retries=2, retry=fast_retry) as client:
        order_id = await completed_order(client, sandbox)
        sandbox.faults.drop(path=download_path(order_id), when="mid_body", times=None)
        started: list[int] = []
        with pytest.raises(TransportError):
            await client.download(order_id, existing, lambda done, _total: started.append(done))
    assert started.count(0) == 3  # three attempts each wrote part of the file
    assert names(tmp_path) == [existing.name]
    assert existing.read_bytes() == OLD


async def test_a_cancelled_download_leaves_nothing_behind(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    part = tmp_path / "order.zip.part"
    async with Client(sandbox.url, sandbox.api_key) as client:
        order_id = await completed_order(client, sandbox)
        sandbox.faults.latency(0.2, path=download_path(order_id))
        part_seen: list[bool] = []

        def on_progress(done: int, total: int | None) -> None:
            part_seen.append(part.exists())
            task.cancel()

        task = asyncio.ensure_future(client.download(order_id, existing, on_progress))
        with pytest.raises(asyncio.CancelledError):
            await task
    assert part_seen == [True]  # cancelled while the part file was being written
    assert names(tmp_path) == [existing.name]
    assert existing.read_bytes() == OLD


async def test_a_server_error_leaves_an_existing_file_alone(
    sandbox: SandboxServer, tmp_path: Path, fast_retry: RetryPolicy
) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    async with Client(sandbox.url, sandbox.api_key, max_retries=1, retry=fast_retry) as client:
        order_id = await completed_order(client, sandbox)
        sandbox.faults.status(500, path=download_path(order_id), times=None)
        with pytest.raises(ServerError):
            await client.download(order_id, existing)
    assert names(tmp_path) == [existing.name]
    assert existing.read_bytes() == OLD


async def test_a_file_that_is_not_a_zip_is_refused(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    scripted.script(download_path(74), Reply(200, b"PK\x03\x04 not really", "application/zip"))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse, match="not a valid ZIP"):
            await client.download(74, existing)
    assert names(tmp_path) == [existing.name]
    assert existing.read_bytes() == OLD


async def test_a_damaged_zip_member_is_refused(scripted: ScriptedServer, tmp_path: Path) -> None:
    data = bytearray(zip_bytes())
    data[40] ^= 0xFF  # inside the first member's data: its CRC no longer matches
    scripted.script(download_path(74), Reply(200, bytes(data), "application/zip"))
    async with Client(scripted.url, "tgsk_k") as client:
        with pytest.raises(UnexpectedResponse, match="not a valid ZIP"):
            await client.download(74, tmp_path / "order.zip")
    assert names(tmp_path) == []


async def test_download_replaces_an_existing_file(scripted: ScriptedServer, tmp_path: Path) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    scripted.script(download_path(74), Reply(200, zip_bytes(), "application/zip"))
    async with Client(scripted.url, "tgsk_k") as client:
        progress: list[tuple[int, int | None]] = []
        await client.download(74, existing, lambda d, t: progress.append((d, t)))
    assert existing.read_bytes() == zip_bytes()
    assert progress[-1] == (len(zip_bytes()), len(zip_bytes()))
    assert names(tmp_path) == [existing.name]


async def test_progress_is_reported_at_most_about_20_times_a_second(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    body = zip_bytes(size=48 * 8 * 1024)  # 48 pieces, 10 ms apart: about half a second
    scripted.script(download_path(74), Reply(200, body, "application/zip", trickle=0.01))
    loop = asyncio.get_running_loop()
    calls: list[tuple[float, int]] = []
    async with Client(scripted.url, "tgsk_k") as client:
        started = loop.time()
        await client.download(
            74, tmp_path / "slow.zip", lambda done, _t: calls.append((loop.time(), done))
        )
        elapsed = loop.time() - started
    assert calls[-1][1] == len(body)
    assert 4 <= len(calls) <= elapsed * 20 + 2  # progress moves, but is throttled
    between = calls[:-1]  # the last report always goes through
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(between)]
    assert min(gaps) >= 0.045


def test_progress_throttle_keeps_first_and_last() -> None:
    now = [0.0]
    seen: list[tuple[int, int | None]] = []
    progress = Progress(lambda d, t: seen.append((d, t)), 1000, clock=lambda: now[0])
    for done in range(0, 1000, 10):
        progress.report(done)
        now[0] += 0.01  # a report every 10 ms: only every fifth gets through
    progress.report(1000, final=True)
    assert seen[0] == (0, 1000)
    assert seen[-1] == (1000, 1000)
    assert 20 <= len(seen) <= 22


async def test_fsync_and_zip_checks_run_off_the_event_loop_thread(
    scripted: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: dict[str, list[threading.Thread]] = {"fsync": [], "zip check": []}
    real_fsync = os.fsync
    real_open = zipfile.ZipFile.open

    def fsync(fd: int) -> None:
        threads["fsync"].append(threading.current_thread())
        real_fsync(fd)

    def open_member(archive: zipfile.ZipFile, *args: Any, **kwargs: Any) -> IO[bytes]:
        threads["zip check"].append(threading.current_thread())
        return real_open(archive, *args, **kwargs)

    scripted.script(download_path(74), Reply(200, zip_bytes(), "application/zip"))
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(zipfile.ZipFile, "open", open_member)
    async with Client(scripted.url, "tgsk_k") as client:
        await client.download(74, tmp_path / "order.zip")
    loop_thread = threading.current_thread()
    assert threads["fsync"]
    assert threads["zip check"]
    assert all(thread is not loop_thread for thread in threads["fsync"] + threads["zip check"])


def download_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name in WORKER_NAMES]


async def all_ended(threads: list[threading.Thread]) -> bool:
    """Waits (off the loop) for ``threads`` to end, at most ``LIVENESS`` seconds each."""
    for thread in threads:
        await asyncio.to_thread(thread.join, LIVENESS)
    return not any(thread.is_alive() for thread in threads)


async def test_a_download_streams_in_a_worker_thread_that_ends_with_it(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    scripted.script(download_path(74), Reply(200, zip_bytes(), "application/zip"))
    seen: list[threading.Thread] = []
    async with Client(scripted.url, "tgsk_k") as client:
        await client.download(
            74, tmp_path / "order.zip", lambda _d, _t: seen.extend(download_threads())
        )
    assert seen
    assert threading.current_thread() not in seen
    assert await all_ended(seen)


async def test_a_download_cancelled_mid_body_stops_its_worker_thread(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    existing = tmp_path / "order.zip"
    existing.write_bytes(OLD)
    body = zip_bytes(size=600 * 8 * 1024)  # 600 pieces, 100 ms apart: a minute
    scripted.script(download_path(74), Reply(200, body, "application/zip", trickle=0.1))
    workers: list[threading.Thread] = []
    async with Client(scripted.url, "tgsk_k") as client:

        def on_progress(done: int, _total: int | None) -> None:
            workers.extend(download_threads())
            task.cancel()

        task = asyncio.ensure_future(client.download(74, existing, on_progress))
        with pytest.raises(asyncio.CancelledError):
            async with asyncio.timeout(LIVENESS):
                await task
    assert {thread.name for thread in workers} == set(WORKER_NAMES)
    assert await all_ended(workers)
    assert names(tmp_path) == [existing.name]
    assert existing.read_bytes() == OLD


async def test_a_download_cancelled_before_the_answer_stops_its_worker_thread(
    scripted: ScriptedServer, tmp_path: Path
) -> None:
    scripted.script(download_path(74), Reply(200, zip_bytes(), "application/zip", delay=60))
    async with Client(scripted.url, "tgsk_k", timeout=60) as client:
        task = asyncio.ensure_future(client.download(74, tmp_path / "order.zip"))
        # the worker waits for the answer
        await asyncio.to_thread(wait_until, lambda: bool(scripted.requests), LIVENESS)
        workers = download_threads()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            async with asyncio.timeout(LIVENESS):
                await task
    assert [thread.name for thread in workers] == [DOWNLOAD_THREAD_NAME]
    assert await all_ended(workers)
    assert names(tmp_path) == []
