"""The details pane follows the selected order: a saved, a missing and a tampered file."""

from __future__ import annotations

import asyncio
import os
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teleaccounthub.local.file_check import FileState
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.tasks import TaskOwner
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from teleaccounthub.ui.orders.order_details import (
    OrderDetailsPane,
    moment_text,
    nothing_selected_text,
    saved_unrecorded_text,
)
from teleaccounthub.ui.orders.zip_entry_model import Column, Role
from tests.insights.records import record as insights_record
from tests.orders.conftest import posts
from tests.orders.test_details_zip import raw_zip
from tests.orders.test_orders_window import orders, ready_to_buy


def buy_and_save(
    qtbot: QtBot, window: MainWindow, folder: Path, quantity: int = 2
) -> tuple[OrdersFeature, OrderRecord]:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    dialog.quantity_spin.setValue(quantity)
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    with qtbot.waitSignal(feature.tracker.order_ready, timeout=5000):
        pass
    record = feature.session.order_book.get(feature.session.account(), placed.args[0].order_id)
    assert record is not None
    folder.mkdir(exist_ok=True)
    with qtbot.waitSignal(feature.downloads.saved, timeout=5000) as saved:
        feature.save_order_to(record, folder / f"order-{record.order_id}.zip")
    return feature, saved.args[0]


def shown(qtbot: QtBot, details: OrderDetailsPane, order_id: int) -> None:
    def listed() -> bool:
        record = details.record()
        return record is not None and record.order_id == order_id and not details.is_busy()

    qtbot.waitUntil(listed, timeout=5000)


def verify(qtbot: QtBot, details: OrderDetailsPane) -> FileState:
    with qtbot.waitSignal(details.verified, timeout=5000) as checked:
        details.verify_button.click()
    return checked.args[0].state


def test_a_saved_order_shows_everything_and_verifies(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    feature, record = buy_and_save(qtbot, window, tmp_path / "zips")
    details = feature.details
    assert details.objectName() == "orderDetails"
    shown(qtbot, details, record.order_id)
    assert details.title.text() == f"Order #{record.order_number}"
    assert details.number_value.text() == record.order_number
    assert details.id_value.text() == str(record.order_id)
    assert details.product_value.text() == "Philippines +63"
    assert details.quantity_value.text() == "2"
    assert details.charged_value.text().startswith("$1.45 (exactly $1.449)")
    history = details.history_value.text().splitlines()
    assert [line.split("  ")[1] for line in history] == ["Processing", "Completed", "Saved"]
    assert details.completed_value.text() != "—"
    # When the app saved the ZIP, as the book recorded it (not the file's modification time).
    assert record.saved_at is not None
    assert details.saved_value.text() == moment_text(record.saved_at)
    assert history[-1] == f"{moment_text(record.saved_at)}  Saved"
    assert details.path_value.text() == record.saved_path
    assert details.size_value.text().endswith(f"({record.file_size:,} bytes)")
    assert details.sha_value.text() == record.sha256
    assert details.save_button.text() == "Save again…"
    assert details.open_button.isEnabled()
    names = [details.entry_model.index(r, Column.NAME).data() for r in range(4)]
    assert names == ["README.txt", "accounts/0001.json", "accounts/0002.json", "padding.bin"]
    assert all(details.entry_model.index(r, 0).data(Role.ENTRY).problems == () for r in range(4))
    ModelTester(None).check(details.entry_model)  # type: ignore[no-untyped-call]
    assert details.items_value.text() == "2 of 2 ordered, in accounts/"
    assert details.items_value.property("role") == ""
    assert verify(qtbot, details) is FileState.SOUND
    assert "same SHA-256" in details.check_value.text()
    details.copy_button.click()
    assert QGuiApplication.clipboard().text() == record.order_number
    assert posts(sandbox) == 1


def test_a_tampered_file_is_reported_as_changed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feature, record = buy_and_save(qtbot, window, tmp_path / "zips")
    details = feature.details
    shown(qtbot, details, record.order_id)
    assert record.saved_path is not None
    path = Path(record.saved_path)
    data = bytearray(path.read_bytes())
    at = data.index(b'"phone"')
    data[at + 1] = ord("P")  # one byte of an account, inside the archive
    path.write_bytes(bytes(data))
    assert verify(qtbot, details) is FileState.CHANGED
    text = details.check_value.text()
    assert "changed since it was saved" in text
    assert "no longer a readable ZIP" in text
    assert details.check_value.property("role") == "warning"


def test_a_missing_file_is_reported_and_its_contents_cannot_be_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feature, record = buy_and_save(qtbot, window, tmp_path / "zips")
    details = feature.details
    shown(qtbot, details, record.order_id)
    assert record.saved_path is not None
    Path(record.saved_path).unlink()
    assert verify(qtbot, details) is FileState.MISSING
    assert (
        details.check_value.text()
        == f"The file is missing: nothing is at {record.saved_path} any more."
    )
    # Shown afresh (selected again), the listing says so too, in words.
    feature.panel.table.clearSelection()
    feature.panel.table.setCurrentIndex(feature.model.index(-1, 0))
    qtbot.waitUntil(lambda: details.record() is None)
    assert details.empty_label.text() == nothing_selected_text()
    assert feature.panel.select_order(record.order_id)
    shown(qtbot, details, record.order_id)
    assert (
        details.items_value.text()
        == "The contents cannot be shown: The file is not there any more."
    )
    assert details.entry_model.rowCount() == 0


def test_a_processing_order_shows_what_is_known_and_nothing_to_verify(
    qtbot: QtBot, window: MainWindow
) -> None:
    feature = orders(window)
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.checkout.order_placed, timeout=5000) as placed:
        dialog.confirm()
    details = feature.details
    qtbot.waitUntil(lambda: details.record() is not None)
    assert details.record().order_id == placed.args[0].order_id  # type: ignore[union-attr]
    assert details.path_value.text() == "Not saved yet"
    assert details.items_value.text() == "1 item ordered"
    assert not details.verify_button.isEnabled()
    assert details.save_button.text() == "Save…"


