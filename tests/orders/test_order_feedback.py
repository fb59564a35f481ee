"""What the order list says back: a failed download with Retry, Check now, a folder that will
not open."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.downloads import write_problem_text
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature
from tests.orders.conftest import DOWNLOAD_PATHS
from tests.orders.test_orders_window import orders, ready_to_buy


def completed_order(qtbot: QtBot, window: MainWindow, feature: OrdersFeature) -> OrderRecord:
    ready_to_buy(qtbot, window)
    window.buy_action.trigger()
    dialog = feature.checkout_dialog
    assert dialog is not None
    with qtbot.waitSignal(feature.tracker.order_ready, timeout=8000) as ready:
        dialog.confirm()
    record = ready.args[0]
    assert isinstance(record, OrderRecord)
    return record


def test_a_failed_download_wraps_its_text_and_retry_retries(
    qtbot: QtBot, window: MainWindow, sandbox: SandboxServer, tmp_path: Path
) -> None:
    feature = orders(window)
    record = completed_order(qtbot, window, feature)
    target = tmp_path / "order.zip"
    sandbox.faults.drop(path=DOWNLOAD_PATHS, when="mid_body", times=1)
    with qtbot.waitSignal(feature.downloads.failed, timeout=5000):
        assert feature.save_order_to(record, target)
    row = feature.progress.row(record.order_id)
    assert row is not None
    assert row.detail.wordWrap()
    assert "Retry downloads it again." in row.detail.text()
    assert "you can retry" not in row.detail.text()
    # The red sentence says it; the title too, and a "Failed" bar would only take its room.
    assert row.title.text() == f"Order #{record.order_number} → order.zip: not saved"
    assert not row.bar.isVisibleTo(row)
    assert row.retry_button.isVisibleTo(row)
    assert not row.open_button.isVisibleTo(row)
    assert not target.exists()

    with qtbot.waitSignal(feature.downloads.saved, timeout=5000):
        qtbot.mouseClick(row.retry_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    again = feature.progress.row(record.order_id)
    assert again is not None
    assert again.open_button.isVisibleTo(again)
    assert not again.retry_button.isVisibleTo(again)


def test_check_now_and_a_folder_that_will_not_open_say_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    feature = orders(window)
    record = completed_order(qtbot, window, feature)
    assert feature.panel.select_order(record.order_id)
    feature.panel.check_action.trigger()
    assert window.statusBar().currentMessage() == (
        f"Asking the store about order #{record.order_number} now…"
    )

    target = tmp_path / "order.zip"
    with qtbot.waitSignal(feature.downloads.saved, timeout=5000):
        assert feature.save_order_to(record, target)
    feature.reveal = lambda _path: False  # no file manager answers
    row = feature.progress.row(record.order_id)
    assert row is not None
    qtbot.mouseClick(row.open_button, Qt.MouseButton.LeftButton)
    assert "could not be opened" in row.detail.text()
    assert str(tmp_path) in row.detail.text()

    feature.panel.open_folder_action.trigger()
    assert "could not be opened" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (PermissionError(errno.EPERM, "Operation not permitted"), "does not allow writing"),
        (PermissionError(errno.EACCES, "Permission denied"), "does not allow writing"),
        (OSError(errno.EROFS, "Read-only file system"), "does not allow writing"),
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),
    ],
)
def test_a_file_that_cannot_be_written_is_said_in_words(error: OSError, said: str) -> None:
    folder = Path("/home/me/Downloads")
    text = write_problem_text(error, folder / "order.zip")
    assert text.startswith("The file could not be saved")
    assert str(folder) in text
    assert said in text
    assert "Errno" not in text
    assert ".part" not in text
