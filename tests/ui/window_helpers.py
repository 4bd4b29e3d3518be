"""Helpers for main-window tests: an isolated window, map gestures, no stray dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from riskmap.model import Project
from ui import files, map_commands, project_commands, recovery, start
from ui.dialogs import audit_trail
from ui.main_window import MainWindow
from ui.map.stage_item import StageItem
from ui.map.view import ProcessMapView


@pytest.fixture
def no_dialogs(monkeypatch):
    """Any dialog a test did not expect fails it instead of blocking the run."""

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:] if len(args) > 1 else args}")

    for module, name in ((files, "ask_save_changes"), (files, "ask_open_path"),
                         (files, "ask_save_path"), (files, "ask_password"),
                         (files, "ask_new_password"), (files, "ask_remove_password"),
                         (files, "show_error"), (recovery, "ask_restore"),
                         (start, "ask_restore"), (start, "ask_template"),
                         (map_commands, "ask_process_name"),
                         (project_commands, "ask_merge_files"),
                         (project_commands, "ask_merge_choices"),
                         (project_commands, "ask_preferences"),
                         (audit_trail, "ask_csv_path")):
        monkeypatch.setattr(module, name, unexpected)


def make_window(qtbot, tmp_path: Path, project: Project | None = None,
                path: Path | None = None, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    """A shown main window with its own settings file and recovery folder."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_folder=tmp_path / "recovery")
    # Teardown closes the window: leave nothing to ask about then.
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if project is not None:
        window.files.show_project(project, path)
    return window


def current_view(window: MainWindow) -> ProcessMapView:
    view = window.tabs.current_view()
    assert view is not None
    return view


def viewport_point(view: ProcessMapView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def stage_centre(view: ProcessMapView, item: StageItem) -> QPoint:
    return viewport_point(view, item.scene_box().center())


def click(view: ProcessMapView, point: QPoint,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, point)


def double_click(view: ProcessMapView, point: QPoint) -> None:
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, point)


def drag(view: ProcessMapView, start: QPoint, end: QPoint, steps: int = 5) -> None:
    """Press at start, move in steps, release at end (left button)."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def type_and_enter(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
