"""Integrity problems name the entity by its code and say what is wrong."""

from __future__ import annotations

import uuid

from riskmap.checks import check_project
from riskmap.model import Assessment, Flow, Measure, Risk


def messages(project) -> list[str]:
    return [f"{p.code}: {p.message}" for p in check_project(project)]


def test_a_clean_project_has_no_problems(project):
    assert check_project(project) == []


def test_risk_on_a_missing_stage(project):
    project.risks.append(Risk(code="R-009", stage_id=uuid.uuid4(), statement="x"))
    project.touch()
    assert messages(project) == ["R-009: risk is on a stage that does not exist"]


def test_level_outside_the_profile(project):
    project.risks[0].residual = Assessment(likelihood=6, impact=2)
    assert messages(project) == [
        "R-001: residual likelihood 6 is outside the profile 'WCO default (5 x 5)' (1 to 5)"]


def test_duplicate_code(project):
    project.measures.append(Measure(code="M-001", title="Again"))
    assert "M-001: the measure code M-001 is used 2 times; codes must be unique" in messages(
        project)


def test_flow_to_nowhere(project):
    process = project.processes[0]
    process.flows.append(Flow(code="F-09", source=process.stages[0].id, target=uuid.uuid4()))
    project.touch()
    assert messages(project) == ["F-09: flow goes to a stage that is not in process P-01"]


def test_measure_linked_to_a_missing_risk(project):
    project.measures[0].risk_ids.append(uuid.uuid4())
    assert messages(project) == ["M-001: measure is linked to 1 risk(s) that do not exist"]


def test_risk_on_both_a_stage_and_a_flow(project):
    risk = project.risks[0]
    risk.flow_id = project.processes[0].flows[0].id
    assert messages(project) == ["R-001: a risk must be on exactly one stage or one flow"]
