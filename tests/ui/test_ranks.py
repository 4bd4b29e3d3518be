"""Priority ranks kept through re-scores equal the ranking computed afresh."""

from __future__ import annotations

import random

from riskmap.analysis import priority_ranks
from riskmap.edits import set_score
from riskmap.testing import generate
from riskmap.vocabulary import ScoreKind
from ui.models.ranks import PriorityRanks


def test_re_scores_move_only_the_ranks_between_and_match_the_ranking():
    project = generate(stages=20, risks=120, measures=10, seed=5)
    ranks = PriorityRanks()
    choice = random.Random(7)
    before = {risk.id: ranks.rank(project, risk.id) for risk in project.risks}
    assert before == priority_ranks(project)
    for _ in range(40):
        risk = choice.choice(project.risks)
        level = choice.choice([(5, 5), (1, 1), (3, 2), (None, None)])
        set_score(project, risk.id, ScoreKind.RESIDUAL, *level).apply(project)
        moved = ranks.update(project, [risk.id])
        after = {r.id: ranks.rank(project, r.id) for r in project.risks}
        assert after == priority_ranks(project)
        assert moved == {rid for rid in after if after[rid] != before[rid]}
        before = after
