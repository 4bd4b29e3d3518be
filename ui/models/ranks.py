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
    """The ranking computed once, then kept: a re-score moves one risk in it by binary
    search. A rank is the risk's place in the ranking; a re-score tells which places
    shifted (every risk between the old place and the new one)."""

    def __init__(self) -> None:
        self._keys: dict[uuid.UUID, Key] | None = None
        # The ranking: (key, position in the project's list, id), best first. The position
        # breaks ties as a stable sort of the project's list would.
        self._order: list[tuple[Key, int, uuid.UUID]] = []
        self._position: dict[uuid.UUID, int] = {}

    def clear(self) -> None:
        self._keys = None
        self._order = []
        self._position = {}

    def _entry(self, risk_id: uuid.UUID) -> tuple[Key, int, uuid.UUID] | None:
        key = self._keys.get(risk_id) if self._keys is not None else None
        return None if key is None else (key, self._position[risk_id], risk_id)

    def rank(self, project: Project, risk_id: uuid.UUID) -> int:
        if self._keys is None:
            rater = Rater(project.profile)
            self._keys = {risk.id: rank_key(risk, rater) for risk in project.risks}
            self._position = {risk.id: n for n, risk in enumerate(project.risks)}
            self._order = sorted((key, self._position[rid], rid)
                                 for rid, key in self._keys.items())
        entry = self._entry(risk_id)
        return 0 if entry is None else bisect.bisect_left(self._order, entry) + 1

    def update(self, project: Project, risk_ids: Iterable[uuid.UUID]) -> list[range]:
        """Re-rate these risks; the places (0 is rank 1) whose risk changed, as ranges
        (none if the ranking was never computed)."""
        keys = self._keys
        if keys is None:
            return []
        index = project.index.risks
        rater = Rater(project.profile)
        shifted: list[range] = []
        for risk_id in risk_ids:
            risk, old = index.get(risk_id), self._entry(risk_id)
            if risk is None or old is None:
                self.clear()  # not a re-score of a known risk: rank afresh when asked
                return []
            key = rank_key(risk, rater)
            if key == old[0]:
                continue
            keys[risk_id] = key
            start = bisect.bisect_left(self._order, old)
            del self._order[start]
            new = (key, old[1], risk_id)
            end = bisect.bisect_left(self._order, new)
            self._order.insert(end, new)
            shifted.append(range(min(start, end), max(start, end) + 1))
        return shifted

    def ids_at(self, places: Iterable[range]) -> set[uuid.UUID]:
        """The risks now at these places of the ranking."""
        return {self._order[n][2] for span in places for n in span}
