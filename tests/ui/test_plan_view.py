"""The action plan: edits through delegates, links to risks, filters, overdue marks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QListWidget

from riskmap.edits import EntityType, SetFields
from riskmap.vocabulary import KeyFactor, MeasureStatus
from ui.models.action_plan import COLUMN
from ui.plan_view import PlanView

TODAY = dt.date(2026, 11, 23)


def make_view(qtbot, document) -> PlanView:
    view = PlanView(document, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 420)
    view.show()
    return view


def edit_cell(view, row, key):
    index = view.proxy.index(row, COLUMN[key])
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    return view.table.indexWidget(index) or view.table.focusWidget()


def test_overdue_measures_are_counted_and_filtered(qtbot, document):
    view = make_view(qtbot, document)
    assert view.count.text() == "2 measures, 1 overdue"
    qtbot.mouseClick(view.overdue, Qt.MouseButton.LeftButton)
    assert view.visible_codes() == ["M-001"]
    view.overdue.setChecked(False)
    view.key_factor.setCurrentIndex(view.key_factor.findText(
        "8. Human Resource Management"))
    assert view.visible_codes() == ["M-002"]
    view.key_factor.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findText("In progress"))
    assert view.visible_codes() == ["M-001"]


def test_status_picked_in_the_table_ends_the_overdue_mark(qtbot, document):
    view = make_view(qtbot, document)
    editor = edit_cell(view, 0, "status")
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("Done"))
    editor.activated.emit(editor.currentIndex())
    assert document.project.measures[0].status is MeasureStatus.DONE
    assert view.proxy.index(0, COLUMN["status"]).data() == "Done"
    assert view.proxy.index(0, COLUMN["deadline"]).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.count.text() == "2 measures"


def test_deadline_edited_with_the_date_editor(qtbot, document):
    view = make_view(qtbot, document)
    editor = edit_cell(view, 0, "deadline")
    assert isinstance(editor, QDateEdit)
    assert editor.date() == QDate(2026, 3, 1)
    editor.setDate(QDate(2027, 1, 15))
    view.table.commitData(editor)
    assert document.project.measures[0].deadline == dt.date(2027, 1, 15)
    document.undo_stack.undo()
    assert document.project.measures[0].deadline == dt.date(2026, 3, 1)


def test_key_factor_tags_are_picked_from_a_checklist(qtbot, document):
    view = make_view(qtbot, document)
    editor = edit_cell(view, 1, "key_factors")
    assert isinstance(editor, QListWidget)
    assert editor.count() == 10
    assert editor.item(7).checkState() == Qt.CheckState.Checked  # 8 Human resources
    editor.item(2).setCheckState(Qt.CheckState.Checked)  # 3 Transparency
    view.table.commitData(editor)
    assert document.project.measures[1].key_factors == [KeyFactor.TRANSPARENCY,
                                                         KeyFactor.HUMAN_RESOURCES]
    assert view.proxy.index(1, COLUMN["key_factors"]).data() == "3 Transparency, 8 HR"


def test_link_dialog_links_and_unlinks_risks(qtbot, document):
    view = make_view(qtbot, document)
    view.table.selectRow(1)
    dialog = view.link_current()
    assert dialog is not None
    risks = document.project.risks
    assert set(dialog.checked_ids()) == {risks[2].id, risks[3].id}
    dialog.set_checked(risks[2].id, False)
    dialog.set_checked(risks[0].id, True)
    assert dialog.count.text() == "2 risks linked"
    dialog.accept()
    assert document.project.measures[1].risk_ids == [risks[3].id, risks[0].id]
    assert view.proxy.index(1, COLUMN["risks"]).data() == "R-001, R-004"
    document.undo_stack.undo()
    assert view.proxy.index(1, COLUMN["risks"]).data() == "R-003, R-004"


def test_a_new_measure_is_linked_to_the_selected_risk(qtbot, document):
    view = make_view(qtbot, document)
    risk = document.project.risks[0]
    document.select([risk.id, risk.stage_id])
    assert view.link_hint.text() == "linked to R-001"
    qtbot.keyClicks(view.capture, "Random review of tariff codes by a second officer")
    qtbot.keyClick(view.capture, Qt.Key.Key_Return)
    measure = document.project.measures[-1]
    assert (measure.code, measure.risk_ids) == ("M-003", [risk.id])
    assert [m.code for m in view.selected_measures()] == ["M-003"]
    assert view.capture.text() == ""


def test_the_plan_follows_edits_made_elsewhere(qtbot, document):
    view = make_view(qtbot, document)
    measure = document.project.measures[1]
    document.apply(SetFields(EntityType.MEASURE, measure.id, {"owner": "Head of HR"}))
    assert view.proxy.index(1, COLUMN["owner"]).data() == "Head of HR"
    assert view.owner.findText("Head of HR") > 0
    view.table.selectRow(1)
    view.remove_selected()
    assert view.visible_codes() == ["M-001"]
