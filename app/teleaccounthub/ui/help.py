"""The Help menu's boxes: the keyboard shortcuts and About (with the version)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from teleaccounthub._version import __version__
from teleaccounthub.api.defaults import LIVE_BASE_URL
from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.actions import shortcut_rows

WindowHelpText = TrContext("WindowHelpText")

# The Telegram bot's buttons, as the bot names them (not translated).
BOT_BUTTONS = "Api Docs → Api Key"


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{keys}</b></td><td>{what}</td></tr>"
        for keys, what in shortcut_rows()
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
    return _box(parent, "shortcutsBox", WindowHelpText.tr("Keyboard shortcuts"), shortcuts_html())


def show_about(parent: QWidget) -> QMessageBox:
    link = f'<a href="{LIVE_BASE_URL}">{LIVE_BASE_URL}</a>'
    html = (
        f"<h3>TeleAccountHub Desktop {__version__}</h3><p>"
        + WindowHelpText.tr(
            "Browse live stock, buy with your wallet balance, follow your orders and save the "
            "finished ZIP files."
        )
        + "</p><p>"
        + WindowHelpText.tr("Your API key is kept in the system keyring, never in a file.")
        + "</p><p>"
        + WindowHelpText.tr("The store and its API: {link}").format(link=link)
        + "<br>"
        + WindowHelpText.tr("Your API key comes from the store's Telegram bot: {buttons}.").format(
            buttons=BOT_BUTTONS
        )
        + "</p>"
    )
    box = _box(parent, "aboutBox", WindowHelpText.tr("About TeleAccountHub"), html)
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    # The link opens in the browser, by mouse or by keyboard (Tab to it, Enter).
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    for label in box.findChildren(QLabel):
        if "<a href" in label.text():
            label.setOpenExternalLinks(True)
    return box
