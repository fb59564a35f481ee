"""Where save dialogs start, and the one "export as CSV" dialog the features share."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from teleaccounthub.i18n import TrContext

WindowFileText = TrContext("WindowFileText")


def downloads_folder() -> Path:
    """The user's Downloads folder, or the home folder where there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def name_dialog_labels(dialog: QFileDialog) -> None:
    """The two labels of Qt's own file dialog that its translation leaves in English ("Look in:",
    "Files of type:"), in the language shown."""
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, WindowFileText.tr("Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, WindowFileText.tr("Files of type:"))


def open_csv_export_dialog(
    parent: QWidget,
    *,
    title: str,
    object_name: str,
    stem: str,
    folder: Path | None,
    chosen: Callable[[Path], object],
) -> QFileDialog:
    """Ask where to write ``<stem>-<today>.csv`` (starting in ``folder``, else Downloads); calls
    ``chosen`` with the path. Opened with ``open()``, never ``exec()``."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    name_dialog_labels(dialog)
    dialog.setNameFilter(WindowFileText.tr("CSV files ({pattern})").format(pattern="*.csv"))
    dialog.setDefaultSuffix("csv")
    dialog.setDirectory(str(folder or downloads_folder()))
    dialog.selectFile(f"{stem}-{datetime.now():%Y-%m-%d}.csv")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()
    return dialog
