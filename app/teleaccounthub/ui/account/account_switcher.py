"""The account switcher beside the balance (``accountSwitcher``) and Ctrl+1 … Ctrl+9.

A tool button that says the account in use; its menu lists the accounts (the entries are the
window's ``switchAccount<N>Action`` actions, so the menu shows their keys) and "Manage accounts…".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from teleaccounthub.services.session import Session
from teleaccounthub.ui.account.texts import AccountText
from teleaccounthub.ui.host import ACCOUNT_SHORTCUTS, switch_action_name
from teleaccounthub.ui.language import is_language_change

# Ctrl+1 … Ctrl+9: as many accounts as have a key of their own.
MAX_SHORTCUTS = ACCOUNT_SHORTCUTS

__all__ = ["MAX_SHORTCUTS", "AccountSwitcher", "no_account_text", "switch_action_name"]


def no_account_text() -> str:
    return AccountText.tr("No account")


class AccountSwitcher(QToolButton):
    """Signals: ``manage_requested()`` for "Manage accounts…"; ``switched(str)`` with what to say
    in the status bar after Ctrl+N (the account now in use, or why not)."""

    manage_requested = Signal()
    switched = Signal(str)

    def __init__(self, session: Session, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self.setObjectName("accountSwitcher")
        # Like the toolbar's buttons, not a Tab stop: Tab walks the panes; Ctrl+1…9 switch.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self._menu.setObjectName("accountMenu")
        self.setMenu(self._menu)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.switch_actions: list[QAction] = []
        for number in range(1, MAX_SHORTCUTS + 1):
            action = QAction(window)
            action.setObjectName(switch_action_name(number))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, n=number: self.switch_to(n))
            window.addAction(action)  # the key works wherever the focus is in the window
            self._group.addAction(action)
            self.switch_actions.append(action)
        self.manage_action = QAction(self)
        self.manage_action.setObjectName("manageAccountsAction")
        self.manage_action.triggered.connect(self.manage_requested)
        session.accounts_changed.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if is_language_change(event):
            self.refresh()

    def switch_to(self, number: int) -> bool:
        """Use the ``number``-th account (1-based, in the list's order)."""
        accounts = self._session.accounts()
        if not 1 <= number <= len(accounts):
            self.switched.emit(
                AccountText.tr("There is no account {number}.").format(number=number)
            )
            self.refresh()
            return False
        account = accounts[number - 1]
        if not self._session.switch_account(account.account_id):
            self.refresh()  # the check mark goes back to the account in use
            return False
        self.switched.emit(AccountText.tr("Using the account “{name}”.").format(name=account.label))
        return True

    def refresh(self) -> None:
        """The menu, the label and the texts (also on a change of language)."""
        self.setAccessibleName(AccountText.tr("Account"))
        self.setToolTip(AccountText.tr("The account in use: click to switch (Ctrl+1 … Ctrl+9)"))
        self._menu.setAccessibleName(AccountText.tr("Accounts"))
        accounts = self._session.accounts()
        active = self._session.active_account()
        self._menu.clear()
        for number, action in enumerate(self.switch_actions, start=1):
            account = accounts[number - 1] if number <= len(accounts) else None
            action.setEnabled(account is not None)
            action.setVisible(account is not None)
            if account is None:
                continue
            # "&&": a label's own "&" is shown, never taken as a mnemonic.
            action.setText(account.label.replace("&", "&&"))
            action.setChecked(active is not None and account.account_id == active.account_id)
            self._menu.addAction(action)
        if accounts:
            self._menu.addSeparator()
        self.manage_action.setText(
            AccountText.tr("&Manage accounts…") if accounts else AccountText.tr("&Add an account…")
        )
        self._menu.addAction(self.manage_action)
        label = active.label if active is not None else no_account_text()
        self.setText(label.replace("&", "&&"))
        self.setAccessibleDescription(AccountText.tr("Account in use: {name}").format(name=label))
