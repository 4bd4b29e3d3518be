"""The entities of a project: processes, stages, flows, risks, measures, rounds, audit log."""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import Field, PrivateAttr

from riskmap.base import Code, Entity, Identified, Name, Text
from riskmap.scales import ScaleProfile, builtin_profile
from riskmap.vocabulary import (
    CorruptionType,
    Effectiveness,
    EnablingFactor,
    ImpactDimension,
    KeyFactor,
    MeasureStatus,
    MeasureType,
    ScoreKind,
)

# Upper bounds on list sizes: far above a national map, low enough to refuse a bomb.
MAX_ITEMS = 200_000


class Participant(Identified):
    """Someone taking part in the workshop; `code` stands for them when votes are anonymous."""

    code: Code
    name: Name = ""
    role: Name = ""
    unit: Name = ""


class Metadata(Entity):
    """What the project is about, and how it must be handled."""

    title: Name = "Untitled corruption risk map"
    administration: Name = ""
    office: Name = ""
    scope: Text = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    classification: Name = "RESTRICTED"
    sources: Text = ""
    participants: list[Participant] = Field(default_factory=list, max_length=1000)
    anonymous_votes: bool = False


class Position(Entity):
    x: float = Field(allow_inf_nan=False)
    y: float = Field(allow_inf_nan=False)


class StageFlags(Entity):
    """Enabling-factor flags of a stage: what makes corruption possible there."""

    discretion: bool = False
    cash_handling: bool = False
    face_to_face: bool = False
    manual_step: bool = False
    monopoly: bool = False


class Stage(Identified):
    code: Code
    name: Name
    description: Text = ""
    library_key: Name | None = None
    actors: list[Name] = Field(default_factory=list, max_length=100)
    office: Name = ""
    flags: StageFlags = Field(default_factory=StageFlags)
    position: Position | None = None
    # True once the user placed the stage by hand: automatic layout leaves it where it is.
    pinned: bool = False


class Flow(Identified):
    """A hand-over from one stage to the next, e.g. "red channel"."""

    code: Code
    source: uuid.UUID
    target: uuid.UUID
    label: Name = ""


class Process(Identified):
    code: Code
    name: Name
    description: Text = ""
    stages: list[Stage] = Field(default_factory=list, max_length=MAX_ITEMS)
    flows: list[Flow] = Field(default_factory=list, max_length=MAX_ITEMS)


class Assessment(Entity):
    """A likelihood and an impact level; either may still be unscored (None)."""

    likelihood: int | None = Field(default=None, ge=1, le=6)
    impact: int | None = Field(default=None, ge=1, le=6)

    @property
    def is_scored(self) -> bool:
        return self.likelihood is not None and self.impact is not None


class Control(Identified):
    """An existing safeguard, judged for effectiveness."""

    description: Text
    effectiveness: Effectiveness = Effectiveness.NOT_TESTED


class Vote(Entity):
    """One participant's individual score of a risk, before the group agrees."""

    participant_id: uuid.UUID
    kind: ScoreKind = ScoreKind.RESIDUAL
    likelihood: int = Field(ge=1, le=6)
    impact: int = Field(ge=1, le=6)


class Risk(Identified):
    """A corruption risk on a stage (or on a flow between two stages)."""

    code: Code
    stage_id: uuid.UUID | None = None
    flow_id: uuid.UUID | None = None
    statement: Text
    corruption_type: CorruptionType | None = None
    actors: list[Name] = Field(default_factory=list, max_length=100)
    enabling_factors: list[EnablingFactor] = Field(default_factory=list)
    consequences: Text = ""
    impact_dimensions: list[ImpactDimension] = Field(default_factory=list)
    controls: list[Control] = Field(default_factory=list, max_length=100)
    inherent: Assessment = Field(default_factory=Assessment)
    residual: Assessment = Field(default_factory=Assessment)
    target: Assessment = Field(default_factory=Assessment)
    owner: Name = ""
    evidence: Text = ""
    last_reviewed: dt.date | None = None
    votes: list[Vote] = Field(default_factory=list, max_length=1000)
    rationale: Text = ""

    def assessment(self, kind: ScoreKind) -> Assessment:
        return {
            ScoreKind.INHERENT: self.inherent,
            ScoreKind.RESIDUAL: self.residual,
            ScoreKind.TARGET: self.target,
        }[kind]


class Measure(Identified):
    """A mitigation measure of the action plan, tagged to Arusha key factors."""

    code: Code
    title: Text
    risk_ids: list[uuid.UUID] = Field(default_factory=list, max_length=10_000)
    key_factors: list[KeyFactor] = Field(default_factory=list)
    type: MeasureType | None = None
    owner: Name = ""
    supporting_unit: Name = ""
    start: dt.date | None = None
    deadline: dt.date | None = None
    resources: Text = ""
    indicator: Text = ""
    baseline: Text = ""
    target: Text = ""
    status: MeasureStatus = MeasureStatus.PLANNED
    progress: int = Field(default=0, ge=0, le=100)
    notes: Text = ""

    def is_overdue(self, today: dt.date) -> bool:
        """Past its deadline and neither done nor cancelled."""
        closed = self.status in (MeasureStatus.DONE, MeasureStatus.CANCELLED)
        return self.deadline is not None and self.deadline < today and not closed


