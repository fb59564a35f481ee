"""Download progress: bytes, percent and speed per running download, Cancel, then "Open folder"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.services.downloads import DownloadProgress, DownloadService
from teleaccounthub.services.formatting import size_text
from teleaccounthub.ui.widgets.retranslating import Retranslating

DownloadText = TrContext("DownloadText")


def percent_text(percent: int) -> str:
    return DownloadText.tr("{percent} %").format(percent=percent)


def progress_text(progress: DownloadProgress) -> str:
    if progress.total:
        parts = [
            DownloadText.tr("{received} of {total}").format(
                received=size_text(progress.received), total=size_text(progress.total)
            )
        ]
    else:
        parts = [size_text(progress.received)]
    if progress.percent is not None:
        parts.append(percent_text(progress.percent))
    if progress.bytes_per_second > 0:
        parts.append(
            DownloadText.tr("{size}/s", "a download's speed").format(
                size=size_text(progress.bytes_per_second)
            )
        )
    return " · ".join(parts)


def open_folder(path: Path) -> bool:
    """Show the folder of ``path`` in the system's file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def reveal_problem(path: Path, opener: Callable[[Path], object]) -> str:
    """Show the folder of ``path`` with ``opener``; what went wrong in words ("" when nothing
    did). An opener that returns False could not start the file manager."""
    folder = path if path.is_dir() else path.parent
    if not folder.is_dir():
        return DownloadText.tr("The folder {folder} no longer exists.").format(folder=folder)
    if opener(path) is False:
        return DownloadText.tr("{folder} could not be opened: no file manager answered.").format(
            folder=folder
        )
    return ""


