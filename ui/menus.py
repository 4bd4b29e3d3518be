"""Menus and the main toolbar, built from the action registry and the installed docks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui.actions import ActionId, ActionRegistry, icon
from ui.language import translate
from ui.marks import QT_TRANSLATE_NOOP

A = ActionId
SEPARATOR = None
# Menu titles in English (they name the menus: window.menus["File"]), shown translated.
MENUS: dict[str, list[ActionId | None]] = {
    QT_TRANSLATE_NOOP("Menus", "&File"): [
        A.NEW, A.NEW_FROM_TEMPLATE, A.OPEN, SEPARATOR, A.SAVE, A.SAVE_AS,
        A.SAVE_WITH_PASSWORD, A.REMOVE_PASSWORD, SEPARATOR, A.MERGE_COPY, SEPARATOR,
        A.EXPORT_XLSX, A.EXPORT_PDF, A.EXPORT_SVG, SEPARATOR, A.CLOSE, A.QUIT],
    QT_TRANSLATE_NOOP("Menus", "&Edit"): [
        A.UNDO, A.REDO, SEPARATOR, A.CUT, A.COPY, A.PASTE, A.DELETE, SEPARATOR,
        A.SELECT_ALL, A.RENAME, A.FIND, SEPARATOR, A.COPY_MAP_IMAGE,
        A.COPY_HEATMAP_IMAGE, SEPARATOR, A.PREFERENCES],
    QT_TRANSLATE_NOOP("Menus", "&View"): [
        A.SCORE_INHERENT, A.SCORE_RESIDUAL, A.SCORE_TARGET, SEPARATOR, A.ZOOM_IN,
        A.ZOOM_OUT, A.ZOOM_FIT, A.ZOOM_ACTUAL, SEPARATOR, A.AUDIT_TRAIL, SEPARATOR,
        A.NEXT_PANEL, A.PREVIOUS_PANEL, SEPARATOR, A.FULL_SCREEN],
    QT_TRANSLATE_NOOP("Menus", "&Process"): [
        A.ADD_STAGE, A.CONNECT, A.CONNECT_TO, A.AUTO_LAYOUT, SEPARATOR, A.NEW_PROCESS,
        A.RENAME_PROCESS, A.DELETE_PROCESS],
    QT_TRANSLATE_NOOP("Menus", "&Workshop"): [
        A.SCALE_PROFILE, A.PARTICIPANTS, SEPARATOR, A.GROUP_SCORING, A.SUGGESTIONS,
        SEPARATOR, A.CLOSE_ROUND, A.ROUNDS],
    QT_TRANSLATE_NOOP("Menus", "&Help"): [A.ABOUT],
}
TOOLBAR: list[ActionId | None] = [
    A.NEW, A.OPEN, A.SAVE, SEPARATOR, A.UNDO, A.REDO, SEPARATOR, A.ADD_STAGE, A.CONNECT,
    A.AUTO_LAYOUT, A.DELETE, SEPARATOR, A.ZOOM_OUT, A.ZOOM_IN, A.ZOOM_FIT,
]
WITH_TEXT = {A.ADD_STAGE, A.CONNECT, A.AUTO_LAYOUT}  # shown with their name beside the icon
SCORE_KINDS = (A.SCORE_INHERENT, A.SCORE_RESIDUAL, A.SCORE_TARGET)
COLOURS: list[ActionId | None] = [A.PALETTE_STANDARD, A.PALETTE_COLOURBLIND, SEPARATOR,
                                  A.BAND_PATTERNS]

_TOOLBAR_STYLE = """
QToolBar#main_toolbar { spacing: 4px; padding: 4px 8px; border-bottom: 1px solid #D5DAE1; }
QToolBar#main_toolbar QToolButton { padding: 4px 6px; }
QToolButton[segment="true"] { border: 1px solid #9AA4B2; padding: 4px 12px; margin: 0;
    background: white; font-weight: bold; color: #2B3440; border-radius: 0; }
QToolButton[segment="true"]:checked { background: #1F3A5F; color: white;
    border-color: #1F3A5F; }
QToolButton[segment="true"]:disabled { color: #A8B0BC; border-color: #D5DAE1; }
QToolButton[segment="true"]:checked:disabled { background: #C9D1DC; color: white; }
QToolButton[segment="true"][edge="first"] { border-top-left-radius: 5px;
    border-bottom-left-radius: 5px; }
QToolButton[segment="true"][edge="last"] { border-top-right-radius: 5px;
    border-bottom-right-radius: 5px; }
QLineEdit#find_box { padding: 3px 6px; min-width: 140px; max-width: 260px; }
"""


def build_menus(window: QMainWindow, registry: ActionRegistry, docks: dict[str, QDockWidget],
                recent: Callable[[], list[Path]], open_recent: Callable[[Path], object],
                clear_recent: Callable[[], object]) -> dict[str, QMenu]:
    """The menu bar; View > Panels lists whatever docks were installed."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for title, entries in MENUS.items():
        menu = bar.addMenu(translate("Menus", title))
        menu.setObjectName(f"menu_{title.strip('&').lower()}")
        menus[title.strip("&")] = menu
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(registry[entry])
            if entry is A.OPEN:
                recent_menu = menu.addMenu(icon("recent"), translate("Menus", "Open &Recent"))
                recent_menu.setObjectName("menu_recent")
                recent_menu.aboutToShow.connect(
                    lambda m=recent_menu: _fill_recent(m, recent(), open_recent, clear_recent))
    colours = QMenu(translate("Menus", "&Colours"), window)
    colours.setObjectName("menu_colours")
    for entry in COLOURS:
        colours.addSeparator() if entry is None else colours.addAction(registry[entry])
    menus["View"].insertMenu(registry[A.ZOOM_IN], colours)
    menus["View"].insertSeparator(registry[A.ZOOM_IN])
    menus["Colours"] = colours
    panels = QMenu(translate("Menus", "&Panels"), window)
    panels.setObjectName("menu_panels")
    for dock in docks.values():
        panels.addAction(dock.toggleViewAction())
    menus["View"].addSeparator()
    menus["View"].addMenu(panels)
    menus["Panels"] = panels
    return menus


def _fill_recent(menu: QMenu, paths: list[Path], open_recent: Callable[[Path], object],
                 clear_recent: Callable[[], object]) -> None:
    menu.clear()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number % 10}  {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_recent(p))
    if not paths:
        menu.addAction(translate("Menus", "No recent projects")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(translate("Menus", "&Clear Recent Projects"), clear_recent)
    clear.setEnabled(bool(paths))


def build_toolbar(window: QMainWindow, registry: ActionRegistry, find_box: QLineEdit) -> QToolBar:
    toolbar = QToolBar(translate("Menus", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setStyleSheet(_TOOLBAR_STYLE)
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for entry in TOOLBAR:
        if entry is None:
            toolbar.addSeparator()
            continue
        toolbar.addAction(registry[entry])
        button = toolbar.widgetForAction(registry[entry])
        if button is not None:  # a screen reader says the whole command, not "Stage"
            button.setAccessibleName(registry[entry].text().replace("&", "").rstrip("…"))
        if entry in WITH_TEXT and isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    find_box.setObjectName("find_box")
    find_box.setPlaceholderText(translate("Menus", "Find stage…"))
    find_box.setClearButtonEnabled(True)
    find_box.setAccessibleName(translate("Menus", "Find stage"))
    toolbar.addWidget(find_box)
    toolbar.addSeparator()
    label = QLabel(translate("Menus", "Colour by "))
    label.setStyleSheet("color: #5F6B7A; padding-left: 4px;")
    toolbar.addWidget(label)
    for position, entry in enumerate(SCORE_KINDS):
        button = QToolButton()
        button.setDefaultAction(registry[entry])
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setProperty("segment", "true")
        edge = {0: "first", len(SCORE_KINDS) - 1: "last"}.get(position, "")
        button.setProperty("edge", edge)
        button.setObjectName(f"segment_{entry.value}")
        toolbar.addWidget(button)
    window.addToolBar(toolbar)
    return toolbar
