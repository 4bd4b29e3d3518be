"""The risk editor: levels by label with descriptors, live score and band, one undoable edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from riskmap.vocabulary import (
    CorruptionType,
    Effectiveness,
    EnablingFactor,
    ImpactDimension,
    ScoreKind,
)
from ui.dialogs.risk_editor import RiskEditor, edit_risk, new_risk


def open_editor(qtbot, document, row=0) -> RiskEditor:
    editor = edit_risk(document, document.project.risks[row].id)
    qtbot.addWidget(editor)
    return editor


def test_levels_show_their_descriptor_and_the_band_follows_live(qtbot, document):
    editor = open_editor(qtbot, document)
    residual = editor.scores[ScoreKind.RESIDUAL]
    assert residual.likelihood.combo.currentText() == "3 Possible"
    assert residual.likelihood.descriptor.text().startswith("Might happen")
    assert residual.chip.text() == "12 · High"
    residual.likelihood.combo.setCurrentIndex(residual.likelihood.combo.findText(
        "5 Almost certain"))
    assert residual.chip.text() == "20 · Critical"
    assert "daily" in residual.likelihood.descriptor.text()
    residual.impact.combo.setCurrentIndex(0)  # not scored
    assert residual.chip.text() == "not scored"


def test_every_change_is_one_undoable_edit(qtbot, document):
    editor = open_editor(qtbot, document)
    risk = document.project.risks[0]
    editor.statement.setPlainText("A broker pays the classification officer to accept a "
                                  "lower-duty tariff code")
    editor.corruption_type.setCurrentIndex(editor.corruption_type.findData("bribery"))
    editor.actors.setText("Classification officer, Customs broker")
    editor.enabling.boxes[EnablingFactor.DISCRETION].setChecked(True)
    editor.dimensions.boxes[ImpactDimension.REVENUE].setChecked(True)
    editor.controls.add_control(
        risk.controls[0].model_copy(update={"description": "Second-level review"}))
    editor.scores[ScoreKind.TARGET].likelihood.set_value(1)
    editor.owner.setText("Head of tariff")
    editor.reviewed.setDate(QDate(2026, 10, 1))
    editor.accept()
    assert risk.corruption_type is CorruptionType.BRIBERY
    assert risk.actors == ["Classification officer", "Customs broker"]
    assert risk.enabling_factors == [EnablingFactor.DISCRETION]
    assert risk.impact_dimensions == [ImpactDimension.REVENUE]
    assert [c.description for c in risk.controls] == ["Supervisor review", "Second-level review"]
    assert risk.controls[0].effectiveness is Effectiveness.PARTIALLY_EFFECTIVE
    assert (risk.target.likelihood, risk.target.impact) == (1, 3)
    assert risk.last_reviewed == dt.date(2026, 10, 1)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit risk R-001"
    document.undo_stack.undo()
    assert risk.owner == "" and risk.corruption_type is None and len(risk.controls) == 1


def test_nothing_changed_adds_nothing_to_undo(qtbot, document):
    editor = open_editor(qtbot, document, row=2)  # a risk on a flow
    assert editor.holder.currentText().startswith("Flow S-03 → S-04")
    editor.accept()
    assert document.undo_stack.count() == 0


def test_moving_a_risk_to_another_stage(qtbot, document):
    editor = open_editor(qtbot, document, row=2)
    release = document.project.all_stages()[4]
    editor.holder.set_holder(release.id)
    editor.accept()
    risk = document.project.risks[2]
    assert (risk.stage_id, risk.flow_id) == (release.id, None)


def test_a_new_risk_needs_a_statement_and_a_stage(qtbot, document):
    editor = new_risk(document)
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "New risk R-005"
    editor.accept()
    assert "risk statement" in editor.problem.text()
    editor.statement.setPlainText("An examiner accepts a gift to skip the inspection")
    editor.accept()
    assert "stage" in editor.problem.text()
    assert len(document.project.risks) == 4
    editor.holder.set_holder(document.project.all_stages()[3].id)
    editor.scores[ScoreKind.INHERENT].likelihood.set_value(4)
    editor.scores[ScoreKind.INHERENT].impact.set_value(4)
    editor.accept()
    risk = document.project.risks[-1]
    assert (risk.code, risk.inherent.likelihood) == ("R-005", 4)
    assert document.selection[0] == risk.id
    assert document.undo_stack.undoText() == "Add risk R-005"
