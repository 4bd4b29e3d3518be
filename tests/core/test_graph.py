"""Process graphs: validation, paths, chokepoints, exposure, flow order and layout."""

from __future__ import annotations

import itertools
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from riskmap.checks import Severity, check_references
from riskmap.graph import (
    LAYER_GAP,
    ROW_GAP,
    STAGE_HEIGHT,
    STAGE_WIDTH,
    auto_layout,
    bounding_box,
    check_graphs,
    check_process,
    chokepoints,
    entry_stages,
    exit_stages,
    exposure,
    flow_order,
    layers,
    path_exposures,
    paths,
    positions,
    process_graph,
)
from riskmap.model import Assessment, Flow, Position, Process, Project, Risk, Stage
from riskmap.vocabulary import ScoreKind

SEAPORT = [
    ("S-01", "S-02", ""),
    ("S-02", "S-03", ""),
    ("S-03", "S-06", "green channel"),
    ("S-03", "S-04", "yellow channel"),
    ("S-03", "S-05", "red channel"),
    ("S-04", "S-06", ""),
    ("S-05", "S-06", ""),
    ("S-06", "S-07", ""),
]
SEAPORT_NAMES = {
    "S-01": "Arrival and manifest", "S-02": "Lodging of the declaration",
    "S-03": "Risk assessment and channel allocation", "S-04": "Documentary check",
    "S-05": "Physical examination", "S-06": "Release", "S-07": "Exit gate",
}


def build(
    edges: list[tuple[str, str, str]] | list[tuple[str, str]], codes: list[str] | None = None
) -> Process:
    """A process whose stages are the given codes (or those the edges name, in order)."""
    if codes is None:
        codes = list(dict.fromkeys(code for edge in edges for code in edge[:2]))
    stages = [Stage(code=code, name=SEAPORT_NAMES.get(code, code)) for code in codes]
    ids = {stage.code: stage.id for stage in stages}
    flows = [
        Flow(code=f"F-{n:02d}", source=ids[edge[0]], target=ids[edge[1]],
             label=edge[2] if len(edge) > 2 else "")
        for n, edge in enumerate(edges, start=1)
    ]
    return Process(code="P-01", name="Sea import", stages=stages, flows=flows)


def codes(stages: list[Stage]) -> list[str]:
    return [stage.code for stage in stages]


def stage(process: Process, code: str) -> Stage:
    return next(s for s in process.stages if s.code == code)


def flow(process: Process, code: str) -> Flow:
    return next(f for f in process.flows if f.code == code)


def found(process: Process) -> set[tuple[str, Severity, str]]:
    """(code, severity, message) of every problem, for readable comparisons."""
    return {(p.code, p.severity, p.message) for p in check_process(process)}


@pytest.fixture
def seaport() -> Process:
    return build(SEAPORT)


# ---- graph, entries, exits ------------------------------------------------------------------


def test_graph_has_one_node_per_stage_and_one_edge_per_flow(seaport: Process) -> None:
    g = process_graph(seaport)
    assert list(g) == [s.id for s in seaport.stages]
    assert g.nodes[stage(seaport, "S-05").id]["stage"].name == "Physical examination"
    red = flow(seaport, "F-05")
    assert g.edges[red.source, red.target]["flow"].label == "red channel"
    assert g.number_of_edges() == len(SEAPORT)


def test_graph_skips_flows_to_stages_of_no_process(seaport: Process) -> None:
    seaport.flows.append(Flow(code="F-99", source=seaport.stages[0].id, target=uuid.uuid4()))
    assert process_graph(seaport).number_of_edges() == len(SEAPORT)


def test_seaport_enters_at_arrival_and_leaves_at_the_exit_gate(seaport: Process) -> None:
    assert codes(entry_stages(seaport)) == ["S-01"]
    assert codes(exit_stages(seaport)) == ["S-07"]


def test_several_entries_come_in_stage_list_order() -> None:
    process = build([("S-03", "S-02"), ("S-01", "S-02")], codes=["S-03", "S-01", "S-02"])
    assert codes(entry_stages(process)) == ["S-03", "S-01"]


# ---- problems ----------------------------------------------------------------------------------


@pytest.mark.parametrize("edges", [SEAPORT, [("S-01", "S-02"), ("S-02", "S-03")]])
def test_a_clean_process_has_no_problems(edges: list[tuple[str, str, str]]) -> None:
    assert check_process(build(edges)) == []


