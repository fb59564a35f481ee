"""GUI tests of the main window: pytest-qt, offscreen, against the sandbox store."""
