"""A non-modal strip at the top of the window: what went wrong, and the one action that helps.

One message at a time (the newest wins), never a dialog storm. A countdown message (429) counts
down in whole seconds, then runs its action by itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton

from teleaccounthub.i18n import TrContext
from teleaccounthub.ui.widgets.retranslating import Retranslating

WindowBannerText = TrContext("WindowBannerText")

KINDS = ("error", "warning", "info")


class Banner(Retranslating, QFrame):
    """``show_message(text, kind, action_text, action)`` / ``show_countdown(...)`` / ``clear()``.

    ``changed()`` is emitted whenever the text, the button or the visibility changes.
    """

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setProperty("kind", "error")
        self._action: Callable[[], None] | None = None
        self._template = ""
        self._remaining = 0
        self._topic = ""
        self._zero_text: str | None = None

        self.label = QLabel()
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton()
        self.button.setObjectName("bannerAction")
        self.button.clicked.connect(self._run_action)
        self.close_button = QToolButton()
        self.close_button.setObjectName("bannerClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.setSpacing(10)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        """The banner's own words; the message shown is the caller's, said again when it next
        changes."""
        self.setAccessibleName(WindowBannerText.tr("Message"))
        self.label.setAccessibleName(WindowBannerText.tr("Message text"))
        self.button.setAccessibleName(WindowBannerText.tr("Message action"))
        self.close_button.setToolTip(WindowBannerText.tr("Dismiss"))
        self.close_button.setAccessibleName(WindowBannerText.tr("Dismiss message"))

    @property
    def topic(self) -> str:
        """What the shown message is about ("catalog", "balance", "key", ...); "" when hidden."""
        return "" if self.isHidden() else self._topic

    def show_message(
        self,
        text: str,
        *,
        kind: str = "error",
        topic: str = "",
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        self._timer.stop()
        self._template = ""
        self._zero_text = None
        self._set(text, kind, topic, action_text, action)
        self.button.setEnabled(True)
        self.changed.emit()

    def show_countdown(
        self,
        template: str,
        seconds: float,
        *,
        topic: str = "",
        action_text: str | None = None,
        action: Callable[[], None],
        zero_text: str | None = None,
        kind: str = "warning",
    ) -> None:
        """``template`` holds ``{seconds}``; when it reaches 0 ``action`` runs by itself — or,
        with ``zero_text`` (something else tries then), that text shows and the button stays.
        ``action_text`` None: "Retry now"."""
        if action_text is None:
            action_text = WindowBannerText.tr("Retry now")
        self._template = template
        self._zero_text = zero_text
        self._remaining = max(1, math.ceil(seconds))
        self._set(self._countdown_text(), kind, topic, action_text, action)
        self._timer.start()
        self.changed.emit()

    def seconds_left(self) -> int:
        return self._remaining if self._timer.isActive() else 0

    def clear(self, topic: str | None = None) -> None:
        """Hide the banner (only if it shows ``topic``, when one is given)."""
        if topic is not None and self._topic != topic:
            return
        self._timer.stop()
        self._action = None
        self._topic = ""
        if not self.isHidden():
            self.hide()
            self.changed.emit()

    def _set(
        self,
        text: str,
        kind: str,
        topic: str,
        action_text: str,
        action: Callable[[], None] | None,
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
        self._topic = topic
        self._action = action
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.button.setText(action_text)
        self.button.setVisible(bool(action_text) and action is not None)
        if self.property("kind") != kind:
            self.setProperty("kind", kind)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.label, self.button):
                self.style().unpolish(child)
                self.style().polish(child)
        self.show()

    def _countdown_text(self) -> str:
        return self._template.format(seconds=self._remaining)

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self.label.setText(self._countdown_text())
            self.changed.emit()
            return
        self._timer.stop()
        if self._zero_text is not None:
            self.label.setText(self._zero_text)
            self.setAccessibleDescription(self._zero_text)
            self.changed.emit()
            return
        action = self._action
        self.clear()
        if action is not None:
            action()

    def _run_action(self) -> None:
        action = self._action
        self.clear()
        if action is not None:
            action()