def test_a_single_stage_process_has_no_problems() -> None:
    assert check_process(build([], codes=["S-01"])) == []


def test_a_process_without_stages_is_reported() -> None:
    assert found(build([])) == {("P-01", Severity.WARNING, "process has no stages")}


def test_a_process_that_is_all_loop_has_no_entry_and_no_exit() -> None:
    assert found(build([("S-01", "S-02"), ("S-02", "S-01")])) == {
        ("P-01", Severity.WARNING, "process has no entry stage: every stage has a flow coming in"),
        ("P-01", Severity.WARNING, "process has no exit stage: every stage has a flow going out"),
    }


def test_a_stage_only_reachable_from_a_loop_without_entry_is_unreachable() -> None:
    process = build([("S-01", "S-02"), ("S-03", "S-04"), ("S-04", "S-03"), ("S-04", "S-02")])
    assert found(process) == {
        (code, Severity.WARNING, "stage cannot be reached from any entry stage")
        for code in ("S-03", "S-04")
    }


def test_a_loop_with_no_way_out_traps_its_stages() -> None:
    process = build([
        ("S-01", "S-02"), ("S-01", "S-03"), ("S-03", "S-04"), ("S-04", "S-03"),
        ("S-01", "S-05"), ("S-05", "S-03"),
    ])
    never = "a loop and can never reach an exit stage"
    assert found(process) == {
        ("S-03", Severity.WARNING, f"stage is caught in {never}"),
        ("S-04", Severity.WARNING, f"stage is caught in {never}"),
        ("S-05", Severity.WARNING, f"stage only leads into {never}"),
    }


def test_a_flow_to_a_missing_stage_is_an_error_on_that_flow(seaport: Process) -> None:
    stray = Flow(code="F-99", source=seaport.stages[-1].id, target=uuid.uuid4())
    seaport.flows.append(stray)
    problems = check_process(seaport)
    assert [(p.code, p.severity, p.entity_id) for p in problems] == [
        ("F-99", Severity.ERROR, stray.id)
    ]
    # Worded as the integrity check words it, so that a combined report can drop repeats.
    assert set(problems) <= set(check_references(Project(processes=[seaport])))


def test_a_flow_from_a_stage_to_itself_is_reported_and_ignored_otherwise(
    seaport: Process,
) -> None:
    examination = stage(seaport, "S-05")
    seaport.flows.append(Flow(code="F-99", source=examination.id, target=examination.id))
    assert found(seaport) == {
        ("F-99", Severity.WARNING, "flow goes from stage S-05 back to itself")
    }
    assert "S-05" not in codes(entry_stages(seaport))


def test_a_second_flow_between_the_same_stages_is_reported(seaport: Process) -> None:
    green = flow(seaport, "F-03")
    seaport.flows.append(Flow(code="F-99", source=green.source, target=green.target))
    assert found(seaport) == {("F-99", Severity.WARNING, "flow repeats F-03 from S-03 to S-06")}
    g = process_graph(seaport)
    assert g.edges[green.source, green.target]["flow"].code == "F-03"


def test_a_stage_without_flows_is_reported_once_the_process_has_others(
    seaport: Process,
) -> None:
    seaport.stages.append(Stage(code="S-08", name="Transit"))
    assert found(seaport) == {
        ("S-08", Severity.WARNING, "stage has no flows to or from other stages")
    }


def test_check_graphs_covers_every_process(seaport: Process) -> None:
    broken = build([("S-11", "S-12"), ("S-12", "S-11")])
    problems = check_graphs(Project(processes=[seaport, broken]))
    assert {p.entity_id for p in problems} == {broken.id}
    assert len(problems) == 2


# ---- paths and chokepoints -----------------------------------------------------------------


def path_codes(process: Process, path: list[uuid.UUID]) -> str:
    by_id = {s.id: s.code for s in process.stages}
    return " ".join(by_id[stage_id] for stage_id in path)


def test_seaport_has_one_path_per_channel(seaport: Process) -> None:
    assert [path_codes(seaport, p) for p in paths(seaport)] == [
        "S-01 S-02 S-03 S-06 S-07",
        "S-01 S-02 S-03 S-04 S-06 S-07",
        "S-01 S-02 S-03 S-05 S-06 S-07",
    ]


