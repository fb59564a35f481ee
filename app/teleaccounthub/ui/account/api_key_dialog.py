"""The accounts dialog (``apiKeyDialog``): the store's accounts, and a key to add.

The list: use (make active), rename (in place, F2), test and remove (after a confirmation) an
account. Below it: a key and a name to add as a new account. In sandbox mode, "Use the demo keys"
brings the demo accounts back.

What "Add" does with a key, so a refused key is never saved:
- it tests the key first, unless the same key has just passed a Test;
- a key the store refused (Test or Add) cannot be added; Add stays off until the key is edited;
- when the store cannot be reached, a confirmation says the key is not tested and adds it only
  when the customer says so.

There is one status line, and each action replaces what it said. Opened with ``open()`` (never
``exec()``), as is every question it asks: the event loop keeps running underneath. Test, Add and
Remove run as session tasks; the keyring is only reached through the key store's coroutines, on a
worker thread. The key is shown masked unless the customer asks to see it.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import ApiError, RateLimited, ServerError, TransportError
from teleaccounthub.api.errors import UnexpectedResponse
from teleaccounthub.local.account import key_fingerprint, key_problem
from teleaccounthub.services.session import KeySaved, KeySource, Session
from teleaccounthub.services.store_money import amount_text
from teleaccounthub.ui.account.account_model import AccountModel, Column, Role
from teleaccounthub.ui.account.texts import AccountText
from teleaccounthub.ui.language import is_language_change

log = logging.getLogger(__name__)

T = TypeVar("T")

TASK = "api-key-dialog"


def where_to_get_it() -> str:
    # The bot's own button names, as the bot shows them.
    return AccountText.tr(
        "Get a key in the store's Telegram bot: {menu}. It starts with {prefix}.",
        "menu: the bot's buttons; prefix: how a key begins",
    ).format(menu="<b>Api Docs → Api Key</b>", prefix="<code>tgsk_</code>")


# Failures that say nothing about the key: the store could not be asked.
UNTESTABLE = (TransportError, ServerError, RateLimited, UnexpectedResponse)


class Verdict(enum.Enum):
    """What the store said about a typed key."""

    PASSED = "passed"
    REFUSED = "refused"
    UNTESTED = "untested"  # the store could not be reached


class ApiKeyDialog(QDialog):
    """Signals: ``status_changed(str)`` whenever the status line changes."""

    status_changed = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._busy = False
        # The store's verdict on the typed key, by fingerprint (the key itself is not kept).
        self._verdicts: dict[str, Verdict] = {}
        self._confirm: QMessageBox | None = None
        self.setObjectName("apiKeyDialog")
        self.setModal(True)
        self.setMinimumWidth(560)

        self.model = AccountModel(session, self)
        self.model.rename_refused.connect(self._rename_refused)
        self.table = QTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        # After the view's own selection model has heard of a reset (it clears the selection).
        self.model.modelReset.connect(self._restore_selection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.IN_USE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.KEPT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.fontMetrics().height() * 6)
        self.table.doubleClicked.connect(lambda _index: self._use_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.use_button = self._button("useAccountButton")
        self.rename_button = self._button("renameAccountButton")
        self.test_account_button = self._button("testAccountButton")
        self.remove_button = self._button("removeKeyButton")
        self.use_button.clicked.connect(self._use_selected)
        self.rename_button.clicked.connect(self._rename_selected)
        self.test_account_button.clicked.connect(self._test_selected)
        self.remove_button.clicked.connect(self._ask_remove)
        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(8)
        for button in (
            self.use_button,
            self.rename_button,
            self.test_account_button,
            self.remove_button,
        ):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)

        self._add_title = QLabel()
        self._intro = QLabel()
        self._intro.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setPlaceholderText("tgsk_…")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._key_edited)
        self.show_button = QToolButton()
        self.show_button.setObjectName("showKeyButton")
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_visible)
        key_row = QHBoxLayout()
        key_row.setSpacing(6)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.show_button)

        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("accountLabelEdit")
        self.label_edit.setMaxLength(60)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self._key_title = QLabel()
        self._key_title.setBuddy(self.key_edit)
        self._name_title = QLabel()
        self._name_title.setBuddy(self.label_edit)
        form.addRow(self._key_title, key_row)
        form.addRow(self._name_title, self.label_edit)

        self.test_button = self._button("testKeyButton")
        self.save_button = self._button("saveKeyButton")
        self.test_button.clicked.connect(self._test)
        self.save_button.clicked.connect(self._add)
        # Enter in either field means "Add account" (when it may be pressed), never Close.
        self.key_edit.returnPressed.connect(self._add_on_enter)
        self.label_edit.returnPressed.connect(self._add_on_enter)
        add_buttons = QHBoxLayout()
        add_buttons.setSpacing(8)
        add_buttons.addStretch(1)
        add_buttons.addWidget(self.test_button)
        add_buttons.addWidget(self.save_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("apiKeyStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setMinimumHeight(self.fontMetrics().height() * 2)

        self.demo_button = self._button("demoKeyButton")
        self.demo_button.clicked.connect(self._use_demo)
        self.demo_button.setVisible(KeySource.SANDBOX in session.builtin_sources())
        self.close_button = self._button("cancelKeyButton")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.demo_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.table)
        layout.addLayout(list_buttons)
        layout.addSpacing(6)
        layout.addWidget(self._add_title)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addLayout(add_buttons)
        layout.addWidget(self.status_label)
        layout.addLayout(bottom)

        self.setTabOrder(self.key_edit, self.show_button)
        self.setTabOrder(self.show_button, self.label_edit)
        self.setTabOrder(self.label_edit, self.test_button)
        self.setTabOrder(self.test_button, self.save_button)
        self.setTabOrder(self.save_button, self.table)
        session.accounts_changed.connect(self._update_buttons)
        self._retranslate()
        self._restore_selection()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if is_language_change(event):
            self._retranslate()

    def _retranslate(self) -> None:
        title = AccountText.tr("Accounts and API keys")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.table.setAccessibleName(AccountText.tr("Accounts"))
        self.model.retranslate()
        for button, text, tip in (
            (self.use_button, AccountText.tr("&Use"), AccountText.tr("Use the selected account")),
            (
                self.rename_button,
                AccountText.tr("Re&name"),
                AccountText.tr("Rename the account"),
            ),
            (
                self.test_account_button,
                AccountText.tr("T&est", "test the selected account's key"),
                AccountText.tr("Fetch the balance with the account's key"),
            ),
            (
                self.remove_button,
                AccountText.tr("&Remove…"),
                AccountText.tr("Remove the selected account"),
            ),
            (
                self.test_button,
                AccountText.tr("&Test key"),
                AccountText.tr("Fetch the balance with it"),
            ),
            (
                self.save_button,
                AccountText.tr("&Add account"),
                AccountText.tr("Test the key, then keep it as an account"),
            ),
            (
                self.demo_button,
                AccountText.tr("Use the &demo keys"),
                AccountText.tr("Bring back the sandbox's demo accounts"),
            ),
            (self.close_button, AccountText.tr("Close"), AccountText.tr("Close")),
        ):
            button.setText(text)
            button.setAccessibleName(tip)
            button.setToolTip(tip)
        adding = AccountText.tr("Add an account")
        self._add_title.setText(f"<b>{adding}</b>")
        self._add_title.setAccessibleName(adding)
        self._intro.setText(where_to_get_it())
        self._intro.setAccessibleName(AccountText.tr("Where to get the key"))
        self.key_edit.setAccessibleName(AccountText.tr("API key"))
        self.label_edit.setAccessibleName(AccountText.tr("Account name"))
        self.label_edit.setPlaceholderText(AccountText.tr("e.g. Team wallet (optional)"))
        self._key_title.setText(AccountText.tr("&Key:"))
        self._name_title.setText(AccountText.tr("N&ame:"))
        self.status_label.setAccessibleName(AccountText.tr("Result"))
        self._toggle_visible(self.show_button.isChecked())
        self._update_buttons()

    # -- public ---------------------------------------------------------------------------------

    @property
    def message_label(self) -> QLabel:
        """Why the dialog opened is said on the one status line."""
        return self.status_label

    def set_message(self, text: str) -> None:
        """Why the dialog opened (e.g. the store refused the key); empty says nothing."""
        if text:
            self._set_status(text, "warning")

    def status(self) -> str:
        return self.status_label.text()

    def confirmation(self) -> QMessageBox | None:
        """The question open over the dialog (remove, add untested), if any."""
        return self._confirm if self._confirm is not None and self._confirm.isVisible() else None

    def selected_account_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(Role.ACCOUNT_ID)) if rows else None

    def select_account(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.setCurrentIndex(self.model.index(row, 0))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # a paste lands in the key field

    def done(self, result: int) -> None:
        self._session.tasks.cancel(TASK)
        if self._confirm is not None:
            self._confirm.close()
            self._confirm = None
        self.key_edit.clear()
        self.label_edit.clear()
        self.show_button.setChecked(False)
        self._verdicts.clear()
        self._set_status("")
        super().done(result)

    # -- the list -------------------------------------------------------------------------------

    def _use_selected(self) -> None:
        account_id = self.selected_account_id()
        if account_id is None:
            return
        if self._session.switch_account(account_id):
            active = self._session.active_account()
            label = active.label if active is not None else ""
            self._set_status(AccountText.tr("✓ “{name}” is in use now.").format(name=label), "ok")
        else:
            self._set_status(
                AccountText.tr(
                    "✗ The key of this account could not be read from the system keyring. "
                    "Remove it and add its key again."
                ),
                "error",
            )

    def _rename_refused(self, why: str) -> None:
        self._set_status(AccountText.tr("✗ {reason}").format(reason=why), "error")

    def _rename_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.setFocus()
            self.table.edit(rows[0].siblingAtColumn(Column.NAME))

    def _test_selected(self) -> None:
        account_id = self.selected_account_id()
        if account_id is not None:
            self._set_status(AccountText.tr("Testing the account's key…"), "")
            self._run(self._test_account(account_id))

    async def _test_account(self, account_id: str) -> None:
        try:
            balance = await self._session.test_account(account_id)
        except ApiError as error:
            self._set_status(
                AccountText.tr("✗ {reason}").format(reason=self._refusal_text(error)), "error"
            )
            return
        self._set_status(
            AccountText.tr("✓ The key works. Balance: {balance}").format(
                balance=amount_text(balance.balance_display, balance.balance_usd)
            ),
            "ok",
        )

    def _ask_remove(self) -> None:
        account_id = self.selected_account_id()
        if account_id is None:
            return
        row = self.model.row_of(account_id)
        box = QMessageBox(self)
        box.setObjectName("removeAccountConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(AccountText.tr("Remove the account?"))
        if row is not None:
            box.setText(
                AccountText.tr("Remove “{name}” and forget its API key?").format(
                    name=self.model.account(row).label
                )
            )
        else:
            box.setText(AccountText.tr("Remove this account and forget its API key?"))
        box.setInformativeText(
            AccountText.tr(
                "Its orders stay on this computer and show again if you add the same key later."
            )
        )
        remove = box.addButton(AccountText.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveButton")
        keep = box.addButton(AccountText.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(button: object) -> None:
            if button is remove:
                self._set_status(AccountText.tr("Removing…"), "")
                self._run(self._remove(account_id))

        self._ask(box, answered)

    async def _remove(self, account_id: str) -> None:
        message = await self._keyring_change(self._session.remove_account(account_id))
        self._set_status(message, "ok")

    def _use_demo(self) -> None:
        label = self._session.restore_builtin()
        if label is not None:
            self._set_status(
                AccountText.tr("✓ Using the demo key (“{name}”).").format(name=label), "ok"
            )

    # -- adding ---------------------------------------------------------------------------------

    def _test(self) -> None:
        key = self._typed_key()
        if key:
            self._set_status(AccountText.tr("Testing the key…"), "")
            self._run(self._test_key(key))

    async def _test_key(self, key: str) -> None:
        verdict, text = await self._judge(key)
        if verdict is Verdict.PASSED:
            self._set_status(
                AccountText.tr("✓ {result} You can add it now.").format(result=text), "ok"
            )
        elif verdict is Verdict.REFUSED:
            self._set_status(
                AccountText.tr("✗ {reason} It cannot be added.").format(reason=text), "error"
            )
        else:
            self._set_status(_untested(text), "warning")

    def _add_on_enter(self) -> None:
        if self.save_button.isEnabled():
            self._add()

    def _add(self) -> None:
        key = self._typed_key()
        if not key or self._verdict(key) is Verdict.REFUSED:
            return
        self._set_status(
            AccountText.tr("Testing the key…")
            if self._verdict(key) is None
            else AccountText.tr("Saving…"),
            "",
        )
        self._run(self._add_key(key, self.label_edit.text()))

    async def _add_key(self, key: str, label: str) -> None:
        if self._verdict(key) is not Verdict.PASSED:
            verdict, text = await self._judge(key)
            if verdict is Verdict.REFUSED:
                self._set_status(
                    AccountText.tr("✗ {reason} It was not added.").format(reason=text), "error"
                )
                return
            if verdict is Verdict.UNTESTED:
                self._set_status(_untested(text), "warning")
                self._ask_add_untested(key, label)
                return
        await self._save(key, label)

    def _ask_add_untested(self, key: str, label: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("addUntestedConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(AccountText.tr("Add the key without testing it?"))
        box.setText(AccountText.tr("The store could not be reached, so this key is not tested."))
        box.setInformativeText(
            AccountText.tr("Add it anyway? If the store refuses it later, the window will say so.")
        )
        add = box.addButton(AccountText.tr("Add untested"), QMessageBox.ButtonRole.AcceptRole)
        add.setObjectName("confirmAddUntestedButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)

        def answered(button: object) -> None:
            if button is add and self._typed_key() == key:
                self._set_status(AccountText.tr("Saving…"), "")
                self._run(self._save(key, label, tested=False))

        self._ask(box, answered)

    async def _save(self, key: str, label: str, *, tested: bool = True) -> None:
        try:
            if label.strip():
                saved = await self._keyring_change(self._session.add_account(label, key))
            else:
                saved = await self._keyring_change(self._session.save_key(key))
        except ValueError as error:
            self._set_status(AccountText.tr("✗ {reason}").format(reason=error), "error")
            return
        self.key_edit.clear()
        self.label_edit.clear()
        self._said_saved(saved, tested)

    def _said_saved(self, saved: KeySaved, tested: bool) -> None:
        if saved.account_id:
            self.select_account(saved.account_id)
        if saved.persisted and tested:
            text = AccountText.tr("✓ {result} It is in use now.")
        elif saved.persisted:
            text = AccountText.tr("✓ {result} It is in use now. It is not tested yet.")
        elif tested:
            text = AccountText.tr("⚠ {result} It is in use now.")
        else:
            text = AccountText.tr("⚠ {result} It is in use now. It is not tested yet.")
        self._set_status(text.format(result=saved.message), "ok" if saved.persisted else "warning")

    async def _judge(self, key: str) -> tuple[Verdict, str]:
        """Ask the store about ``key``: the verdict (remembered for Add) and what to say."""
        problem = key_problem(key)
        if problem is not None:  # not worth asking the store, nor ever adding untested
            self._verdicts[key_fingerprint(key)] = Verdict.REFUSED
            self._update_buttons()
            return Verdict.REFUSED, problem
        try:
            balance = await self._session.test_key(key)
        except UNTESTABLE as error:
            verdict, text = Verdict.UNTESTED, error.message
        except ApiError as error:
            verdict, text = Verdict.REFUSED, self._refusal_text(error)
        else:
            verdict = Verdict.PASSED
            text = AccountText.tr("The key works. Balance: {balance}.").format(
                balance=amount_text(balance.balance_display, balance.balance_usd)
            )
        self._verdicts[key_fingerprint(key)] = verdict
        self._update_buttons()
        return verdict, text

    @staticmethod
    def _refusal_text(error: ApiError) -> str:
        message = error.message.strip().rstrip(".")
        if not message:
            return AccountText.tr("The store refused it.")
        return AccountText.tr("The store refused this key: {reason}.").format(reason=message)

    # -- helpers --------------------------------------------------------------------------------

    def _button(self, name: str) -> QPushButton:
        """A button whose words ``_retranslate`` sets."""
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _ask(self, box: QMessageBox, answered: Callable[[object], None]) -> None:
        if self._confirm is not None:
            self._confirm.close()
        self._confirm = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _result: self._forget_confirm(box))
        box.open()

    def _forget_confirm(self, box: QMessageBox) -> None:
        if self._confirm is box:
            self._confirm = None

    async def _keyring_change(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` as a task of the session, shielded: closing the dialog (which cancels its
        task) must not stop a change of the keyring and the settings half-way."""
        return await asyncio.shield(self._session.tasks.spawn(coro, name="account-change"))

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

    def _verdict(self, key: str) -> Verdict | None:
        return self._verdicts.get(key_fingerprint(key)) if key else None

    def _key_edited(self) -> None:
        # What was said about the key before it was edited no longer applies to it.
        if not self._busy and self.status_label.property("kind") in ("ok", "error"):
            self._set_status("")
        self._update_buttons()

    def _set_status(self, text: str, kind: str = "") -> None:
        """Say ``text`` on the one status line; ``kind`` "ok", "error", "warning" or ""."""
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        self.status_label.setProperty("kind", kind)
        # The theme's "warning" role is the red box: for refusals and unsaved keys alike.
        role = "warning" if kind in ("error", "warning") and text else ""
        if self.status_label.property("role") != role:
            self.status_label.setProperty("role", role)
            self.status_label.style().unpolish(self.status_label)
            self.status_label.style().polish(self.status_label)
        self.status_changed.emit(text)

    def _toggle_visible(self, visible: bool) -> None:
        self.key_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        )
        self.show_button.setText(
            AccountText.tr("Hide", "the typed key")
            if visible
            else AccountText.tr("Show", "the typed key")
        )
        self.show_button.setAccessibleName(
            AccountText.tr("Hide the key") if visible else AccountText.tr("Show the key")
        )

    def _restore_selection(self) -> None:
        wanted = self._session.active_account_id()
        if wanted is not None:
            self.select_account(wanted)
        self._update_buttons()

    def _update_buttons(self) -> None:
        key = self._typed_key()
        verdict = self._verdict(key)
        idle = not self._busy
        self.test_button.setEnabled(bool(key) and idle)
        self.save_button.setEnabled(bool(key) and idle and verdict is not Verdict.REFUSED)
        self.save_button.setToolTip(
            AccountText.tr("The store refused this key: edit it or paste another one")
            if verdict is Verdict.REFUSED
            else AccountText.tr("Test the key, then keep it as an account")
        )
        selected = self.selected_account_id()
        row = self.model.row_of(selected) if selected is not None else None
        account = self.model.account(row) if row is not None else None
        has = account is not None and idle
        self.use_button.setEnabled(
            has
            and account is not None
            and account.has_key
            and account.account_id != self._session.active_account_id()
        )
        self.rename_button.setEnabled(has)
        self.test_account_button.setEnabled(has and account is not None and account.has_key)
        self.remove_button.setEnabled(has)
        self.demo_button.setEnabled(idle and not self._session.builtin_in_use())


def _untested(reason: str) -> str:
    return AccountText.tr("⚠ The key could not be tested: {reason}").format(reason=reason)
