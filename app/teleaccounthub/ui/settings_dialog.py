"""Settings (Ctrl+,): low-balance threshold, notifications, auto-save folder, refresh interval,
whether closing the window keeps the app running in the tray, and (given the session) the
network: which proxy reaches the store (``ui/network_settings.py``).

Opened with ``open()``; OK writes the values to ``Settings`` (the JSON file in the data dir) and
emits ``applied()``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.local import Settings
from teleaccounthub.services.session import Session
from teleaccounthub.services.watch import (
    CHECK_INTERVAL,
    DEFAULT_CHECK_INTERVAL,
    MAX_CHECK_INTERVAL,
    MIN_CHECK_INTERVAL,
    check_interval,
)
from teleaccounthub.ui.network_settings import NetworkSection
from teleaccounthub.ui.refresh_setting import (
    DEFAULT_REFRESH_INTERVAL,
    MAX_REFRESH_INTERVAL,
    MIN_REFRESH_INTERVAL,
    REFRESH_INTERVAL,
    refresh_interval,
)

__all__ = [
    "DEFAULT_REFRESH_INTERVAL",
    "MAX_REFRESH_INTERVAL",
    "MIN_REFRESH_INTERVAL",
    "REFRESH_INTERVAL",
    "SettingsDialog",
    "refresh_interval",
]


class SettingsDialog(QDialog):
    applied = Signal()

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        tray_available: bool = False,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tray_available = tray_available
        self.setObjectName("settingsDialog")
        self.setAccessibleName("Settings")
        self.setWindowTitle("Settings")
        self.setModal(True)
        self.setMinimumWidth(560)

        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setObjectName("lowBalanceSpin")
        self.threshold_spin.setAccessibleName("Low-balance warning below")
        self.threshold_spin.setPrefix("$")
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setRange(0, 100_000)
        self.threshold_spin.setSingleStep(1)

        self.notifications_check = QCheckBox(
            "Tell me when an order is ready or a watch alert comes in"
        )
        self.notifications_check.setToolTip(
            "A message from the tray (or the status bar). Watch alerts are listed in View → "
            "Watch list and alerts either way."
        )
        self.notifications_check.setObjectName("notificationsCheck")
        self.notifications_check.setAccessibleName("Notifications")

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("autoSaveFolderEdit")
        self.folder_edit.setAccessibleName("Auto-save folder")
        self.folder_edit.setPlaceholderText("Ask where to save each ZIP")
        self.folder_edit.setClearButtonEnabled(True)
        browse = QPushButton("Browse…")
        browse.setObjectName("browseFolderButton")
        browse.setAccessibleName("Choose the auto-save folder")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)

        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("refreshIntervalSpin")
        self.interval_spin.setAccessibleName("Refresh every")
        self.interval_spin.setSuffix(" s")
        self.interval_spin.setRange(MIN_REFRESH_INTERVAL, MAX_REFRESH_INTERVAL)
        self.interval_spin.setSingleStep(15)

        self.watch_interval_spin = QSpinBox()
        self.watch_interval_spin.setObjectName("watchIntervalSpin")
        self.watch_interval_spin.setAccessibleName("Check watched products every")
        self.watch_interval_spin.setSuffix(" s")
        self.watch_interval_spin.setRange(MIN_CHECK_INTERVAL, MAX_CHECK_INTERVAL)
        self.watch_interval_spin.setSingleStep(30)

        self.close_to_tray_check = QCheckBox("Keep running in the tray when I close the window")
        self.close_to_tray_check.setObjectName("closeToTrayCheck")
        self.close_to_tray_check.setAccessibleName("Keep running in the tray")
        self.close_to_tray_check.setEnabled(tray_available)
        self.close_to_tray_note = QLabel(close_to_tray_note(tray_available))
        self.close_to_tray_note.setObjectName("closeToTrayNote")
        self.close_to_tray_note.setAccessibleName("What closing the window does")
        self.close_to_tray_note.setProperty("role", "muted")
        self.close_to_tray_note.setWordWrap(True)
        tray_box = QVBoxLayout()
        tray_box.setSpacing(4)
        tray_box.addWidget(self.close_to_tray_check)
        tray_box.addWidget(self.close_to_tray_note)

        for spin in (self.threshold_spin, self.interval_spin, self.watch_interval_spin):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("$100,000.00") + 40)
        form = QFormLayout()
        form.setSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Warn when the balance is below:", self.threshold_spin)
        form.addRow("Notifications:", self.notifications_check)
        form.addRow("Save finished ZIPs to:", folder_row)
        form.addRow("Refresh stock and balance every:", self.interval_spin)
        form.addRow("Check watched products every:", self.watch_interval_spin)
        form.addRow("Closing the window:", tray_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(14)
        layout.addLayout(form)
        self.network: NetworkSection | None = None
        if session is not None:
            self.network = NetworkSection(session, self)
            self.network.valid_changed.connect(self.ok_button.setEnabled)
            layout.addWidget(self.network)
        layout.addWidget(buttons)

        self._folder_dialog: QFileDialog | None = None
        self.load()

    def load(self) -> None:
        """Show the stored values (again)."""
        settings = self._settings
        self.threshold_spin.setValue(float(settings.low_balance_threshold))
        self.notifications_check.setChecked(settings.notifications_enabled)
        folder = settings.auto_save_folder
        self.folder_edit.setText(str(folder) if folder else "")
        self.interval_spin.setValue(refresh_interval(settings))
        self.watch_interval_spin.setValue(
            check_interval(settings.get(CHECK_INTERVAL, DEFAULT_CHECK_INTERVAL))
        )
        self.close_to_tray_check.setChecked(settings.close_to_tray and self._tray_available)
        if self.network is not None:
            self.network.load()

    def accept(self) -> None:
        if self.network is not None and not self.network.is_valid():
            return  # OK is disabled; Enter in a field must not get past it either
        settings = self._settings
        settings.low_balance_threshold = Decimal(f"{self.threshold_spin.value():.2f}")
        settings.notifications_enabled = self.notifications_check.isChecked()
        folder = self.folder_edit.text().strip()
        settings.auto_save_folder = Path(folder).expanduser() if folder else None
        settings.set(REFRESH_INTERVAL, self.interval_spin.value())
        settings.set(CHECK_INTERVAL, self.watch_interval_spin.value())
        if self._tray_available:  # without a tray the stored choice is kept for when there is one
            settings.close_to_tray = self.close_to_tray_check.isChecked()
        if self.network is not None:
            self.network.stop_test()
            self.network.apply()
        super().accept()
        self.applied.emit()

    def reject(self) -> None:
        if self.network is not None:
            self.network.stop_test()
        super().reject()

    def _browse(self) -> None:
        # open() + a signal, not the static getExistingDirectory(): no nested event loop.
        dialog = self._folder_dialog
        if dialog is None:
            dialog = QFileDialog(self, "Save finished ZIPs to")
            dialog.setObjectName("autoSaveFolderDialog")
            dialog.setAccessibleName("Choose the auto-save folder")
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.fileSelected.connect(self.folder_edit.setText)
            self._folder_dialog = dialog
        if self.folder_edit.text():
            dialog.setDirectory(self.folder_edit.text())
        dialog.open()


def close_to_tray_note(tray_available: bool) -> str:
    if not tray_available:
        return "Your desktop shows no tray icons, so closing the window quits TeleAccountHub."
    return (
        "When this is on, closing the window hides it: orders keep being followed and you are "
        "told when one is ready. Quit from the tray icon's menu or with File → Quit. When it is "
        "off, closing the window quits."
    )
