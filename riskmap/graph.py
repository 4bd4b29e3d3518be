"""Graph view of a process: validation, paths, chokepoints, exposure and automatic layout.

Validation and layout (every open, every edit) run on a light StageGraph; paths and
chokepoints on a networkx DiGraph, imported only when they are asked for."""

from __future__ import annotations

import itertools
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from riskmap.analysis import Rating, rate, rating_key
from riskmap.checks import DANGLING_FLOW, Problem, Severity
from riskmap.layout import (
    LAYER_GAP,
    ROW_GAP,
    STAGE_HEIGHT,
    STAGE_WIDTH,
    back_edges,
    layering,
    place,
)
from riskmap.model import Flow, Position, Process, Project, Stage
from riskmap.stage_graph import StageGraph
from riskmap.vocabulary import ScoreKind

if TYPE_CHECKING:
    import networkx as nx

    Graph: TypeAlias = StageGraph | nx.DiGraph

__all__ = [
    "LAYER_GAP",
    "ROW_GAP",
    "STAGE_HEIGHT",
    "STAGE_WIDTH",
    "PathExposure",
    "auto_layout",
    "bounding_box",
    "check_graphs",
    "check_process",
    "chokepoints",
    "entry_stages",
    "exit_stages",
    "exposure",
    "flow_order",
    "layers",
    "path_exposures",
    "paths",
    "positions",
    "process_graph",
]

_SOURCE, _SINK = object(), object()  # virtual ends for dominators; never equal to a UUID

Edge = tuple[uuid.UUID, uuid.UUID]


def process_graph(process: Process) -> nx.DiGraph:
    """The process as a DiGraph: nodes are stage ids ("stage"), edges carry their "flow".

    Flows whose source or target is not a stage of the process are skipped; of several
    flows between the same two stages, the first one in the list is the edge's flow.
    """
    import networkx as nx

    graph = nx.DiGraph()
    for stage in process.stages:
        if stage.id not in graph:
            graph.add_node(stage.id, stage=stage)
    for flow in process.flows:
        ends_known = flow.source in graph and flow.target in graph
        if ends_known and not graph.has_edge(flow.source, flow.target):
            graph.add_edge(flow.source, flow.target, flow=flow)
    return graph


def _plain(process: Process) -> StageGraph:
    """The process graph without flows from a stage to itself (reported, never structural)."""
    return StageGraph.of(process, loops=False)


def _plain_nx(process: Process) -> nx.DiGraph:
    """The same graph as `_plain`, for the algorithms of networkx."""
    graph = process_graph(process)
    graph.remove_edges_from([(u, v) for u, v in graph.edges if u == v])
    return graph


def _stages(graph: Graph, nodes: Iterable[uuid.UUID]) -> list[Stage]:
    return [graph.nodes[node]["stage"] for node in nodes]


def _entries(graph: Graph) -> list[uuid.UUID]:
    return [node for node in graph if graph.in_degree(node) == 0]


def _exits(graph: Graph) -> list[uuid.UUID]:
    return [node for node in graph if graph.out_degree(node) == 0]


def entry_stages(process: Process) -> list[Stage]:
    """Stages no flow comes into, in stage list order (an unconnected stage is one too)."""
    graph = _plain(process)
    return _stages(graph, _entries(graph))


def exit_stages(process: Process) -> list[Stage]:
    """Stages no flow leaves, in stage list order (an unconnected stage is one too)."""
    graph = _plain(process)
    return _stages(graph, _exits(graph))


