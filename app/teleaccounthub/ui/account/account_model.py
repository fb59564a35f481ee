"""The accounts list of the accounts dialog: one row per account of the store (never its key).

The name is edited in place (Rename); an edit that leaves no name is refused, and
``rename_refused`` says why.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from teleaccounthub.services.session import Account, Session
from teleaccounthub.ui.account.texts import AccountText

# The accounts feature's words (the dialog, the switcher, the balance label share it).

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    IN_USE = 1
    KEPT = 2


class Role(enum.IntEnum):
    ACCOUNT_ID = int(Qt.ItemDataRole.UserRole) + 1  # the row's account id
    ACTIVE = int(Qt.ItemDataRole.UserRole) + 2  # True for the account in use


def header_text(column: Column) -> str:
    if column is Column.NAME:
        return AccountText.tr("Account")
    if column is Column.IN_USE:
        return AccountText.tr("In use")
    return AccountText.tr("Key kept", "the column saying where the API key is kept")


def in_use_text() -> str:
    return AccountText.tr("✓ In use")


def unreadable_text() -> str:
    return AccountText.tr("Key could not be read from the keyring")


class AccountModel(QAbstractTableModel):
    """Follows ``session.accounts_changed``. Signal: ``rename_refused(str)`` (why, for people)."""

    rename_refused = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._accounts: tuple[Account, ...] = session.accounts()
        self._active = session.active_account_id()
        session.accounts_changed.connect(self.reload)

    def reload(self) -> None:
        self.beginResetModel()
        self._accounts = self._session.accounts()
        self._active = self._session.active_account_id()
        self.endResetModel()

    def retranslate(self) -> None:
        """The headers and the cells' own words in the language now shown."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._accounts:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._accounts) - 1, len(Column) - 1)
            )

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, account_id: str) -> int | None:
        for row, account in enumerate(self._accounts):
            if account.account_id == account_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return header_text(Column(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        active = account.account_id == self._active
        column = Column(index.column())
        if role == Role.ACCOUNT_ID:
            return account.account_id
        if role == Role.ACTIVE:
            return active
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Column.NAME:
                return account.label
            if column is Column.IN_USE:
                return in_use_text() if active else ""
            return account.source.describe() if account.has_key else unreadable_text()
        if role == Qt.ItemDataRole.FontRole and active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return AccountText.tr("Double-click to use this account; F2 to rename it")
        return None

    def setData(  # noqa: N802
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != Column.NAME or role != Qt.ItemDataRole.EditRole:
            return False
        account = self._accounts[index.row()]
        try:
            self._session.rename_account(account.account_id, str(value))
        except ValueError as error:
            self.rename_refused.emit(str(error))
            return False
        except OSError as error:
            self.rename_refused.emit(
                AccountText.tr("The new name could not be saved: {reason}").format(reason=error)
            )
            return False
        return True
