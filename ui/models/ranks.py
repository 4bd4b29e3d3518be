"""Priority ranks of risks (by residual rating), updated one re-score at a time."""

from __future__ import annotations

import bisect
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
    """Ranks computed once, then kept: a re-score moves one risk in the ranking (a binary
    search each way) and reports only the risks whose rank moved, those in between."""

    def __init__(self) -> None:
        self._keys: dict[uuid.UUID, Key] | None = None
        self._ranks: dict[uuid.UUID, int] = {}
        # The ranking: (key, position in the project's list, id), best first. The position
        # breaks ties as a stable sort of the project's list would.
        self._order: list[tuple[Key, int, uuid.UUID]] = []
        self._position: dict[uuid.UUID, int] = {}

    def clear(self) -> None:
        self._keys = None
        self._ranks = {}
        self._order = []
        self._position = {}

    def rank(self, project: Project, risk_id: uuid.UUID) -> int:
        if self._keys is None:
            rater = Rater(project.profile)
            self._keys = {risk.id: rank_key(risk, rater) for risk in project.risks}
            self._position = {risk.id: n for n, risk in enumerate(project.risks)}
            self._order = sorted((key, self._position[rid], rid)
                                 for rid, key in self._keys.items())
            self._ranks = {rid: n for n, (_, _, rid) in enumerate(self._order, start=1)}
        return self._ranks.get(risk_id, 0)

    def update(self, project: Project, risk_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Re-rate these risks; the ids whose rank changed (none if never computed)."""
        keys = self._keys
        if keys is None:
            return set()
        index = project.index.risks
        rater = Rater(project.profile)
        moved: set[uuid.UUID] = set()
        for risk_id in risk_ids:
            risk = index.get(risk_id)
            old = keys.get(risk_id)
            if risk is None or old is None or risk_id not in self._position:
                self.clear()  # not a re-score of a known risk: rank afresh when asked
                return set()
            key = rank_key(risk, rater)
            if key == old:
                continue
            keys[risk_id] = key
            position = self._position[risk_id]
            start = bisect.bisect_left(self._order, (old, position, risk_id))
            del self._order[start]
            end = bisect.bisect_left(self._order, (key, position, risk_id))
            self._order.insert(end, (key, position, risk_id))
            for number in range(min(start, end), max(start, end) + 1):
                other = self._order[number][2]
                self._ranks[other] = number + 1
                moved.add(other)
        return moved
