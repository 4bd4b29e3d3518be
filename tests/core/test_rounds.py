"""Rounds: a closed round keeps its scores; comparing two shows what moved."""

from __future__ import annotations

import datetime as dt

from riskmap import storage
from riskmap.edits import EntityType, Remove, SetFields, add_risk, set_score
from riskmap.model import Risk
from riskmap.rounds import Direction, close_round, compare, copy_forward, current_round
from riskmap.vocabulary import MeasureStatus, ScoreKind


def test_closing_a_round_snapshots_scores_and_statuses(project):
    applied = close_round(project, "Workshop May 2026", dt.date(2026, 5, 20)).apply(project)
    assert applied.text == "Close round Workshop May 2026"
    taken = project.rounds[0]
    r1 = project.risks[0]
    assert taken.risks[r1.id].residual == r1.residual
    assert taken.risks[r1.id].stage_code == "S-02"
    assert taken.measures[project.measures[0].id].status is MeasureStatus.IN_PROGRESS
    # Later edits do not touch the closed round.
    set_score(project, r1.id, ScoreKind.RESIDUAL, 1, 1).apply(project)
    assert taken.risks[r1.id].residual.likelihood == 3


def test_compare_two_rounds(project):
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    r1, r2, r3 = project.risks[0], project.risks[1], project.risks[2]
    set_score(project, r1.id, ScoreKind.RESIDUAL, 2, 3).apply(project)   # 12 -> 6
    set_score(project, r3.id, ScoreKind.RESIDUAL, 3, 3).apply(project)   # 4 -> 9
    Remove(risk_ids=[r2.id]).apply(project)
    stage = project.all_stages()[0]
    add_risk(Risk(code="R-010", stage_id=stage.id, statement="Manifest lines ignored",
                  residual={"likelihood": 2, "impact": 2})).apply(project)
    measure = project.measures[0]
    SetFields(EntityType.MEASURE, measure.id, {"status": "done", "progress": 100}).apply(project)
    close_round(project, "Nov 2026", dt.date(2026, 11, 20)).apply(project)

    diff = compare(project, project.rounds[0], project.rounds[1])
    assert [s.code for s in diff.new_risks] == ["R-010"]
    assert [s.code for s in diff.removed_risks] == ["R-002"]
    changed = {d.code: d for d in diff.changed_risks}
    assert changed["R-001"].direction is Direction.DOWN and changed["R-001"].delta == -6
    assert changed["R-003"].direction is Direction.UP
    assert [c.code for c in diff.measures_completed] == ["M-001"]
    assert diff.stages["S-02"] is Direction.DOWN   # declaration: 12 -> 6
    assert diff.stages["S-03"] is Direction.DOWN   # channel allocation lost its 20
    assert diff.stages["S-01"] is Direction.UP     # arrival gained a risk


def test_compare_round_with_current_state(project):
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 5, 5).apply(project)
    diff = compare(project, project.rounds[0], current_round(project))
    assert [d.code for d in diff.changed_risks] == ["R-001"]
    assert diff.after_name == "Current"


def test_copy_forward_restores_a_round_and_is_undoable(project):
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    saved = storage.dumps(project)
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 5, 5).apply(project)
    SetFields(EntityType.MEASURE, project.measures[1].id, {"status": "delayed"}).apply(project)
    changed = storage.dumps(project)
    applied = copy_forward(project, project.rounds[0].id).apply(project)
    assert storage.dumps(project) == saved
    applied.inverse.apply(project)
    assert storage.dumps(project) == changed


def test_find_round_by_name_or_id_and_current(project):
    from riskmap.rounds import CURRENT, compare_named, find_round

    close_round(project, "Workshop May 2026", dt.date(2026, 5, 20)).apply(project)
    taken = project.rounds[0]
    assert find_round(project, "workshop may 2026") is taken
    assert find_round(project, taken.id) is taken
    assert find_round(project, str(taken.id)) is taken
    assert find_round(project, "current").name == CURRENT
    try:
        find_round(project, "Nov 2030")
    except KeyError as exc:
        assert "Workshop May 2026" in str(exc)
    else:
        raise AssertionError("an unknown round must be refused")
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 1, 1).apply(project)
    diff = compare_named(project, "Workshop May 2026", CURRENT)
    assert [d.code for d in diff.changed_risks] == ["R-001"]


def test_overlays_give_stage_arrows_and_heat_map_moves(project):
    from riskmap.rounds import moves, stage_directions

    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    r1, r3 = project.risks[0], project.risks[2]
    set_score(project, r1.id, ScoreKind.RESIDUAL, 2, 3).apply(project)   # down
    set_score(project, r1.id, ScoreKind.INHERENT, 4, 4).apply(project)   # unchanged
    set_score(project, r3.id, ScoreKind.RESIDUAL, None, None).apply(project)
    diff = compare(project, project.rounds[0], current_round(project))
    stages = {s.code: s.id for s in project.all_stages()}
    arrows = stage_directions(project, diff)
    assert arrows == {stages["S-02"]: Direction.DOWN}  # S-03 (R-003 on its flow) keeps R-002
    residual = {m.code: m for m in moves(diff, ScoreKind.RESIDUAL)}
    assert (residual["R-001"].before, residual["R-001"].after) == ((3, 4), (2, 3))
    assert residual["R-003"].after is None  # no longer scored
    assert moves(diff, ScoreKind.INHERENT) == []
