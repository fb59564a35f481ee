"""Saving ZIPs: recorded with size and hash, nothing left behind on failure or cancel, retryable."""

from __future__ import annotations

import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.downloads import DownloadProgress, unique_path
from tests.orders.conftest import DOWNLOAD_PATHS, Rig, RigFactory, run

ASIA = 1
PHILIPPINES = 56


def save_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "saved"
    folder.mkdir(exist_ok=True)
    return folder


def completed_order(qtbot: QtBot, rig: Rig) -> OrderRecord:
    result = run(qtbot, rig.client.checkout(PHILIPPINES, 1, category_id=ASIA))
    rig.book.record_checkout(rig.account, result, category_id=ASIA)
    rig.sandbox.complete_order(result.order.id)
    order = run(qtbot, rig.client.order(result.order.id))
    return rig.book.update_from_server(rig.account, order)


def test_saved_zip_is_recorded_with_path_size_and_hash(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    record = completed_order(qtbot, rig)
    target = tmp_path / "out" / "mine.zip"
    target.parent.mkdir()
    progress: list[DownloadProgress] = []
    rig.downloads.progressed.connect(progress.append)
    with qtbot.waitSignal(rig.downloads.saved, timeout=5000) as saved:
        assert rig.downloads.save_to(record, target)
    stored: OrderRecord = saved.args[0]
    assert zipfile.is_zipfile(target)
    assert stored.saved_path == str(target)
    assert stored.file_size == target.stat().st_size
    assert stored.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert rig.book.get(rig.account, record.order_id) == stored
    assert progress[-1].received == progress[-1].total == target.stat().st_size
    assert progress[-1].percent == 100
    assert sorted(p.name for p in target.parent.iterdir()) == ["mine.zip"]


def test_interrupted_download_leaves_nothing_and_can_be_retried(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    record = completed_order(qtbot, rig)
    folder = save_folder(tmp_path)
    target = folder / "order.zip"
    rig.sandbox.faults.drop(path=DOWNLOAD_PATHS, when="mid_body", times=None)
    with qtbot.waitSignal(rig.downloads.failed, timeout=10_000) as failed:
        rig.downloads.save_to(record, target)
    assert "download failed" in failed.args[1]
    assert list(folder.iterdir()) == []
    not_saved = rig.book.get(rig.account, record.order_id)
    assert not_saved is not None
    assert not not_saved.is_saved
    assert not rig.downloads.is_active(record.order_id)

    rig.sandbox.faults.clear()
    with qtbot.waitSignal(rig.downloads.saved, timeout=5000):
        assert rig.downloads.save_to(record, target)
    assert zipfile.is_zipfile(target)
    assert [p.name for p in folder.iterdir()] == ["order.zip"]


def test_cancelled_download_leaves_nothing_and_can_be_retried(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    record = completed_order(qtbot, rig)
    folder = save_folder(tmp_path)
    target = folder / "order.zip"
    rig.sandbox.faults.latency(30.0, path=DOWNLOAD_PATHS)
    with qtbot.waitSignal(rig.downloads.started, timeout=5000):
        rig.downloads.save_to(record, target)
    assert not rig.downloads.save_to(record, target)  # one download per order at a time
    with qtbot.waitSignal(rig.downloads.cancelled, timeout=5000):
        rig.downloads.cancel(record.order_id)
    assert list(folder.iterdir()) == []
    rig.sandbox.faults.clear()
    with qtbot.waitSignal(rig.downloads.saved, timeout=5000):
        assert rig.downloads.save_to(record, target)
    assert zipfile.is_zipfile(target)


def test_orders_that_cannot_be_saved_are_refused(
    qtbot: QtBot, rig_factory: RigFactory, tmp_path: Path
) -> None:
    rig = rig_factory()
    folder = save_folder(tmp_path)
    result = run(qtbot, rig.client.checkout(PHILIPPINES, 1, category_id=ASIA))
    processing = rig.book.record_checkout(rig.account, result)
    with qtbot.waitSignal(rig.downloads.failed) as failed:
        assert not rig.downloads.save_to(processing, folder / "x.zip")
    assert "not ready yet" in failed.args[1]

    other = rig_factory(rig.sandbox.add_key(Decimal("5")))
    theirs = completed_order(qtbot, other)
    with qtbot.waitSignal(rig.downloads.failed) as failed:
        assert not rig.downloads.save_to(theirs, folder / "y.zip")
    assert "another account" in failed.args[1]
    assert list(folder.iterdir()) == []


def test_auto_save_never_overwrites_a_different_file(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    record = completed_order(qtbot, rig)
    folder = tmp_path / "auto"
    folder.mkdir()
    existing = folder / f"order-{record.order_id}.zip"
    existing.write_bytes(b"somebody else's file")
    with qtbot.waitSignal(rig.downloads.saved, timeout=5000) as saved:
        path = rig.downloads.auto_save(record, folder)
    assert path == folder / f"order-{record.order_id} (2).zip"
    assert saved.args[0].saved_path == str(path)
    assert existing.read_bytes() == b"somebody else's file"
    assert zipfile.is_zipfile(path)
    # Already saved: the next "ready" (e.g. after a restart) does not save it again.
    assert rig.downloads.auto_save(saved.args[0], folder) is None


def test_unique_path_skips_taken_names(tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_bytes(b"1")
    (tmp_path / "a (2).zip.part").write_bytes(b"")
    taken = frozenset({tmp_path / "a (3).zip"})
    assert unique_path(tmp_path, "a.zip", taken) == tmp_path / "a (4).zip"
    assert unique_path(tmp_path, "b.zip") == tmp_path / "b.zip"