def test_paths_are_bounded_by_the_limit() -> None:
    # 20 diamonds in a row: a million paths, of which only the first few are wanted.
    edges = []
    for n in range(20):
        a, up, down, b = f"J-{n}", f"U-{n}", f"D-{n}", f"J-{n + 1}"
        edges += [(a, up), (a, down), (up, b), (down, b)]
    process = build(edges)
    assert len(paths(process, limit=50)) == 50
    assert len(paths(process)) == 1000
    assert paths(process, limit=0) == []


def test_paths_through_a_loop_visit_each_stage_once() -> None:
    process = build([("S-01", "S-02"), ("S-02", "S-03"), ("S-03", "S-02"), ("S-03", "S-04")])
    assert [path_codes(process, p) for p in paths(process)] == ["S-01 S-02 S-03 S-04"]


def test_channel_allocation_and_release_are_chokepoints_not_the_examination(
    seaport: Process,
) -> None:
    assert codes(chokepoints(seaport)) == ["S-01", "S-02", "S-03", "S-06", "S-07"]


def test_chokepoints_of_two_entries_start_where_they_meet() -> None:
    process = build([("A", "C"), ("B", "C"), ("C", "D"), ("D", "E"), ("D", "F")])
    assert codes(chokepoints(process)) == ["C", "D"]


def test_a_bypass_removes_a_chokepoint(seaport: Process) -> None:
    # Urgent consignments skip channel allocation: it is no longer on every path.
    seaport.flows.append(Flow(
        code="F-99", source=stage(seaport, "S-02").id, target=stage(seaport, "S-06").id
    ))
    assert codes(chokepoints(seaport)) == ["S-01", "S-02", "S-06", "S-07"]


def test_a_process_with_no_way_out_has_no_chokepoints() -> None:
    assert chokepoints(build([("S-01", "S-02"), ("S-02", "S-01")])) == []


# ---- exposure ----------------------------------------------------------------------------------


def risk(code: str, holder: Stage | Flow, likelihood: int, impact: int) -> Risk:
    on_flow = isinstance(holder, Flow)
    return Risk(
        code=code, statement=f"risk {code}",
        stage_id=None if on_flow else holder.id, flow_id=holder.id if on_flow else None,
        residual=Assessment(likelihood=likelihood, impact=impact),
    )


@pytest.fixture
def project(seaport: Process) -> Project:
    return Project(processes=[seaport], risks=[
        risk("R-001", stage(seaport, "S-02"), 2, 2),            # on every path
        risk("R-002", stage(seaport, "S-05"), 4, 5),            # examiner accommodates
        risk("R-003", flow(seaport, "F-05"), 3, 3),             # tipping off on the red hand-over
        risk("R-004", stage(seaport, "S-04"), 2, 3),
        Risk(code="R-005", statement="unscored", stage_id=stage(seaport, "S-05").id),
    ])


def test_the_red_channel_path_is_the_most_exposed(project: Project, seaport: Process) -> None:
    ranked = path_exposures(project, seaport, ScoreKind.RESIDUAL)
    assert [e.label for e in ranked] == ["red channel", "yellow channel", "green channel"]
    red = ranked[0]
    assert (red.risk_count, red.total_score) == (4, 4 + 20 + 9)
    assert red.top is not None and red.top.score == 20
    assert red.flow_ids[2] == flow(seaport, "F-05").id
    green = ranked[-1]
    assert (green.risk_count, green.total_score, green.top and green.top.score) == (1, 4, 4)


def test_exposure_follows_the_score_kind(project: Project, seaport: Process) -> None:
    red = next(p for p in paths(seaport) if stage(seaport, "S-05").id in p)
    assert exposure(project, seaport, red, ScoreKind.INHERENT).total_score == 0
    assert exposure(project, seaport, red, ScoreKind.INHERENT).top is None


def test_an_unlabelled_path_is_named_by_its_stage_codes(project: Project) -> None:
    process = build([("S-01", "S-02")])
    project.processes.append(process)
    only = exposure(project, process, paths(process)[0], ScoreKind.RESIDUAL)
    assert only.label == "S-01 -> S-02"
    assert only.risk_count == 0


def test_exposure_refuses_a_path_the_process_does_not_have(
    project: Project, seaport: Process
) -> None:
    skip = [stage(seaport, "S-01").id, stage(seaport, "S-07").id]
    with pytest.raises(ValueError, match="no flow goes from S-01 to S-07"):
        exposure(project, seaport, skip, ScoreKind.RESIDUAL)
    with pytest.raises(ValueError, match="not in this process"):
        exposure(project, seaport, [uuid.uuid4()], ScoreKind.RESIDUAL)


