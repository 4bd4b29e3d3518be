"""Files: save and reopen, the unsaved-changes prompt, errors, drops, recent files."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from riskmap import storage
from riskmap.edits import Remove
from riskmap.resources import examples
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    current_view,
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import files
from ui.actions import ActionId

# Any dialog a test does not expect fails it.
pytestmark = pytest.mark.usefixtures("no_dialogs")

Button = QMessageBox.StandardButton


@pytest.fixture
def seaport(tmp_path):
    """A copy of the bundled seaport example that tests may change."""
    source = next(p for p in examples() if p.name == "seaport-import.riskmap")
    target = tmp_path / "seaport.riskmap"
    shutil.copyfile(source, target)
    return target


def test_example_edit_save_reopen_gives_the_same_map(qtbot, tmp_path, seaport, monkeypatch):
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(files, "ask_open_path", lambda parent, folder: seaport)
    window.actions[ActionId.OPEN].trigger()
    assert window.document.path == seaport.resolve()
    assert "Port of Sabaki" in window.windowTitle()
    view = current_view(window)
    assert len(view.map_scene.stage_items) == 15
    # Stages are coloured by their highest residual risk.
    critical = [i for i in view.map_scene.stage_items.values() if "Critical" in i.badge]
    assert critical and all(i.fill.name() != "#e3e7ed" for i in critical)

    # Add a stage between two existing ones and connect it, then undo and redo.
    scene = view.map_scene
    stages = window.document.project.processes[0].stages
    before, after = stages[0], stages[1]
    scene.clearSelection()
    scene.stage_items[before.id].setSelected(True)
    window.actions[ActionId.ADD_STAGE].trigger()
    view.editor.setText("Seal check")
    view.editor.commit()
    new = window.document.project.processes[0].stages[-1]
    assert scene.connect_stages(before.id, new.id) and scene.connect_stages(new.id, after.id)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    assert new.name == "Seal check"
    for _ in range(4):  # connect, connect, rename, add
        window.actions[ActionId.UNDO].trigger()
    assert new.id not in scene.stage_items
    for _ in range(4):
        window.actions[ActionId.REDO].trigger()
    assert new.id in scene.stage_items

    window.actions[ActionId.SAVE].trigger()
    assert not window.isWindowModified()
    expected = window.document.project.model_dump()  # with the audit trail of the edits
    assert storage.load(seaport).model_dump() == expected
    window.actions[ActionId.CLOSE].trigger()
    assert window.stack.currentWidget() is window.welcome_area
    window.actions[ActionId.OPEN].trigger()
    assert window.document.project.model_dump() == expected
    reopened = current_view(window).map_scene
    assert {sid: i.pos() for sid, i in reopened.stage_items.items()} == {
        sid: i.pos() for sid, i in scene.stage_items.items()
    }


def test_save_as_asks_for_a_name_and_adds_the_suffix(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: tmp_path / "mine.riskmap")
    window.document.apply(Remove(stage_ids=[window.document.project.all_stages()[0].id]))
    window.actions[ActionId.SAVE].trigger()  # no file yet: Save is Save As
    assert window.document.path == tmp_path / "mine.riskmap"
    assert storage.load(tmp_path / "mine.riskmap").model_dump() == (
        window.document.project.model_dump())
    assert window.files.recent_files()[0] == tmp_path / "mine.riskmap"
    assert "mine.riskmap" in window.windowTitle()


@pytest.mark.parametrize(("answer", "replaced", "saved"), [
    (Button.Cancel, False, False), (Button.Discard, True, False), (Button.Save, True, True),
])
def test_unsaved_changes_prompt(qtbot, tmp_path, monkeypatch, answer, replaced,
                                saved):
    path = tmp_path / "p.riskmap"
    storage.save(small_project(), path)
    window = make_window(qtbot, tmp_path)
    window.files.open_path(path)
    window.document.apply(Remove(stage_ids=[window.document.project.all_stages()[0].id]))
    asked = []
    monkeypatch.setattr(files, "ask_save_changes",
                        lambda parent, name: asked.append(name) or answer)
    window.actions[ActionId.NEW].trigger()
    assert len(asked) == 1
    assert (window.document.path is None) == replaced
    assert (len(storage.load(path).all_stages()) == 4) == saved


def test_closing_the_window_with_changes_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    window.document.apply(Remove(stage_ids=[window.document.project.all_stages()[0].id]))
    monkeypatch.setattr(files, "ask_save_changes", lambda parent, name: Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(files, "ask_save_changes", lambda parent, name: Button.Discard)
    assert window.close()


def test_a_broken_file_shows_riskmap_message_and_keeps_the_project(qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "broken.riskmap"
    broken.write_text('{"format": "riskmap", "format_version": 1, "processes": 3}')
    window = make_window(qtbot, tmp_path, small_project())
    shown = []
    monkeypatch.setattr(files, "show_error", lambda parent, title, text: shown.append(
        (title, text)))
    assert not window.files.open_path(broken)
    assert shown and shown[0][0] == "Cannot open broken.riskmap"
    assert "broken.riskmap" in shown[0][1] and "Traceback" not in shown[0][1]
    assert len(window.document.project.all_stages()) == 5


def test_dropping_a_riskmap_file_on_the_window_opens_it(qtbot, tmp_path, seaport):
    window = make_window(qtbot, tmp_path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(seaport))])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.path == seaport.resolve()
    assert window.stack.currentWidget() is window.tabs


def test_a_file_dropped_on_the_map_reaches_the_window(qtbot, tmp_path, seaport):
    window = make_window(qtbot, tmp_path, small_project())
    viewport = current_view(window).viewport()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(seaport))])
    point = QPointF(viewport.rect().center())
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        # Enter and move events take a QPoint, a drop a QPointF (PySide6 before 6.12).
        at = point if kind is QDropEvent else point.toPoint()
        event = kind(at, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    assert window.document.path == seaport.resolve()


def test_examples_open_as_untitled_copies(qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path)
    example = examples()[0]
    window.welcome.examples.itemActivated.emit(window.welcome.examples.item(0))
    assert window.document.path is None
    assert "not saved yet" in window.windowTitle()
    asked = []
    monkeypatch.setattr(files, "ask_save_path", lambda parent, name: asked.append(name))
    window.actions[ActionId.SAVE].trigger()
    assert asked  # saving asks where: the bundled example is never overwritten
    assert storage.load(example).model_dump() == window.document.project.model_dump()


def test_recent_files_menu_and_welcome_list(qtbot, tmp_path, seaport):
    window = make_window(qtbot, tmp_path)
    window.files.open_path(seaport)
    window.actions[ActionId.CLOSE].trigger()
    assert window.welcome.recent.count() == 1
    assert window.welcome.recent.item(0).text() == "seaport.riskmap"
    menu = window.findChild(type(window.menus["File"]), "menu_recent")
    menu.aboutToShow.emit()
    entries = [a.text() for a in menu.actions() if a.text()]
    assert entries[0] == "&1  seaport.riskmap"
    menu.actions()[0].trigger()
    assert window.document.path == seaport.resolve()


def test_encrypted_projects_ask_for_the_password_and_stay_encrypted(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "secret.riskmap"
    storage.save(small_project(), path, password="s3cret")
    window = make_window(qtbot, tmp_path)
    monkeypatch.setattr(files, "ask_password", lambda parent, p, error="": "s3cret")
    assert window.files.open_path(path)
    window.document.apply(Remove(stage_ids=[window.document.project.all_stages()[0].id]))
    window.actions[ActionId.SAVE].trigger()
    assert storage.is_encrypted(path)
    assert len(storage.load(path, "s3cret").all_stages()) == 4
