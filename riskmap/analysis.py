"""Pure data for views and exports: ratings, heat-map grids, rankings, coverage, overdue."""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from riskmap.model import Assessment, Measure, Project, Risk
from riskmap.scales import Band, ScaleProfile
from riskmap.vocabulary import KeyFactor, MeasureStatus, ScoreKind


@dataclass(frozen=True)
class Rating:
    """A scored assessment: its levels, score and band."""

    likelihood: int
    impact: int
    score: int
    band: Band


def rate(risk: Risk, kind: ScoreKind, profile: ScaleProfile) -> Rating | None:
    """The rating of one assessment of a risk, or None while it is unscored or invalid.
    (To rate many risks, build one Rater: it computes each cell once.)"""
    level: Assessment = getattr(risk, kind.value)
    lik, imp = level.likelihood, level.impact
    if lik is None or imp is None or lik > len(profile.likelihood) or imp > len(profile.impact):
        return None
    score = profile.score(lik, imp)
    return Rating(lik, imp, score, profile.band(score))


class Rater:
    """Rates many risks against one profile: every cell's rating is computed once."""

    def __init__(self, profile: ScaleProfile) -> None:
        n_l, n_i = profile.size
        self._table: dict[tuple[int | None, int | None], Rating] = {}
        for lik in range(1, n_l + 1):
            for imp in range(1, n_i + 1):
                score = profile.score(lik, imp)
                self._table[(lik, imp)] = Rating(lik, imp, score, profile.band(score))

    def __call__(self, risk: Risk, kind: ScoreKind) -> Rating | None:
        level: Assessment = getattr(risk, kind.value)
        return self._table.get((level.likelihood, level.impact))


def rating_key(rating: Rating | None) -> tuple[int, int, int]:
    """Sort key: higher score first, then higher impact, then higher likelihood."""
    if rating is None:
        return (-1, -1, -1)
    return (rating.score, rating.impact, rating.likelihood)


@dataclass
class HeatmapCell:
    likelihood: int
    impact: int
    score: int
    band: Band
    risk_ids: list[uuid.UUID] = field(default_factory=list)
    risk_codes: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.risk_ids)


@dataclass
class HeatmapGrid:
    """Cells of the profile's matrix with the risks that fall in each."""

    kind: ScoreKind
    profile: ScaleProfile
    cells: dict[tuple[int, int], HeatmapCell]
    unscored: list[str] = field(default_factory=list)
    unscored_ids: list[uuid.UUID] = field(default_factory=list)
    # Where each risk is (its cell, None when unscored) and under which code: kept by
    # update_grid, which then finds a risk without looking through the cells.
    _where: dict[uuid.UUID, tuple[tuple[int, int] | None, str]] = field(
        default_factory=dict, repr=False, compare=False)

    def cell(self, likelihood: int, impact: int) -> HeatmapCell:
        return self.cells[(likelihood, impact)]

    def rows(self) -> list[list[HeatmapCell]]:
        """Rows from the highest likelihood down, each from the lowest impact up."""
        n_l, n_i = self.profile.size
        return [
            [self.cells[(lik, imp)] for imp in range(1, n_i + 1)] for lik in range(n_l, 0, -1)
        ]

    @property
    def total(self) -> int:
        return sum(cell.count for cell in self.cells.values())


def empty_grid(profile: ScaleProfile, kind: ScoreKind) -> HeatmapGrid:
    n_l, n_i = profile.size
    cells = {}
    for lik in range(1, n_l + 1):
        for imp in range(1, n_i + 1):
            score = profile.score(lik, imp)
            cells[(lik, imp)] = HeatmapCell(lik, imp, score, profile.band(score))
    return HeatmapGrid(kind, profile, cells)


def heatmap_grid(project: Project, kind: ScoreKind) -> HeatmapGrid:
    """The heat map of one assessment kind; risk codes in each cell in code order."""
    grid = empty_grid(project.profile, kind)
    rater = Rater(project.profile)
    for risk in sorted(project.risks, key=lambda r: r.code):
        rating = rater(risk, kind)
        if rating is None:
            grid.unscored.append(risk.code)
            grid.unscored_ids.append(risk.id)
            continue
        cell = grid.cells[(rating.likelihood, rating.impact)]
        cell.risk_ids.append(risk.id)
        cell.risk_codes.append(risk.code)
    return grid


