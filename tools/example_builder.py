"""Turns the compact data of the example projects into model objects with stable UUIDs."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from riskmap.model import (
    Assessment,
    AuditEntry,
    Control,
    Flow,
    Measure,
    MeasureSnapshot,
    Metadata,
    Participant,
    Position,
    Process,
    Project,
    Risk,
    RiskSnapshot,
    Round,
    Stage,
    StageFlags,
    Vote,
)
from riskmap.scales import builtin_profile
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

# All example ids derive from this namespace, the example's key and the entity's code.
NAMESPACE = uuid.UUID("5b0f7a52-3d1e-4c63-9a43-2f6e1c9d8b70")
X_STEP, Y_STEP = 250, 140

Levels = tuple[int, int]


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _words(text: str) -> list[str]:
    return [word for word in text.replace(",", " ").split() if word]


class ExampleBuilder:
    """Collects the entities of one example project; codes refer to earlier entities."""

    def __init__(self, key: str, profile_key: str, metadata: Metadata) -> None:
        self.key = key
        self.project = Project(
            id=self.uid("project"), metadata=metadata, profile=builtin_profile(profile_key)
        )
        self.ids: dict[str, uuid.UUID] = {}
        self.risks: dict[str, Risk] = {}
        self.measures: dict[str, Measure] = {}
        self.stage_codes: dict[uuid.UUID, str] = {}

    def uid(self, name: str) -> uuid.UUID:
        return uuid.uuid5(NAMESPACE, f"{self.key}/{name}")

    def participant(self, code: str, name: str, role: str, unit: str) -> None:
        person = Participant(id=self.uid(code), code=code, name=name, role=role, unit=unit)
        self.project.metadata.participants.append(person)
        self.ids[code] = person.id

    def process(self, code: str, name: str, description: str) -> None:
        process = Process(id=self.uid(code), code=code, name=name, description=description)
        self.project.processes.append(process)

    def stage(self, code: str, name: str, column: int, row: int, description: str,
              actors: Iterable[str], office: str, flags: str = "") -> None:
        """`flags` names the StageFlags set, e.g. "discretion face_to_face"."""
        stage = Stage(
            id=self.uid(code), code=code, name=name, description=description,
            actors=list(actors), office=office,
            flags=StageFlags(**dict.fromkeys(_words(flags), True)),
            position=Position(x=column * X_STEP, y=row * Y_STEP), pinned=True,
        )
        self.project.processes[-1].stages.append(stage)
        self.ids[code] = stage.id
        self.stage_codes[stage.id] = code

    def library_keys(self, keys: dict[str, str]) -> None:
        """Record which entry of the stage library each stage (by code) was drawn from."""
        for stage in self.project.processes[-1].stages:
            stage.library_key = keys.get(stage.code)

    def flow(self, code: str, source: str, target: str, label: str = "") -> None:
        flow = Flow(id=self.uid(code), code=code, source=self.ids[source],
                    target=self.ids[target], label=label)
        self.project.processes[-1].flows.append(flow)
        self.ids[code] = flow.id
        self.stage_codes[flow.id] = source

    def risk(self, code: str, on: str, statement: str, corruption_type: str,
             actors: Iterable[str], factors: str, consequences: str, dimensions: str,
             controls: Iterable[tuple[str, str]], scores: tuple[Levels, Levels, Levels],
             owner: str, evidence: str, reviewed: str, rationale: str = "") -> None:
        """A risk on the stage or flow `on`; scores are inherent, residual, target levels."""
        inherent, residual, target = (Assessment(likelihood=lik, impact=imp)
                                      for lik, imp in scores)
        holder = self.ids[on]
        risk = Risk(
            id=self.uid(code), code=code,
            stage_id=holder if on.startswith("S-") else None,
            flow_id=holder if on.startswith("F-") else None,
            statement=statement, corruption_type=CorruptionType(corruption_type),
            actors=list(actors),
            enabling_factors=[EnablingFactor(word) for word in _words(factors)],
            consequences=consequences,
            impact_dimensions=[ImpactDimension(word) for word in _words(dimensions)],
            controls=[
                Control(id=self.uid(f"{code}/control/{n}"), description=text,
                        effectiveness=Effectiveness(effectiveness))
                for n, (text, effectiveness) in enumerate(controls, start=1)
            ],
            inherent=inherent, residual=residual, target=target,
            owner=owner, evidence=evidence, last_reviewed=_date(reviewed), rationale=rationale,
        )
        self.project.risks.append(risk)
        self.risks[code] = risk

    def votes(self, risk_code: str, levels: dict[str, Levels]) -> None:
        """Individual residual scores of participants (by participant code) for one risk."""
        self.risks[risk_code].votes = [
            Vote(participant_id=self.ids[who], kind=ScoreKind.RESIDUAL,
                 likelihood=lik, impact=imp)
            for who, (lik, imp) in levels.items()
        ]

    def measure(self, code: str, title: str, risks: str, key_factors: Iterable[int],
                kind: str, owner: str, unit: str, period: tuple[str, str], resources: str,
                indicator: str, baseline: str, target: str, status: str, progress: int,
                notes: str = "") -> None:
        """A measure linked to the risks named in `risks` (codes separated by spaces)."""
        measure = Measure(
            id=self.uid(code), code=code, title=title,
            risk_ids=[self.risks[r].id for r in _words(risks)],
            key_factors=sorted(KeyFactor(n) for n in key_factors),
            type=MeasureType(kind), owner=owner, supporting_unit=unit,
            start=_date(period[0]), deadline=_date(period[1]), resources=resources,
            indicator=indicator, baseline=baseline, target=target,
            status=MeasureStatus(status), progress=progress, notes=notes,
        )
        self.project.measures.append(measure)
        self.measures[code] = measure

    def round(self, name: str, closed_on: str, notes: str,
              residuals: dict[str, Levels], measures: dict[str, tuple[str, int]],
              absent: str = "") -> None:
        """A snapshot of every risk and measure except `absent` codes.

        `residuals` and `measures` give the scores and states that differ from today's.
        """
        left_out = set(_words(absent))
        snapshot = Round(id=self.uid(f"round/{name}"), name=name, closed_on=_date(closed_on),
                         notes=notes, profile_key=self.project.profile.key)
        for risk in self.project.risks:
            if risk.code in left_out:
                continue
            residual = risk.residual
            if risk.code in residuals:
                lik, imp = residuals[risk.code]
                residual = Assessment(likelihood=lik, impact=imp)
            holder = risk.stage_id or risk.flow_id
            snapshot.risks[risk.id] = RiskSnapshot(
                code=risk.code, statement=risk.statement,
                stage_code=self.stage_codes[holder] if holder else "",
                inherent=risk.inherent.model_copy(), residual=residual,
                target=risk.target.model_copy(),
            )
        for measure in self.project.measures:
            if measure.code in left_out:
                continue
            status, progress = measures.get(measure.code, (measure.status, measure.progress))
            snapshot.measures[measure.id] = MeasureSnapshot(
                code=measure.code, title=measure.title, status=MeasureStatus(status),
                progress=progress,
            )
        self.project.rounds.append(snapshot)

    def audit(self, when: str, who: str, entity: str, field: str, old: str, new: str) -> None:
        self.project.audit_log.append(AuditEntry(
            when=dt.datetime.fromisoformat(when), who=who, entity=entity, field=field,
            old=old, new=new,
        ))

    def build(self) -> Project:
        self.project.touch()
        return self.project
