"""Settings (Ctrl+,): the language, low-balance threshold, notifications, auto-save folder,
refresh interval, whether closing the window keeps the app running in the tray, and (given the
session) the network: which proxy reaches the store (``ui/network_settings.py``).

Opened with ``open()``; OK writes the values to ``Settings`` (the JSON file in the data dir) and
emits ``applied()``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from teleaccounthub.i18n import TrContext
from teleaccounthub.local import Settings
from teleaccounthub.services.formatting import money_affixes
from teleaccounthub.services.session import Session
from teleaccounthub.services.watch import (
    CHECK_INTERVAL,
    DEFAULT_CHECK_INTERVAL,
    MAX_CHECK_INTERVAL,
    MIN_CHECK_INTERVAL,
    check_interval,
)
from teleaccounthub.ui.language import (
    LANGUAGE,
    Language,
    apply_language,
    language_name,
    stored_language,
)
from teleaccounthub.ui.network_settings import NetworkSection
from teleaccounthub.ui.refresh_setting import (
    DEFAULT_REFRESH_INTERVAL,
    MAX_REFRESH_INTERVAL,
    MIN_REFRESH_INTERVAL,
    REFRESH_INTERVAL,
    refresh_interval,
)
from teleaccounthub.ui.widgets.retranslating import Retranslating

SettingsText = TrContext("SettingsText")

__all__ = [
    "DEFAULT_REFRESH_INTERVAL",
    "MAX_REFRESH_INTERVAL",
    "MIN_REFRESH_INTERVAL",
    "REFRESH_INTERVAL",
    "SettingsDialog",
    "refresh_interval",
]


class SettingsDialog(Retranslating, QDialog):
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
        self.setModal(True)
        self.setMinimumWidth(560)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        for language in (Language.SYSTEM, Language.ENGLISH, Language.RUSSIAN):
            self.language_combo.addItem("", language.value)
        self.language_note = QLabel()
        self.language_note.setObjectName("languageNote")
        self.language_note.setProperty("role", "muted")
        self.language_note.setWordWrap(True)
        language_box = QVBoxLayout()
        language_box.setSpacing(4)
        language_box.addWidget(self.language_combo)
        language_box.addWidget(self.language_note)

        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setObjectName("lowBalanceSpin")
        self.threshold_spin.setDecimals(2)
        self.threshold_spin.setRange(0, 100_000)
        self.threshold_spin.setSingleStep(1)

        self.notifications_check = QCheckBox()
        self.notifications_check.setObjectName("notificationsCheck")

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("autoSaveFolderEdit")
        self.folder_edit.setClearButtonEnabled(True)
        self._browse_button = QPushButton()
        self._browse_button.setObjectName("browseFolderButton")
        self._browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self._browse_button)

        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("refreshIntervalSpin")
        self.interval_spin.setRange(MIN_REFRESH_INTERVAL, MAX_REFRESH_INTERVAL)
        self.interval_spin.setSingleStep(15)

        self.watch_interval_spin = QSpinBox()
        self.watch_interval_spin.setObjectName("watchIntervalSpin")
        self.watch_interval_spin.setRange(MIN_CHECK_INTERVAL, MAX_CHECK_INTERVAL)
        self.watch_interval_spin.setSingleStep(30)

        self.close_to_tray_check = QCheckBox()
        self.close_to_tray_check.setObjectName("closeToTrayCheck")
        self.close_to_tray_check.setEnabled(tray_available)
        self.close_to_tray_note = QLabel()
        self.close_to_tray_note.setObjectName("closeToTrayNote")
        self.close_to_tray_note.setProperty("role", "muted")
        self.close_to_tray_note.setWordWrap(True)
        tray_box = QVBoxLayout()
        tray_box.setSpacing(4)
        tray_box.addWidget(self.close_to_tray_check)
        tray_box.addWidget(self.close_to_tray_note)

        for spin in (self.threshold_spin, self.interval_spin, self.watch_interval_spin):
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("$100,000.00") + 40)
        self._form = QFormLayout()
        self._form.setSpacing(10)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in (
            language_box,
            self.threshold_spin,
            self.notifications_check,
            folder_row,
            self.interval_spin,
            self.watch_interval_spin,
            tray_box,
        ):
            self._form.addRow(QLabel(), field)  # the label's text comes with _retranslate

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(14)
        layout.addLayout(self._form)
        self.network: NetworkSection | None = None
        if session is not None:
            self.network = NetworkSection(session, self)
            self.network.valid_changed.connect(self.ok_button.setEnabled)
            layout.addWidget(self.network)
        layout.addWidget(buttons)

        self._folder_dialog: QFileDialog | None = None
        self._retranslate()
        self.load()

    def _retranslate(self) -> None:
        self.setAccessibleName(SettingsText.tr("Settings"))
        self.setWindowTitle(SettingsText.tr("Settings"))
        for index in range(self.language_combo.count()):
            language = Language(self.language_combo.itemData(index))
            self.language_combo.setItemText(index, language_name(language))
        self.language_combo.setAccessibleName(SettingsText.tr("Language"))
        self.language_combo.view().setAccessibleName(SettingsText.tr("Languages"))
        self.language_note.setAccessibleName(SettingsText.tr("When the language changes"))
        self.language_note.setText(
            SettingsText.tr(
                "Menus, buttons and tables change at once; a message already on screen changes "
                "when it next updates."
            )
        )
        self.threshold_spin.setAccessibleName(SettingsText.tr("Low-balance warning below"))
        before, after = money_affixes()  # "$5.00" or "5,00 $"
        self.threshold_spin.setPrefix(before)
        self.threshold_spin.setSuffix(after)
        self.notifications_check.setText(
            SettingsText.tr("Tell me when an order is ready or a watch alert comes in")
        )
        self.notifications_check.setToolTip(
            SettingsText.tr(
                "A message from the tray (or the status bar). Watch alerts are listed in View → "
                "Watch list and alerts either way."
            )
        )
        self.notifications_check.setAccessibleName(SettingsText.tr("Notifications"))
        self.folder_edit.setAccessibleName(SettingsText.tr("Auto-save folder"))
        self.folder_edit.setPlaceholderText(SettingsText.tr("Ask where to save each ZIP"))
        self._browse_button.setText(SettingsText.tr("Browse…"))
        self._browse_button.setAccessibleName(SettingsText.tr("Choose the auto-save folder"))
        seconds = SettingsText.tr(" s", "seconds, after a number")
        self.interval_spin.setSuffix(seconds)
        self.interval_spin.setAccessibleName(SettingsText.tr("Refresh every"))
        self.watch_interval_spin.setSuffix(seconds)
        self.watch_interval_spin.setAccessibleName(SettingsText.tr("Check watched products every"))
        self.close_to_tray_check.setText(
            SettingsText.tr("Keep running in the tray when I close the window")
        )
        self.close_to_tray_check.setAccessibleName(SettingsText.tr("Keep running in the tray"))
        self.close_to_tray_note.setText(close_to_tray_note(self._tray_available))
        self.close_to_tray_note.setAccessibleName(SettingsText.tr("What closing the window does"))
        labels = (
            SettingsText.tr("Language:"),
            SettingsText.tr("Warn when the balance is below:"),
            SettingsText.tr("Notifications:"),
            SettingsText.tr("Save finished ZIPs to:"),
            SettingsText.tr("Refresh stock and balance every:"),
            SettingsText.tr("Check watched products every:"),
            SettingsText.tr("Closing the window:"),
        )
        for row, text in enumerate(labels):
            label = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = label.widget() if label is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)

    def load(self) -> None:
        """Show the stored values (again)."""
        settings = self._settings
        index = self.language_combo.findData(stored_language(settings).value)
        self.language_combo.setCurrentIndex(max(0, index))
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
        language = Language(self.language_combo.currentData())
        language_changed = language is not stored_language(settings)
        settings.set(LANGUAGE, language.value)
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
        if language_changed:
            apply_language(language)
        self.applied.emit()

    def reject(self) -> None:
        if self.network is not None:
            self.network.stop_test()
        super().reject()

    def _browse(self) -> None:
        # open() + a signal, not the static getExistingDirectory(): no nested event loop.
        dialog = self._folder_dialog
        if dialog is None:
            dialog = QFileDialog(self, SettingsText.tr("Save finished ZIPs to"))
            dialog.setObjectName("autoSaveFolderDialog")
            dialog.setAccessibleName(SettingsText.tr("Choose the auto-save folder"))
            dialog.setFileMode(QFileDialog.FileMode.Directory)
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
            dialog.fileSelected.connect(self.folder_edit.setText)
            self._folder_dialog = dialog
        if self.folder_edit.text():
            dialog.setDirectory(self.folder_edit.text())
        dialog.open()


def close_to_tray_note(tray_available: bool) -> str:
    if not tray_available:
        return SettingsText.tr(
            "Your desktop shows no tray icons, so closing the window quits TeleAccountHub."
        )
    return SettingsText.tr(
        "When this is on, closing the window hides it: orders keep being followed and you are "
        "told when one is ready. Quit from the tray icon's menu or with File → Quit. When it is "
        "off, closing the window quits."
    )
