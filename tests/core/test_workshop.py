"""Group scoring: spread of votes, the proposed median, and the agreed score."""

from __future__ import annotations

import pytest

from riskmap.edits import EditError
from riskmap.model import Participant
from riskmap.vocabulary import ScoreKind
from riskmap.workshop import agree_score, record_votes, vote_spread, voter_name


@pytest.fixture
def voters(project):
    people = [Participant(code=f"P{n}", name=f"Officer {n}") for n in range(1, 6)]
    project.metadata.participants = people
    return people


def test_spread_median_and_divergence(project, voters):
    risk = project.risks[0]
    votes = {p.id: v for p, v in zip(voters, [(2, 3), (3, 3), (4, 4), (3, 2), (5, 3)],
                                      strict=True)}
    record_votes(project, risk.id, ScoreKind.RESIDUAL, votes).apply(project)
    spread = vote_spread(risk)
    assert spread is not None and spread.count == 5
    assert (spread.likelihood.low, spread.likelihood.median, spread.likelihood.high) == (2, 3, 5)
    assert spread.divergent  # likelihood 2 and 5 are three levels apart
    assert (spread.proposed.likelihood, spread.proposed.impact) == (3, 3)
    assert str(spread) == "L 2-5, I 2-4 (5 votes)"


def test_close_votes_are_not_flagged_and_even_counts_take_the_higher_median(project, voters):
    risk = project.risks[1]
    votes = {voters[0].id: (3, 4), voters[1].id: (4, 4)}
    record_votes(project, risk.id, ScoreKind.RESIDUAL, votes).apply(project)
    spread = vote_spread(risk)
    assert spread is not None and not spread.divergent
    assert spread.proposed.likelihood == 4


def test_votes_of_other_kinds_are_kept_and_no_votes_means_no_spread(project, voters):
    risk = project.risks[2]
    assert vote_spread(risk) is None
    record_votes(project, risk.id, ScoreKind.INHERENT, {voters[0].id: (5, 5)}).apply(project)
    record_votes(project, risk.id, ScoreKind.RESIDUAL, {voters[0].id: (2, 2)}).apply(project)
    assert len(risk.votes) == 2
    assert vote_spread(risk, ScoreKind.INHERENT).proposed.likelihood == 5


def test_invalid_votes_are_refused(project, voters):
    risk = project.risks[0]
    with pytest.raises(EditError, match="outside the profile"):
        record_votes(project, risk.id, ScoreKind.RESIDUAL, {voters[0].id: (6, 1)})
    stranger = Participant(code="X")
    with pytest.raises(EditError, match="not a participant"):
        record_votes(project, risk.id, ScoreKind.RESIDUAL, {stranger.id: (1, 1)})


def test_agreed_score_records_the_rationale_in_one_undoable_step(project, voters):
    risk = project.risks[0]
    applied = agree_score(project, risk.id, ScoreKind.RESIDUAL, 3, 3,
                          "Supervisor review only covers 10 % of files").apply(project)
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 3)
    assert risk.rationale.startswith("Supervisor review")
    applied.inverse.apply(project)
    assert (risk.residual.likelihood, risk.residual.impact) == (3, 4) and risk.rationale == ""


def test_anonymous_votes_show_codes(project, voters):
    assert voter_name(project, voters[0].id) == "Officer 1"
    project.metadata.anonymous_votes = True
    assert voter_name(project, voters[0].id) == "P1"


def test_participants_are_replaced_in_one_undoable_step(project, voters):
    from riskmap import storage
    from riskmap.workshop import set_participants, votes_of

    risk = project.risks[0]
    record_votes(project, risk.id, ScoreKind.RESIDUAL,
                 {voters[0].id: (2, 2), voters[1].id: (4, 4)}).apply(project)
    before = storage.dumps(project)
    assert votes_of(project, voters[1].id) == 1
    kept = [voters[0], voters[2], Participant(code="P9", name="Guest auditor")]
    applied = set_participants(project, kept, anonymous=True).apply(project)
    assert [p.code for p in project.metadata.participants] == ["P1", "P3", "P9"]
    assert project.metadata.anonymous_votes
    # The removed participant's vote went with them; the others stay.
    assert [v.participant_id for v in risk.votes] == [voters[0].id]
    applied.inverse.apply(project)
    assert storage.dumps(project) == before


@pytest.mark.parametrize(("codes", "message"), [
    (["P1", "p1"], "used twice"), (["P1", " "], "needs a code")])
def test_participant_codes_must_be_unique_and_present(project, codes, message):
    from riskmap.workshop import set_participants

    people = [Participant.model_construct(code=code, name="", role="", unit="")
              for code in codes]
    with pytest.raises(EditError, match=message):
        set_participants(project, people)
