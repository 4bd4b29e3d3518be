"""Priority ranks of risks (by residual rating), updated one re-score at a time."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from riskmap.analysis import Rater
from riskmap.model import Project, Risk
from riskmap.vocabulary import ScoreKind

# Sort key of a risk: highest residual score, impact, likelihood first, then code order;
# unscored risks last. The same order as riskmap.analysis.ranking.
Key = tuple[int, int, int, str]


def rank_key(risk: Risk, rater: Rater) -> Key:
    rating = rater(risk, ScoreKind.RESIDUAL)
    if rating is None:
        return (1, 1, 1, risk.code)
    return (-rating.score, -rating.impact, -rating.likelihood, risk.code)


class PriorityRanks:
    """Ranks computed once, then kept: a re-score re-rates one risk, sorts the keys (cheap
    tuples) and reports only the risks whose rank moved."""

    def __init__(self) -> None:
        self._keys: dict[uuid.UUID, Key] | None = None
        self._ranks: dict[uuid.UUID, int] = {}

    def clear(self) -> None:
        self._keys = None
        self._ranks = {}

    def rank(self, project: Project, risk_id: uuid.UUID) -> int:
        if self._keys is None:
            rater = Rater(project.profile)
            self._keys = {risk.id: rank_key(risk, rater) for risk in project.risks}
            self._ranks = self._sorted(self._keys)
        return self._ranks.get(risk_id, 0)

    @staticmethod
    def _sorted(keys: dict[uuid.UUID, Key]) -> dict[uuid.UUID, int]:
        order = sorted(keys, key=keys.__getitem__)
        return {risk_id: number for number, risk_id in enumerate(order, start=1)}

    def update(self, project: Project, risk_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Re-rate these risks; the ids whose rank changed (none if never computed)."""
        if self._keys is None:
            return set()
        index = project.index.risks
        rater = Rater(project.profile)
        moved = False
        for risk_id in risk_ids:
            risk = index.get(risk_id)
            if risk is not None:
                key = rank_key(risk, rater)
                moved |= self._keys.get(risk_id) != key
                self._keys[risk_id] = key
        if not moved:
            return set()
        old, self._ranks = self._ranks, self._sorted(self._keys)
        return {risk_id for risk_id, number in self._ranks.items() if old.get(risk_id) != number}