class DownloadRow(Retranslating, QFrame):
    """One download: title, bar, details, and Cancel (running) or Open folder (saved)."""

    def __init__(
        self,
        record: OrderRecord,
        path: Path,
        *,
        on_cancel: Callable[[], None],
        on_open_folder: Callable[[Path], object],
        on_dismiss: Callable[[], None],
        on_retry: Callable[[Path], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"downloadRow-{record.order_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.order_id = record.order_id
        self.order_number = record.order_number
        self.path = path
        self._on_open_folder = on_open_folder

        self._saved: OrderRecord | None = None
        self._failure: str | None = None
        self.title = QLabel()
        self.title.setToolTip(str(path))
        self.bar = QProgressBar()
        self.bar.setObjectName("downloadProgressBar")
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(True)
        self.detail = QLabel(DownloadText.tr("Starting…"))
        self.detail.setObjectName("downloadDetail")
        self.detail.setWordWrap(True)  # a failure says what happened in a sentence or two
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelDownloadButton")
        self.cancel_button.clicked.connect(on_cancel)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFolderButton")
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.hide()
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryDownloadButton")
        self.retry_button.clicked.connect(lambda: on_retry(self.path))
        self.retry_button.hide()
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("dismissDownloadButton")
        self.dismiss_button.clicked.connect(on_dismiss)
        self.dismiss_button.hide()

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.open_button)
        top.addWidget(self.retry_button)
        top.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self._retranslate()

    def _retranslate(self) -> None:
        self.bar.setAccessibleName(
            DownloadText.tr("Download of order {number}").format(number=self.order_number)
        )
        self.cancel_button.setText(DownloadText.tr("Cancel"))
        self.open_button.setText(DownloadText.tr("Open folder"))
        self.retry_button.setText(DownloadText.tr("Retry"))
        self.retry_button.setToolTip(
            DownloadText.tr("Download this order's ZIP again to the same file")
        )
        self.dismiss_button.setText(DownloadText.tr("Dismiss"))
        if self._saved is not None:
            self.title.setText(
                DownloadText.tr("Order #{number} saved").format(number=self.order_number)
            )
            self.bar.setFormat(DownloadText.tr("Saved", "a download"))
        elif self._failure is not None:
            self.title.setText(
                DownloadText.tr("Order #{number} → {file}: not saved").format(
                    number=self.order_number, file=self.path.name
                )
            )
        else:
            self.title.setText(
                DownloadText.tr("Order #{number} → {file}").format(
                    number=self.order_number, file=self.path.name
                )
            )

    def show_progress(self, progress: DownloadProgress) -> None:
        if progress.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, progress.received * 1000 // progress.total))
            self.bar.setFormat(percent_text(progress.percent or 0))
        self._say(progress_text(progress))

    def show_saved(self, record: OrderRecord) -> None:
        self.path = Path(record.saved_path) if record.saved_path else self.path
        self._saved = record
        self._retranslate()
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.bar.show()
        size = f" ({size_text(record.file_size)})" if record.file_size is not None else ""
        self._say(f"{self.path}{size}")
        self.detail.setToolTip(f"SHA-256 {record.sha256}" if record.sha256 else "")
        self._finish(show_open=True)

    def show_failed(self, message: str) -> None:
        self._failure = message
        self._retranslate()
        # The red sentence says it failed: the bar's room goes to it (a short lower pane).
        self.bar.hide()
        self._say(
            DownloadText.tr(
                "{reason} Nothing was left under {file}. Retry downloads it again."
            ).format(reason=message.rstrip(), file=self.path.name)
        )
        self.detail.setStyleSheet("color: #b3261e;")
        self._finish(show_open=False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_detail()

    def _say(self, text: str) -> None:
        self.detail.setText(text)
        self._fit_detail()

    def _fit_detail(self) -> None:
        """Ask for the height the wrapped sentence needs at this width: the splitters above
        do not ask a word-wrapped label, and a short pane would cut its last line."""
        needed = self.detail.heightForWidth(self.detail.width())
        if needed > 0 and needed != self.detail.minimumHeight():
            self.detail.setMinimumHeight(needed)

    def _open_folder(self) -> None:
        problem = reveal_problem(self.path, self._on_open_folder)
        if problem:
            self._say(problem)

    def _finish(self, *, show_open: bool) -> None:
        self.cancel_button.hide()
        self.open_button.setVisible(show_open)
        self.retry_button.setVisible(not show_open)
        self.dismiss_button.show()


class DownloadProgressPanel(QWidget):
    """The running and finished downloads of a ``DownloadService``, stacked; hidden when empty."""

    def __init__(
        self,
        downloads: DownloadService,
        *,
        open_folder: Callable[[Path], object] = open_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("downloadProgress")
        self._downloads = downloads
        self._open_folder = open_folder
        self._rows: dict[int, DownloadRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        downloads.started.connect(self._on_started)
        downloads.progressed.connect(self._on_progress)
        downloads.saved.connect(self._on_saved)
        downloads.failed.connect(self._on_failed)
        downloads.cancelled.connect(self._on_cancelled)
        self.hide()

    def row(self, order_id: int) -> DownloadRow | None:
        return self._rows.get(order_id)

    def clear_finished(self) -> None:
        """Remove the rows of downloads that are no longer running (e.g. the key changed)."""
        for order_id in [i for i in self._rows if not self._downloads.is_active(i)]:
            self._drop(order_id)

    def _on_started(self, record: OrderRecord, path: Path) -> None:
        self._drop(record.order_id)
        row = DownloadRow(
            record,
            path,
            on_cancel=lambda: self._downloads.cancel(record.order_id),
            on_open_folder=self._open_folder,
            on_dismiss=lambda: self._drop(record.order_id),
            on_retry=lambda target: self._downloads.save_to(record, target),
            parent=self,
        )
        self._rows[record.order_id] = row
        self._layout.addWidget(row)
        self.show()

    def _on_progress(self, progress: DownloadProgress) -> None:
        row = self._rows.get(progress.order_id)
        if row is not None:
            row.show_progress(progress)

    def _on_saved(self, record: OrderRecord) -> None:
        row = self._rows.get(record.order_id)
        if row is not None:
            row.show_saved(record)

    def _on_failed(self, record: OrderRecord, message: str) -> None:
        row = self._rows.get(record.order_id)
        if row is not None and self._downloads.is_active(record.order_id) is False:
            row.show_failed(message)

    def _on_cancelled(self, record: OrderRecord) -> None:
        self._drop(record.order_id)

    def _drop(self, order_id: int) -> None:
        row = self._rows.pop(order_id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self._rows))
