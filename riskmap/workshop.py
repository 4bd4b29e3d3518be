"""Group scoring: participants vote alone, the tool shows the spread, the group agrees."""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from riskmap.edits import Batch, Edit, EditError, EntityType, SetFields, set_score
from riskmap.model import Assessment, Participant, Project, Risk, Vote
from riskmap.vocabulary import ScoreKind

# Participants this many levels apart (or more) on an axis: the group should talk first.
DIVERGENCE = 2


@dataclass(frozen=True)
class AxisSpread:
    low: int
    median: int
    high: int

    @property
    def width(self) -> int:
        return self.high - self.low


@dataclass(frozen=True)
class Spread:
    """How far apart the participants' votes are, and the score the tool proposes."""

    count: int
    likelihood: AxisSpread
    impact: AxisSpread

    @property
    def divergent(self) -> bool:
        """True when participants are two or more levels apart on either axis."""
        return max(self.likelihood.width, self.impact.width) >= DIVERGENCE

    @property
    def proposed(self) -> Assessment:
        return Assessment(likelihood=self.likelihood.median, impact=self.impact.median)

    def __str__(self) -> str:
        return (f"L {self.likelihood.low}-{self.likelihood.high}, "
                f"I {self.impact.low}-{self.impact.high} ({self.count} votes)")


def _axis(values: list[int]) -> AxisSpread:
    # The higher median of an even count: between two levels, prudence takes the higher.
    return AxisSpread(min(values), int(statistics.median_high(values)), max(values))


def spread_of(votes: Iterable[tuple[int, int]]) -> Spread | None:
    """Spread of (likelihood, impact) votes not yet recorded; None when there are none."""
    pairs = list(votes)
    if not pairs:
        return None
    return Spread(len(pairs), _axis([lik for lik, _ in pairs]), _axis([imp for _, imp in pairs]))


def vote_spread(risk: Risk, kind: ScoreKind = ScoreKind.RESIDUAL) -> Spread | None:
    """Spread of the votes on one assessment of a risk; None when nobody voted."""
    return spread_of((v.likelihood, v.impact) for v in risk.votes if v.kind is kind)


def record_votes(
    project: Project, risk_id: uuid.UUID, kind: ScoreKind,
    votes: Mapping[uuid.UUID, tuple[int, int]],
) -> SetFields:
    """Replace the votes of one assessment kind of a risk with these (participant -> L, I)."""
    risk = project.risk(risk_id)
    participants = {p.id for p in project.metadata.participants}
    n_l, n_i = project.profile.size
    for participant_id, (likelihood, impact) in votes.items():
        if participant_id not in participants:
            raise EditError("{code}: vote from someone who is not a participant",
                            code=risk.code)
        if not (1 <= likelihood <= n_l and 1 <= impact <= n_i):
            raise EditError("{code}: vote {likelihood} x {impact} is outside the profile",
                            code=risk.code, likelihood=likelihood, impact=impact)
    kept = [v for v in risk.votes if v.kind is not kind]
    new = [
        Vote(participant_id=pid, kind=kind, likelihood=lik, impact=imp)
        for pid, (lik, imp) in votes.items()
    ]
    return SetFields(EntityType.RISK, risk_id, {"votes": kept + new},
                     f"Record {len(new)} votes on {risk.code}")


def agree_score(
    project: Project, risk_id: uuid.UUID, kind: ScoreKind,
    likelihood: int, impact: int, rationale: str,
) -> Batch:
    """Record the score the group agreed, with the reason, as one undoable step."""
    risk = project.risk(risk_id)
    return Batch(
        [
            set_score(project, risk_id, kind, likelihood, impact),
            SetFields(EntityType.RISK, risk_id, {"rationale": rationale}),
        ],
        f"Agree {kind.value} score of {risk.code}",
    )


def voter_name(project: Project, participant_id: uuid.UUID) -> str:
    """How a voter is shown: the anonymous code when the project keeps votes anonymous."""
    for participant in project.metadata.participants:
        if participant.id == participant_id:
            if project.metadata.anonymous_votes or not participant.name:
                return participant.code
            return participant.name
    return "?"


def set_participants(
    project: Project, participants: Sequence[Participant], anonymous: bool | None = None,
) -> Batch:
    """Replace the list of participants (and the anonymity switch) as one undoable step.

    Codes must be present and unique. A participant taken off the list takes their votes
    along, so that no vote is left without its voter; undo brings both back.
    """
    codes = [p.code.strip() for p in participants]
    if any(not code for code in codes):
        raise EditError("every participant needs a code (e.g. P01)")
    seen: set[str] = set()
    for code in codes:
        if code.casefold() in seen:
            raise EditError("the participant code {code} is used twice; codes must be unique",
                            code=code)
        seen.add(code.casefold())
    values: dict[str, object] = {"participants": [p.model_copy() for p in participants]}
    if anonymous is not None:
        values["anonymous_votes"] = anonymous
    edits: list[Edit] = [SetFields(EntityType.METADATA, None, values)]
    kept = {p.id for p in participants}
    for risk in project.risks:
        votes = [v for v in risk.votes if v.participant_id in kept]
        if len(votes) != len(risk.votes):
            edits.append(SetFields(EntityType.RISK, risk.id, {"votes": votes}))
    return Batch(edits, "Edit participants")


def votes_of(project: Project, participant_id: uuid.UUID) -> int:
    """How many votes a participant has cast (on every risk and assessment kind)."""
    return sum(1 for risk in project.risks for v in risk.votes
               if v.participant_id == participant_id)
