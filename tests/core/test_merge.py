"""Two experts edit copies of one mission file; the merge keeps both sets of edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from riskmap import storage
from riskmap.checks import check_project
from riskmap.edits import (
    EntityType,
    Remove,
    SetFields,
    add_measure,
    add_risk,
    apply_all,
    change_profile,
    move_stages,
    set_score,
)
from riskmap.graph import check_graphs
from riskmap.merge import merge, resolve
from riskmap.model import AuditEntry, Measure, Project, Risk
from riskmap.scales import builtin_profile
from riskmap.testing import generate
from riskmap.vocabulary import ScoreKind

SEAPORT = Path(__file__).resolve().parents[2] / "examples" / "seaport-import.riskmap"


@pytest.fixture
def base() -> Project:
    return storage.load(SEAPORT) if SEAPORT.exists() else generate(15, 46, 32, seed=7)


def copies(base: Project) -> tuple[Project, Project]:
    return base.model_copy(deep=True), base.model_copy(deep=True)


def find(project: Project, code: str):
    everything = [*project.all_stages(), *project.risks, *project.measures]
    return next(e for e in everything if e.code == code)


def score(project: Project, code: str, kind=ScoreKind.RESIDUAL, likelihood=1, impact=1):
    apply_all(project, [set_score(project, find(project, code).id, kind, likelihood, impact)])


def edit(project: Project, code: str, kind: EntityType, **values) -> None:
    apply_all(project, [SetFields(kind, find(project, code).id, values)])


def assert_valid(project: Project) -> None:
    assert check_project(project) == []
    assert [p for p in check_graphs(project) if p.severity == "error"] == []


def test_edits_of_two_experts_are_combined_into_one_valid_project(base):
    mine, theirs = copies(base)
    score(mine, "R-003", likelihood=2, impact=3)
    r3 = find(mine, "R-003")
    apply_all(mine, [add_measure(Measure(code="M-101", title="Rotate manifest officers",
                                         risk_ids=[r3.id]))])
    edit(theirs, "R-010", EntityType.RISK, owner="Head of Valuation")
    stage = find(theirs, "S-05")
    apply_all(theirs, [add_risk(Risk(code="R-101", stage_id=stage.id,
                                     statement="Examiner tips off the importer")),
                       Remove(measure_ids=[find(theirs, "M-005").id])])

    result = merge(base, mine, theirs)
    merged = result.project
    assert result.conflicts == []
    assert find(merged, "R-003").residual.likelihood == 2
    assert find(merged, "M-101").risk_ids == [find(merged, "R-003").id]
    assert find(merged, "R-010").owner == "Head of Valuation"
    assert find(merged, "R-101").stage_id == find(merged, "S-05").id
    assert "M-005" not in {m.code for m in merged.measures}
    assert_valid(merged)
    assert "2 entities changed in mine, 3 in theirs" in result.summary


def test_different_fields_of_the_same_risk_do_not_conflict(base):
    mine, theirs = copies(base)
    edit(mine, "R-001", EntityType.RISK, owner="Chief of Manifest")
    r1 = find(base, "R-001")
    edit(theirs, "R-001", EntityType.RISK, evidence="Audit 2025",
         actors=[*r1.actors, "Port security"])
    edit(mine, "R-001", EntityType.RISK, actors=[*r1.actors, "Terminal operator"])
    apply_all(mine, [set_score(mine, r1.id, ScoreKind.INHERENT, 1, r1.inherent.impact)])
    apply_all(theirs, [set_score(theirs, r1.id, ScoreKind.INHERENT, r1.inherent.likelihood, 2)])

    result = merge(base, mine, theirs)
    risk = find(result.project, "R-001")
    assert result.conflicts == []
    assert (risk.owner, risk.evidence) == ("Chief of Manifest", "Audit 2025")
    assert risk.actors == [*r1.actors, "Terminal operator", "Port security"]
    assert (risk.inherent.likelihood, risk.inherent.impact) == (1, 2)


def test_a_conflict_lists_both_values_keeps_mine_and_can_be_resolved(base):
    mine, theirs = copies(base)
    score(mine, "R-002", likelihood=4, impact=2)
    score(theirs, "R-002", likelihood=5, impact=2)
    edit(mine, "M-001", EntityType.MEASURE, owner="Director of Enforcement")
    edit(theirs, "M-001", EntityType.MEASURE, owner="Head of HR")

    result = merge(base, mine, theirs)
    described = sorted(str(c) for c in result.conflicts)
    assert described == [
        "M-001: owner: mine 'Director of Enforcement', theirs 'Head of HR' (kept mine)",
        "R-002: residual.likelihood: mine '4', theirs '5' (kept mine)",
    ]
    assert find(result.project, "R-002").residual.likelihood == 4
    assert find(result.project, "M-001").owner == "Director of Enforcement"

    owner = next(c for c in result.conflicts if c.field == "owner")
    chosen = resolve(result, [owner])
    assert find(chosen.project, "M-001").owner == "Head of HR"
    assert find(chosen.project, "R-002").residual.likelihood == 4
    assert find(merge(base, mine, theirs, theirs_wins=True).project, "R-002") \
        .residual.likelihood == 5


def test_deleted_on_one_side_and_edited_on_the_other_is_a_conflict(base):
    mine, theirs = copies(base)
    apply_all(mine, [Remove(risk_ids=[find(mine, "R-004").id])])
    edit(theirs, "R-004", EntityType.RISK, owner="Head of Audit")

    result = merge(base, mine, theirs)
    (conflict,) = result.conflicts
    assert (conflict.entity_code, conflict.field) == ("R-004", "(deleted)")
    assert (conflict.mine_value, conflict.theirs_value) == ("deleted", "edited (owner)")
    assert "R-004" not in {r.code for r in result.project.risks}
    kept = resolve(result, result.conflicts).project
    assert find(kept, "R-004").owner == "Head of Audit"
    assert_valid(kept)


def test_a_code_both_copies_added_is_renumbered_on_their_side(base):
    mine, theirs = copies(base)
    top = max(int(r.code.split("-")[1]) for r in base.risks)
    new = f"R-{top + 1:03d}"
    stage = base.all_stages()[2]
    apply_all(mine, [add_risk(Risk(code=new, stage_id=stage.id, statement="Mine"))])
    apply_all(theirs, [add_risk(Risk(code=new, stage_id=stage.id, statement="Theirs"))])

    result = merge(base, mine, theirs)
    by_statement = {r.statement: r.code for r in result.project.risks}
    assert by_statement["Mine"] == new
    assert by_statement["Theirs"] == f"R-{top + 2:03d}"
    assert any(new in note and f"R-{top + 2:03d}" in note for note in result.notes)
    assert [r.statement for r in result.project.risks[-2:]] == ["Mine", "Theirs"]
    assert_valid(result.project)


def test_a_stage_deleted_in_mine_is_kept_when_theirs_added_a_risk_on_it(base):
    mine, theirs = copies(base)
    stage = find(base, "S-07")
    apply_all(mine, [Remove(stage_ids=[stage.id])])
    apply_all(theirs, [add_risk(Risk(code="R-200", stage_id=stage.id,
                                     statement="Seal numbers not checked"))])
    result = merge(base, mine, theirs)
    assert find(result.project, "R-200").stage_id == stage.id
    assert find(result.project, "S-07").name == stage.name
    assert any(note.startswith("S-07: kept") for note in result.notes)
    assert check_project(result.project) == []


def test_scores_of_theirs_follow_a_profile_change_in_mine(base):
    mine, theirs = copies(base)
    apply_all(mine, [change_profile(mine, builtin_profile("compact-3x3"))])
    score(theirs, "R-002", likelihood=5, impact=5)
    result = merge(base, mine, theirs)
    assert result.project.profile.key == "compact-3x3"
    risk = find(result.project, "R-002")
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 3)
    assert result.conflicts == []
    assert check_project(result.project) == []


def test_moving_the_same_stage_on_both_sides_is_not_a_conflict(base):
    mine, theirs = copies(base)
    stage = base.all_stages()[0]
    apply_all(mine, [move_stages(mine, {stage.id: (10.0, 20.0)})])
    apply_all(theirs, [move_stages(theirs, {stage.id: (300.0, 40.0)})])
    result = merge(base, mine, theirs)
    assert result.conflicts == []
    position = result.project.stage(stage.id).position
    assert position is not None and (position.x, position.y) == (10.0, 20.0)


def test_audit_logs_of_both_copies_are_kept_once_in_time_order(base):
    mine, theirs = copies(base)
    day = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    mine.audit_log.append(AuditEntry(when=day + dt.timedelta(hours=2), who="anna",
                                     entity="R-001", field="owner", old="a", new="b"))
    theirs.audit_log.append(AuditEntry(when=day + dt.timedelta(hours=1), who="marc",
                                       entity="R-002", field="owner", old="c", new="d"))
    log = merge(base, mine, theirs).project.audit_log
    assert len(log) == len(base.audit_log) + 2
    assert [e.who for e in log[-2:]] == ["marc", "anna"]


def test_identical_copies_merge_to_the_same_project(base):
    mine, theirs = copies(base)
    result = merge(base, mine, theirs)
    assert result.project.model_dump() == base.model_dump()
    assert result.conflicts == [] and result.notes == []


def test_a_risk_moved_to_different_stages_names_the_stages_by_code(base):
    mine, theirs = copies(base)
    edit(mine, "R-001", EntityType.RISK, stage_id=find(mine, "S-02").id)
    edit(theirs, "R-001", EntityType.RISK, stage_id=find(theirs, "S-03").id)
    (conflict,) = merge(base, mine, theirs).conflicts
    assert (conflict.field, conflict.mine_value, conflict.theirs_value) == \
        ("stage_id", "S-02", "S-03")
