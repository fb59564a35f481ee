"""The one place the version lives (read by hatch, the app and the PyInstaller spec)."""

__version__ = "0.1.0"
