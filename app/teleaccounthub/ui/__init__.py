"""Widgets, item models and dialogs: the only layer that imports QtWidgets and QtGui."""
