"""A calm light or dark look that follows the system's colour scheme (``QStyleHints.colorScheme``).

Fusion style with a palette per scheme, plus a short style sheet for the few custom pieces: the
banner, the balance pill, the empty-state texts and the thin busy bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    warning_bg: str
    warning_fg: str
    error_bg: str
    error_fg: str
    info_bg: str
    info_fg: str
    pill_bg: str


LIGHT = Colours(
    window="#f5f6f8",
    base="#ffffff",
    alternate="#f8f9fb",
    text="#1f2329",
    muted="#6b7280",
    accent="#2f6fdb",
    accent_text="#ffffff",
    border="#dcdfe4",
    warning_bg="#fff4d6",
    warning_fg="#7a4b00",
    error_bg="#fde8e8",
    error_fg="#8a1c1c",
    info_bg="#e7effc",
    info_fg="#1d3f7a",
    pill_bg="#e9edf3",
)

DARK = Colours(
    window="#1e1f22",
    base="#26282c",
    alternate="#2b2d31",
    text="#e6e7ea",
    muted="#9aa0a8",
    accent="#5b9bff",
    accent_text="#0d1117",
    border="#3a3d43",
    warning_bg="#4a3a12",
    warning_fg="#ffd98a",
    error_bg="#4d1f22",
    error_fg="#ffb4b4",
    info_bg="#1f324f",
    info_fg="#b8d3ff",
    pill_bg="#33363c",
)


def colours_for(scheme: Qt.ColorScheme) -> Colours:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(colours: Colours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    disabled = QPalette.ColorGroup.Disabled
    palette.setColor(role.Window, QColor(colours.window))
    palette.setColor(role.WindowText, QColor(colours.text))
    palette.setColor(role.Base, QColor(colours.base))
    palette.setColor(role.AlternateBase, QColor(colours.alternate))
    palette.setColor(role.Text, QColor(colours.text))
    palette.setColor(role.Button, QColor(colours.base))
    palette.setColor(role.ButtonText, QColor(colours.text))
    palette.setColor(role.Highlight, QColor(colours.accent))
    palette.setColor(role.HighlightedText, QColor(colours.accent_text))
    palette.setColor(role.ToolTipBase, QColor(colours.base))
    palette.setColor(role.ToolTipText, QColor(colours.text))
    palette.setColor(role.PlaceholderText, QColor(colours.muted))
    palette.setColor(role.Link, QColor(colours.accent))
    palette.setColor(role.Mid, QColor(colours.border))
    palette.setColor(disabled, role.Text, QColor(colours.muted))
    palette.setColor(disabled, role.WindowText, QColor(colours.muted))
    palette.setColor(disabled, role.ButtonText, QColor(colours.muted))
    return palette


def style_sheet(c: Colours) -> str:
    return f"""
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QPushButton {{ padding: 5px 14px; }}
QToolBar {{ border: none; spacing: 6px; padding: 4px 8px; }}
QTreeView, QTableView {{
    border: 1px solid {c.border}; border-radius: 6px; background: {c.base};
    selection-background-color: {c.accent}; selection-color: {c.accent_text};
}}
QTreeView::item {{ min-height: 26px; padding: 0 4px; }}
QTableView::item {{ padding: 0 6px; }}
QStatusBar QLabel {{ padding: 0 8px; }}
QHeaderView::section {{
    background: {c.window}; color: {c.muted}; border: none;
    border-bottom: 1px solid {c.border}; padding: 4px 8px; font-weight: 600;
}}
QLineEdit {{ border: 1px solid {c.border}; border-radius: 6px; padding: 5px 8px; }}
QLineEdit:focus {{ border-color: {c.accent}; }}
QLabel#balanceLabel {{
    background: {c.pill_bg}; border-radius: 12px; padding: 4px 12px; font-weight: 600;
}}
QLabel#balanceLabel[level="low"] {{ background: {c.warning_bg}; color: {c.warning_fg}; }}
QLabel#balanceLabel[level="none"] {{ font-weight: normal; }}
QLabel[role="empty"] {{ color: {c.muted}; font-size: 11pt; padding: 24px; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="warning"] {{
    background: {c.error_bg}; color: {c.error_fg}; border-radius: 6px; padding: 8px 10px;
}}
QFrame#errorBanner {{ border-radius: 6px; padding: 2px; }}
QFrame#errorBanner[kind="error"] {{ background: {c.error_bg}; }}
QFrame#errorBanner[kind="error"] QLabel {{ color: {c.error_fg}; }}
QFrame#errorBanner[kind="warning"] {{ background: {c.warning_bg}; }}
QFrame#errorBanner[kind="warning"] QLabel {{ color: {c.warning_fg}; }}
QFrame#errorBanner[kind="info"] {{ background: {c.info_bg}; }}
QFrame#errorBanner[kind="info"] QLabel {{ color: {c.info_fg}; }}
QProgressBar#busyIndicator {{ border: none; background: transparent; max-height: 3px; }}
QProgressBar#busyIndicator::chunk {{ background: {c.accent}; }}
QSplitter::handle {{ background: transparent; }}
"""


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Colours:
    """Style ``app`` for ``scheme`` (default: the system's current one)."""
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    colours = colours_for(scheme)
    app.setStyle("Fusion")
    app.setPalette(palette_for(colours))
    app.setStyleSheet(style_sheet(colours))
    return colours


def follow_system_scheme(app: QApplication) -> None:
    """Restyle ``app`` whenever the system switches between light and dark."""
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda scheme: apply_theme(app, scheme))
