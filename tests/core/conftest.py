"""Shared fixtures for core tests: a small hand-made project."""

from __future__ import annotations

import datetime as dt

import pytest

from riskmap.model import (
    Assessment,
    Control,
    Flow,
    Measure,
    Process,
    Project,
    Risk,
    Stage,
)
from riskmap.vocabulary import Effectiveness, KeyFactor, MeasureStatus


def small_project() -> Project:
    """Arrival -> declaration -> channel allocation -> green / red -> release."""
    names = ["Arrival", "Declaration", "Channel allocation", "Physical examination", "Release"]
    stages = [Stage(code=f"S-0{n}", name=name) for n, name in enumerate(names, start=1)]
    s = {stage.code: stage for stage in stages}
    pairs = [("S-01", "S-02", ""), ("S-02", "S-03", ""), ("S-03", "S-05", "green channel"),
             ("S-03", "S-04", "red channel"), ("S-04", "S-05", "")]
    flows = [
        Flow(code=f"F-0{n}", source=s[a].id, target=s[b].id, label=text)
        for n, (a, b, text) in enumerate(pairs, start=1)
    ]
    process = Process(code="P-01", name="Sea import", stages=stages, flows=flows)
    risks = [
        Risk(code="R-001", stage_id=s["S-02"].id, statement="Broker pays officer to accept a "
             "wrong tariff code", inherent=Assessment(likelihood=4, impact=4),
             residual=Assessment(likelihood=3, impact=4), target=Assessment(likelihood=2, impact=3),
             controls=[Control(description="Supervisor review",
                               effectiveness=Effectiveness.PARTIALLY_EFFECTIVE)]),
        Risk(code="R-002", stage_id=s["S-03"].id, statement="Officer overrides the red channel",
             inherent=Assessment(likelihood=5, impact=5),
             residual=Assessment(likelihood=4, impact=5)),
        Risk(code="R-003", flow_id=flows[3].id, statement="File handed to a friendly examiner",
             residual=Assessment(likelihood=2, impact=2)),
        Risk(code="R-004", stage_id=s["S-04"].id, statement="Examiner skips the inspection"),
    ]
    measures = [
        Measure(code="M-001", title="Audit trail on channel overrides",
                risk_ids=[risks[1].id], key_factors=[KeyFactor.AUTOMATION, KeyFactor.AUDIT],
                deadline=dt.date(2026, 3, 1), status=MeasureStatus.IN_PROGRESS, progress=40),
        Measure(code="M-002", title="Random allocation of examiners",
                risk_ids=[risks[2].id, risks[3].id], key_factors=[KeyFactor.HUMAN_RESOURCES],
                deadline=dt.date(2027, 6, 30)),
    ]
    return Project(processes=[process], risks=risks, measures=measures)


@pytest.fixture
def project() -> Project:
    return small_project()
