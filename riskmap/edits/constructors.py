"""The named edits the UI, importers and scripts call (add_risk, set_score...)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from riskmap.edits.bundle import Bundle, Insert
from riskmap.edits.operation import Batch, Edit, EditError, EntityType, SetFields, label
from riskmap.model import Assessment, Flow, Measure, Process, Project, Risk, Stage
from riskmap.scales import ScaleProfile, remap_level
from riskmap.vocabulary import ScoreKind


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
        raise EditError("likelihood {value} is outside the profile (1 to {top})",
                        value=likelihood, top=n_l)
    if impact is not None and not 1 <= impact <= n_i:
        raise EditError("impact {value} is outside the profile (1 to {top})",
                        value=impact, top=n_i)
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
        raise EditError("{code}: cannot link {n} unknown risk(s)", code=measure.code,
                        n=len(missing))
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
