"""Edits change the project as asked, report what changed, and undo exactly."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from riskmap import storage
from riskmap.edits import (
    Action,
    Applied,
    Batch,
    Edit,
    EditError,
    EntityType,
    Remove,
    SetFields,
    add_flow,
    add_measure,
    add_risk,
    add_stage,
    change_profile,
    link_risks,
    move_stages,
    replace_project_content,
    set_score,
)
from riskmap.model import AuditEntry, Flow, Measure, Project, Risk, Stage
from riskmap.scales import builtin_profile
from riskmap.vocabulary import MeasureStatus, ScoreKind
from tests.core.conftest import small_project


def by_code(project: Project, code: str) -> Stage:
    return next(s for s in project.all_stages() if s.code == code)


def test_deleting_a_stage_takes_its_flows_and_risks_and_undo_brings_all_back(project):
    before = storage.dumps(project)
    exam = by_code(project, "S-04")
    applied = Remove(stage_ids=[exam.id]).apply(project)
    assert applied.text == "Delete stage S-04 Physical examination"
    assert [s.code for s in project.all_stages()] == ["S-01", "S-02", "S-03", "S-05"]
    assert [f.code for f in project.processes[0].flows] == ["F-01", "F-02", "F-03"]
    # R-003 sat on the flow into the examination, R-004 on the stage itself.
    assert [r.code for r in project.risks] == ["R-001", "R-002"]
    assert project.measures[1].risk_ids == []
    removed = {(c.entity, c.action) for c in applied.changes}
    assert (EntityType.STAGE, Action.REMOVED) in removed
    assert (EntityType.MEASURE, Action.UPDATED) in removed
    applied.inverse.apply(project)
    assert storage.dumps(project) == before


def test_set_score_is_checked_against_the_profile(project):
    risk = project.risks[3]
    with pytest.raises(EditError, match="outside the profile"):
        set_score(project, risk.id, ScoreKind.RESIDUAL, 6, 2)
    applied = set_score(project, risk.id, ScoreKind.RESIDUAL, 3, 2).apply(project)
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 2)
    assert applied.changes[0].fields == {"residual"}
    applied.inverse.apply(project)
    assert risk.residual.likelihood is None


def test_invalid_value_is_refused_and_nothing_changes(project):
    measure = project.measures[0]
    edit = SetFields(EntityType.MEASURE, measure.id, {"owner": "Head of IT", "progress": 140})
    with pytest.raises(EditError, match="progress"):
        edit.apply(project)
    assert measure.owner == "" and measure.progress == 40


def test_switching_to_a_smaller_profile_remaps_scores_and_undoes(project):
    before = storage.dumps(project)
    applied = change_profile(project, builtin_profile("compact-3x3")).apply(project)
    assert project.profile.key == "compact-3x3"
    r2 = project.risks[1]
    assert (r2.inherent.likelihood, r2.inherent.impact) == (3, 3)
    assert (r2.residual.likelihood, r2.residual.impact) == (3, 3)
    assert applied.text == "Switch scale profile to Compact (3 x 3)"
    applied.inverse.apply(project)
    assert storage.dumps(project) == before


def test_batch_rolls_back_when_one_edit_fails(project):
    before = storage.dumps(project)
    good = SetFields(EntityType.METADATA, None, {"office": "Port"})
    bad = SetFields(EntityType.RISK, uuid.uuid4(), {"owner": "x"})
    with pytest.raises(EditError):
        Batch([good, bad]).apply(project)
    assert storage.dumps(project) == before


def test_move_stages_pins_them(project):
    stage = by_code(project, "S-02")
    move_stages(project, {stage.id: (10.0, 20.0)}).apply(project)
    assert stage.position is not None and (stage.position.x, stage.position.y) == (10.0, 20.0)
    assert stage.pinned


# --- property: any sequence of edits, undone in reverse, gives the project back ---------

def _edit_strategy(project: Project, data: st.DataObject) -> Edit:
    stages = project.all_stages()
    kind = data.draw(st.sampled_from([
        "add_stage", "remove_stage", "add_flow", "remove_flow", "add_risk", "remove_risk",
        "score", "rename", "add_measure", "remove_measure", "link", "status", "profile",
        "move", "metadata",
    ]))
    process = project.processes[0]
    n = data.draw(st.integers(min_value=0, max_value=10_000))
    if kind == "add_stage":
        stage = Stage(code=f"S-X{n}", name=data.draw(st.text(max_size=20)))
        return add_stage(process.id, stage, index=data.draw(st.none() | st.integers(0, 8)))
    if kind == "remove_stage" and stages:
        chosen = data.draw(st.lists(st.sampled_from(stages), min_size=1, max_size=3))
        return Remove(stage_ids=[s.id for s in chosen])
    if kind == "add_flow" and len(stages) >= 2:
        a, b = data.draw(st.sampled_from(stages)), data.draw(st.sampled_from(stages))
        return add_flow(process.id, Flow(code=f"F-X{n}", source=a.id, target=b.id))
    if kind == "remove_flow" and process.flows:
        return Remove(flow_ids=[data.draw(st.sampled_from(process.flows)).id])
    if kind == "add_risk" and stages:
        stage = data.draw(st.sampled_from(stages))
        return add_risk(Risk(code=f"R-X{n}", stage_id=stage.id, statement="new risk"))
    if kind == "remove_risk" and project.risks:
        chosen_risks = data.draw(st.lists(st.sampled_from(project.risks), min_size=1, max_size=3))
        return Remove(risk_ids=[r.id for r in chosen_risks])
    if kind == "score" and project.risks:
        risk = data.draw(st.sampled_from(project.risks))
        level = st.none() | st.integers(1, project.profile.size[0])
        return set_score(project, risk.id, data.draw(st.sampled_from(list(ScoreKind))),
                         data.draw(level), data.draw(st.none() | st.integers(1, 3)))
    if kind == "rename" and stages:
        stage = data.draw(st.sampled_from(stages))
        return SetFields(EntityType.STAGE, stage.id, {"name": data.draw(st.text(max_size=30))})
    if kind == "add_measure":
        return add_measure(Measure(code=f"M-X{n}", title="new measure"))
    if kind == "remove_measure" and project.measures:
        return Remove(measure_ids=[data.draw(st.sampled_from(project.measures)).id])
    if kind == "link" and project.measures and project.risks:
        measure = data.draw(st.sampled_from(project.measures))
        risks = data.draw(st.lists(st.sampled_from(project.risks), max_size=3))
        return link_risks(project, measure.id, [r.id for r in risks])
    if kind == "status" and project.measures:
        measure = data.draw(st.sampled_from(project.measures))
        status = data.draw(st.sampled_from(list(MeasureStatus)))
        return SetFields(EntityType.MEASURE, measure.id, {"status": status})
    if kind == "profile":
        key = data.draw(st.sampled_from(["wco-5x5", "eu-fraud-4x4", "compact-3x3"]))
        return change_profile(project, builtin_profile(key))
    if kind == "move" and stages:
        stage = data.draw(st.sampled_from(stages))
        return move_stages(project, {stage.id: (float(n), float(-n))})
    return SetFields(EntityType.METADATA, None, {"office": f"Office {n}"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undone_in_reverse_restore_the_project_field_for_field(data):
    project = small_project()
    original = project.model_dump()
    done: list[Applied] = []
    for _ in range(data.draw(st.integers(1, 12))):
        edit = _edit_strategy(project, data)
        applied = edit.apply(project)
        # Undo then redo gives the same state as the first application.
        after = project.model_dump()
        redo = applied.inverse.apply(project).inverse
        applied = redo.apply(project)
        assert project.model_dump() == after
        done.append(applied)
    for applied in reversed(done):
        applied.inverse.apply(project)
    assert project.model_dump() == original
    assert storage.dumps(project) == storage.dumps(Project.model_validate(original))


def test_replacing_the_whole_content_is_one_step_that_undoes_and_keeps_the_log(project):
    before = project.model_dump(exclude={"audit_log"})
    other = small_project()
    other.metadata.title = "Merged copy"
    other.risks[0].owner = "Head of Enforcement"
    del other.measures[0]
    applied = replace_project_content(other, "Merge a copy").apply(project)
    assert applied.text == "Merge a copy"
    assert [c.entity for c in applied.changes] == [EntityType.PROJECT]
    assert project.metadata.title == "Merged copy"
    assert project.risks[0].owner == "Head of Enforcement"
    assert len(project.measures) == len(other.measures)
    assert project.index.risks[project.risks[0].id] is project.risks[0]  # index rebuilt
    other.risks[0].owner = "someone else"  # the project holds copies, not `other` itself
    assert project.risks[0].owner == "Head of Enforcement"
    # Recorded after the replacement: undoing it must not take the entry back.
    entry = AuditEntry(when=dt.datetime(2026, 1, 5, tzinfo=dt.UTC), who="anna",
                       entity="R-001", field="owner")
    project.audit_log.append(entry)
    applied.inverse.apply(project)
    assert project.model_dump(exclude={"audit_log"}) == before
    assert project.audit_log[-1] == entry


def test_an_insert_that_cannot_complete_changes_nothing(project):
    before = storage.dumps(project)
    orphan = Stage(code="S-99", name="Nowhere")
    with pytest.raises(EditError, match="process"):
        add_stage(uuid.uuid4(), orphan).apply(project)
    existing = project.risks[0].model_copy()
    with pytest.raises(EditError, match="same id"):
        add_risk(existing).apply(project)
    assert storage.dumps(project) == before
