"""The watch dialog: what to wait for on one product, and how many to buy when it happens.

Opened with ``open()``; the Watch button is enabled only while the fields are usable, and says
why not beneath them. ``watch_chosen(Condition, quantity)`` is emitted on Watch (quantity None:
the checkout dialog's default). A product already watched opens with its watch filled in, a Save
button and "Stop watching" (``stop_chosen()``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teleaccounthub.api import Product
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.watches import ConditionKind, Watch
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.ui.watch.watch_input import WatchInput, judge_watch
from teleaccounthub.ui.widgets.retranslating import Retranslating

WatchText = TrContext("WatchText")

CONDITIONS = (
    ConditionKind.BACK_IN_STOCK,
    ConditionKind.PRICE_AT_MOST,
    ConditionKind.STOCK_AT_LEAST,
)


def condition_choice(kind: ConditionKind) -> str:
    """How a condition reads in the dialog's list."""
    if kind is ConditionKind.PRICE_AT_MOST:
        return WatchText.tr("Price at or below")
    if kind is ConditionKind.STOCK_AT_LEAST:
        return WatchText.tr("Stock at least")
    return WatchText.tr("Back in stock")


class WatchDialog(Retranslating, QDialog):
    watch_chosen = Signal(object, object)
    stop_chosen = Signal()

    def __init__(
        self,
        product_name: str,
        now: Product | None,
        current: Watch | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``now``: the product as last listed (None: not listed yet this session)."""
        super().__init__(parent)
        self.setObjectName("watchDialog")
        self.setModal(True)
        self.setMinimumWidth(460)
        self._product_name = product_name
        self._now = now
        self._current = current

        self.heading = QLabel()
        heading = self.heading
        heading.setObjectName("watchProductLabel")
        heading.setWordWrap(True)

        self.condition_combo = QComboBox()
        self.condition_combo.setObjectName("watchConditionCombo")
        for kind in CONDITIONS:
            self.condition_combo.addItem("", kind)
        self.threshold_edit = QLineEdit()
        self.threshold_edit.setObjectName("watchThresholdEdit")
        self.threshold_edit.setMaxLength(40)
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setObjectName("watchQuantityEdit")
        self.quantity_edit.setMaxLength(40)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("watchProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "error")

        form = QFormLayout()
        self._condition_label = QLabel()
        self._threshold_label = QLabel()
        self._quantity_label = QLabel()
        form.addRow(self._condition_label, self.condition_combo)
        form.addRow(self._threshold_label, self.threshold_edit)
        form.addRow(self._quantity_label, self.quantity_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Enter means Watch (never Cancel, which would otherwise be the first default).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.watch_button = QPushButton()
        self.watch_button.setObjectName("watchConfirmButton")
        buttons.addButton(self.watch_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button: QPushButton | None = None
        if current is not None:
            self.stop_button = QPushButton()
            self.stop_button.setObjectName("watchStopButton")
            self.stop_button.setAutoDefault(False)
            buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.stop_button.clicked.connect(self.stop)
        self.watch_button.setDefault(True)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

        if current is not None:
            self._show_watch(current)
        self.condition_combo.currentIndexChanged.connect(self._kind_changed)
        self.threshold_edit.textChanged.connect(self._update)
        self.quantity_edit.textChanged.connect(self._update)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(WatchText.tr("Watch a product"))
        if self._current is None:
            self.setWindowTitle(WatchText.tr("Watch product"))
            self.watch_button.setText(WatchText.tr("Watch", "a button: start watching"))
        else:
            self.setWindowTitle(WatchText.tr("Change watch"))
            self.watch_button.setText(WatchText.tr("Save"))
        now = self._now
        if now is None:
            seen = WatchText.tr("Not listed yet since the app started.")
        else:
            seen = WatchText.tr("Now: {stock} in stock at {price} each.").format(
                stock=group_digits(now.total_stock),
                price=usd_exact_if_needed(now.retail_price_usd),
            )
        self.heading.setText(f"<b>{_escape(self._product_name)}</b><br>{_escape(seen)}")
        self.heading.setAccessibleName(WatchText.tr("Product"))
        for index in range(self.condition_combo.count()):
            kind = self.condition_combo.itemData(index)
            self.condition_combo.setItemText(index, condition_choice(kind))
        self.condition_combo.setAccessibleName(WatchText.tr("Tell me when"))
        self.threshold_edit.setAccessibleName(WatchText.tr("Threshold"))
        self.quantity_edit.setAccessibleName(WatchText.tr("Quantity to buy"))
        self.quantity_edit.setPlaceholderText(
            WatchText.tr("Optional: how many to buy when it happens")
        )
        self.problem_label.setAccessibleName(WatchText.tr("What to fix"))
        self._condition_label.setText(WatchText.tr("Tell me when:"))
        self._threshold_label.setText(WatchText.tr("Threshold:"))
        self._quantity_label.setText(WatchText.tr("Quantity to buy:"))
        if self.stop_button is not None:
            self.stop_button.setText(WatchText.tr("Stop watching"))
            self.stop_button.setToolTip(
                WatchText.tr("Remove this watch; no more alerts for this product")
            )
        self._kind_changed()

    def kind(self) -> ConditionKind:
        kind = self.condition_combo.currentData()
        assert isinstance(kind, ConditionKind)
        return kind

    def judged(self) -> WatchInput:
        return judge_watch(self.kind(), self.threshold_edit.text(), self.quantity_edit.text())

    def confirm(self) -> None:
        """Watch as the fields say, if they are usable (Enter on a bad field does nothing)."""
        judged = self.judged()
        if not judged.ok:
            self._update()
            return
        self.watch_chosen.emit(judged.condition, judged.quantity)
        self.accept()

    def stop(self) -> None:
        """Stop watching the product (the dialog closes)."""
        self.stop_chosen.emit()
        self.accept()

    def _show_watch(self, watch: Watch) -> None:
        condition = watch.condition
        self.condition_combo.setCurrentIndex(CONDITIONS.index(condition.kind))
        if condition.price is not None:
            self.threshold_edit.setText(str(condition.price))
        if condition.stock is not None:
            self.threshold_edit.setText(str(condition.stock))
        if watch.quantity is not None:
            self.quantity_edit.setText(str(watch.quantity))

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.threshold_edit.setEnabled(kind is not ConditionKind.BACK_IN_STOCK)
        if kind is ConditionKind.PRICE_AT_MOST:
            self.threshold_edit.setPlaceholderText(WatchText.tr("Dollars, e.g. 0.35"))
        elif kind is ConditionKind.STOCK_AT_LEAST:
            self.threshold_edit.setPlaceholderText(WatchText.tr("How many in stock, e.g. 50"))
        else:
            self.threshold_edit.setPlaceholderText(WatchText.tr("No threshold needed"))
        self._update()

    def _update(self) -> None:
        judged = self.judged()
        self.problem_label.setText(judged.problem)
        self.problem_label.setVisible(bool(judged.problem))
        self.watch_button.setEnabled(judged.ok)
        self.watch_button.setToolTip(judged.problem)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
