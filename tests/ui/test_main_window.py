"""The main window: start-up, welcome page, processes as tabs, docks, presentation view."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget

from riskmap import storage
from riskmap.edits import EntityType, SetFields
from riskmap.testing import generate
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    current_view,
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import map_commands
from ui.actions import ActionId
from ui.map import mime
from ui.palette import StageLibraryModel, stage_template

# Any dialog a test does not expect fails it.
pytestmark = pytest.mark.usefixtures("no_dialogs")


def test_start_shows_welcome_then_reopens_the_last_file(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    window.start()
    assert window.stack.currentWidget() is window.welcome_area
    assert window.windowTitle() == "riskmap[*]"
    # Without a project the panels have nothing to show: they come back with one.
    assert not any(dock.isVisible() for dock in window.docks.values())
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    window.start(path)
    assert window.document.path == path.resolve()
    assert any(dock.isVisible() for dock in window.docks.values())
    window.settings.sync()
    again = make_window(qtbot, tmp_path)
    again.start()
    assert again.document.path == path.resolve()


def test_welcome_page_starts_projects(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    window.welcome.new_button.click()
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.tabText(0) == "P-01  Main process"
    window.actions.trigger(ActionId.CLOSE)
    monkeypatch.setattr("ui.start.ask_template", lambda parent, keys: keys[0])
    monkeypatch.setattr("ui.main_window.ask_template", lambda parent, keys: keys[0])
    window.welcome.template_button.click()
    stages = window.document.project.all_stages()
    assert stages and all(s.library_key for s in stages)
    assert len(current_view(window).map_scene.stage_items) == len(stages)


def test_several_processes_as_tabs(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    monkeypatch.setattr(map_commands, "ask_process_name", lambda parent, title, name: "Export")
    window.actions.trigger(ActionId.NEW_PROCESS)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "P-01  Sea import", "P-02  Export"]
    assert window.tabs.currentIndex() == 1
    window.actions.trigger(ActionId.ADD_STAGE)
    current_view(window).editor.cancel()
    assert [s.code for s in window.document.project.processes[1].stages] == ["S-06"]
    monkeypatch.setattr(map_commands, "ask_process_name", lambda parent, title, name: "Exports")
    window.tabs.tabBarDoubleClicked.emit(1)
    assert window.tabs.tabText(1) == "P-02  Exports"
    window.actions.trigger(ActionId.DELETE_PROCESS)
    assert window.tabs.count() == 1
    assert window.document.undo_stack.undoText() == "Delete process P-02 Exports"
    window.actions.trigger(ActionId.UNDO)
    assert window.tabs.count() == 2
    window.tabs.setCurrentIndex(1)
    assert len(current_view(window).map_scene.stage_items) == 1


def test_panels_menu_lists_the_installed_docks(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    panels = window.menus["Panels"]
    titles = [a.text() for a in panels.actions()]
    assert "Stage library" in titles and any(t.startswith("Problems") for t in titles)
    dock = window.docks["library"]
    assert isinstance(dock, QDockWidget) and dock.isVisible()
    next(a for a in panels.actions() if a.text() == "Stage library").trigger()
    assert not dock.isVisible()


def test_stage_library_palette_drop_adds_a_library_stage(qtbot, tmp_path,
                                                         qtmodeltester):
    model = StageLibraryModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 21
    data = model.mimeData([model.index(7, 0)])
    assert data.hasFormat(mime.STAGE_TEMPLATE_MIME)
    window = make_window(qtbot, tmp_path, small_project())
    view = current_view(window)
    scene = view.map_scene
    point = QPointF(view.viewport().rect().center())
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        # Enter and move events take a QPoint, a drop a QPointF (PySide6 before 6.12).
        event = kind(point if kind is QDropEvent else point.toPoint(),
                     Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    added = window.document.project.all_stages()[-1]
    assert added.library_key == model.stages[7].key
    assert added.name == model.stages[7].name.text("en")
    assert added.position is not None and added.id in scene.stage_items
    assert window.document.undo_stack.undoText() == f"Add stage S-06 {added.name}"
    # Double-clicking a library entry adds it too.
    palette = window.docks["library"].widget()
    palette.add_requested.emit(stage_template(model.stages[0]))
    assert window.document.project.all_stages()[-1].code == "S-07"


def test_find_selects_matching_stages(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    window.actions.trigger(ActionId.FIND)
    qtbot.keyClicks(window.find_box, "examin")
    assert [window.document.project.stage(i).name for i in window.document.selection] == [
        "Physical examination"]


def test_presentation_view_hides_the_chrome_and_comes_back(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, small_project())
    shown = {key for key, dock in window.docks.items() if dock.isVisible()}
    window.actions.trigger(ActionId.FULL_SCREEN)
    assert window.isFullScreen()
    assert not window.toolbar.isVisible() and not window.menuBar().isVisible()
    assert {key for key, dock in window.docks.items() if dock.isVisible()} <= {"heatmap"}
    view = current_view(window)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.map_scene.itemsBoundingRect())
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # Escape (or F11 again) leaves
    assert not window.isFullScreen() and not window.actions[ActionId.FULL_SCREEN].isChecked()
    assert window.toolbar.isVisible() and window.menuBar().isVisible()
    assert {key for key, dock in window.docks.items() if dock.isVisible()} == shown


def test_a_national_size_process_map_opens_and_refreshes_quickly(qtbot, tmp_path):
    project = generate(stages=1000, risks=3000, measures=100, processes=1, seed=3)
    began = time.perf_counter()
    window = make_window(qtbot, tmp_path, project)
    scene = current_view(window).map_scene
    assert len(scene.stage_items) == 1000
    assert time.perf_counter() - began < 10
    stage = project.all_stages()[500]
    item = scene.stage_items[stage.id]
    others = dict(scene.stage_items)
    began = time.perf_counter()
    window.document.apply(SetFields(EntityType.STAGE, stage.id, {"name": "Renamed"}))
    assert time.perf_counter() - began < 0.5
    assert item.name == "Renamed" and scene.stage_items == others
