"""Every mutation of a project as an operation that reports what changed and its inverse."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from pydantic import BaseModel, ValidationError

from riskmap.errors import RiskmapError
from riskmap.model import (
    Assessment,
    Flow,
    Measure,
    Process,
    Project,
    Risk,
    Round,
    Stage,
)
from riskmap.scales import ScaleProfile, remap_level
from riskmap.vocabulary import ScoreKind


class EditError(RiskmapError):
    """An edit that cannot be applied: an unknown entity or an invalid value."""


class EntityType(StrEnum):
    METADATA = "metadata"
    PROJECT = "project"
    PROCESS = "process"
    STAGE = "stage"
    FLOW = "flow"
    RISK = "risk"
    MEASURE = "measure"
    ROUND = "round"


class Action(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    UPDATED = "updated"


@dataclass(frozen=True)
class Change:
    """One entity an edit touched; views refresh only what the changes name."""

    entity: EntityType
    id: uuid.UUID | None
    action: Action
    fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Applied:
    """The result of applying an edit: what changed, how to undo it, and its undo text."""

    changes: tuple[Change, ...]
    inverse: Edit
    text: str


class Edit(Protocol):
    def apply(self, project: Project) -> Applied: ...


# Fields that hold references: changing them invalidates the project's lookup index.
_REFERENCE_FIELDS = frozenset({"stage_id", "flow_id", "risk_ids", "source", "target"})


def _lookup(project: Project, entity: EntityType, entity_id: uuid.UUID | None) -> BaseModel:
    if entity is EntityType.METADATA:
        return project.metadata
    if entity is EntityType.PROJECT:
        return project
    table: dict[EntityType, dict[uuid.UUID, Any]] = {
        EntityType.PROCESS: project.index.processes,
        EntityType.STAGE: project.index.stages,
        EntityType.FLOW: project.index.flows,
        EntityType.RISK: project.index.risks,
        EntityType.MEASURE: project.index.measures,
        EntityType.ROUND: {r.id: r for r in project.rounds},
    }
    try:
        found: BaseModel = table[entity][entity_id]  # type: ignore[index]
    except KeyError:
        raise EditError(f"no {entity} with id {entity_id} in the project") from None
    return found


def _copy(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_copy(deep=True)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value


def label(entity: BaseModel) -> str:
    """How an entity is named in undo texts and messages: its code and its name."""
    code = getattr(entity, "code", "")
    name = getattr(entity, "name", "") or getattr(entity, "title", "")
    if isinstance(entity, Risk):
        name = entity.statement
    if len(name) > 40:
        name = name[:39] + "…"
    return f"{code} {name}".strip()


@dataclass(frozen=True)
class SetFields:
    """Set fields of one entity; every value is validated by the model."""

    entity: EntityType
    id: uuid.UUID | None
    values: dict[str, Any]
    text: str = ""

    def apply(self, project: Project) -> Applied:
        target = _lookup(project, self.entity, self.id)
        old = {name: _copy(getattr(target, name)) for name in self.values}
        done: list[str] = []
        try:
            for name, value in self.values.items():
                setattr(target, name, _copy(value))
                done.append(name)
        except (ValidationError, AttributeError, ValueError) as exc:
            for name in done:
                setattr(target, name, old[name])
            raise EditError(f"{label(target) or self.entity}: invalid {name}: {exc}") from None
        if _REFERENCE_FIELDS & self.values.keys() or self.entity is EntityType.PROJECT:
            project.touch()
        text = self.text or f"Change {', '.join(self.values)} of {label(target)}".strip()
        change = Change(self.entity, self.id, Action.UPDATED, frozenset(self.values))
        return Applied((change,), SetFields(self.entity, self.id, old, text), text)


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
        raise EditError(f"no process with id {process_id} in the project") from None


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
            raise EditError(f"cannot delete: {len(unknown)} entities are not in the project")
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


@dataclass(frozen=True)
class Batch:
    """Several edits as one step (one undo): applied in order, undone in reverse."""

    edits: Sequence[Edit]
    text: str = ""

    def apply(self, project: Project) -> Applied:
        results: list[Applied] = []
        try:
            for edit in self.edits:
                results.append(edit.apply(project))
        except Exception:
            for result in reversed(results):
                result.inverse.apply(project)
            raise
        text = self.text or (results[0].text if len(results) == 1 else "Edit")
        changes = tuple(c for r in results for c in r.changes)
        inverse = Batch([r.inverse for r in reversed(results)], text)
        return Applied(changes, inverse, text)


# Convenience constructors: the names the UI and importers call.


def add_stage(process_id: uuid.UUID, stage: Stage, index: int | None = None) -> Insert:
    return Insert(Bundle(stages=[(process_id, index, stage)]), f"Add stage {label(stage)}")


def add_flow(process_id: uuid.UUID, flow: Flow) -> Insert:
    return Insert(Bundle(flows=[(process_id, None, flow)]), f"Add flow {flow.code}")


def add_risk(risk: Risk) -> Insert:
    return Insert(Bundle(risks=[(None, risk)]), f"Add risk {risk.code}")


def add_measure(measure: Measure) -> Insert:
    return Insert(Bundle(measures=[(None, measure)]), f"Add measure {label(measure)}")


def add_process(process: Process) -> Insert:
    return Insert(Bundle(processes=[(None, process)]), f"Add process {label(process)}")


def set_score(
    project: Project, risk_id: uuid.UUID, kind: ScoreKind,
    likelihood: int | None, impact: int | None,
) -> SetFields:
    """Score one assessment of a risk; levels are checked against the project's profile."""
    n_l, n_i = project.profile.size
    if likelihood is not None and not 1 <= likelihood <= n_l:
        raise EditError(f"likelihood {likelihood} is outside the profile (1 to {n_l})")
    if impact is not None and not 1 <= impact <= n_i:
        raise EditError(f"impact {impact} is outside the profile (1 to {n_i})")
    risk = project.risk(risk_id)
    value = Assessment(likelihood=likelihood, impact=impact)
    return SetFields(EntityType.RISK, risk_id, {kind.value: value},
                     f"Score {risk.code} {kind.value}")