def update_grid(grid: HeatmapGrid, project: Project, risk_ids: Iterable[uuid.UUID]) -> None:
    """Move these risks (re-scored, re-coded, added or removed) to where they belong now,
    so that `grid` equals heatmap_grid(project, grid.kind) again: a view follows an edit
    in O(risks edited) instead of placing every risk of the project again."""
    where = grid._where
    if not where:  # the first update: learn where every risk is, once
        for key, cell in grid.cells.items():
            where.update((rid, (key, code))
                         for rid, code in zip(cell.risk_ids, cell.risk_codes, strict=True))
        where.update((rid, (None, code))
                     for rid, code in zip(grid.unscored_ids, grid.unscored, strict=True))
    rater = Rater(grid.profile)
    index = project.index.risks
    for risk_id in dict.fromkeys(risk_ids):
        if risk_id in where:
            old, code = where.pop(risk_id)
            ids, codes = _lists(grid, old)
            at = bisect.bisect_left(codes, code)
            at = ids.index(risk_id, at)  # after any other risk under the same code
            del ids[at], codes[at]
        risk = index.get(risk_id)
        if risk is None:
            continue
        rating = rater(risk, grid.kind)
        new = None if rating is None else (rating.likelihood, rating.impact)
        ids, codes = _lists(grid, new)
        at = bisect.bisect_right(codes, risk.code)
        ids.insert(at, risk_id)
        codes.insert(at, risk.code)
        where[risk_id] = (new, risk.code)


def _lists(grid: HeatmapGrid, key: tuple[int, int] | None) -> tuple[list[uuid.UUID], list[str]]:
    """The ids and codes (in code order) of a cell, or of the unscored risks."""
    if key is None:
        return grid.unscored_ids, grid.unscored
    cell = grid.cells[key]
    return cell.risk_ids, cell.risk_codes


@dataclass(frozen=True)
class StageRating:
    """A stage (or flow) rated by its highest risk."""

    risk_count: int
    top: Rating | None
    top_code: str = ""


def holder_rating(
    risks: list[Risk], kind: ScoreKind, profile: ScaleProfile, rater: Rater | None = None
) -> StageRating:
    """A stage's (or flow's) rating: its highest-rated risk."""
    rater = rater or Rater(profile)
    best: Rating | None = None
    best_code = ""
    for risk in risks:
        rating = rater(risk, kind)
        if rating is not None and rating_key(rating) > rating_key(best):
            best, best_code = rating, risk.code
    return StageRating(len(risks), best, best_code)


def stage_ratings(project: Project, kind: ScoreKind) -> dict[uuid.UUID, StageRating]:
    """Rating of every stage and flow with risks, keyed by the stage or flow id."""
    index = project.index
    rater = Rater(project.profile)
    return {
        holder: holder_rating(risks, kind, project.profile, rater)
        for holder, risks in index.risks_by_holder.items()
    }


@dataclass(frozen=True)
class RankedRisk:
    rank: int
    risk: Risk
    rating: Rating | None


def ranking(project: Project, kind: ScoreKind = ScoreKind.RESIDUAL) -> list[RankedRisk]:
    """All risks, highest first; ties share no rank (code order breaks them)."""
    rater = Rater(project.profile)
    rated = [(risk, rater(risk, kind)) for risk in project.risks]
    rated.sort(key=lambda pair: pair[0].code)
    rated.sort(key=lambda pair: rating_key(pair[1]), reverse=True)
    return [RankedRisk(n, risk, rating) for n, (risk, rating) in enumerate(rated, start=1)]


def priority_ranks(project: Project) -> dict[uuid.UUID, int]:
    """Priority rank of each risk by residual rating (1 is the highest)."""
    return {item.risk.id: item.rank for item in ranking(project, ScoreKind.RESIDUAL)}


def band_counts(project: Project, kind: ScoreKind) -> dict[str, int]:
    """Number of risks in each band (in band order), plus "Unscored" when any."""
    counts: dict[str, int] = {band.name: 0 for band in project.profile.bands}
    unscored = 0
    rater = Rater(project.profile)
    for risk in project.risks:
        rating = rater(risk, kind)
        if rating is None:
            unscored += 1
        else:
            counts[rating.band.name] += 1
    if unscored:
        counts["Unscored"] = unscored
    return counts


def measures_by_status(project: Project) -> dict[MeasureStatus, int]:
    counts = Counter(measure.status for measure in project.measures)
    return {status: counts.get(status, 0) for status in MeasureStatus}


@dataclass(frozen=True)
class KeyFactorCoverage:
    factor: KeyFactor
    measures: int
    done: int
    risks: int


def key_factor_coverage(project: Project) -> list[KeyFactorCoverage]:
    """For each of the 10 key factors: measures tagged, measures done, risks they cover."""
    result = []
    for factor in KeyFactor:
        tagged = [m for m in project.measures if factor in m.key_factors]
        risks = {rid for m in tagged for rid in m.risk_ids}
        done = sum(1 for m in tagged if m.status is MeasureStatus.DONE)
        result.append(KeyFactorCoverage(factor, len(tagged), done, len(risks)))
    return result


def overdue_measures(project: Project, today: dt.date | None = None) -> list[Measure]:
    """Measures past their deadline and not done or cancelled, earliest deadline first."""
    today = today or dt.date.today()
    overdue = [m for m in project.measures if m.is_overdue(today)]
    return sorted(overdue, key=lambda m: (m.deadline or today, m.code))