def _reach(graph: Graph, starts: Iterable[uuid.UUID], forward: bool = True) -> set[uuid.UUID]:
    """Every node reachable from (or, backwards, reaching) one of the starts, starts included."""
    step = graph.succ if forward else graph.pred
    seen = set(starts)
    queue = deque(seen)
    while queue:
        for nxt in step[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def check_process(process: Process) -> list[Problem]:
    """Problems with the shape of a process, one line each, naming stages and flows by code."""
    warn = Severity.WARNING
    problems: list[Problem] = []
    if not process.stages:
        problems.append(Problem.of(process.code, "process has no stages", warn, process.id))
    codes = {stage.id: stage.code for stage in process.stages}
    first_of_pair: dict[Edge, Flow] = {}
    for flow in process.flows:
        # Worded as in checks.check_references, so that a combined list can drop repeats.
        dangling = [
            Problem.of(flow.code, DANGLING_FLOW[end], Severity.ERROR, flow.id,
                       process=process.code)
            for end, stage_id in (("source", flow.source), ("target", flow.target))
            if stage_id not in codes
        ]
        problems += dangling
        source, target = codes.get(flow.source), codes.get(flow.target)
        if dangling:
            continue
        if flow.source == flow.target:
            problems.append(Problem.of(
                flow.code, "flow goes from stage {stage} back to itself", warn, flow.id,
                stage=source,
            ))
            continue
        first = first_of_pair.setdefault((flow.source, flow.target), flow)
        if first is not flow:
            problems.append(Problem.of(
                flow.code, "flow repeats {flow} from {source} to {target}", warn, flow.id,
                flow=first.code, source=source, target=target,
            ))
    graph = _plain(process)
    entries, exits = _entries(graph), _exits(graph)
    if graph and not entries:
        problems.append(Problem.of(
            process.code, "process has no entry stage: every stage has a flow coming in",
            warn, process.id,
        ))
    if graph and not exits:
        problems.append(Problem.of(
            process.code, "process has no exit stage: every stage has a flow going out",
            warn, process.id,
        ))
    reached = _reach(graph, entries) if entries else set(graph)
    can_exit = _reach(graph, exits, forward=False) if exits else set(graph)
    in_loop = graph.on_cycles(node for node in graph if node not in can_exit)
    for stage in _stages(graph, graph):
        if len(graph) > 1 and graph.degree(stage.id) == 0:
            problems.append(Problem.of(
                stage.code, "stage has no flows to or from other stages", warn, stage.id
            ))
        if stage.id not in reached:
            problems.append(Problem.of(
                stage.code, "stage cannot be reached from any entry stage", warn, stage.id
            ))
        if stage.id not in can_exit:
            problems.append(Problem.of(
                stage.code, "stage is caught in a loop and can never reach an exit stage"
                if stage.id in in_loop
                else "stage only leads into a loop and can never reach an exit stage",
                warn, stage.id,
            ))
    return problems


def check_graphs(project: Project) -> list[Problem]:
    """Shape problems of every process of a project, process by process."""
    return [problem for process in project.processes for problem in check_process(process)]


def _path_graph(process: Process) -> nx.DiGraph:
    """The graph paths run through: unconnected stages left out once any flow exists."""
    graph = _plain_nx(process)
    if graph.number_of_edges():
        graph.remove_nodes_from([node for node in list(graph) if graph.degree(node) == 0])
    return graph


def paths(process: Process, limit: int = 1000) -> list[list[uuid.UUID]]:
    """Simple paths from an entry to an exit stage, as stage ids; at most `limit` of them.

    Stages with no flows are left out of paths while the process has any flow; a
    process without flows has one single-stage path per stage.
    """
    import networkx as nx

    graph = _path_graph(process)
    entries, exits = _entries(graph), set(_exits(graph))
    useful = _reach(graph, entries) & _reach(graph, exits, forward=False)
    graph = graph.subgraph(node for node in graph if node in useful).copy()
    found = (
        path
        for entry in entries
        if entry in graph
        for path in nx.all_simple_paths(graph, entry, exits & useful)
    )
    return list(itertools.islice(found, max(limit, 0)))


def chokepoints(process: Process) -> list[Stage]:
    """Stages that every path from an entry to an exit crosses, in flow order."""
    import networkx as nx

    graph = _path_graph(process)
    entries, exits = _entries(graph), _exits(graph)
    if not entries or not exits:
        return []
    graph.add_edges_from((_SOURCE, entry) for entry in entries)
    graph.add_edges_from((exit_, _SINK) for exit_ in exits)
    idom = nx.immediate_dominators(graph, _SOURCE)
    chain: list[uuid.UUID] = []
    node = idom.get(_SINK, _SOURCE)
    while node is not _SOURCE:
        chain.append(node)
        node = idom[node]
    return _stages(graph, reversed(chain))


@dataclass(frozen=True)
class PathExposure:
    """What a path through the process is exposed to: the risks on its stages and flows."""

    stage_ids: list[uuid.UUID]
    flow_ids: list[uuid.UUID]
    label: str
    risk_count: int
    total_score: int
    top: Rating | None


def _exposure(
    project: Project, graph: nx.DiGraph, path: list[uuid.UUID], kind: ScoreKind
) -> PathExposure:
    for stage_id in path:
        if stage_id not in graph:
            raise ValueError(f"stage {stage_id} is not in this process")
    codes = [graph.nodes[stage_id]["stage"].code for stage_id in path]
    flows: list[Flow] = []
    for (source, target), (a, b) in zip(
        itertools.pairwise(path), itertools.pairwise(codes), strict=True
    ):
        data = graph.get_edge_data(source, target)
        if data is None:
            raise ValueError(f"no flow goes from {a} to {b}")
        flows.append(data["flow"])
    index = project.index
    holders = [*path, *(flow.id for flow in flows)]
    risks = {risk.id: risk for holder in holders for risk in index.risks_on(holder)}
    ratings = [r for r in (rate(risk, kind, project.profile) for risk in risks.values()) if r]
    labels = [flow.label.strip() for flow in flows if flow.label.strip()]
    return PathExposure(
        stage_ids=list(path),
        flow_ids=[flow.id for flow in flows],
        label=", ".join(labels) if labels else " -> ".join(codes),
        risk_count=len(risks),
        total_score=sum(rating.score for rating in ratings),
        top=max(ratings, key=rating_key, default=None),
    )


def exposure(
    project: Project, process: Process, path: list[uuid.UUID], kind: ScoreKind
) -> PathExposure:
    """Risks on the path's stages and on the flows between them, scored for `kind`.

    The label is the flow labels along the path (e.g. "red channel"), or its stage codes
    when no flow on it is labelled. ValueError when the path is not one of the process.
    """
    return _exposure(project, process_graph(process), path, kind)


def path_exposures(project: Project, process: Process, kind: ScoreKind) -> list[PathExposure]:
    """Exposure of every path: highest total score first, then highest top rating, then most
    risks; equal paths keep the order of `paths`."""
    graph = process_graph(process)
    result = [_exposure(project, graph, path, kind) for path in paths(process)]
    result.sort(key=lambda e: (e.total_score, rating_key(e.top), e.risk_count), reverse=True)
    return result


def layers(process: Process) -> dict[uuid.UUID, int]:
    """The layer (column) of each stage: its longest path from an entry, loops ignored."""
    graph = _plain(process)
    return layering(graph, back_edges(graph))


def _stored(process: Process) -> dict[uuid.UUID, Position]:
    return {s.id: s.position for s in process.stages if s.position is not None}


def auto_layout(process: Process, respect_pinned: bool = True) -> dict[uuid.UUID, Position]:
    """A left-to-right layered layout of the process; the process itself is not changed.

    Each layer is a column LAYER_GAP apart, its stages ROW_GAP apart and centred on y=0.
    With respect_pinned, stages placed by hand (pinned, with a position) keep it and the
    others are placed clear of them.
    """
    fixed = {
        s.id: s.position for s in process.stages
        if respect_pinned and s.pinned and s.position is not None
    }
    return place(_plain(process), fixed)[1]


def positions(process: Process) -> dict[uuid.UUID, Position]:
    """Stored positions where set (never moved); the other stages placed automatically."""
    return place(_plain(process), _stored(process))[1]


def bounding_box(process: Process) -> tuple[float, float, float, float]:
    """x, y, width and height of the box around every stage (as `positions` places them)."""
    boxes = list(positions(process).values())
    if not boxes:
        return (0.0, 0.0, 0.0, 0.0)
    left, top = min(p.x for p in boxes), min(p.y for p in boxes)
    right = max(p.x for p in boxes) + STAGE_WIDTH
    bottom = max(p.y for p in boxes) + STAGE_HEIGHT
    return (left, top, right - left, bottom - top)


def flow_order(process: Process) -> list[Stage]:
    """Every stage in flow order: by layer (loops ignored), then top to bottom as drawn,
    then stage list order; unconnected stages come last."""
    graph = _plain(process)
    layer, placed = place(graph, _stored(process))
    rank = {node: i for i, node in enumerate(graph)}
    lonely = len(graph) > 1
    order = sorted(graph, key=lambda n: (
        lonely and graph.degree(n) == 0, layer[n], placed[n].y, rank[n]
    ))
    return _stages(graph, order)
