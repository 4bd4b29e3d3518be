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
        places = ranks.update(project, [risk.id])
        after = {r.id: ranks.rank(project, r.id) for r in project.risks}
        assert after == priority_ranks(project)
        assert ranks.ids_at(places) == {rid for rid in after if after[rid] != before[rid]}
        before = after


def test_the_register_shows_every_shifted_rank_after_a_big_move(qtbot):
    """A re-score that shifts hundreds of ranks: every row of the register reads its new
    rank, and the table repaints."""
    from ui.document import Document
    from ui.models.register import COLUMN
    from ui.register_view import RegisterView

    document = Document(generate(stages=40, risks=400, measures=10, seed=2))
    view = RegisterView(document)
    qtbot.addWidget(view)
    view.show()
    model = view.model
    last = max(document.project.risks, key=lambda r: model.rank(r))
    with qtbot.waitSignal(model.ranks_changed):
        document.apply(set_score(document.project, last.id, ScoreKind.RESIDUAL, 5, 5))
    expected = priority_ranks(document.project)
    shown = {model.risk_at(row).id: model.data(model.index(row, COLUMN["rank"]))
             for row in range(model.rowCount())}
    assert shown == {rid: str(rank) for rid, rank in expected.items()}
    assert expected[last.id] <= 25
    document.deleteLater()
