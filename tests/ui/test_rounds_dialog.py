"""Rounds dialog: close a round, compare two (or one with now), copy forward, overlays."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from riskmap.comparison import ChangeKind
from riskmap.edits import EntityType, SetFields, set_score
from riskmap.rounds import Direction, close_round
from riskmap.vocabulary import ScoreKind
from ui.dialogs.close_round import CloseRoundDialog, default_round_name
from ui.dialogs.rounds import RoundsDialog
from ui.round_overlay import round_overlay


@pytest.fixture
def reviewed(document):
    """A round closed in May, then a review: R-001 down, R-002 up, M-001 done."""
    project = document.project
    close_round(project, "Workshop May 2026", dt.date(2026, 5, 20)).apply(project)
    r1, r2 = project.risks[0], project.risks[1]
    set_score(project, r1.id, ScoreKind.RESIDUAL, 2, 2).apply(project)
    set_score(project, r2.id, ScoreKind.RESIDUAL, 5, 5).apply(project)
    SetFields(EntityType.MEASURE, project.measures[0].id,
              {"status": "done", "progress": 100}).apply(project)
    return project


def test_close_round_dialog_keeps_a_named_snapshot(qtbot, document):
    dialog = CloseRoundDialog(document, today=dt.date(2026, 5, 20))
    qtbot.addWidget(dialog)
    assert dialog.name.text() == default_round_name(0, dt.date(2026, 5, 20))
    dialog.notes.setPlainText("First workshop")
    with qtbot.waitSignal(document.changed):
        dialog.accept()
    taken = document.project.rounds[0]
    assert (taken.name, taken.closed_on, taken.notes) == (
        "Round 1 – May 2026", dt.date(2026, 5, 20), "First workshop")
    assert len(taken.risks) == 4
    document.undo_stack.undo()
    assert document.project.rounds == []


def test_a_round_name_must_be_new(qtbot, document, reviewed):
    dialog = CloseRoundDialog(document)
    qtbot.addWidget(dialog)
    dialog.name.setText("workshop may 2026")
    dialog.accept()
    assert "already called" in dialog.problem.text()
    assert len(document.project.rounds) == 1


def test_compares_the_last_round_with_now_by_default(qtbot, qtmodeltester, document,
                                                     reviewed):
    dialog = RoundsDialog(document)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.risks_model)
    qtmodeltester.check(dialog.measures_model)
    assert dialog.before.currentText() == "Workshop May 2026"
    assert dialog.after.currentText() == "Current state"
    rows = {row.code: row for row in dialog.risks_model.rows}
    assert rows["R-002"].kind is ChangeKind.UP and rows["R-002"].delta == 5
    assert rows["R-001"].kind is ChangeKind.DOWN and rows["R-001"].delta == -8
    # Worse first: the row a review must discuss.
    assert dialog.risks_model.rows[0].code == "R-002"
    model = dialog.risks_model
    assert model.data(model.index(0, 0)) == "▲ Up"
    assert model.data(model.index(0, 5)) == "L5 I5 · 25 Critical"
    assert "1 measures completed" in dialog.summary.text()
    assert dialog.measures_model.rows[0].code == "M-001"


def test_the_comparison_follows_edits_to_the_current_state(qtbot, document, reviewed):
    dialog = RoundsDialog(document)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(document.changed):
        document.apply(set_score(reviewed, reviewed.risks[1].id, ScoreKind.RESIDUAL, 4, 5))
    assert "R-002" not in {row.code for row in dialog.risks_model.rows}


def test_close_round_from_the_list_then_copy_forward(qtbot, document, reviewed, monkeypatch):
    dialog = RoundsDialog(document)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(CloseRoundDialog, "exec",
                        lambda self: (self.accept(), QDialog.DialogCode.Accepted)[1])
    assert dialog.close_new_round()
    assert dialog.rounds.count() == 2
    dialog.rounds.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.copy_selected_forward()
    r1 = reviewed.risks[0]
    assert (r1.residual.likelihood, r1.residual.impact) == (3, 4)  # back to May's score
    assert reviewed.measures[0].status.value == "in_progress"
    document.undo_stack.undo()
    assert (r1.residual.likelihood, r1.residual.impact) == (2, 2)


def test_deleting_a_round_is_undoable(qtbot, document, reviewed):
    dialog = RoundsDialog(document)
    qtbot.addWidget(dialog)
    assert dialog.delete_selected()
    assert dialog.rounds.count() == 0
    assert "No round closed yet" in dialog.summary.text()
    document.undo_stack.undo()
    assert dialog.rounds.count() == 1


def test_show_on_views_publishes_arrows_and_moves(qtbot, document, reviewed):
    dialog = RoundsDialog(document)
    qtbot.addWidget(dialog)
    overlay = round_overlay(document)
    with qtbot.waitSignal(overlay.changed):
        dialog.on_views.setChecked(True)
    stages = {s.code: s.id for s in reviewed.all_stages()}
    assert overlay.stage_arrows[stages["S-02"]] is Direction.DOWN
    assert overlay.stage_arrows[stages["S-03"]] is Direction.UP
    moved = {m.code: (m.before, m.after) for m in overlay.heatmap_moves(ScoreKind.RESIDUAL)}
    assert moved["R-001"] == ((3, 4), (2, 2))
    with qtbot.waitSignal(overlay.changed):
        dialog.on_views.setChecked(False)
    assert not overlay.active and overlay.stage_arrows == {}
