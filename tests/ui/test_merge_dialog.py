"""File > Merge a Copy: both experts' edits kept, conflicts decided, one undo takes it back."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QFont

from riskmap import storage
from riskmap.edits import EntityType, SetFields, apply_all
from riskmap.merge import merge
from riskmap.model import Project
from riskmap.resources import examples
from tests.ui.window_helpers import (
    current_view,
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui import files, project_commands
from ui.actions import ActionId
from ui.dialogs.merge_dialog import MergeDialog
from ui.preferences import Preferences, write_preferences

pytestmark = pytest.mark.usefixtures("no_dialogs")


def _risk(project: Project, code: str):
    return next(r for r in project.risks if r.code == code)


def _stage(project: Project, code: str):
    return next(s for s in project.all_stages() if s.code == code)


@pytest.fixture
def copies(tmp_path):
    """The seaport example as sent out (base), and the copy another expert sent back:
    R-002 re-owned, S-03 renamed, and R-005 re-owned (mine re-owns it too: a conflict)."""
    source = next(p for p in examples() if p.name == "seaport-import.riskmap")
    base, mine, theirs = (tmp_path / f"{n}.riskmap" for n in ("base", "mine", "theirs"))
    shutil.copyfile(source, base)
    shutil.copyfile(source, mine)
    project = storage.load(base)
    apply_all(project, [
        SetFields(EntityType.RISK, _risk(project, "R-002").id, {"owner": "Director of Audit"}),
        SetFields(EntityType.STAGE, _stage(project, "S-03").id,
                  {"name": "Lodging of the declaration (single window)"}),
        SetFields(EntityType.RISK, _risk(project, "R-005").id, {"owner": "Their owner"}),
    ])
    storage.save(project, theirs)
    return base, mine, theirs


def _open_and_edit_mine(qtbot, tmp_path, mine):
    window = make_window(qtbot, tmp_path)
    write_preferences(window.settings, Preferences("Anna Mwangi"))
    window.files.open_path(mine)
    doc = window.document
    doc.apply(SetFields(EntityType.RISK, _risk(doc.project, "R-001").id,
                        {"owner": "Head of Mine"}))
    doc.apply(SetFields(EntityType.RISK, _risk(doc.project, "R-005").id,
                        {"owner": "My owner"}))
    return window


def test_merging_two_edited_copies_keeps_both_edits_and_undo_restores_mine(
        qtbot, tmp_path, copies, monkeypatch):
    base, mine, theirs = copies
    window = _open_and_edit_mine(qtbot, tmp_path, mine)
    doc = window.document
    before = doc.project.model_dump(exclude={"audit_log"})
    shown: list[MergeDialog] = []

    def choose(parent, result, mine_name, theirs_name, base_name):
        dialog = MergeDialog(result, mine_name, theirs_name, base_name, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert [(c.entity_code, c.field) for c in dialog.conflicts] == [("R-005", "owner")]
        dialog.all_theirs.click()  # as the user would
        return dialog.theirs()

    monkeypatch.setattr(project_commands, "ask_merge_files", lambda parent, folder: (
        base, theirs))
    monkeypatch.setattr(project_commands, "ask_merge_choices", choose)
    window.actions[ActionId.MERGE_COPY].trigger()
    assert shown and shown[0].table.item(0, 2).text() == "My owner"
    assert shown[0].table.item(0, 3).text() == "Their owner"

    project = doc.project
    assert _risk(project, "R-001").owner == "Head of Mine"  # mine
    assert _risk(project, "R-002").owner == "Director of Audit"  # theirs
    assert _risk(project, "R-005").owner == "Their owner"  # the conflict, decided
    renamed = "Lodging of the declaration (single window)"
    assert _stage(project, "S-03").name == renamed
    scene = current_view(window).map_scene  # the map shows the merged project
    assert scene.stage_items[_stage(project, "S-03").id].name == renamed
    assert window.isWindowModified()
    assert window.actions[ActionId.UNDO].isEnabled()
    assert "Merge theirs.riskmap" in window.actions[ActionId.UNDO].text()
    assert "Merged theirs.riskmap" in window.statusBar().currentMessage()

    window.actions[ActionId.UNDO].trigger()  # one step takes the whole merge back
    assert doc.project.model_dump(exclude={"audit_log"}) == before
    scene = current_view(window).map_scene
    assert scene.stage_items[_stage(doc.project, "S-03").id].name != renamed
    window.actions[ActionId.REDO].trigger()
    assert _risk(doc.project, "R-002").owner == "Director of Audit"

    # Saving records the merged-in changes under my name.
    window.actions[ActionId.SAVE].trigger()
    entries = {(e.who, e.entity, e.field, e.new) for e in storage.load(mine).audit_log}
    assert ("Anna Mwangi", "R-002", "owner", "Director of Audit") in entries
    assert ("Anna Mwangi", "S-03", "name", renamed) in entries


def test_cancelling_the_merge_changes_nothing(qtbot, tmp_path, copies, monkeypatch):
    base, mine, theirs = copies
    window = _open_and_edit_mine(qtbot, tmp_path, mine)
    before = window.document.project.model_dump()
    index = window.document.undo_stack.index()
    monkeypatch.setattr(project_commands, "ask_merge_files", lambda parent, folder: (
        base, theirs))
    monkeypatch.setattr(project_commands, "ask_merge_choices", lambda *args: None)
    window.actions[ActionId.MERGE_COPY].trigger()
    assert window.document.project.model_dump() == before
    assert window.document.undo_stack.index() == index


@pytest.mark.parametrize(("ours", "asked"), [(None, ["theirs.riskmap"]), ("shared", [])])
def test_an_encrypted_copy_asks_its_password_unless_it_is_ours(qtbot, tmp_path, copies,
                                                             monkeypatch, ours, asked):
    base, mine, theirs = copies
    storage.save(storage.load(theirs), theirs, password="shared")
    if ours:
        storage.save(storage.load(mine), mine, password=ours)
    questions = []
    monkeypatch.setattr(files, "ask_password", lambda parent, path, error="": (
        questions.append(path.name) or "shared"))
    window = _open_and_edit_mine(qtbot, tmp_path, mine)
    questions.clear()  # opening mine asked for its own password
    monkeypatch.setattr(project_commands, "ask_merge_files", lambda parent, folder: (
        base, theirs))
    monkeypatch.setattr(project_commands, "ask_merge_choices", lambda *args: [])
    window.actions[ActionId.MERGE_COPY].trigger()
    assert questions == asked
    assert _risk(window.document.project, "R-002").owner == "Director of Audit"
    assert _risk(window.document.project, "R-005").owner == "My owner"  # mine kept


def test_the_merge_dialog_choices(qtbot, copies):
    base, mine, theirs = (storage.load(p) for p in copies)
    apply_all(mine, [SetFields(EntityType.RISK, _risk(mine, "R-002").id, {"owner": "Me"}),
                     SetFields(EntityType.RISK, _risk(mine, "R-005").id, {"owner": "Me"})])
    result = merge(base, mine, theirs)
    dialog = MergeDialog(result, "mine.riskmap", "theirs.riskmap", "base.riskmap")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.theirs() == []  # mine unless the user says otherwise
    assert QFont(dialog.table.item(0, 2).font()).bold()  # the value kept stands out
    dialog.set_choice(1, "theirs")
    assert [c.entity_code for c in dialog.theirs()] == ["R-005"]
    assert dialog.table.item(1, 3).font().bold() and not dialog.table.item(1, 2).font().bold()
    dialog.all_theirs.click()
    assert len(dialog.theirs()) == 2
    dialog.all_mine.click()
    assert dialog.theirs() == []
