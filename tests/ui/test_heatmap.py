"""The heat map follows scores, filters the register from a cell, and re-scores by drag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from riskmap.edits import set_score
from riskmap.vocabulary import ScoreKind
from tests.core.conftest import small_project
from tests.ui.window_helpers import make_window, no_dialogs  # noqa: F401 - a fixture
from ui import heatmap as heatmap_module
from ui.heatmap_panel import HeatmapPanel, band_ranges
from ui.register_view import RegisterView


def make_panel(qtbot, document) -> HeatmapPanel:
    panel = HeatmapPanel(document)
    qtbot.addWidget(panel)
    panel.resize(760, 560)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_cells_show_counts_and_follow_a_new_score(qtbot, document):
    panel = make_panel(qtbot, document)
    heatmap = panel.heatmap
    assert heatmap.grid.cell(4, 5).risk_codes == ["R-002"]
    assert panel.title.text() == "Residual risk — 3 risks"
    assert "R-004" in panel.unscored.text()
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 4, 5))
    assert heatmap.grid.cell(4, 5).risk_codes == ["R-002", "R-004"]
    assert heatmap.chip_rect(risk.id) is not None
    assert panel.title.text() == "Residual risk — 4 risks"
    assert not panel.unscored.isVisible()


def test_a_kind_shown_earlier_follows_edits_made_under_another(qtbot, document):
    panel = make_panel(qtbot, document)
    heatmap = panel.heatmap
    assert heatmap.grid.cell(4, 5).risk_codes == ["R-002"]  # residual
    document.set_score_kind(ScoreKind.INHERENT)
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 4, 5))
    document.apply(set_score(document.project, risk.id, ScoreKind.INHERENT, 1, 1))
    assert risk.id in heatmap.grid.cell(1, 1).risk_ids
    document.set_score_kind(ScoreKind.RESIDUAL)
    assert heatmap.grid.cell(4, 5).risk_codes == ["R-002", "R-004"]
    assert panel.title.text() == "Residual risk — 4 risks"


def test_switching_kind_switches_the_document_and_back(qtbot, document):
    panel = make_panel(qtbot, document)
    qtbot.mouseClick(panel.kind_buttons[ScoreKind.INHERENT], Qt.MouseButton.LeftButton)
    assert document.score_kind is ScoreKind.INHERENT
    assert panel.heatmap.grid.cell(5, 5).risk_codes == ["R-002"]
    document.set_score_kind(ScoreKind.TARGET)
    assert panel.kind_buttons[ScoreKind.TARGET].isChecked()
    assert panel.heatmap.grid.cell(2, 3).risk_codes == ["R-001"]


def test_clicking_a_cell_filters_the_register(qtbot, document):
    panel = make_panel(qtbot, document)
    register = RegisterView(document)
    qtbot.addWidget(register)
    panel.heatmap.cell_clicked.connect(
        lambda lik, imp, ids: register.filter_by_risks(ids, f"{lik} × {imp}")
        if ids is not None else register.proxy.update_filter(risk_ids=None))
    cell = panel.heatmap.cell_rect(3, 4)
    # Below the codes, in the cell's lower right quarter.
    spot = ((cell.center() + cell.bottomRight()) / 2).toPoint()
    with qtbot.waitSignal(panel.heatmap.cell_clicked) as clicked:
        qtbot.mouseClick(panel.heatmap, Qt.MouseButton.LeftButton, pos=spot)
    assert clicked.args[:2] == [3, 4]
    assert register.visible_codes() == ["R-001"]
    # A second click on the same cell shows every risk again.
    qtbot.mouseClick(panel.heatmap, Qt.MouseButton.LeftButton, pos=spot)
    assert len(register.visible_codes()) == 4


def test_hovering_a_code_shows_the_statement(qtbot, document):
    panel = make_panel(qtbot, document)
    risk = document.project.risks[1]
    chip = panel.heatmap.chip_rect(risk.id)
    assert chip is not None
    assert panel.heatmap.tooltip_at(chip.center()).startswith(
        "R-002: Officer overrides the red channel")
    empty = panel.heatmap.cell_rect(1, 1)
    assert "Rare × Insignificant" in panel.heatmap.tooltip_at(empty.center())


def test_dragging_a_code_rescores_the_risk_undoably(qtbot, document):
    panel = make_panel(qtbot, document)
    heatmap = panel.heatmap
    risk = document.project.risks[0]  # residual 3 x 4
    chip = heatmap.chip_rect(risk.id)
    target = heatmap.cell_rect(2, 2).center().toPoint()
    qtbot.mousePress(heatmap, Qt.MouseButton.LeftButton, pos=chip.center().toPoint())
    qtbot.mouseMove(heatmap, pos=(chip.center().toPoint() + target) / 2)
    qtbot.mouseMove(heatmap, pos=target)
    qtbot.mouseRelease(heatmap, Qt.MouseButton.LeftButton, pos=target)
    assert (risk.residual.likelihood, risk.residual.impact) == (2, 2)
    assert heatmap.grid.cell(2, 2).risk_codes == ["R-001", "R-003"]
    assert document.undo_stack.undoText() == "Score R-001 residual"
    document.undo_stack.undo()
    assert heatmap.grid.cell(3, 4).risk_codes == ["R-001"]


def test_clicking_a_code_selects_the_risk_and_its_stage(qtbot, document):
    panel = make_panel(qtbot, document)
    risk = document.project.risks[0]
    chip = panel.heatmap.chip_rect(risk.id)
    with qtbot.waitSignal(document.selection_changed):
        qtbot.mouseClick(panel.heatmap, Qt.MouseButton.LeftButton, pos=chip.center().toPoint())
    assert document.selection == (risk.id, risk.stage_id)


def test_copy_as_image_puts_a_sharp_picture_on_the_clipboard(qtbot, document):
    panel = make_panel(qtbot, document)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    image = QGuiApplication.clipboard().image()
    assert image.width() >= panel.heatmap.width() * 2


def test_legend_gives_each_band_its_range(document):
    assert band_ranges(document.project.profile) == [
        ("Low", "1–4", "#9CCC65"), ("Medium", "5–9", "#FFE04D"),
        ("High", "10–15", "#F57C00"), ("Critical", "16–25", "#C62828")]


@pytest.mark.usefixtures("no_dialogs")
def test_a_heat_map_behind_the_inspector_tab_waits_and_catches_up_when_shown(
        qtbot, tmp_path, monkeypatch):
    window = make_window(qtbot, tmp_path, small_project())
    panel, docks, document = window.risk_views.heatmap, window.docks, window.document
    docks["heatmap"].raise_()
    assert panel.title.text() == "Residual risk — 3 risks"
    qtbot.waitUntil(lambda: panel.heatmap.chip_rect(document.project.risks[0].id) is not None)
    docks["inspector"].raise_()
    assert panel.isVisible()  # to Qt; but behind the inspector's tab
    moved: list[object] = []
    real = heatmap_module.update_grid
    monkeypatch.setattr(heatmap_module, "update_grid",
                        lambda *a: moved.append(a[2]) or real(*a))
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 4, 5))
    qtbot.wait(50)  # time to paint, were it on screen
    assert moved == [] and panel.title.text() == "Residual risk — 3 risks"
    docks["heatmap"].raise_()
    assert panel.title.text() == "Residual risk — 4 risks"  # at once, as it shows
    assert panel.heatmap.grid.cell(4, 5).risk_codes == ["R-002", "R-004"]
    assert moved == [[risk.id]]  # the edited risk moved, nothing counted again
    document.undo_stack.undo()  # shown: follows the next edit at once
    assert panel.title.text() == "Residual risk — 3 risks"
