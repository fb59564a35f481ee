"""The QApplication: names, icon, style; and the box that shows unexpected errors."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from teleaccounthub._version import __version__
from teleaccounthub.i18n import TrContext
from teleaccounthub.resources import app_icon_png_path
from teleaccounthub.ui.theme import follow_system_scheme

log = logging.getLogger(__name__)

WindowAppText = TrContext("WindowAppText")

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The app icon from ``resources/icons`` (PNG sizes; no SVG plugin needed)."""
    icon = QIcon()
    for size in ICON_SIZES:
        try:
            icon.addFile(str(app_icon_png_path(size)))
        except FileNotFoundError as error:
            log.warning("App icon missing: %s", error)
            break
    return icon


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("TeleAccountHub")
    # No display name: Qt would append it to every window title ("… — Sandbox — TeleAccountHub").
    app.setOrganizationName("TeleAccountHub")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("teleaccounthub")
    app.setWindowIcon(app_icon())
    # Closing the window starts an orderly asynchronous shutdown; Qt must not quit on its own.
    app.setQuitOnLastWindowClosed(False)
    follow_system_scheme(app)
    return app


class ErrorBox:
    """Shows unexpected errors without blocking: one box at a time (later errors are logged)."""

    def __init__(self) -> None:
        self._box: QMessageBox | None = None

    def show(self, summary: str, details: str) -> None:
        if self._box is not None or QApplication.instance() is None:
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setObjectName("unexpectedErrorBox")
        box.setAccessibleName(WindowAppText.tr("Unexpected error"))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(WindowAppText.tr("Unexpected error"))
        box.setText(
            WindowAppText.tr(
                "Something went wrong inside TeleAccountHub. The app keeps running; the details "
                "are in the log file."
            )
        )
        box.setInformativeText(summary)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    def _closed(self) -> None:
        self._box = None
