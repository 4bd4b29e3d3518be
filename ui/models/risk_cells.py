"""What each register column shows for a risk: text, sort key, edit value, tooltip, choices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from riskmap.analysis import Rater, Rating
from riskmap.edits import Edit, EntityType, SetFields, set_score
from riskmap.model import Project, Risk
from riskmap.scales import Level
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    CorruptionType,
    ScoreKind,
)
from ui.language import domain_tr, profile_tr, translate
from ui.models.columns import Choice, enum_choices
from ui.texts import (
    holder_id,
    holder_text,
    key_factors_short,
    linked_measure_codes,
    not_scored,
    process_text,
    rating_text,
    risk_key_factors,
)

KINDS = {kind.value: kind for kind in ScoreKind}
# Level columns: key -> (score kind, axis).
LEVELS = {f"{kind.value}_{axis[0]}": (kind, axis) for kind in ScoreKind
          for axis in ("likelihood", "impact")}

Text = Callable[[Project, Risk], str]
RateFn = Callable[[Risk, ScoreKind], "Rating | None"]


class Ratings:
    """Rates risks against the project's current profile through one table (a Rater),
    rebuilt when the profile or the project is replaced."""

    def __init__(self, project: Callable[[], Project]) -> None:
        self._project = project
        self._profile: object = None
        self._rater: Rater | None = None

    def __call__(self, risk: Risk, kind: ScoreKind) -> Rating | None:
        profile = self._project().profile
        if self._rater is None or profile is not self._profile:
            self._rater, self._profile = Rater(profile), profile
        return self._rater(risk, kind)


def _one_line(text: str) -> str:
    return " ".join(text.split())


TEXT: dict[str, Text] = {
    "code": lambda p, r: r.code,
    "process": process_text,
    "holder": lambda p, r: holder_text(p, holder_id(r)),
    "statement": lambda p, r: _one_line(r.statement),
    "type": lambda p, r: domain_tr(CORRUPTION_TYPE_LABELS[r.corruption_type])
    if r.corruption_type else "",
    "actors": lambda p, r: ", ".join(r.actors),
    "enabling": lambda p, r: ", ".join(domain_tr(ENABLING_FACTOR_LABELS[f])
                                       for f in r.enabling_factors),
    "controls": lambda p, r: "; ".join(
        f"{c.description} ({domain_tr(EFFECTIVENESS_LABELS[c.effectiveness])})"
        for c in r.controls),
    "owner": lambda p, r: r.owner,
    "measures": lambda p, r: linked_measure_codes(p, r),
    "key_factors": lambda p, r: key_factors_short(risk_key_factors(p, r)),
    "evidence": lambda p, r: _one_line(r.evidence),
    "reviewed": lambda p, r: r.last_reviewed.isoformat() if r.last_reviewed else "",
}


def levels(project: Project, axis: str) -> list[Level]:
    return project.profile.likelihood if axis == "likelihood" else project.profile.impact


def level_value(risk: Risk, key: str) -> int | None:
    kind, axis = LEVELS[key]
    value: int | None = getattr(risk.assessment(kind), axis)
    return value


def level(project: Project, risk: Risk, key: str) -> Level | None:
    value = level_value(risk, key)
    found = levels(project, LEVELS[key][1])
    return found[value - 1] if value is not None and value <= len(found) else None


def display(project: Project, risk: Risk, key: str, rank: Callable[[Risk], int],
            rating: RateFn) -> str:
    if key in LEVELS:
        found = level(project, risk, key)
        return profile_tr(project.profile, found.label) if found else ""
    if key in KINDS:
        return rating_text(rating(risk, KINDS[key]))
    if key == "rank":
        return str(rank(risk))
    return TEXT[key](project, risk)


def sort_value(project: Project, risk: Risk, key: str, rank: Callable[[Risk], int],
               rating: RateFn) -> Any:
    """Numbers sort as numbers, unscored first when ascending; text without case."""
    if key == "code":
        return risk.code
    if key in LEVELS:
        return level_value(risk, key) or 0
    if key in KINDS:
        found = rating(risk, KINDS[key])
        return found.score * 10_000 + found.impact * 100 + found.likelihood if found else -1
    if key == "rank":
        return rank(risk)
    if key == "reviewed":
        return risk.last_reviewed.toordinal() if risk.last_reviewed else 0
    return TEXT[key](project, risk).casefold()


def edit_value(project: Project, risk: Risk, key: str) -> Any:
    if key in LEVELS:
        return level_value(risk, key)
    values: dict[str, Any] = {
        "statement": risk.statement, "owner": risk.owner, "evidence": risk.evidence,
        "actors": ", ".join(risk.actors), "reviewed": risk.last_reviewed,
        "type": risk.corruption_type.value if risk.corruption_type else None,
    }
    return values[key] if key in values else TEXT[key](project, risk)


def tooltip(project: Project, risk: Risk, key: str) -> str | None:
    if key in LEVELS:
        found = level(project, risk, key)
        if found is None:
            return None
        return (f"{profile_tr(project.profile, found.label)}: "
                f"{profile_tr(project.profile, found.descriptor)}")
    if key in ("statement", "code", "holder"):
        return f"{risk.code}: {risk.statement}"
    return None


def choices(project: Project, key: str) -> list[Choice] | None:
    if key == "type":
        return enum_choices(CORRUPTION_TYPE_LABELS)
    if key in LEVELS:
        profile = project.profile
        offered: list[Choice] = [(None, not_scored(), "")]
        return offered + [(lv.value, profile_tr(profile, lv.label),
                           profile_tr(profile, lv.descriptor))
                          for lv in levels(project, LEVELS[key][1])]
    return None


def edit_for(project: Project, risk: Risk, key: str, value: Any, header: str) -> Edit | None:
    """The edit that puts `value` in a cell, or None when nothing would change."""
    if key in LEVELS:
        kind, axis = LEVELS[key]
        current = risk.assessment(kind)
        chosen = int(value) if value not in (None, "", 0) else None
        lik = chosen if axis == "likelihood" else current.likelihood
        imp = chosen if axis == "impact" else current.impact
        if (lik, imp) == (current.likelihood, current.impact):
            return None
        return set_score(project, risk.id, kind, lik, imp)
    name, new = _field_value(key, value)
    if name is None or (name == "statement" and not new) or getattr(risk, name) == new:
        return None
    return SetFields(EntityType.RISK, risk.id, {name: new},
                     translate("RiskRegisterModel", "Change {what} of {code}").format(
                         what=header.lower(), code=risk.code))


def _field_value(key: str, value: Any) -> tuple[str | None, Any]:
    if key in ("statement", "owner", "evidence"):
        return key, str(value or "").strip()
    if key == "actors":
        return "actors", [a.strip() for a in str(value or "").split(",") if a.strip()]
    if key == "type":
        return "corruption_type", CorruptionType(value) if value else None
    if key == "reviewed":
        return "last_reviewed", value if isinstance(value, dt.date) else None
    return None, None