# ---- layers, flow order, layout ---------------------------------------------------------


def test_layers_are_longest_paths_from_the_entry(seaport: Process) -> None:
    by_code = {s.code: n for s in seaport.stages for i, n in layers(seaport).items() if i == s.id}
    assert by_code == {"S-01": 0, "S-02": 1, "S-03": 2, "S-04": 3, "S-05": 3, "S-06": 4, "S-07": 5}


def test_a_loop_back_does_not_push_stages_right() -> None:
    # A documentary check sends the file back to the declaration.
    process = build([("S-01", "S-02"), ("S-02", "S-03"), ("S-03", "S-02"), ("S-03", "S-04")])
    assert sorted(layers(process).values()) == [0, 1, 2, 3]


def test_flow_order_is_topological_with_unconnected_stages_last(seaport: Process) -> None:
    seaport.stages.insert(0, Stage(code="S-08", name="Transit"))
    order = codes(flow_order(seaport))
    assert order[-1] == "S-08"
    assert sorted(order) == sorted(s.code for s in seaport.stages)
    for edge in SEAPORT:
        assert order.index(edge[0]) < order.index(edge[1])


def test_flow_order_depends_on_the_map_not_on_ids() -> None:
    first, second = build(SEAPORT), build(SEAPORT)
    assert codes(flow_order(first)) == codes(flow_order(second))
    assert codes(flow_order(first)) == codes(flow_order(first))
    placed = [auto_layout(p) for p in (first, second)]
    assert [placed[0][s.id] for s in first.stages] == [placed[1][s.id] for s in second.stages]


def test_flow_order_reads_a_column_top_to_bottom_as_drawn(seaport: Process) -> None:
    stage(seaport, "S-05").position = Position(x=750, y=-500)
    order = codes(flow_order(seaport))
    assert order.index("S-05") < order.index("S-04")


def test_layout_puts_each_stage_right_of_its_predecessors(seaport: Process) -> None:
    placed = auto_layout(seaport)
    for source, target, _ in SEAPORT:
        assert placed[stage(seaport, target).id].x > placed[stage(seaport, source).id].x
    assert placed[stage(seaport, "S-07").id] == Position(x=5 * LAYER_GAP, y=0)


def test_layout_centres_each_column_on_the_axis(seaport: Process) -> None:
    placed = auto_layout(seaport)
    branches = sorted(placed[stage(seaport, c).id].y for c in ("S-04", "S-05"))
    assert branches == [-ROW_GAP / 2, ROW_GAP / 2]


def crossings(process: Process, placed: dict[uuid.UUID, Position]) -> int:
    ends = [(placed[f.source], placed[f.target]) for f in process.flows]
    return sum(
        (a.y - c.y) * (b.y - d.y) < 0
        for i, (a, b) in enumerate(ends)
        for c, d in ends[i + 1:]
        if a.x == c.x and b.x == d.x
    )


def test_layout_untangles_lanes_listed_out_of_order() -> None:
    # Sea and air cargo lanes, their stages added to the list in a muddled order.
    lanes = [("A-1", "A-2"), ("A-2", "A-3"), ("B-1", "B-2"), ("B-2", "B-3")]
    process = build(lanes, codes=["A-1", "B-1", "B-2", "A-2", "B-3", "A-3"])
    assert crossings(process, auto_layout(process)) == 0


def test_layout_leaves_the_process_unchanged(seaport: Process) -> None:
    stage(seaport, "S-03").position = Position(x=1, y=2)
    before = seaport.model_dump()
    auto_layout(seaport, respect_pinned=False)
    positions(seaport)
    flow_order(seaport)
    assert seaport.model_dump() == before


def test_pinned_stages_keep_their_place_and_others_keep_clear(seaport: Process) -> None:
    release = stage(seaport, "S-06")
    # Pinned right where the layout would put the stage before it.
    release.position, release.pinned = Position(x=3 * LAYER_GAP, y=-ROW_GAP / 2), True
    placed = auto_layout(seaport)
    assert placed[release.id] == release.position
    assert_no_overlap(placed)
    assert auto_layout(seaport, respect_pinned=False)[release.id].x == 4 * LAYER_GAP


def test_positions_never_move_a_placed_stage(seaport: Process) -> None:
    arrival = stage(seaport, "S-01")
    arrival.position = Position(x=-400, y=300)  # placed, not pinned
    placed = positions(seaport)
    assert placed[arrival.id] == Position(x=-400, y=300)
    assert auto_layout(seaport)[arrival.id] == Position(x=0, y=0)
    assert set(placed) == {s.id for s in seaport.stages}


