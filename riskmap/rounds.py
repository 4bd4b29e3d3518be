"""Assessment rounds: close a round (snapshot), compare two, copy a round forward."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from riskmap.edits import Batch, Bundle, Edit, EntityType, Insert, SetFields
from riskmap.model import (
    Assessment,
    MeasureSnapshot,
    Project,
    RiskSnapshot,
    Round,
)
from riskmap.scales import ScaleProfile
from riskmap.vocabulary import MeasureStatus, ScoreKind

CURRENT = "Current"


def snapshot(project: Project, name: str, closed_on: dt.date, notes: str = "") -> Round:
    """A dated copy of every risk's scores and every measure's status."""
    index = project.index
    risks = {}
    for risk in project.risks:
        stage = index.stage_of_risk(risk)
        risks[risk.id] = RiskSnapshot(
            code=risk.code, statement=risk.statement, stage_code=stage.code if stage else "",
            inherent=risk.inherent.model_copy(), residual=risk.residual.model_copy(),
            target=risk.target.model_copy(),
        )
    measures = {
        m.id: MeasureSnapshot(code=m.code, title=m.title, status=m.status, progress=m.progress)
        for m in project.measures
    }
    return Round(name=name, closed_on=closed_on, notes=notes, profile_key=project.profile.key,
                 risks=risks, measures=measures)


def close_round(project: Project, name: str, closed_on: dt.date, notes: str = "") -> Insert:
    """Close the current round: keep its snapshot in the project (undoable)."""
    taken = snapshot(project, name, closed_on, notes)
    return Insert(Bundle(rounds=[(None, taken)]), f"Close round {name}")


def copy_forward(project: Project, round_id: uuid.UUID) -> Edit:
    """Start again from a closed round: its scores and statuses become the current ones."""
    source = next(r for r in project.rounds if r.id == round_id)
    edits: list[Edit] = []
    for risk in project.risks:
        snap = source.risks.get(risk.id)
        if snap is None:
            continue
        values = {
            kind.value: snap_value
            for kind, snap_value in (
                (ScoreKind.INHERENT, snap.inherent), (ScoreKind.RESIDUAL, snap.residual),
                (ScoreKind.TARGET, snap.target),
            )
            if risk.assessment(kind) != snap_value
        }
        if values:
            edits.append(SetFields(EntityType.RISK, risk.id, values))
    for measure in project.measures:
        msnap = source.measures.get(measure.id)
        if msnap and (measure.status, measure.progress) != (msnap.status, msnap.progress):
            edits.append(SetFields(EntityType.MEASURE, measure.id,
                                   {"status": msnap.status, "progress": msnap.progress}))
    return Batch(edits, f"Copy round {source.name} forward")


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"


def _direction(before: int | None, after: int | None) -> Direction:
    if before is None or after is None or before == after:
        return Direction.SAME
    return Direction.UP if after > before else Direction.DOWN


def _score(profile: ScaleProfile, level: Assessment) -> int | None:
    lik, imp = level.likelihood, level.impact
    if lik is None or imp is None or lik > profile.size[0] or imp > profile.size[1]:
        return None
    return profile.score(lik, imp)


@dataclass(frozen=True)
class RiskDelta:
    id: uuid.UUID
    code: str
    statement: str
    stage_code: str
    before: RiskSnapshot
    after: RiskSnapshot
    score_before: int | None  # residual
    score_after: int | None

    @property
    def direction(self) -> Direction:
        return _direction(self.score_before, self.score_after)

    @property
    def delta(self) -> int:
        if self.score_before is None or self.score_after is None:
            return 0
        return self.score_after - self.score_before


@dataclass(frozen=True)
class StatusChange:
    id: uuid.UUID
    code: str
    title: str
    before: MeasureStatus
    after: MeasureStatus
    progress_before: int
    progress_after: int


@dataclass
class Comparison:
    """What moved between two rounds (or a round and the current state)."""

    before_name: str
    after_name: str
    new_risks: list[RiskSnapshot] = field(default_factory=list)
    removed_risks: list[RiskSnapshot] = field(default_factory=list)
    changed_risks: list[RiskDelta] = field(default_factory=list)
    measures_completed: list[StatusChange] = field(default_factory=list)
    status_changes: list[StatusChange] = field(default_factory=list)
    # Stage code -> direction of the stage's highest residual score.
    stages: dict[str, Direction] = field(default_factory=dict)


def current_round(project: Project) -> Round:
    """The current state as an unsaved round, to compare against a closed one."""
    return snapshot(project, CURRENT, dt.date.today())


def _stage_tops(profile: ScaleProfile, view: Round) -> dict[str, int]:
    tops: dict[str, int] = {}
    for snap in view.risks.values():
        score = _score(profile, snap.residual)
        if score is not None and snap.stage_code:
            tops[snap.stage_code] = max(tops.get(snap.stage_code, 0), score)
    return tops


def compare(project: Project, before: Round, after: Round) -> Comparison:
    """New, removed and re-scored risks, measure progress and stage movements."""
    profile = project.profile
    result = Comparison(before.name, after.name)
    for rid, snap in after.risks.items():
        if rid not in before.risks:
            result.new_risks.append(snap)
            continue
        old = before.risks[rid]
        if (old.inherent, old.residual, old.target) != (snap.inherent, snap.residual,
                                                         snap.target):
            result.changed_risks.append(RiskDelta(
                rid, snap.code, snap.statement, snap.stage_code, old, snap,
                _score(profile, old.residual), _score(profile, snap.residual),
            ))
    result.removed_risks = [s for rid, s in before.risks.items() if rid not in after.risks]
    for mid, msnap in after.measures.items():
        old_m = before.measures.get(mid)
        if old_m is None or (old_m.status, old_m.progress) == (msnap.status, msnap.progress):
            continue
        change = StatusChange(mid, msnap.code, msnap.title, old_m.status, msnap.status,
                              old_m.progress, msnap.progress)
        result.status_changes.append(change)
        if msnap.status is MeasureStatus.DONE and old_m.status is not MeasureStatus.DONE:
            result.measures_completed.append(change)
    tops_before, tops_after = _stage_tops(profile, before), _stage_tops(profile, after)
    for code in sorted(tops_before.keys() | tops_after.keys()):
        result.stages[code] = _direction(tops_before.get(code, 0), tops_after.get(code, 0))
    for items in (result.new_risks, result.removed_risks):
        items.sort(key=lambda s: s.code)
    result.changed_risks.sort(key=lambda d: d.code)
    return result


def find_round(project: Project, ref: str | uuid.UUID) -> Round:
    """A round by id, or by name (case ignored); "Current" is the current state.

    KeyError names the rounds the project has."""
    if isinstance(ref, str) and ref.strip().casefold() == CURRENT.casefold():
        return current_round(project)
    for item in project.rounds:
        if item.id == ref or str(item.id) == str(ref):
            return item
    wanted = str(ref).strip().casefold()
    for item in project.rounds:
        if item.name.strip().casefold() == wanted:
            return item
    known = ", ".join(r.name for r in project.rounds) or "none"
    raise KeyError(f"no round {ref!s} in the project; rounds: {known}, or {CURRENT}")


def compare_named(project: Project, before: str | uuid.UUID, after: str | uuid.UUID,
                  ) -> Comparison:
    """Compare two rounds given by name or id ("Current" for the current state)."""
    return compare(project, find_round(project, before), find_round(project, after))


def stage_directions(project: Project, comparison: Comparison) -> dict[uuid.UUID, Direction]:
    """The direction of each stage of the project that moved up or down (by stage id)."""
    by_code: dict[str, list[uuid.UUID]] = {}
    for stage in project.all_stages():
        by_code.setdefault(stage.code, []).append(stage.id)
    return {
        stage_id: direction
        for code, direction in comparison.stages.items() if direction is not Direction.SAME
        for stage_id in by_code.get(code, [])
    }


Cell = tuple[int, int]


@dataclass(frozen=True)
class Move:
    """Where a risk sat on the heat map of one assessment kind, and where it sits now."""

    id: uuid.UUID
    code: str
    before: Cell | None  # None: unscored (or new) in the earlier round
    after: Cell | None   # None: unscored (or removed) in the later round


def _cell(level: Assessment) -> Cell | None:
    if level.likelihood is None or level.impact is None:
        return None
    return (level.likelihood, level.impact)


def moves(comparison: Comparison, kind: ScoreKind = ScoreKind.RESIDUAL) -> list[Move]:
    """Risks whose cell of the `kind` heat map changed between the two rounds, by code."""
    found = []
    for delta in comparison.changed_risks:
        before = _cell(getattr(delta.before, kind.value))
        after = _cell(getattr(delta.after, kind.value))
        if before != after:
            found.append(Move(delta.id, delta.code, before, after))
    return found