def test_a_hostile_archive_is_listed_with_its_warnings_and_a_short_count(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    path = raw_zip(
        tmp_path / "hostile.zip", [b"../../evil.sh", b"/etc/cron.d/x", b"accounts/0001.json"]
    )
    record = replace(
        insights_record(74, datetime.now(UTC), "0.7245", quantity=2),
        saved_path=str(path),
        file_size=path.stat().st_size,
        sha256="0" * 64,
    )
    tasks = TaskOwner("details-test")
    pane = OrderDetailsPane(tasks, lambda _record: [])
    qtbot.addWidget(pane)
    pane.show()
    before = sorted(p.name for p in tmp_path.iterdir())
    with qtbot.waitSignal(pane.contents_shown, timeout=5000):
        pane.show_record(record)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert pane.entry_model.rowCount() == 3
    assert not pane.entries.isColumnHidden(Column.PROBLEM)
    assert pane.entry_model.index(0, Column.PROBLEM).data() == (
        "Its path goes up out of the folder (..)"
    )
    text = pane.items_value.text()
    assert "holds 3 item files but 2 were ordered" in text
    assert "2 dangerous names" in text
    assert pane.items_value.property("role") == "warning"
    assert pane.history_value.text() == "—"
    with qtbot.waitSignal(pane.verified, timeout=5000) as checked:
        pane.verify_again()
    assert checked.args[0].state is FileState.CHANGED
    pane.show_record(None)
    assert pane.stack.currentWidget() is pane.empty_label
    done = asyncio.ensure_future(tasks.aclose())
    qtbot.waitUntil(done.done)


def test_saved_is_the_time_the_app_saved_the_zip_not_the_files_modification_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feature, record = buy_and_save(qtbot, window, tmp_path / "zips")
    details = feature.details
    shown(qtbot, details, record.order_id)
    assert record.saved_path is not None
    assert record.saved_at is not None
    saved = moment_text(record.saved_at)
    # Copied back from a backup: the file's time says 2001; the order was saved today.
    os.utime(record.saved_path, (1_000_000_000, 1_000_000_000))
    feature.panel.table.clearSelection()
    feature.panel.table.setCurrentIndex(feature.model.index(-1, 0))
    qtbot.waitUntil(lambda: details.record() is None)
    assert feature.panel.select_order(record.order_id)
    shown(qtbot, details, record.order_id)
    assert details.saved_value.text() == saved
    assert not details.saved_value.text().startswith("2001")

    # Saved again: the pane and the history show the new save, once.
    with qtbot.waitSignal(feature.downloads.saved, timeout=5000) as again:
        feature.save_order_to(record, tmp_path / "zips" / "again.zip")
    second: OrderRecord = again.args[0]
    assert second.saved_at is not None
    assert second.saved_at >= record.saved_at
    qtbot.waitUntil(lambda: details.record() == second, timeout=5000)
    assert details.saved_value.text() == moment_text(second.saved_at)
    lines = details.history_value.text().splitlines()
    assert [line for line in lines if line.endswith("  Saved")] == [
        f"{moment_text(second.saved_at)}  Saved"
    ]


def test_a_zip_saved_by_an_earlier_version_says_its_save_time_is_not_recorded(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    path = raw_zip(tmp_path / "old.zip", [b"accounts/0001.json"])
    placed = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    record = replace(
        insights_record(74, placed, "0.7245"),
        saved_path=str(path),
        file_size=path.stat().st_size,
        sha256="0" * 64,
    )
    assert record.saved_at is None
    tasks = TaskOwner("details-test")
    pane = OrderDetailsPane(tasks, lambda _record: [])
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.contents_shown, timeout=5000):
        pane.show_record(record)
    assert pane.saved_value.text() == saved_unrecorded_text()
    assert pane.history_value.text() == "—"
    # Not saved at all: nothing to say.
    pane.show_record(replace(record, saved_path=None, file_size=None, sha256=None))
    assert pane.saved_value.text() == "—"
    done = asyncio.ensure_future(tasks.aclose())
    qtbot.waitUntil(done.done)


def test_verify_again_keeps_the_focus_in_place_while_it_checks(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    path = raw_zip(tmp_path / "order.zip", [b"accounts/0001.json"])
    record = replace(
        insights_record(74, datetime.now(UTC), "0.7245"),
        saved_path=str(path),
        file_size=path.stat().st_size,
        sha256="0" * 64,
    )
    tasks = TaskOwner("details-test")
    pane = OrderDetailsPane(tasks, lambda _record: [])
    qtbot.addWidget(pane)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    with qtbot.waitSignal(pane.contents_shown, timeout=5000):
        pane.show_record(record)
    pane.verify_button.setFocus()
    assert pane.verify_button.hasFocus()
    with qtbot.waitSignal(pane.verified, timeout=5000):
        pane.verify_again()
        assert not pane.verify_button.isEnabled()
        # Not handed on to the list of files (which would scroll the pane down to it).
        assert QApplication.focusWidget() is pane
    assert pane.verify_button.isEnabled()
    assert pane.verify_button.hasFocus()
    done = asyncio.ensure_future(tasks.aclose())
    qtbot.waitUntil(done.done)
