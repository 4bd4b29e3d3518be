"""The dashboard sums up the project and follows every edit."""

from __future__ import annotations

import datetime as dt

from riskmap.edits import EntityType, SetFields, set_score
from riskmap.vocabulary import MeasureStatus, ScoreKind
from ui.panels.dashboard import DashboardPanel

TODAY = dt.date(2026, 11, 23)


def make_panel(qtbot, document) -> DashboardPanel:
    panel = DashboardPanel(document, today=TODAY)
    qtbot.addWidget(panel)
    panel.resize(1366, 330)
    panel.show()
    return panel


def band_row(panel, name):
    return next(values for band, _, values in panel.bands.rows if band == name)


def texts(items):
    return [items.item(row).text() for row in range(items.count())]


def test_counts_top_risks_statuses_coverage_and_overdue(qtbot, document):
    panel = make_panel(qtbot, document)
    assert band_row(panel, "Critical") == [2, 1, 0]  # inherent, residual, target
    assert band_row(panel, "Unscored") == [2, 1, 3]
    assert texts(panel.top_risks)[0].startswith("1. R-002  20 Critical — Officer overrides")
    assert [b.value for b in panel.statuses.bars] == [1, 1, 0, 0, 0]
    automation = panel.coverage.bars[3]
    assert (automation.label, automation.text) == ("4 Automation", "1 (0 done)")
    assert panel.coverage.bars[0].text == "none"
    assert texts(panel.overdue) == ["M-001  267 days late — Audit trail on channel overrides"]
    assert "1</b> critical residual" in panel.summary.text()


def test_a_new_score_and_a_finished_measure_show_at_once(qtbot, document):
    panel = make_panel(qtbot, document)
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    assert band_row(panel, "Critical") == [2, 2, 0]  # no wait: the edit shows at once
    assert texts(panel.top_risks)[0].startswith("1. R-004  25 Critical")
    document.undo_stack.undo()
    assert band_row(panel, "Critical") == [2, 1, 0]
    assert texts(panel.top_risks)[0].startswith("1. R-002  20 Critical")
    document.undo_stack.redo()
    measure = document.project.measures[0]
    document.apply(SetFields(EntityType.MEASURE, measure.id, {"status": MeasureStatus.DONE}))
    assert texts(panel.overdue) == ["No measure is overdue"]
    assert [b.value for b in panel.statuses.bars] == [1, 0, 1, 0, 0]
    assert "none overdue" in panel.summary.text()


def test_clicking_a_top_risk_selects_it_with_its_stage(qtbot, document):
    panel = make_panel(qtbot, document)
    with qtbot.waitSignal(document.selection_changed):
        panel.top_risks.itemClicked.emit(panel.top_risks.item(0))
    risk = document.project.risks[1]
    assert document.selection == (risk.id, risk.stage_id)


def test_a_hidden_dashboard_waits_until_shown(qtbot, document):
    panel = make_panel(qtbot, document)
    panel.hide()
    risk = document.project.risks[3]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    assert band_row(panel, "Critical")[1] == 1
    panel.show()
    qtbot.waitUntil(lambda: band_row(panel, "Critical")[1] == 2)