def move_stages(
    project: Project, positions: dict[uuid.UUID, tuple[float, float]], pinned: bool = True
) -> Batch:
    """Place stages (by hand when pinned, by automatic layout otherwise)."""
    edits = [
        SetFields(EntityType.STAGE, stage_id, {"position": {"x": x, "y": y}, "pinned": pinned})
        for stage_id, (x, y) in positions.items()
    ]
    stages = [project.stage(stage_id) for stage_id in positions]
    text = f"Move stage {label(stages[0])}" if len(stages) == 1 else f"Move {len(stages)} stages"
    return Batch(edits, text)


def change_profile(project: Project, profile: ScaleProfile) -> Batch:
    """Switch the project to another scale profile, re-mapping every score and vote."""
    old_l, old_i = project.profile.size
    new_l, new_i = profile.size

    def carry(value: int | None, old: int, new: int) -> int | None:
        return None if value is None else remap_level(min(value, old), old, new)

    edits: list[Edit] = [SetFields(EntityType.PROJECT, None, {"profile": profile})]
    for risk in project.risks:
        values: dict[str, Any] = {}
        for kind in ScoreKind:
            level = risk.assessment(kind)
            moved = Assessment(
                likelihood=carry(level.likelihood, old_l, new_l),
                impact=carry(level.impact, old_i, new_i),
            )
            if moved != level:
                values[kind.value] = moved
        votes = [
            vote.model_copy(update={
                "likelihood": carry(vote.likelihood, old_l, new_l),
                "impact": carry(vote.impact, old_i, new_i),
            })
            for vote in risk.votes
        ]
        if votes != risk.votes:
            values["votes"] = votes
        if values:
            edits.append(SetFields(EntityType.RISK, risk.id, values))
    return Batch(edits, f"Switch scale profile to {profile.name}")


def link_risks(project: Project, measure_id: uuid.UUID, risk_ids: Iterable[uuid.UUID]) -> SetFields:
    """Set the risks a measure addresses."""
    measure = project.measure(measure_id)
    ids = list(dict.fromkeys(risk_ids))
    missing = [rid for rid in ids if rid not in project.index.risks]
    if missing:
        raise EditError(f"{measure.code}: cannot link {len(missing)} unknown risk(s)")
    return SetFields(EntityType.MEASURE, measure_id, {"risk_ids": ids},
                     f"Link risks to {measure.code}")


# What a whole-content replacement swaps: everything but the id and the audit log, which
# only grows (undoing a merge must not take back what the log recorded since).
CONTENT_FIELDS = ("metadata", "profile", "processes", "risks", "measures", "rounds")


def replace_project_content(new: Project, text: str = "") -> SetFields:
    """Make a project hold the content of `new` (a merged copy, say) as one undoable step;
    it keeps its id and its audit log."""
    values = {name: getattr(new, name) for name in CONTENT_FIELDS}
    return SetFields(EntityType.PROJECT, None, values, text or "Replace the project content")


def apply_all(project: Project, edits: Iterable[Edit]) -> list[Applied]:
    """Apply edits in order (scripts and tests); returns each result for undoing."""
    return [edit.apply(project) for edit in edits]
