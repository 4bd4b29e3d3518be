"""Group scoring: votes by keyboard, live spread and divergence, median, one-step record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from riskmap.model import Participant
from riskmap.vocabulary import ScoreKind
from riskmap.workshop import record_votes
from ui.dialogs.group_scoring import GroupScoringDialog, session_risks
from ui.widgets.spread_panel import DIVERGENT_STYLE


@pytest.fixture(autouse=True)
def _no_modal_questions(monkeypatch):
    """Closing a dialog with votes typed asks a question: never block a test on it."""
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def people(document):
    document.project.metadata.participants = [
        Participant(code=f"P0{n}", name=name)
        for n, name in enumerate(["Amina", "Daniel", "Esther", "Joseph", "Fatuma"], start=1)]
    return document.project.metadata.participants


@pytest.fixture
def dialog(qtbot, document, people):
    risks = sorted(document.project.risks, key=lambda r: r.code)
    widget = GroupScoringDialog(document, [r.id for r in risks], ScoreKind.RESIDUAL)
    qtbot.addWidget(widget)
    return widget


def type_votes(qtbot, dialog, votes):
    """Type each vote as a facilitator would: two digits a participant, no mouse."""
    first = dialog.votes.first_picker()
    first.setFocus()
    for likelihood, impact in votes:
        for digit in (likelihood, impact):
            widget = dialog.focusWidget()
            qtbot.keyClick(widget, str(digit))


def test_session_takes_selected_risks_then_stage_risks_then_all(document):
    project = document.project
    r1, r2 = project.risks[0], project.risks[1]
    assert session_risks(project, [r2.id, r1.id]) == [r1.id, r2.id]
    assert session_risks(project, [r1.stage_id]) == [r1.id]
    assert len(session_risks(project, [])) == len(project.risks)


def test_typed_digits_fill_the_votes_and_the_spread_follows(qtbot, dialog):
    dialog.show()
    type_votes(qtbot, dialog, [(2, 3), (3, 3), (5, 4), (3, 2), (4, 3)])
    assert list(dialog.votes.votes().values()) == [(2, 3), (3, 3), (5, 4), (3, 2), (4, 3)]
    assert "median 3 Possible" in dialog.spread.likelihood.text()
    assert "max 5 Almost certain" in dialog.spread.likelihood.text()
    # Three levels apart on likelihood: said in words and shown in colour.
    assert dialog.spread.divergent
    assert "diverge on likelihood (3 levels apart)" in dialog.spread.flag.text()
    assert dialog.spread.flag.styleSheet() == DIVERGENT_STYLE
    # The median is proposed as the agreed score.
    assert dialog.agreed.value() == (3, 3)
    assert dialog.spread.matrix.outlined == (3, 3)
    assert dialog.spread.matrix.marks[(5, 4)] == 1


def test_close_votes_are_shown_as_agreement(qtbot, dialog):
    dialog.show()
    type_votes(qtbot, dialog, [(3, 3), (3, 4), (4, 4)])
    assert not dialog.spread.divergent
    assert "agree within one level" in dialog.spread.flag.text()
    assert "3 of 5 participants" in dialog.spread.count.text()


def test_record_keeps_votes_and_the_agreed_score_in_one_undo_step(qtbot, dialog, document,
                                                                   people):
    dialog.show()
    type_votes(qtbot, dialog, [(2, 3), (3, 3), (5, 4), (3, 2), (4, 3)])
    dialog.agreed.impact.set_value(4)  # the group settles higher than the median
    dialog.agreed.rationale.setText("Supervisor review only covers 10 % of files")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(document.changed):
        qtbot.keyClick(dialog.agreed.rationale, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    risk = next(r for r in document.project.risks if r.code == "R-001")
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 4)
    assert risk.rationale.startswith("Supervisor review")
    assert len([v for v in risk.votes if v.kind is ScoreKind.RESIDUAL]) == 5
    assert dialog.risk.code == "R-002"  # moved on
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Group score of R-001"
    document.undo_stack.undo()
    assert risk.votes == [] and (risk.residual.likelihood, risk.residual.impact) == (3, 4)
    assert risk.rationale == ""


def test_an_agreed_score_is_not_replaced_by_the_median_on_return(qtbot, dialog, document,
                                                                  people):
    project = document.project
    risk = next(r for r in project.risks if r.code == "R-001")
    record_votes(project, risk.id, ScoreKind.RESIDUAL,
                 {people[0].id: (1, 1), people[1].id: (1, 2)}).apply(project)
    dialog.show_risk(0)
    assert dialog.agreed.value() == (3, 4)
    assert dialog.status.text() == "Votes and agreed score recorded."
    dialog.agreed.take_median()
    assert dialog.agreed.value() == (1, 2)


def test_anonymous_votes_show_codes(qtbot, document, people):
    document.project.metadata.anonymous_votes = True
    dialog = GroupScoringDialog(document, [document.project.risks[0].id])
    qtbot.addWidget(dialog)
    names = [dialog.votes.grid.itemAtPosition(row, 0).widget().text() for row in (1, 2)]
    assert names == ["P01", "P02"]


def test_leaving_with_unrecorded_votes_asks(qtbot, dialog, document, monkeypatch):
    dialog.show()
    type_votes(qtbot, dialog, [(4, 4)])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    dialog.next.click()
    assert dialog.risk.code == "R-001"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.next.click()
    assert dialog.risk.code == "R-002"
    assert document.undo_stack.count() == 0


def test_half_a_vote_is_not_recorded(qtbot, dialog, document):
    dialog.show()
    likelihood, _impact = dialog.votes.rows[document.project.metadata.participants[0].id]
    likelihood.set_value(3)
    assert not dialog.record_current()
    assert "only one level" in dialog.status.text()
    assert document.undo_stack.count() == 0


def test_an_undo_elsewhere_reloads_the_risk_shown(qtbot, dialog, document):
    dialog.show()
    type_votes(qtbot, dialog, [(1, 1)])
    dialog.record_current()
    assert dialog.status.text() == "Votes and agreed score recorded."
    document.undo_stack.undo()
    assert dialog.votes.votes() == {}
    assert dialog.agreed.value() == (3, 4)


def test_without_participants_the_dialog_says_what_to_do(qtbot, document):
    dialog = GroupScoringDialog(document, [document.project.risks[0].id])
    qtbot.addWidget(dialog)
    assert not dialog.no_participants.isHidden()
    assert "No votes yet" in dialog.spread.flag.text()
