"""A round comparison as rows to read: what came, went or moved, worst first (views, exports)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from riskmap.analysis import HeatmapGrid, empty_grid
from riskmap.model import Assessment, Project, RiskSnapshot, Round
from riskmap.rounds import Comparison, Direction, compare_named
from riskmap.scales import Band, ScaleProfile
from riskmap.vocabulary import ScoreKind


class ChangeKind(StrEnum):
    NEW = "new"
    REMOVED = "removed"
    UP = "up"
    DOWN = "down"
    RESCORED = "rescored"  # levels moved, the residual score did not


CHANGE_LABELS = {
    ChangeKind.NEW: "New", ChangeKind.REMOVED: "Removed", ChangeKind.UP: "Up",
    ChangeKind.DOWN: "Down", ChangeKind.RESCORED: "Rescored",
}


@dataclass(frozen=True)
class ScorePoint:
    """A residual assessment placed on the profile: levels, score, band."""

    likelihood: int
    impact: int
    score: int
    band: Band


@dataclass(frozen=True)
class ComparisonRow:
    kind: ChangeKind
    code: str
    stage_code: str
    statement: str
    before: ScorePoint | None  # None: new, or not scored then
    after: ScorePoint | None   # None: removed, or not scored now
    delta: int | None          # change of residual score, when both are scored


def score_point(profile: ScaleProfile, level: Assessment | None) -> ScorePoint | None:
    if level is None or level.likelihood is None or level.impact is None:
        return None
    n_l, n_i = profile.size
    if level.likelihood > n_l or level.impact > n_i:
        return None
    score = profile.score(level.likelihood, level.impact)
    return ScorePoint(level.likelihood, level.impact, score, profile.band(score))


def comparison_rows(profile: ScaleProfile, comparison: Comparison) -> list[ComparisonRow]:
    """New risks, removed risks, then those whose residual score rose (largest rise first),
    fell (largest fall first), or whose levels moved without changing the score."""

    def row(kind: ChangeKind, snap: RiskSnapshot, before: Assessment | None,
            after: Assessment | None, delta: int | None = None) -> ComparisonRow:
        return ComparisonRow(kind, snap.code, snap.stage_code, snap.statement,
                             score_point(profile, before), score_point(profile, after), delta)

    rows = [row(ChangeKind.NEW, s, None, s.residual) for s in comparison.new_risks]
    rows += [row(ChangeKind.REMOVED, s, s.residual, None) for s in comparison.removed_risks]
    kinds = {Direction.UP: ChangeKind.UP, Direction.DOWN: ChangeKind.DOWN,
             Direction.SAME: ChangeKind.RESCORED}
    changed = sorted(comparison.changed_risks, key=lambda d: (-abs(d.delta), d.code))
    for order in (Direction.UP, Direction.DOWN, Direction.SAME):
        rows += [row(kinds[d.direction], d.after, d.before.residual, d.after.residual,
                     d.delta if d.direction is not Direction.SAME else None)
                 for d in changed if d.direction is order]
    return rows


@dataclass(frozen=True)
class ComparisonCounts:
    new: int
    removed: int
    rescored: int
    up: int
    down: int
    measures_completed: int
    stages_up: int
    stages_down: int


def comparison_counts(comparison: Comparison) -> ComparisonCounts:
    directions = list(comparison.stages.values())
    return ComparisonCounts(
        new=len(comparison.new_risks), removed=len(comparison.removed_risks),
        rescored=len(comparison.changed_risks),
        up=sum(1 for d in comparison.changed_risks if d.delta > 0),
        down=sum(1 for d in comparison.changed_risks if d.delta < 0),
        measures_completed=len(comparison.measures_completed),
        stages_up=directions.count(Direction.UP), stages_down=directions.count(Direction.DOWN),
    )


def requested_comparison(project: Project, rounds: tuple[str, str] | None) -> Comparison | None:
    """The comparison an export asks for (round names or ids; "Current" for now), or None.

    KeyError names the rounds the project has when one is unknown."""
    if rounds is None:
        return None
    return compare_named(project, *rounds)


def round_grid(profile: ScaleProfile, view: Round, kind: ScoreKind) -> HeatmapGrid:
    """The heat map of a round's snapshot (codes in each cell, in code order)."""
    grid = empty_grid(profile, kind)
    for rid, snap in sorted(view.risks.items(), key=lambda item: item[1].code):
        point = score_point(profile, getattr(snap, kind.value))
        if point is None:
            grid.unscored.append(snap.code)
            continue
        cell = grid.cells[(point.likelihood, point.impact)]
        cell.risk_ids.append(rid)
        cell.risk_codes.append(snap.code)
    return grid
