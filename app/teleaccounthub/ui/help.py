"""The Help menu's boxes: the keyboard shortcuts and About (with the version)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from teleaccounthub._version import __version__

#: (keys, what they do) — the single list the Help menu shows.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+F", "Filter the products"),
    ("F5", "Refresh the catalog and the balance"),
    ("Ctrl+B", "Buy the selected product"),
    ("Ctrl+D", "Pin or unpin the selected product"),
    ("Ctrl+S", "Save the selected order's ZIP"),
    ("Ctrl+K", "Set the API key"),
    ("Ctrl+,", "Settings"),
    ("Ctrl+Q", "Quit"),
)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{keys}</b></td><td>{what}</td></tr>"
        for keys, what in SHORTCUTS
    )
    return f"<table>{rows}</table>"


def _box(parent: QWidget, name: str, title: str, html: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(title)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(html)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_shortcuts(parent: QWidget) -> QMessageBox:
    return _box(parent, "shortcutsBox", "Keyboard shortcuts", shortcuts_html())


def show_about(parent: QWidget) -> QMessageBox:
    html = (
        f"<h3>TeleAccountHub Desktop {__version__}</h3>"
        "<p>Browse live stock, buy with your wallet balance, follow your orders and save the "
        "finished ZIP files.</p>"
        "<p>Your API key is kept in the system keyring, never in a file.</p>"
    )
    box = _box(parent, "aboutBox", "About TeleAccountHub", html)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    return box
