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
from teleaccounthub.local.watches import ConditionKind, Watch
from teleaccounthub.services.formatting import group_digits, usd_exact_if_needed
from teleaccounthub.ui.watch.watch_input import WatchInput, judge_watch

CONDITIONS = (
    (ConditionKind.BACK_IN_STOCK, "Back in stock"),
    (ConditionKind.PRICE_AT_MOST, "Price at or below"),
    (ConditionKind.STOCK_AT_LEAST, "Stock at least"),
)


class WatchDialog(QDialog):
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
        self.setAccessibleName("Watch a product")
        self.setWindowTitle("Watch product" if current is None else "Change watch")
        self.setModal(True)
        self.setMinimumWidth(460)

        if now is None:
            seen = "Not listed yet since the app started."
        else:
            seen = (
                f"Now: {group_digits(now.total_stock)} in stock at "
                f"{usd_exact_if_needed(now.retail_price_usd)} each."
            )
        heading = QLabel(f"<b>{_escape(product_name)}</b><br>{seen}")
        heading.setObjectName("watchProductLabel")
        heading.setAccessibleName("Product")
        heading.setWordWrap(True)

        self.condition_combo = QComboBox()
        self.condition_combo.setObjectName("watchConditionCombo")
        self.condition_combo.setAccessibleName("Tell me when")
        for kind, text in CONDITIONS:
            self.condition_combo.addItem(text, kind)
        self.threshold_edit = QLineEdit()
        self.threshold_edit.setObjectName("watchThresholdEdit")
        self.threshold_edit.setAccessibleName("Threshold")
        self.threshold_edit.setMaxLength(40)
        self.quantity_edit = QLineEdit()
        self.quantity_edit.setObjectName("watchQuantityEdit")
        self.quantity_edit.setAccessibleName("Quantity to buy")
        self.quantity_edit.setPlaceholderText("Optional: how many to buy when it happens")
        self.quantity_edit.setMaxLength(40)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("watchProblemLabel")
        self.problem_label.setAccessibleName("What to fix")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "error")

        form = QFormLayout()
        form.addRow("Tell me when:", self.condition_combo)
        form.addRow("Threshold:", self.threshold_edit)
        form.addRow("Quantity to buy:", self.quantity_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Enter means Watch (never Cancel, which would otherwise be the first default).
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.watch_button = QPushButton("Watch" if current is None else "Save")
        self.watch_button.setObjectName("watchConfirmButton")
        buttons.addButton(self.watch_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button: QPushButton | None = None
        if current is not None:
            self.stop_button = QPushButton("Stop watching")
            self.stop_button.setObjectName("watchStopButton")
            self.stop_button.setAutoDefault(False)
            self.stop_button.setToolTip("Remove this watch; no more alerts for this product")
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
        self.condition_combo.setCurrentIndex([kind for kind, _ in CONDITIONS].index(condition.kind))
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
            self.threshold_edit.setPlaceholderText("Dollars, e.g. 0.35")
        elif kind is ConditionKind.STOCK_AT_LEAST:
            self.threshold_edit.setPlaceholderText("How many in stock, e.g. 50")
        else:
            self.threshold_edit.setPlaceholderText("No threshold needed")
        self._update()

    def _update(self) -> None:
        judged = self.judged()
        self.problem_label.setText(judged.problem)
        self.problem_label.setVisible(bool(judged.problem))
        self.watch_button.setEnabled(judged.ok)
        self.watch_button.setToolTip(judged.problem)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
