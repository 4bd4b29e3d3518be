"""The dashboard sums up the project and follows every edit."""

from __future__ import annotations

import datetime as dt

import pytest

from riskmap.edits import EntityType, SetFields, set_score
from riskmap.vocabulary import MeasureStatus, ScoreKind
from tests.core.conftest import small_project
from tests.ui.window_helpers import make_window, no_dialogs  # noqa: F401 - a fixture
from ui.panels import dashboard as dashboard_module
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


@pytest.mark.usefixtures("no_dialogs")
def test_a_dashboard_behind_another_tab_counts_nothing_and_catches_up_when_shown(
        qtbot, tmp_path, monkeypatch):
    counted: list[str] = []
    for name in ("heatmap_grid", "update_grid", "measures_by_status"):
        real = getattr(dashboard_module, name)
        monkeypatch.setattr(dashboard_module, name,
                            lambda *a, _n=name, _f=real: counted.append(_n) or _f(*a))
    window = make_window(qtbot, tmp_path, small_project())
    panel, docks = window.risk_views.dashboard, window.docks
    panel._today = TODAY
    qtbot.wait(20)  # the window laid out, its panels restored
    assert panel.isVisible()  # to Qt; but behind the register's tab
    assert counted == []  # opening the project counted nothing for it
    docks["dashboard"].raise_()
    assert band_row(panel, "Critical") == [2, 1, 0]  # counted as it shows
    docks["register"].raise_()
    counted.clear()
    document = window.document
    risk, measure = document.project.risks[3], document.project.measures[0]
    document.apply(set_score(document.project, risk.id, ScoreKind.RESIDUAL, 5, 5))
    document.apply(SetFields(EntityType.MEASURE, measure.id, {"status": MeasureStatus.DONE}))
    assert counted == []  # out of sight, the edits cost it nothing
    assert band_row(panel, "Critical")[1] == 1
    docks["dashboard"].raise_()
    # Its tab chosen, the dashboard shows both edits before anything is painted.
    assert band_row(panel, "Critical") == [2, 2, 0]
    assert texts(panel.top_risks)[0].startswith("1. R-004  25 Critical")
    assert texts(panel.overdue) == ["No measure is overdue"]
    assert counted.count("heatmap_grid") == 0  # only the edited risk moved
    # Shown, it follows the next edit at once.
    document.undo_stack.undo()
    assert texts(panel.overdue)[0].startswith("M-001")