def test_bounding_box_covers_every_stage(seaport: Process) -> None:
    assert bounding_box(build([])) == (0, 0, 0, 0)
    assert bounding_box(seaport) == (
        0, -ROW_GAP / 2, 5 * LAYER_GAP + STAGE_WIDTH, ROW_GAP + STAGE_HEIGHT
    )
    stage(seaport, "S-07").position = Position(x=2000, y=500)
    x, y, width, height = bounding_box(seaport)
    assert (x + width, y + height) == (2000 + STAGE_WIDTH, 500 + STAGE_HEIGHT)


def assert_no_overlap(placed: dict[uuid.UUID, Position]) -> None:
    boxes = list(placed.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert abs(a.x - b.x) >= STAGE_WIDTH or abs(a.y - b.y) >= STAGE_HEIGHT, (a, b)


# ---- size and shape -------------------------------------------------------------------------


def test_a_chain_of_a_thousand_stages() -> None:
    process = build([(f"S-{n}", f"S-{n + 1}") for n in range(999)])
    assert check_process(process) == []
    assert len(chokepoints(process)) == 1000
    assert len(paths(process)) == 1
    assert codes(flow_order(process)) == [f"S-{n}" for n in range(1000)]
    assert max(p.x for p in auto_layout(process).values()) == 999 * LAYER_GAP


def test_a_ring_of_a_thousand_stages() -> None:
    process = build([(f"S-{n}", f"S-{(n + 1) % 1000}") for n in range(1000)])
    assert {p.message.split(":")[0] for p in check_process(process)} == {
        "process has no entry stage", "process has no exit stage"
    }
    assert paths(process) == [] and chokepoints(process) == []
    assert codes(flow_order(process)) == [f"S-{n}" for n in range(1000)]
    assert len(set(map(repr, auto_layout(process).values()))) == 1000


def test_a_thousand_stage_fan_stays_readable() -> None:
    edges = [("A", f"S-{n}") for n in range(998)] + [(f"S-{n}", "Z") for n in range(998)]
    process = build(edges)
    assert codes(chokepoints(process)) == ["A", "Z"]
    column = sorted(p.y for p in auto_layout(process).values() if p.x == LAYER_GAP)
    assert column[0] == -column[-1]
    assert {b - a for a, b in itertools.pairwise(column)} == {ROW_GAP}


# ---- properties ------------------------------------------------------------------------------


@st.composite
def digraphs(draw: st.DrawFn, acyclic: bool) -> Process:
    size = draw(st.integers(1, 12))
    pairs = st.tuples(st.integers(0, size - 1), st.integers(0, size - 1))
    edges = draw(st.lists(pairs, max_size=3 * size, unique=True))
    if acyclic:
        edges = [(a, b) for a, b in edges if a < b]
    order = draw(st.permutations(range(size)))  # stage list order unrelated to the flows
    return build([(f"S-{a}", f"S-{b}") for a, b in edges], codes=[f"S-{n}" for n in order])


@settings(max_examples=150, deadline=None)
@given(digraphs(acyclic=True))
def test_layout_of_any_dag_flows_right_without_overlap(process: Process) -> None:
    placed = auto_layout(process)
    assert set(placed) == {s.id for s in process.stages}
    assert_no_overlap(placed)
    for f in process.flows:
        assert placed[f.target].x > placed[f.source].x
    order = [s.id for s in flow_order(process)]
    for f in process.flows:
        assert order.index(f.source) < order.index(f.target)


@settings(max_examples=150, deadline=None)
@given(digraphs(acyclic=False))
def test_any_process_is_laid_out_ordered_and_checked(process: Process) -> None:
    placed = auto_layout(process)
    assert set(placed) == {s.id for s in process.stages}
    assert_no_overlap(placed)
    assert sorted(codes(flow_order(process))) == sorted(s.code for s in process.stages)
    assert all(p.severity is Severity.WARNING for p in check_process(process))


@settings(max_examples=150, deadline=None)
@given(digraphs(acyclic=False))
def test_chokepoints_are_exactly_the_stages_on_every_path(process: Process) -> None:
    every = paths(process, limit=10_000)
    on_all = set.intersection(*map(set, every)) if every else set()
    assert {s.id for s in chokepoints(process)} == on_all
