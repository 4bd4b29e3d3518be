"""The audit trail from the app: saves record who changed what; View > Audit Trail shows it."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from riskmap import storage
from riskmap.edits import EntityType, SetFields
from tests.core.conftest import small_project
from tests.ui.window_helpers import (
    make_window,
    no_dialogs,  # noqa: F401 - a fixture, used below
)
from ui.actions import ActionId
from ui.dialogs import audit_trail
from ui.dialogs.audit_trail import AuditLogModel
from ui.preferences import Preferences, write_preferences

pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "mission.riskmap"
    storage.save(small_project(), path)
    window = make_window(qtbot, tmp_path)
    write_preferences(window.settings, Preferences("Anna Mwangi"))
    window.files.open_path(path)
    return window


def _set_owner(window, code: str, owner: str) -> None:
    risk = next(r for r in window.document.project.risks if r.code == code)
    window.document.apply(SetFields(EntityType.RISK, risk.id, {"owner": owner}))


def _rows(dialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(row, column).data() for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def test_an_edit_and_a_save_appear_in_the_audit_trail_with_my_name(qtbot, window):
    dialog = window.project_commands.show_audit_trail()
    qtbot.waitExposed(dialog)
    assert _rows(dialog) == [] and dialog.empty.isVisible()
    assert not dialog.export_button.isEnabled()

    _set_owner(window, "R-001", "Head of Enforcement")
    assert _rows(dialog) == []  # recorded when saved, not while editing
    window.actions[ActionId.SAVE].trigger()
    assert not window.isWindowModified()  # recording does not count as an edit
    assert not window.document.undo_stack.canRedo()
    rows = _rows(dialog)
    assert [row[1:] for row in rows] == [
        ["Anna Mwangi", "R-001", "owner", "", "Head of Enforcement"]]
    assert not dialog.empty.isVisible()
    # The entries are in the file.
    saved = storage.load(window.document.path)
    assert [(e.who, e.entity, e.field) for e in saved.audit_log] == [
        ("Anna Mwangi", "R-001", "owner")]

    # A second save adds only what changed since the first; the newest comes first.
    write_preferences(window.settings, Preferences("Daniel Okello"))
    _set_owner(window, "R-001", "Director of ICT")
    window.actions[ActionId.SAVE].trigger()
    rows = _rows(dialog)
    assert [row[1:] for row in rows] == [
        ["Daniel Okello", "R-001", "owner", "Head of Enforcement", "Director of ICT"],
        ["Anna Mwangi", "R-001", "owner", "", "Head of Enforcement"]]
    # Saving with nothing changed records nothing.
    window.actions[ActionId.SAVE].trigger()
    assert len(_rows(dialog)) == 2


def test_the_filter_box_and_the_csv_export(qtbot, window, tmp_path, monkeypatch):
    _set_owner(window, "R-001", "Head of Enforcement")
    _set_owner(window, "R-002", "Director of ICT")
    window.document.apply(SetFields(EntityType.METADATA, None, {"office": "Port of Sabaki"}))
    window.actions[ActionId.SAVE].trigger()
    window.actions[ActionId.AUDIT_TRAIL].trigger()
    dialog = window.project_commands.audit_dialog
    assert dialog is not None and dialog.isVisible()
    assert len(_rows(dialog)) == 3
    assert dialog.count.text() == "3 changes"
    qtbot.keyClicks(dialog.filter, "ict")  # any column, any case
    assert [row[2] for row in _rows(dialog)] == ["R-002"]
    assert dialog.count.text() == "1 of 3 changes"
    dialog.filter.clear()
    assert len(_rows(dialog)) == 3

    target = tmp_path / "trail"
    monkeypatch.setattr(audit_trail, "ask_csv_path", lambda parent, name: target)
    assert dialog.export_csv()
    assert str(target) in dialog.status.text()
    with open(target, encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["When", "Who", "Entity", "Field", "Old value", "New value"]
    assert sorted(line[2] for line in lines[1:]) == ["R-001", "R-002", "project"]
    assert {line[1] for line in lines[1:]} == {"Anna Mwangi"}


def test_the_audit_trail_of_a_new_project_starts_with_its_creation(qtbot, tmp_path,
                                                                  monkeypatch):
    window = make_window(qtbot, tmp_path)
    write_preferences(window.settings, Preferences("Anna Mwangi"))
    window.actions[ActionId.NEW].trigger()
    target = tmp_path / "new.riskmap"
    monkeypatch.setattr("ui.files.ask_save_path", lambda parent, name: target)
    window.actions[ActionId.SAVE].trigger()
    log = storage.load(target).audit_log
    assert [(e.who, e.entity, e.field) for e in log] == [("Anna Mwangi", "project", "(added)")]


def test_the_audit_model(qtmodeltester, window):
    _set_owner(window, "R-001", "Head of Enforcement")
    window.actions[ActionId.SAVE].trigger()
    model = AuditLogModel(window.document)
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Old value"
    assert model.index(0, 1).data() == "Anna Mwangi"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole).field == "owner"
