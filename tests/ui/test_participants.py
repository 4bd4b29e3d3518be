"""Participants dialog: add, rename, remove (with their votes), anonymity; one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from riskmap.model import Participant
from riskmap.vocabulary import ScoreKind
from riskmap.workshop import record_votes
from ui.dialogs.participants import CODE, NAME, VOTES, ParticipantsDialog


@pytest.fixture
def people(document):
    project = document.project
    project.metadata.participants = [Participant(code="P01", name="Amina"),
                                     Participant(code="P02", name="Daniel")]
    risk = project.risks[0]
    record_votes(project, risk.id, ScoreKind.RESIDUAL,
                 {p.id: (3, 3) for p in project.metadata.participants}).apply(project)
    return project.metadata.participants


def test_lists_participants_with_their_votes(qtbot, qtmodeltester, document, people):
    dialog = ParticipantsDialog(document)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.data(model.index(0, CODE)) == "P01"
    assert model.data(model.index(1, VOTES)) == 1


def test_adding_and_naming_is_one_undoable_step(qtbot, document, people):
    dialog = ParticipantsDialog(document)
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    model = dialog.model
    assert model.data(model.index(2, CODE)) == "P03"
    assert model.setData(model.index(2, NAME), "Esther")
    assert not model.setData(model.index(2, CODE), "  ")  # a code cannot be emptied
    qtbot.mouseClick(dialog.anonymous, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(document.changed):
        dialog.accept()
    meta = document.project.metadata
    assert [p.name for p in meta.participants] == ["Amina", "Daniel", "Esther"]
    assert meta.anonymous_votes
    document.undo_stack.undo()
    assert len(meta.participants) == 2 and not meta.anonymous_votes


def test_removing_a_voter_asks_and_takes_their_votes(qtbot, document, people, monkeypatch):
    dialog = ParticipantsDialog(document)
    qtbot.addWidget(dialog)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.table.setCurrentIndex(dialog.model.index(1, NAME))
    dialog.remove_button.click()
    assert "Removing P02 also removes the vote they cast" in asked[0]
    dialog.accept()
    risk = document.project.risks[0]
    assert [v.participant_id for v in risk.votes] == [people[0].id]


def test_duplicate_codes_are_explained_and_nothing_changes(qtbot, document, people):
    dialog = ParticipantsDialog(document)
    qtbot.addWidget(dialog)
    dialog.model.setData(dialog.model.index(1, CODE), "p01")
    dialog.accept()
    assert "used twice" in dialog.problem.text()
    assert document.undo_stack.count() == 0


def test_ok_without_changes_adds_no_undo_step(qtbot, document, people):
    dialog = ParticipantsDialog(document)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert document.undo_stack.count() == 0
