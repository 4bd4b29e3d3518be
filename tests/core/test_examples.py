"""The bundled example projects: valid, complete enough to demo every view, byte-stable."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from riskmap import storage
from riskmap.analysis import overdue_measures, rate
from riskmap.checks import check_project
from riskmap.graph import check_graphs
from riskmap.model import Project, Round
from riskmap.resources import examples, examples_dir
from riskmap.vocabulary import KeyFactor, MeasureStatus, ScoreKind

TODAY = dt.date(2026, 11, 23)
NAMES = ["landborder-transit.riskmap", "seaport-import.riskmap"]
MAKER = Path(__file__).resolve().parents[2] / "tools" / "make_examples.py"


def _load(name: str) -> Project:
    return storage.load(examples_dir() / name)


def test_both_examples_are_shipped() -> None:
    assert set(NAMES) <= {path.name for path in examples()}


@pytest.mark.parametrize("name", NAMES)
def test_example_has_no_problem(name: str) -> None:
    project = _load(name)
    assert check_project(project) == []
    assert check_graphs(project) == []


@pytest.mark.parametrize("name", NAMES)
def test_load_then_save_gives_the_same_bytes(name: str, tmp_path: Path) -> None:
    copy = tmp_path / name
    storage.save(_load(name), copy)
    assert copy.read_bytes() == (examples_dir() / name).read_bytes()


@pytest.mark.parametrize("name", NAMES)
def test_scores_fall_from_inherent_to_residual_to_target(name: str) -> None:
    project = _load(name)
    for risk in project.risks:
        scores = [rate(risk, kind, project.profile) for kind in ScoreKind]
        assert all(scores), risk.code
        inherent, residual, target = (s.score for s in scores if s)
        assert inherent >= residual >= target, risk.code
        assert risk.statement and risk.owner and risk.controls and risk.last_reviewed


@pytest.mark.parametrize("name", NAMES)
def test_every_measure_fills_the_action_plan_row(name: str) -> None:
    project = _load(name)
    for m in project.measures:
        filled = [m.title, m.risk_ids, m.key_factors, m.type, m.owner, m.supporting_unit,
                  m.start, m.deadline, m.resources, m.indicator, m.baseline, m.target]
        assert all(filled), m.code
        assert m.start and m.deadline and m.start < m.deadline
        assert (m.progress == 100) == (m.status is MeasureStatus.DONE), m.code
    assert {f for m in project.measures for f in m.key_factors} == set(KeyFactor)
    assert overdue_measures(project, TODAY)


def test_seaport_maps_a_full_import_clearance() -> None:
    project = _load("seaport-import.riskmap")
    assert project.profile.key == "wco-5x5"
    assert project.metadata.classification == "RESTRICTED"
    assert 12 <= len(project.metadata.participants) <= 18
    assert len(project.all_stages()) >= 15
    assert len(project.risks) >= 40
    assert len(project.measures) >= 25
    assert sum(1 for r in project.risks if r.flow_id is not None) >= 2
    process = project.processes[0]
    allocation = next(s for s in process.stages if "channel allocation" in s.name)
    branches = {f.label: project.stage(f.target).name for f in process.flows
                if f.source == allocation.id}
    assert set(branches) == {"green channel", "yellow channel", "red channel"}
    assert "Documentary check" in branches["yellow channel"]
    assert "scanning" in branches["red channel"]
    assert {m.status for m in project.measures} == set(MeasureStatus)


def test_seaport_has_critical_residual_risks_where_experts_expect_them() -> None:
    project = _load("seaport-import.riskmap")
    critical_on = set()
    for risk in project.risks:
        rating = rate(risk, ScoreKind.RESIDUAL, project.profile)
        stage = project.index.stage_of_risk(risk)
        if rating and rating.band.name == "Critical" and stage:
            critical_on.add(stage.name)
    assert {"Risk assessment and channel allocation", "Physical examination",
            "Assessment and payment of duties"} <= critical_on


def test_seaport_rounds_show_progress_since_the_first_workshop() -> None:
    project = _load("seaport-import.riskmap")
    first, second = project.rounds
    assert (first.name, second.name) == ("Workshop May 2025", "Review May 2026")
    assert first.closed_on < second.closed_on
    assert len(first.risks) < len(second.risks) == len(project.risks)

    def residual_total(snapshot: Round) -> int:
        levels = [(s.residual.likelihood or 0, s.residual.impact or 0)
                  for rid, s in snapshot.risks.items() if rid in first.risks]
        return sum(project.profile.score(lik, imp) for lik, imp in levels)

    def done(snapshot: Round) -> int:
        return sum(1 for s in snapshot.measures.values() if s.status is MeasureStatus.DONE)

    assert residual_total(first) > residual_total(second)
    assert done(first) < done(second)
    assert project.audit_log


def test_landborder_maps_a_transit_on_the_four_by_four_profile() -> None:
    project = _load("landborder-transit.riskmap")
    assert project.profile.key == "eu-fraud-4x4"
    assert 8 <= len(project.all_stages()) <= 12
    assert 12 <= len(project.risks) <= 20
    assert 8 <= len(project.measures) <= 14
    assert len(project.rounds) == 1
    names = [s.name for s in project.all_stages()]
    assert any("inspection" in n for n in names) and any("discharge" in n for n in names)
    seaport = _load("seaport-import.riskmap")
    assert project.metadata.office != seaport.metadata.office
    people = {p.name for p in project.metadata.participants if p.name}
    assert not people & {p.name for p in seaport.metadata.participants}


@pytest.mark.skipif(not MAKER.is_file(), reason="tools/ is not shipped in the sdist")
def test_examples_are_what_the_script_makes() -> None:
    result = subprocess.run([sys.executable, str(MAKER), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
