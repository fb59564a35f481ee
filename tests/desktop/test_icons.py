"""The action icons: one SVG set in two variants, on the toolbar and in the menus, following the
palette; and the SANDBOX badge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from teleaccounthub.local import DataDir, SessionKeyStore, Settings
from teleaccounthub.resources import resource_path
from teleaccounthub.sandbox import SandboxServer
from teleaccounthub.services.app_services import create_services
from teleaccounthub.ui import actions
from teleaccounthub.ui.icons import ICON_NAMES, VARIANTS, ThemedIcons, icon, palette_is_dark
from teleaccounthub.ui.main_window import MainWindow
from tests.fixtures.gui import MainWindowFactory

WITH_ICONS = [row for row in actions.ACTIONS if row.icon is not None]


def darkness(picture: QIcon) -> float:
    """The mean lightness of the icon's drawn pixels at 24 px (0 black … 255 white)."""
    image = picture.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = [
        QColor(image.pixel(x, y))
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 128
    ]
    assert drawn, "nothing drawn"
    return sum(c.lightness() for c in drawn) / len(drawn)


@pytest.mark.parametrize("row", WITH_ICONS, ids=lambda row: row.name)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_action_icon_draws_at_24_px_in_both_variants(
    qtbot: QtBot, row: actions.ActionSpec, dark: bool
) -> None:
    assert row.icon is not None
    picture = icon(row.icon, dark=dark)
    assert not picture.isNull()
    assert not picture.pixmap(24, 24).isNull()
    lightness = darkness(picture)
    assert (lightness > 200) if dark else (lightness < 60)  # light strokes on dark, and back


def test_the_main_actions_have_icons() -> None:
    named = {row.name for row in WITH_ICONS}
    assert {"refreshAction", "buyAction", "downloadAction", "apiKeyAction"} <= named
    assert {"settingsAction", "quitAction", "findAction"} <= named


def test_every_toolbar_action_has_an_icon_and_a_menu_never_shows_one_twice() -> None:
    on_toolbar = [row.name for row in actions.ACTIONS if row.toolbar is not actions.Place.NONE]
    assert [name for name in on_toolbar if actions.spec(name).icon is None] == []
    for menu in actions.Menu:
        icons = [row.icon for row in actions.ACTIONS if row.menu is menu and row.icon]
        assert len(icons) == len(set(icons)), menu
    # A checkable entry shows its check mark, not an icon in its place.
    assert [row.name for row in actions.ACTIONS if row.checkable and row.icon] == []


@pytest.mark.parametrize("name", sorted(ICON_NAMES))
def test_each_icon_of_the_set_exists_in_both_variants(name: str) -> None:
    for variant in VARIANTS:
        text = resource_path("icons", "actions", variant, f"{name}.svg").read_text("utf-8")
        assert 'viewBox="0 0 24 24"' in text
        assert 'stroke-width="2"' in text


def test_an_unknown_icon_is_a_mistake(qtbot: QtBot) -> None:
    with pytest.raises(KeyError):
        icon("no-such-icon")


def test_the_variant_follows_the_palette(qtbot: QtBot) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f5f6f8"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1f22"))
    assert not palette_is_dark(light)
    assert palette_is_dark(dark)
    action = actions.create_action(actions.spec("refreshAction"), QApplication.instance(), None)
    themed = ThemedIcons()
    themed.bind(action, "refresh")
    themed.apply(dark)
    assert darkness(action.icon()) > 200
    themed.apply(light)
    assert darkness(action.icon()) < 60


def test_the_window_switches_icons_when_the_palette_turns_dark(
    qtbot: QtBot, main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    before = darkness(window.refresh_action.icon())
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1f22"))
    window.setPalette(dark)
    qtbot.waitUntil(lambda: darkness(window.refresh_action.icon()) > 200)
    assert before < 60


def test_toolbar_buttons_show_icon_and_text(
    main_window_factory: MainWindowFactory, sandbox: SandboxServer, tmp_path: Path
) -> None:
    window = main_window_factory(sandbox.url, sandbox.api_key, tmp_path / "data")
    toolbar = window.findChild(QToolBar, "mainToolBar")
    assert toolbar is not None
    for name in ("refreshAction", "buyAction", "downloadAction", "apiKeyAction"):
        button = toolbar.widgetForAction(window.action(name))
        assert isinstance(button, QToolButton)
        assert not button.icon().isNull()
        assert button.text()
    assert window.findChild(QToolBar, "mainToolBar").findChild(QLabel, "sandboxBadge") is None


def test_the_sandbox_has_a_badge_in_the_toolbar(qtbot: QtBot, tmp_path: Path) -> None:
    with SandboxServer() as store:
        folder = DataDir(tmp_path / "data")
        services = create_services(
            store.url, folder, Settings(folder.settings_file), SessionKeyStore(), api_key=None
        )
        window = MainWindow(services, sandbox=True)
        qtbot.addWidget(window)
        toolbar = window.findChild(QToolBar, "mainToolBar")
        assert toolbar is not None
        badge = toolbar.findChild(QLabel, "sandboxBadge")
        assert badge is not None
        assert badge.text() == "SANDBOX"
        assert "Nothing is charged" in badge.toolTip()
        assert badge.accessibleName() == "Sandbox mode"
