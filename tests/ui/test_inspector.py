"""The inspector shows the selected stage or flow, edits it, and captures risks on it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from riskmap.edits import EntityType, Remove, SetFields, set_score
from riskmap.vocabulary import ScoreKind
from ui.models.register import COLUMN
from ui.panels.inspector import InspectorPanel


def make_panel(qtbot, document) -> InspectorPanel:
    panel = InspectorPanel(document)
    qtbot.addWidget(panel)
    panel.resize(340, 700)
    panel.show()
    return panel


def stage(document, code):
    return next(s for s in document.project.all_stages() if s.code == code)


def test_selecting_a_stage_shows_it_with_its_risks(qtbot, document):
    panel = make_panel(qtbot, document)
    assert panel.empty.isVisible()
    document.select([stage(document, "S-03").id])
    assert panel.heading.text() == "S-03 · Channel allocation"
    assert panel.where.text() == "Sea import"
    assert panel.form.name.text() == "Channel allocation"
    assert panel.visible_codes() == ["R-002"]
    assert panel.risks_label.text() == "Risks (1)"
    assert not panel.empty.isVisible()


def test_selecting_a_risk_shows_its_stage_and_a_flow_shows_its_risks(qtbot, document):
    panel = make_panel(qtbot, document)
    risk = document.project.risks[0]
    document.select([risk.id])
    assert panel.heading.text() == "S-02 · Declaration"
    flow = document.project.processes[0].flows[3]
    document.select([flow.id])
    assert panel.heading.text() == "Flow F-04 · red channel"
    assert panel.form.label.text() == "red channel"
    assert "S-03 Channel allocation" in panel.form.flow_ends.text()
    assert panel.visible_codes() == ["R-003"]
    assert not panel.form.name.isVisibleTo(panel)


def test_editing_properties_changes_the_stage_undoably(qtbot, document):
    panel = make_panel(qtbot, document)
    exam = stage(document, "S-04")
    document.select([exam.id])
    panel.form.name.setText("Physical examination and scanning")
    panel.form.name.editingFinished.emit()
    assert exam.name == "Physical examination and scanning"
    assert panel.heading.text() == "S-04 · Physical examination and scanning"
    panel.form.actors.setText("Examiner,  Broker ")
    panel.form.actors.editingFinished.emit()
    assert exam.actors == ["Examiner", "Broker"]
    qtbot.mouseClick(panel.form.flags.boxes["cash_handling"], Qt.MouseButton.LeftButton)
    assert exam.flags.cash_handling
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert exam.name == "Physical examination" and not exam.flags.cash_handling
    assert panel.form.name.text() == "Physical examination"
    assert not panel.form.flags.boxes["cash_handling"].isChecked()


def test_one_line_capture_adds_a_risk_to_the_stage(qtbot, document):
    panel = make_panel(qtbot, document)
    release = stage(document, "S-05")
    document.select([release.id])
    assert panel.risks_label.text() == "Risks — none recorded yet"
    qtbot.keyClicks(panel.capture, "Gate officer lets a truck out without a release note")
    qtbot.keyClick(panel.capture, Qt.Key.Key_Return)
    risk = document.project.risks[-1]
    assert (risk.code, risk.stage_id) == ("R-005", release.id)
    assert panel.visible_codes() == ["R-005"]
    assert panel.capture.text() == ""
    assert panel.heading.text() == "S-05 · Release"  # the stage stays in view


def test_the_inspector_follows_edits_made_elsewhere(qtbot, document):
    panel = make_panel(qtbot, document)
    exam = stage(document, "S-04")
    document.select([exam.id])
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    assert panel.proxy.index(0, COLUMN["residual"]).data() == "25 Critical"
    document.apply(SetFields(EntityType.STAGE, exam.id, {"name": "Inspection"}))
    assert panel.heading.text() == "S-04 · Inspection"
    document.apply(Remove(stage_ids=[exam.id]))
    assert panel.empty.isVisible()


def test_deleting_a_risk_from_the_inspector(qtbot, document):
    panel = make_panel(qtbot, document)
    document.select([stage(document, "S-02").id])
    panel.table.selectRow(0)
    panel.remove_selected()
    assert [r.code for r in document.project.risks] == ["R-002", "R-003", "R-004"]
    assert panel.visible_codes() == []
