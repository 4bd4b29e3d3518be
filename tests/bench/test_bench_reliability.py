"""Reliability figures: audit diff on save, merging two copies, encrypted save and open."""

from __future__ import annotations

import datetime as dt

import pytest

from riskmap import storage
from riskmap.audit import diff_projects
from riskmap.merge import merge
from tests.bench.conftest import Figure, measure, record, timed

WHEN = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TARGET_AUDIT = {"workshop": 0.05, "national": 1.0}
# The issue sets no merge target; at national size the stable figure is the ratio to a
# save + load of the same project (4.0 s was 2.2x that on a quiet machine).
TARGET_MERGE = {"workshop": 0.2, "national": None}
MAX_RATIO_MERGE = {"workshop": None, "national": 3.0}


def edited(project, every: int):
    """A copy with one risk in `every` re-scored and re-owned."""
    copy = project.model_copy(deep=True)
    for risk in copy.risks[::every]:
        risk.owner = "Head of Enforcement"
        risk.residual.likelihood = 1
    return copy


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_audit_diff(benchmark, projects, size):
    project, _ = projects[size]
    after = edited(project, 50)
    seconds = measure(benchmark, lambda: diff_projects(project, after, "anna", WHEN))
    floor = timed(lambda: project.model_copy(deep=True))
    fig = record(Figure("audit diff (2% of risks edited)", size, seconds, "deep copy", floor,
                        TARGET_AUDIT[size]))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_merge(benchmark, projects, size):
    project, _ = projects[size]
    mine, theirs = edited(project, 40), edited(project.model_copy(deep=True), 70)
    for risk in theirs.risks[::70]:
        risk.owner = "Director of Audit"
    seconds = measure(benchmark, lambda: merge(project, mine, theirs), rounds=1)
    floor = timed(lambda: storage.loads(storage.dumps(project)), rounds=1)
    fig = record(Figure("three-way merge", size, seconds, "save+load text", floor,
                        TARGET_MERGE[size], max_ratio=MAX_RATIO_MERGE[size]))
    assert fig.met


def test_encrypted_save_and_open(benchmark, projects, tmp_path):
    project, _ = projects["national"]
    path = tmp_path / "sealed.riskmap"

    def round_trip() -> None:
        storage.save(project, path, password="bench")
        storage.load(path, password="bench")

    seconds = measure(benchmark, round_trip, rounds=1)
    plain = tmp_path / "plain.riskmap"
    floor = timed(lambda: (storage.save(project, plain), storage.load(plain)), rounds=1)
    record(Figure("encrypted save + open", "national", seconds, "plain save + open", floor,
                  note="two scrypt derivations included"))
