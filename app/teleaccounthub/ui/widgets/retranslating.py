"""A widget whose texts are set by ``_retranslate()``, run again on every language change.

Put it first among the bases (``class SearchDialog(Retranslating, QDialog)``); the widget calls
``self._retranslate()`` once itself when it is built. Qt sends ``QEvent.LanguageChange`` to every
widget when a translator is installed (``ui/language.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent

from teleaccounthub.ui.language import is_language_change


class Retranslating:
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if is_language_change(event):
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt widget class after this one

    def _retranslate(self) -> None:
        raise NotImplementedError
