"""Heat maps, stage ratings, rankings and plan figures as a manager reads them."""

from __future__ import annotations

import datetime as dt

from riskmap.analysis import (
    band_counts,
    heatmap_grid,
    key_factor_coverage,
    measures_by_status,
    overdue_measures,
    priority_ranks,
    ranking,
    stage_ratings,
    update_grid,
)
from riskmap.edits import EntityType, Remove, SetFields, add_risk, set_score
from riskmap.model import Risk
from riskmap.testing import generate
from riskmap.vocabulary import KeyFactor, MeasureStatus, ScoreKind


def test_heatmap_places_each_scored_risk_in_its_cell(project):
    grid = heatmap_grid(project, ScoreKind.RESIDUAL)
    assert grid.cell(3, 4).risk_codes == ["R-001"]
    assert grid.cell(4, 5).risk_codes == ["R-002"]
    assert grid.cell(4, 5).band.name == "Critical"
    assert grid.unscored == ["R-004"]
    assert grid.total == 3
    rows = grid.rows()
    assert rows[0][0].likelihood == 5 and rows[-1][0].likelihood == 1  # highest on top
    assert [c.impact for c in rows[0]] == [1, 2, 3, 4, 5]


def _cells(grid):
    return ({key: (cell.risk_ids, cell.risk_codes) for key, cell in grid.cells.items()},
            grid.unscored_ids, grid.unscored)


def test_heatmap_follows_edits_risk_by_risk():
    """A grid updated with the risks each edit names equals the grid computed afresh."""
    project = generate(stages=12, risks=60, measures=10, seed=3)
    grid = heatmap_grid(project, ScoreKind.RESIDUAL)
    first, second, third = project.risks[0], project.risks[7], project.risks[20]
    stage = project.all_stages()[2]
    edits = [
        set_score(project, first.id, ScoreKind.RESIDUAL, 5, 5),
        set_score(project, second.id, ScoreKind.RESIDUAL, None, None),  # now unscored
        set_score(project, second.id, ScoreKind.RESIDUAL, 1, 2),
        set_score(project, first.id, ScoreKind.INHERENT, 1, 1),  # not this grid's kind
        SetFields(EntityType.RISK, third.id, {"code": "R-000"}),  # first in its cell now
        add_risk(Risk(code="R-0255", stage_id=stage.id, statement="New")),
        Remove(risk_ids=[project.risks[30].id]),
    ]
    for edit in edits:
        applied = edit.apply(project)
        update_grid(grid, project, [c.id for c in applied.changes if c.id is not None])
        assert _cells(grid) == _cells(heatmap_grid(project, ScoreKind.RESIDUAL))
    assert grid.cell(5, 5).count >= 1


def test_target_heatmap_counts_only_target_scores(project):
    assert heatmap_grid(project, ScoreKind.TARGET).total == 1


def test_stage_rated_by_its_highest_risk(project):
    ratings = stage_ratings(project, ScoreKind.RESIDUAL)
    allocation = project.processes[0].stages[2]
    rating = ratings[allocation.id]
    assert rating.top is not None and rating.top.band.name == "Critical"
    assert rating.top_code == "R-002"
    exam = project.processes[0].stages[3]
    assert ratings[exam.id].risk_count == 1 and ratings[exam.id].top is None
    assert project.processes[0].stages[0].id not in ratings  # no risks at arrival


def test_ranking_highest_residual_first(project):
    assert [item.risk.code for item in ranking(project)] == ["R-002", "R-001", "R-003", "R-004"]
    ranks = priority_ranks(project)
    assert ranks[project.risks[1].id] == 1


def test_band_counts_inherent_vs_residual(project):
    assert band_counts(project, ScoreKind.INHERENT) == {
        "Low": 0, "Medium": 0, "High": 0, "Critical": 2, "Unscored": 2}
    assert band_counts(project, ScoreKind.RESIDUAL) == {
        "Low": 1, "Medium": 0, "High": 1, "Critical": 1, "Unscored": 1}


def test_overdue_and_status_counts(project):
    overdue = overdue_measures(project, dt.date(2026, 11, 23))
    assert [m.code for m in overdue] == ["M-001"]
    project.measures[0].status = MeasureStatus.DONE
    assert overdue_measures(project, dt.date(2026, 11, 23)) == []
    assert measures_by_status(project)[MeasureStatus.DONE] == 1


def test_key_factor_coverage(project):
    coverage = {c.factor: c for c in key_factor_coverage(project)}
    assert len(coverage) == 10
    assert coverage[KeyFactor.HUMAN_RESOURCES].risks == 2
    assert coverage[KeyFactor.AUTOMATION].measures == 1
    assert coverage[KeyFactor.LEADERSHIP].measures == 0
