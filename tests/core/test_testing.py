"""The synthetic project generator: deterministic, valid, of the asked size."""

from __future__ import annotations

import time
from collections import deque
from pathlib import Path

import pytest

from riskmap import storage
from riskmap.checks import check_project
from riskmap.model import Process
from riskmap.testing import REFERENCE_DATE, generate
from riskmap.vocabulary import MeasureStatus


def _reachable(process: Process, start: str, forward: bool) -> set[str]:
    edges: dict[str, list[str]] = {}
    codes = {s.id: s.code for s in process.stages}
    for flow in process.flows:
        a, b = codes[flow.source], codes[flow.target]
        edges.setdefault(a if forward else b, []).append(b if forward else a)
    seen, todo = {start}, deque([start])
    while todo:
        for nxt in edges.get(todo.popleft(), []):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_same_seed_gives_identical_file_text() -> None:
    assert storage.dumps(generate(seed=7)) == storage.dumps(generate(seed=7))


def test_other_seed_gives_another_project() -> None:
    assert storage.dumps(generate(seed=1)) != storage.dumps(generate(seed=2))


def test_sizes_and_codes() -> None:
    project = generate(stages=120, risks=1200, measures=150)
    stages = project.all_stages()
    assert len(stages) == 120
    assert len(project.risks) == 1200
    assert len(project.measures) == 150
    assert [p.code for p in project.processes] == ["P-01", "P-02"]
    assert stages[0].code == "S-01"
    assert stages[99].code == "S-100"
    assert project.risks[0].code == "R-001"
    assert project.risks[999].code == "R-1000"
    assert project.measures[0].code == "M-001"


@pytest.mark.parametrize("profile_key", ["wco-5x5", "eu-fraud-4x4", "compact-3x3",
                                         "corruption-severe-5x3"])
def test_generated_projects_have_no_integrity_problem(profile_key: str) -> None:
    for seed in range(5):
        project = generate(seed=seed, profile_key=profile_key)
        assert check_project(project) == []
        for risk in project.risks:
            scores = [
                project.profile.score(a.likelihood, a.impact)  # type: ignore[arg-type]
                for a in (risk.inherent, risk.residual, risk.target)
            ]
            assert scores[0] >= scores[1] >= scores[2]


def test_every_stage_is_on_a_path_from_entry_to_exit() -> None:
    project = generate(stages=200, seed=3)
    for process in project.processes:
        targets = {f.target for f in process.flows}
        sources = {f.source for f in process.flows}
        entries = [s.code for s in process.stages if s.id not in targets]
        exits = [s.code for s in process.stages if s.id not in sources]
        assert len(entries) == 1 and len(exits) == 1
        codes = {s.code for s in process.stages}
        assert _reachable(process, entries[0], forward=True) == codes
        assert _reachable(process, exits[0], forward=False) == codes


def test_processes_branch_into_labelled_channels() -> None:
    project = generate(stages=200, seed=4)
    labels = {f.label for p in project.processes for f in p.flows}
    assert {"green channel", "red channel"} <= labels
    positions = {(s.position.x, s.position.y) for s in project.all_stages() if s.position}
    assert len(project.processes) == 4
    assert all(x % 250 == 0 for x, _ in positions)


def test_some_risks_sit_on_flows() -> None:
    project = generate(risks=2000)
    on_flows = sum(1 for r in project.risks if r.flow_id is not None)
    assert 40 < on_flows < 200


def test_measures_are_realistic_action_plan_rows() -> None:
    project = generate(measures=300)
    statuses = {m.status for m in project.measures}
    assert statuses == set(MeasureStatus)
    assert any(m.is_overdue(REFERENCE_DATE) for m in project.measures)
    for measure in project.measures:
        assert 1 <= len(measure.risk_ids) <= 4
        assert 1 <= len(measure.key_factors) <= 3
        assert measure.start and measure.deadline and measure.start < measure.deadline
        assert measure.owner and measure.indicator and measure.type is not None
        if measure.status is MeasureStatus.DONE:
            assert measure.progress == 100
        if measure.status is MeasureStatus.PLANNED:
            assert measure.progress == 0


def test_save_and_load_round_trip_keeps_the_text(tmp_path: Path) -> None:
    project = generate(seed=5)
    path = tmp_path / "synthetic.riskmap"
    storage.save(project, path)
    assert storage.dumps(storage.load(path)) == storage.dumps(project)


def test_national_map_generates_in_seconds() -> None:
    started = time.perf_counter()
    project = generate(stages=1000, risks=10_000, measures=4000)
    assert time.perf_counter() - started < 10
    assert len(project.processes) == 20
    assert check_project(project) == []


def test_empty_project_is_allowed() -> None:
    project = generate(stages=0, risks=0, measures=0)
    assert project.processes == [] and project.risks == []
