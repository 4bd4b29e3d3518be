"""Insert and Remove: entities added or taken away with all that hangs on them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from riskmap.edits.operation import (
    NOT_IN_PROJECT,
    Action,
    Applied,
    Change,
    EditError,
    EntityType,
    label,
)
from riskmap.model import Flow, Measure, Process, Project, Risk, Round, Stage


@dataclass
class Bundle:
    """Entities with the places they go: what Insert adds and Remove takes away."""

    processes: list[tuple[int | None, Process]] = field(default_factory=list)
    stages: list[tuple[uuid.UUID, int | None, Stage]] = field(default_factory=list)
    flows: list[tuple[uuid.UUID, int | None, Flow]] = field(default_factory=list)
    risks: list[tuple[int | None, Risk]] = field(default_factory=list)
    measures: list[tuple[int | None, Measure]] = field(default_factory=list)
    rounds: list[tuple[int | None, Round]] = field(default_factory=list)
    # Measure links to restore: measure id -> its full list of linked risk ids.
    links: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict)

    def ids(self) -> dict[str, list[uuid.UUID]]:
        return {
            "process_ids": [p.id for _, p in self.processes],
            "stage_ids": [s.id for _, _, s in self.stages],
            "flow_ids": [f.id for _, _, f in self.flows],
            "risk_ids": [r.id for _, r in self.risks],
            "measure_ids": [m.id for _, m in self.measures],
            "round_ids": [r.id for _, r in self.rounds],
        }

    def changes(self, action: Action) -> list[Change]:
        kinds = (
            (EntityType.PROCESS, self.processes), (EntityType.STAGE, self.stages),
            (EntityType.FLOW, self.flows), (EntityType.RISK, self.risks),
            (EntityType.MEASURE, self.measures), (EntityType.ROUND, self.rounds),
        )
        result = [Change(kind, item[-1].id, action) for kind, items in kinds for item in items]
        result += [
            Change(EntityType.MEASURE, mid, Action.UPDATED, frozenset({"risk_ids"}))
            for mid in self.links
        ]
        return result

    def describe(self, verb: str) -> str:
        groups: list[tuple[str, str, list[Any]]] = [
            ("process", "processes", [p for _, p in self.processes]),
            ("stage", "stages", [s for _, _, s in self.stages]),
            ("flow", "flows", [f for _, _, f in self.flows]),
            ("risk", "risks", [r for _, r in self.risks]),
            ("measure", "measures", [m for _, m in self.measures]),
            ("round", "rounds", [r for _, r in self.rounds]),
        ]
        # Name the main entity: a deleted stage takes its flows and risks along.
        for singular, plural, items in groups:
            if len(items) == 1:
                return f"{verb} {singular} {label(items[0])}"
            if items:
                return f"{verb} {len(items)} {plural}"
        return verb


def _insert(items: list[Any], index: int | None, item: Any) -> None:
    if index is None or index > len(items):
        items.append(item)
    else:
        items.insert(index, item)


@dataclass(frozen=True)
class Insert:
    """Add entities (stages, flows, risks, measures, processes, rounds) in one step."""

    bundle: Bundle
    text: str = ""

    def apply(self, project: Project) -> Applied:
        _check_insert(project, self.bundle)
        b = _copy_bundle(self.bundle)
        for index, process in b.processes:
            _insert(project.processes, index, process)
        project.touch()
        for process_id, index, stage in b.stages:
            _insert(_process(project, process_id).stages, index, stage)
        for process_id, index, flow in b.flows:
            _insert(_process(project, process_id).flows, index, flow)
        for index, risk in b.risks:
            _insert(project.risks, index, risk)
        for index, measure in b.measures:
            _insert(project.measures, index, measure)
        for index, round_ in b.rounds:
            _insert(project.rounds, index, round_)
        project.touch()
        for measure_id, risk_ids in b.links.items():
            project.measure(measure_id).risk_ids = list(risk_ids)
        text = self.text or b.describe("Add")
        inverse = Remove(text=text, **b.ids())
        return Applied(tuple(b.changes(Action.ADDED)), inverse, text)


def _check_insert(project: Project, bundle: Bundle) -> None:
    """Refuse an insert that cannot complete, before anything changes."""
    processes = project.index.processes.keys() | {p.id for _, p in bundle.processes}
    places = [pid for pid, _, _ in bundle.stages] + [pid for pid, _, _ in bundle.flows]
    if any(pid not in processes for pid in places):
        raise EditError("cannot add: the process it belongs to is not in the project")
    measures = project.index.measures.keys() | {m.id for _, m in bundle.measures}
    if any(mid not in measures for mid in bundle.links):
        raise EditError("cannot link: a measure is not in the project")
    index = project.index
    existing = (index.stages.keys() | index.flows.keys() | index.risks.keys()
                | index.measures.keys())
    added = [s.id for _, _, s in bundle.stages] + [f.id for _, _, f in bundle.flows]
    added += [r.id for _, r in bundle.risks] + [m.id for _, m in bundle.measures]
    if existing & set(added):
        raise EditError("cannot add: an entity with the same id is already in the project")


def _process(project: Project, process_id: uuid.UUID) -> Process:
    try:
        return project.index.processes[process_id]
    except KeyError:
        raise EditError(NOT_IN_PROJECT[EntityType.PROCESS], id=process_id) from None


def _copy_bundle(bundle: Bundle) -> Bundle:
    return Bundle(
        processes=[(i, p.model_copy(deep=True)) for i, p in bundle.processes],
        stages=[(pid, i, s.model_copy(deep=True)) for pid, i, s in bundle.stages],
        flows=[(pid, i, f.model_copy(deep=True)) for pid, i, f in bundle.flows],
        risks=[(i, r.model_copy(deep=True)) for i, r in bundle.risks],
        measures=[(i, m.model_copy(deep=True)) for i, m in bundle.measures],
        rounds=[(i, r.model_copy(deep=True)) for i, r in bundle.rounds],
        links={k: list(v) for k, v in bundle.links.items()},
    )


@dataclass(frozen=True)
class Remove:
    """Remove entities and everything that hangs on them: a stage takes its flows and
    risks along, a risk its links from measures. The inverse puts all back in place."""

    process_ids: Sequence[uuid.UUID] = ()
    stage_ids: Sequence[uuid.UUID] = ()
    flow_ids: Sequence[uuid.UUID] = ()
    risk_ids: Sequence[uuid.UUID] = ()
    measure_ids: Sequence[uuid.UUID] = ()
    round_ids: Sequence[uuid.UUID] = ()
    text: str = ""

    def apply(self, project: Project) -> Applied:
        bundle = self._collect(project)
        gone_risks = {r.id for _, r in bundle.risks}
        gone_measures = {m.id for _, m in bundle.measures}
        for measure in project.measures:
            if measure.id not in gone_measures and gone_risks & set(measure.risk_ids):
                bundle.links[measure.id] = list(measure.risk_ids)
        self._take_out(project, bundle, gone_risks, gone_measures)
        text = self.text or bundle.describe("Delete")
        return Applied(tuple(bundle.changes(Action.REMOVED)), Insert(bundle, text), text)

    def _collect(self, project: Project) -> Bundle:
        """Everything to remove, with original positions, in ascending order."""
        processes = set(self.process_ids)
        stages = set(self.stage_ids)
        flows = set(self.flow_ids)
        unknown = processes - project.index.processes.keys()
        unknown |= stages - project.index.stages.keys()
        unknown |= flows - project.index.flows.keys()
        if unknown:
            raise EditError("cannot delete: {n} entities are not in the project",
                            n=len(unknown))
        bundle = Bundle()
        for pi, process in enumerate(project.processes):
            whole = process.id in processes
            if whole:
                bundle.processes.append((pi, process))
                stages |= {s.id for s in process.stages}
                flows |= {f.id for f in process.flows}
                continue
            for si, stage in enumerate(process.stages):
                if stage.id in stages:
                    bundle.stages.append((process.id, si, stage))
            for fi, flow in enumerate(process.flows):
                if flow.id in flows or flow.source in stages or flow.target in stages:
                    flows.add(flow.id)
                    bundle.flows.append((process.id, fi, flow))
        holders = stages | flows
        risks = set(self.risk_ids)
        for ri, risk in enumerate(project.risks):
            holder = risk.stage_id or risk.flow_id
            if risk.id in risks or holder in holders:
                bundle.risks.append((ri, risk))
        measures = set(self.measure_ids)
        bundle.measures = [(i, m) for i, m in enumerate(project.measures) if m.id in measures]
        rounds = set(self.round_ids)
        bundle.rounds = [(i, r) for i, r in enumerate(project.rounds) if r.id in rounds]
        return bundle

    @staticmethod
    def _take_out(
        project: Project, bundle: Bundle, gone_risks: set[uuid.UUID], gone_measures: set[uuid.UUID]
    ) -> None:
        gone_processes = {p.id for _, p in bundle.processes}
        gone_stages = {s.id for _, _, s in bundle.stages}
        gone_flows = {f.id for _, _, f in bundle.flows}
        gone_rounds = {r.id for _, r in bundle.rounds}
        project.processes[:] = [p for p in project.processes if p.id not in gone_processes]
        for process in project.processes:
            process.stages[:] = [s for s in process.stages if s.id not in gone_stages]
            process.flows[:] = [f for f in process.flows if f.id not in gone_flows]
        project.risks[:] = [r for r in project.risks if r.id not in gone_risks]
        project.measures[:] = [m for m in project.measures if m.id not in gone_measures]
        project.rounds[:] = [r for r in project.rounds if r.id not in gone_rounds]
        for measure_id in bundle.links:
            measure = next(m for m in project.measures if m.id == measure_id)
            measure.risk_ids = [r for r in measure.risk_ids if r not in gone_risks]
        project.touch()
