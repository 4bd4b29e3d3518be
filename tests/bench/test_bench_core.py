"""Core figures: load, save, validation and analysis at workshop and national size."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from riskmap import storage
from riskmap.analysis import heatmap_grid, ranking, stage_ratings
from riskmap.checks import check_project
from riskmap.graph import check_graphs
from riskmap.testing import generate
from riskmap.vocabulary import ScoreKind
from tests.bench.conftest import Figure, measure, record, timed

TARGET_LOAD = {"workshop": 0.05, "national": 1.5}
TARGET_ANALYSIS = {"workshop": 0.05, "national": 1.0}


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_load(benchmark, projects, size):
    _, path = projects[size]
    seconds = measure(benchmark, lambda: storage.load(path))
    floor = timed(lambda: json.loads(path.read_text(encoding="utf-8")))
    fig = record(Figure("load .riskmap", size, seconds, "json.loads", floor, TARGET_LOAD[size]))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_save(benchmark, projects, size, tmp_path):
    project, path = projects[size]
    out = tmp_path / "out.riskmap"
    seconds = measure(benchmark, lambda: storage.save(project, out))
    document = json.loads(path.read_text(encoding="utf-8"))
    floor = timed(lambda: out.write_text(json.dumps(document, indent=2, ensure_ascii=False)))
    fig = record(Figure("save .riskmap (atomic)", size, seconds, "json.dumps+write", floor,
                        TARGET_LOAD[size]))
    assert fig.met


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_validation_and_analysis(benchmark, projects, size):
    project, _ = projects[size]

    def analyse() -> None:
        project.touch()
        check_project(project)
        check_graphs(project)
        for kind in ScoreKind:
            heatmap_grid(project, kind)
            stage_ratings(project, kind)
        ranking(project)

    seconds = measure(benchmark, analyse)
    floor = timed(lambda: [r.residual.likelihood for r in project.risks])
    fig = record(Figure("validate + heat maps + ratings + ranking", size, seconds,
                        "touch every risk", floor, TARGET_ANALYSIS[size]))
    assert fig.met


def test_growth_is_linear_in_risks():
    """Load time and memory per risk at 1k, 5k, 10k, 20k risks."""
    rows = []
    for risks in (1000, 5000, 10_000, 20_000):
        project = generate(stages=risks // 10, risks=risks, measures=risks * 2 // 5, seed=2)
        text = storage.dumps(project)
        tracemalloc.start()
        seconds = timed(lambda text=text: storage.loads(text), rounds=1)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append((risks, seconds, peak))
        record(Figure(f"load, {risks} risks", "curve", seconds,
                      note=f"peak {peak / 1e6:.0f} MB traced"))
    per_risk = [s / n for n, s, _ in rows]
    mem_per_risk = [m / n for n, _, m in rows]
    # Linear: the cost per risk at 20k is no worse than twice the cost at 1k.
    assert per_risk[-1] < 2 * per_risk[0] + 1e-4
    assert mem_per_risk[-1] < 2 * mem_per_risk[0]