class RiskSnapshot(Entity):
    code: Code
    statement: Text
    stage_code: Name = ""
    inherent: Assessment
    residual: Assessment
    target: Assessment


class MeasureSnapshot(Entity):
    code: Code
    title: Text
    status: MeasureStatus
    progress: int = Field(ge=0, le=100)


class Round(Identified):
    """A closed assessment round: a dated snapshot of every score and status."""

    name: Name
    closed_on: dt.date
    notes: Text = ""
    profile_key: Name = ""
    risks: dict[uuid.UUID, RiskSnapshot] = Field(default_factory=dict)
    measures: dict[uuid.UUID, MeasureSnapshot] = Field(default_factory=dict)


class AuditEntry(Entity):
    """One saved change: when, who, which entity and field, old and new value."""

    when: dt.datetime
    who: Name = ""
    entity: Name = ""
    field: Name = ""
    old: Text = ""
    new: Text = ""


class Project(Identified):
    """A corruption risk map: the whole content of one .riskmap file."""

    metadata: Metadata = Field(default_factory=Metadata)
    profile: ScaleProfile = Field(default_factory=builtin_profile)
    processes: list[Process] = Field(default_factory=list, max_length=1000)
    risks: list[Risk] = Field(default_factory=list, max_length=MAX_ITEMS)
    measures: list[Measure] = Field(default_factory=list, max_length=MAX_ITEMS)
    rounds: list[Round] = Field(default_factory=list, max_length=1000)
    audit_log: list[AuditEntry] = Field(default_factory=list, max_length=1_000_000)

    _index: ProjectIndex | None = PrivateAttr(default=None)

    @property
    def index(self) -> ProjectIndex:
        """Lookups by id, rebuilt after any structural edit (see `touch`)."""
        if self._index is None:
            self._index = ProjectIndex(self)
        return self._index

    def touch(self) -> None:
        """Forget the lookup index: call after adding or removing entities."""
        self._index = None

    # Shortcuts used everywhere.
    def stage(self, stage_id: uuid.UUID) -> Stage:
        return self.index.stages[stage_id]

    def flow(self, flow_id: uuid.UUID) -> Flow:
        return self.index.flows[flow_id]

    def risk(self, risk_id: uuid.UUID) -> Risk:
        return self.index.risks[risk_id]

    def measure(self, measure_id: uuid.UUID) -> Measure:
        return self.index.measures[measure_id]

    def process(self, process_id: uuid.UUID) -> Process:
        return self.index.processes[process_id]

    def all_stages(self) -> list[Stage]:
        return [stage for process in self.processes for stage in process.stages]


class ProjectIndex:
    """Dictionaries from ids to entities and their containers, derived from a Project."""

    def __init__(self, project: Project) -> None:
        self.processes = {p.id: p for p in project.processes}
        self.stages: dict[uuid.UUID, Stage] = {}
        self.flows: dict[uuid.UUID, Flow] = {}
        self.process_of: dict[uuid.UUID, Process] = {}
        for process in project.processes:
            for stage in process.stages:
                self.stages[stage.id] = stage
                self.process_of[stage.id] = process
            for flow in process.flows:
                self.flows[flow.id] = flow
                self.process_of[flow.id] = process
        self.risks = {r.id: r for r in project.risks}
        self.measures = {m.id: m for m in project.measures}
        self.risks_by_holder: dict[uuid.UUID, list[Risk]] = {}
        for risk in project.risks:
            holder = risk.stage_id or risk.flow_id
            if holder is not None:
                self.risks_by_holder.setdefault(holder, []).append(risk)
        self.measures_by_risk: dict[uuid.UUID, list[Measure]] = {}
        for measure in project.measures:
            for risk_id in measure.risk_ids:
                self.measures_by_risk.setdefault(risk_id, []).append(measure)

    def risks_on(self, holder_id: uuid.UUID) -> list[Risk]:
        """Risks recorded on a stage or a flow."""
        return self.risks_by_holder.get(holder_id, [])

    def stage_of_risk(self, risk: Risk) -> Stage | None:
        """The stage a risk sits on; for a risk on a flow, the flow's source stage."""
        if risk.stage_id is not None:
            return self.stages.get(risk.stage_id)
        if risk.flow_id is not None and risk.flow_id in self.flows:
            return self.stages.get(self.flows[risk.flow_id].source)
        return None

    def process_of_risk(self, risk: Risk) -> Process | None:
        holder = risk.stage_id or risk.flow_id
        return self.process_of.get(holder) if holder is not None else None
