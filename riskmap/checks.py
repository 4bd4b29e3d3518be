"""Integrity checks of a project: every problem names the entity by its code."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from riskmap.model import Project, Risk
from riskmap.vocabulary import ScoreKind

# The fields of an entity that the checks (here and in riskmap.graph) read. An edit that
# changes other fields only (a statement, an owner, a name, a position, a deadline...)
# leaves every problem as it was; one of the scores changes only that risk's level problems.
SCORE_FIELDS = frozenset(kind.value for kind in ScoreKind)
CHECKED_FIELDS = SCORE_FIELDS | {
    "id", "code", "source", "target", "stage_id", "flow_id", "risk_ids", "votes",
    "participants", "stages", "flows", "processes", "risks", "measures", "profile",
}


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Something wrong in a project, explained in one line.

    `message` is `template` with its {placeholders} filled from `values`: an interface
    translates the template (riskmap.i18n) and fills it the same way."""

    code: str
    message: str
    severity: Severity = Severity.ERROR
    entity_id: uuid.UUID | None = None
    template: str = ""
    values: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @classmethod
    def of(cls, code: str, template: str, /, severity: Severity = Severity.ERROR,
           entity_id: uuid.UUID | None = None, **values: object) -> Problem:
        """A problem whose message is `template` filled from `values`."""
        return cls(code, template.format(**values), severity, entity_id, template, values)

    def __str__(self) -> str:
        return f"{self.severity}: {self.code}: {self.message}"


# One sentence a kind of entity, so that each translates whole.
DUPLICATE_CODE = {
    "process": "the process code {code} is used {n} times; codes must be unique",
    "stage": "the stage code {code} is used {n} times; codes must be unique",
    "flow": "the flow code {code} is used {n} times; codes must be unique",
    "risk": "the risk code {code} is used {n} times; codes must be unique",
    "measure": "the measure code {code} is used {n} times; codes must be unique",
    "participant": "the participant code {code} is used {n} times; codes must be unique",
}
DANGLING_FLOW = {
    "source": "flow comes from a stage that is not in process {process}",
    "target": "flow goes to a stage that is not in process {process}",
}
OUTSIDE_PROFILE = {
    (kind, axis): f"{kind.value} {axis} {{value}} is outside the profile {{profile!r}} "
                  "(1 to {top})"
    for kind in ScoreKind for axis in ("likelihood", "impact")
}


def _duplicates(kind: str, codes: Iterable[str]) -> list[Problem]:
    counts = Counter(codes)
    return [Problem.of(code, DUPLICATE_CODE[kind], code=code, n=n)
            for code, n in counts.items() if n > 1]


def check_codes(project: Project) -> list[Problem]:
    """Codes unique within each kind of entity, ids unique across the project."""
    stages = project.all_stages()
    flows = [f for p in project.processes for f in p.flows]
    problems = [
        *_duplicates("process", (p.code for p in project.processes)),
        *_duplicates("stage", (s.code for s in stages)),
        *_duplicates("flow", (f.code for f in flows)),
        *_duplicates("risk", (r.code for r in project.risks)),
        *_duplicates("measure", (m.code for m in project.measures)),
        *_duplicates("participant", (p.code for p in project.metadata.participants)),
    ]
    entities = [*project.processes, *stages, *flows, *project.risks, *project.measures]
    ids = Counter(e.id for e in entities)
    for entity in entities:
        if ids[entity.id] > 1:
            code = getattr(entity, "code", str(entity.id))
            problems.append(Problem.of(code, "shares its id {id} with another entity",
                                       id=entity.id))
            ids[entity.id] = 1  # report each shared id once
    return problems


def check_references(project: Project) -> list[Problem]:
    """Flows, risks, measures and votes point at entities that exist."""
    problems: list[Problem] = []
    for process in project.processes:
        own = {s.id for s in process.stages}
        for flow in process.flows:
            for end, stage_id in (("source", flow.source), ("target", flow.target)):
                if stage_id not in own:
                    problems.append(Problem.of(flow.code, DANGLING_FLOW[end],
                                               entity_id=flow.id, process=process.code))
    index = project.index
    for risk in project.risks:
        if (risk.stage_id is None) == (risk.flow_id is None):
            problems.append(Problem.of(
                risk.code, "a risk must be on exactly one stage or one flow", entity_id=risk.id
            ))
        elif risk.stage_id is not None and risk.stage_id not in index.stages:
            problems.append(Problem.of(
                risk.code, "risk is on a stage that does not exist", entity_id=risk.id
            ))
        elif risk.flow_id is not None and risk.flow_id not in index.flows:
            problems.append(Problem.of(
                risk.code, "risk is on a flow that does not exist", entity_id=risk.id
            ))
    participants = {p.id for p in project.metadata.participants}
    for risk in project.risks:
        if any(v.participant_id not in participants for v in risk.votes):
            problems.append(Problem.of(
                risk.code, "has a vote from a participant who is not in the project",
                entity_id=risk.id,
            ))
    for measure in project.measures:
        missing = [rid for rid in measure.risk_ids if rid not in index.risks]
        if missing:
            problems.append(Problem.of(
                measure.code, "measure is linked to {n} risk(s) that do not exist",
                entity_id=measure.id, n=len(missing),
            ))
    return problems


def check_levels(project: Project, risks: Iterable[Risk] | None = None) -> list[Problem]:
    """Every likelihood and impact within the project's scale profile (of these risks, or
    of every risk)."""
    profile = project.profile
    n_likelihood, n_impact = profile.size
    problems: list[Problem] = []
    for risk in project.risks if risks is None else risks:
        levels = [(kind, risk.assessment(kind)) for kind in ScoreKind]
        levels += [(vote.kind, vote) for vote in risk.votes]  # type: ignore[misc]
        for kind, level in levels:
            for axis, value, top in (
                ("likelihood", level.likelihood, n_likelihood),
                ("impact", level.impact, n_impact),
            ):
                if value is not None and value > top:
                    problems.append(Problem.of(
                        risk.code, OUTSIDE_PROFILE[kind, axis], entity_id=risk.id,
                        value=value, profile=profile.name, top=top,
                    ))
    return problems


def check_project(project: Project) -> list[Problem]:
    """All integrity problems of a project (graph problems are in riskmap.graph)."""
    return [*check_codes(project), *check_references(project), *check_levels(project)]
