"""The API key dialog (``apiKeyDialog``): paste, test, save to the keyring, remove.

Opened with ``open()`` (never ``exec()``): the event loop keeps running underneath. Test, Save and
Remove run as session tasks; the keyring is only reached through the key store's coroutines,
which work on a worker thread. The key is shown masked unless the customer asks to see it.
"""

from __future__ import annotations

import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import ApiError
from teleaccounthub.services.session import Session

log = logging.getLogger(__name__)

TASK = "api-key-dialog"
WHERE_TO_GET_IT = (
    "Get your key in the store's Telegram bot: <b>Api Docs → Api Key</b>. It starts with "
    "<code>tgsk_</code>."
)


class ApiKeyDialog(QDialog):
    """Signals: ``status_changed(str)`` whenever the inline status line changes."""

    status_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("apiKeyDialog")
        self.setAccessibleName("API key")
        self.setWindowTitle("API key")
        self.setModal(True)
        self.setMinimumWidth(480)

        self.message_label = QLabel()
        self.message_label.setObjectName("apiKeyMessage")
        self.message_label.setAccessibleName("Why the key is needed")
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "warning")
        self.message_label.hide()

        intro = QLabel(WHERE_TO_GET_IT)
        intro.setWordWrap(True)
        intro.setAccessibleName("Where to get the key")

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName("API key")
        self.key_edit.setPlaceholderText("tgsk_…")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._update_buttons)

        self.show_button = QToolButton()
        self.show_button.setObjectName("showKeyButton")
        self.show_button.setAccessibleName("Show the key")
        self.show_button.setText("Show")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_visible)

        key_row = QHBoxLayout()
        key_row.setSpacing(6)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_button)

        self.source_label = QLabel()
        self.source_label.setObjectName("apiKeySource")
        self.source_label.setAccessibleName("Key in use")
        self.source_label.setProperty("role", "muted")
        self.source_label.setWordWrap(True)

        self.status_label = QLabel()
        self.status_label.setObjectName("apiKeyStatus")
        self.status_label.setAccessibleName("Result")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setMinimumHeight(self.fontMetrics().height() * 2)

        self.test_button = QPushButton("&Test")
        self.test_button.setObjectName("testKeyButton")
        self.test_button.setAccessibleName("Test the key")
        self.test_button.setToolTip("Fetch the balance with this key")
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("saveKeyButton")
        self.save_button.setAccessibleName("Save the key")
        self.save_button.setDefault(True)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setObjectName("removeKeyButton")
        self.remove_button.setAccessibleName("Remove the saved key")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("cancelKeyButton")
        self.cancel_button.setAccessibleName("Cancel")
        self.test_button.clicked.connect(self._test)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self.cancel_button.clicked.connect(self.reject)
        # Test and Remove act on the key; Cancel and Save close the dialog, Save rightmost.
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.message_label)
        layout.addWidget(intro)
        layout.addLayout(key_row)
        layout.addWidget(self.source_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        session.key_changed.connect(self._describe_source)
        self._busy = False
        self._describe_source()
        self._update_buttons()

    # -- public ---------------------------------------------------------------------------------

    def set_message(self, text: str) -> None:
        """Why the dialog opened (e.g. the store refused the key); empty hides it."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def status(self) -> str:
        return self.status_label.text()

    def done(self, result: int) -> None:
        self._session.tasks.cancel(TASK)
        self.key_edit.clear()
        self.show_button.setChecked(False)
        super().done(result)

    # -- actions --------------------------------------------------------------------------------

    def _test(self) -> None:
        key = self._typed_key()
        if key:
            self._set_status("Testing the key…")
            self._run(self._test_key(key))

    def _save(self) -> None:
        key = self._typed_key()
        if key:
            self._set_status("Saving…")
            self._run(self._save_key(key))

    def _remove(self) -> None:
        self._set_status("Removing…")
        self._run(self._remove_key())

    async def _test_key(self, key: str) -> None:
        try:
            balance = await self._session.test_key(key)
        except ApiError as error:
            self._set_status(f"✗ {error.message}")
            return
        self._set_status(f"✓ The key works. Balance: {balance.balance_display}")

    async def _save_key(self, key: str) -> None:
        try:
            saved = await self._session.save_key(key)
        except ValueError as error:
            self._set_status(f"✗ {error}")
            return
        if saved.persisted:
            self._set_status(f"✓ {saved.message}")
            self.accept()
            return
        # Kept for this session only: say so here, where the customer is looking.
        self._set_status(f"⚠ {saved.message}")
        self.key_edit.clear()
        self.cancel_button.setText("Close")

    async def _remove_key(self) -> None:
        message = await self._session.remove_key()
        self.key_edit.clear()
        self._set_status(message)

    # -- helpers --------------------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, None]) -> None:
        self._busy = True
        self._update_buttons()
        task = self._session.tasks.start(TASK, coro)
        task.add_done_callback(lambda _: self._finished())

    def _finished(self) -> None:
        if not self._session.tasks.running(TASK):
            self._busy = False
            self._update_buttons()

    def _typed_key(self) -> str:
        return self.key_edit.text().strip()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        self.status_changed.emit(text)

    def _toggle_visible(self, visible: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )
        self.show_button.setText("Hide" if visible else "Show")
        self.show_button.setAccessibleName("Hide the key" if visible else "Show the key")

    def _describe_source(self) -> None:
        self.source_label.setText(self._session.key_source.describe())
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_text = bool(self._typed_key())
        self.test_button.setEnabled(has_text and not self._busy)
        self.save_button.setEnabled(has_text and not self._busy)
        self.remove_button.setEnabled(self._session.has_key() and not self._busy)
