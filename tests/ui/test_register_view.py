"""The register view: filters, in-place edits, selection shared with the map, quick capture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from riskmap.edits import set_score
from riskmap.vocabulary import ScoreKind
from ui.models.register import COLUMN
from ui.register_view import RegisterView


def make_view(qtbot, document) -> RegisterView:
    view = RegisterView(document)
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    return view


def test_band_filter_and_search_narrow_the_table(qtbot, document):
    view = make_view(qtbot, document)
    assert view.count.text() == "4 risks"
    view.filters.band.setCurrentIndex(view.filters.band.findText("Critical"))
    assert view.visible_codes() == ["R-002"]
    assert view.count.text() == "1 of 4 risks"
    view.filters.clear()
    qtbot.keyClicks(view.filters.search, "examiner")
    qtbot.waitUntil(lambda: view.visible_codes() == ["R-003", "R-004"])
    view.filters.clear()
    assert view.filters.search.text() == ""
    assert len(view.visible_codes()) == 4


def test_heat_map_cell_filter_shows_a_chip_that_clears_it(qtbot, document):
    view = make_view(qtbot, document)
    risk = document.project.risks[1]
    view.filter_by_risks([risk.id], "Residual: Likely × Severe")
    assert view.visible_codes() == ["R-002"]
    assert view.filters.cell_chip.isVisible()
    assert "Likely × Severe" in view.filters.cell_chip.text()
    qtbot.mouseClick(view.filters.cell_chip, Qt.MouseButton.LeftButton)
    assert len(view.visible_codes()) == 4
    assert not view.filters.cell_chip.isVisible()


def test_selecting_a_risk_selects_its_stage_and_back(qtbot, document):
    view = make_view(qtbot, document)
    risk = document.project.risks[0]
    with qtbot.waitSignal(document.selection_changed) as selected:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.table.visualRect(view.proxy.index(0, 0)).center())
    assert selected.args[0] == (risk.id, risk.stage_id)
    document.select([document.project.risks[2].id])
    assert [r.code for r in view.selected_risks()] == ["R-003"]


def test_level_edited_through_its_combo_rescores_the_risk(qtbot, document):
    view = make_view(qtbot, document)
    index = view.proxy.index(0, COLUMN["residual_i"])
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.findChild(QComboBox)
    assert editor is not None
    assert editor.itemText(editor.currentIndex()) == "4 Major"
    assert "national media" in editor.itemData(4, Qt.ItemDataRole.ToolTipRole)
    editor.setCurrentIndex(editor.findData(5))
    editor.activated.emit(editor.currentIndex())
    risk = document.project.risks[0]
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 5)
    assert view.proxy.index(0, COLUMN["residual"]).data() == "15 High"
    document.undo_stack.undo()
    assert view.proxy.index(0, COLUMN["residual"]).data() == "12 High"


def test_sorted_register_follows_a_new_score(qtbot, document):
    view = make_view(qtbot, document)
    view.table.sortByColumn(COLUMN["residual"], Qt.SortOrder.DescendingOrder)
    assert view.visible_codes()[0] == "R-002"
    document.apply(set_score(document.project, document.project.risks[3].id,
                             ScoreKind.RESIDUAL, 5, 5))
    assert view.visible_codes()[0] == "R-004"


def test_quick_capture_adds_a_risk_on_the_chosen_stage(qtbot, document):
    view = make_view(qtbot, document)
    stage = document.project.all_stages()[4]
    dialog = view.add_risk()
    dialog.holder.set_holder(stage.id)
    qtbot.keyClicks(dialog.statement, "Gate officer releases goods without payment")
    qtbot.keyClick(dialog.statement, Qt.Key.Key_Return)
    risk = document.project.risks[-1]
    assert (risk.code, risk.stage_id) == ("R-005", stage.id)
    assert risk.statement == "Gate officer releases goods without payment"
    assert [r.code for r in view.selected_risks()] == ["R-005"]
    assert document.undo_stack.undoText() == "Add risk R-005"


def test_delete_key_removes_selected_risks_undoably(qtbot, document):
    view = make_view(qtbot, document)
    view.table.selectRow(1)
    view.table.setFocus()
    view.remove_selected()
    assert [r.code for r in document.project.risks] == ["R-001", "R-003", "R-004"]
    document.undo_stack.undo()
    assert len(view.visible_codes()) == 4


def test_type_filter_keeps_the_enum(qtbot, document):
    view = make_view(qtbot, document)
    document.project.risks[2].corruption_type = "collusion"
    view.filters.type.setCurrentIndex(view.filters.type.findText(
        "Collusion (officer-broker-importer)"))
    assert view.visible_codes() == ["R-003"]
