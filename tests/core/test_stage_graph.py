"""The light stage graph reads as networkx's DiGraph of the same process would."""

from __future__ import annotations

import random
import subprocess
import sys
import uuid

import networkx as nx

from riskmap.graph import process_graph
from riskmap.model import Flow, Process, Stage
from riskmap.stage_graph import StageGraph


def random_process(seed: int) -> Process:
    """Stages with random flows: loops, repeated pairs, flows to itself, dangling ends."""
    choice = random.Random(seed)
    stages = [Stage(code=f"S-{n:02d}", name=f"Stage {n}") for n in range(choice.randint(1, 14))]
    ends = [s.id for s in stages] + [uuid.uuid4()]
    flows = [Flow(code=f"F-{n:02d}", source=choice.choice(ends), target=choice.choice(ends))
             for n in range(choice.randint(0, 25))]
    return Process(code="P-01", name="Random", stages=stages, flows=flows)


def test_nodes_edges_degrees_and_cycles_as_networkx_has_them():
    for seed in range(60):
        process = random_process(seed)
        light, full = StageGraph.of(process), process_graph(process)
        assert list(light) == list(full)
        assert {n: list(light.succ[n]) for n in light} == {n: list(full.succ[n]) for n in full}
        assert {n: list(light.pred[n]) for n in light} == {n: list(full.pred[n]) for n in full}
        assert all(light.succ[u][v] is full.edges[u, v]["flow"] for u, v in full.edges)
        assert [light.degree(n) for n in light] == [full.degree(n) for n in full]
        pick = random.Random(seed)
        among = [n for n in full if pick.random() < 0.8]
        expected = {n for part in nx.strongly_connected_components(full.subgraph(among))
                    if len(part) > 1 for n in part}  # a flow to itself makes no such part
        assert StageGraph.of(process, loops=False).on_cycles(among) == expected


def test_validation_and_layout_need_no_networkx():
    """The app checks and draws every process it opens without importing networkx."""
    code = ("import sys; from riskmap import graph; from riskmap.testing import generate; "
            "p = generate(stages=60, risks=10, measures=2, seed=1); graph.check_graphs(p); "
            "[graph.positions(x) for x in p.processes]; print('networkx' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
