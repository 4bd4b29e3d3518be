"""Suggest library risks for a stage and library measures for a risk, best matches first."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from riskmap.library.content import Library, LibraryRisk, normalise
from riskmap.model import Flow, Measure, Project, Risk, Stage, StageFlags
from riskmap.vocabulary import (
    CorruptionType,
    EnablingFactor,
    ImpactDimension,
    KeyFactor,
    MeasureType,
)

# The stage flags and the enabling factor each one stands for.
FLAG_FACTORS = {
    "discretion": EnablingFactor.DISCRETION,
    "cash_handling": EnablingFactor.CASH_HANDLING,
    "face_to_face": EnablingFactor.FACE_TO_FACE,
    "manual_step": EnablingFactor.MANUAL_STEP,
    "monopoly": EnablingFactor.MONOPOLY,
}


def flag_factors(flags: StageFlags) -> set[EnablingFactor]:
    """The enabling factors a stage's flags switch on."""
    return {factor for name, factor in FLAG_FACTORS.items() if getattr(flags, name)}


@dataclass(frozen=True)
class RiskSuggestion:
    """A library risk offered for a stage, in the language asked for."""

    key: str
    stage_key: str  # the library stage the risk comes from
    statement: str
    corruption_type: CorruptionType
    enabling_factors: tuple[EnablingFactor, ...]
    impact_dimensions: tuple[ImpactDimension, ...]
    measure_keys: tuple[str, ...]
    from_stage: bool  # True: typical of this very stage; False: matched by its flags
    matched_factors: tuple[EnablingFactor, ...]  # the stage's flags this risk shares


@dataclass(frozen=True)
class MeasureSuggestion:
    """A library measure offered for a risk, in the language asked for."""

    key: str
    title: str
    type: MeasureType
    key_factors: tuple[KeyFactor, ...]
    key_factor_names: tuple[str, ...]
    indicator: str
    from_risk: bool  # True: the library suggests it for this very risk
    # A measure of the project with this title, not yet linked to the risk: link it
    # rather than create a duplicate.
    existing_measure_id: uuid.UUID | None = None


def suggest_risks(library: Library, stage: Stage, project: Project, lang: str = "en",
                  limit: int | None = None) -> list[RiskSuggestion]:
    """Risks for a stage: those of its library stage first, then those sharing its flags.

    Flag matches are ranked by the number of the stage's enabling-factor flags they share.
    Risks whose statement (in any language) is already recorded on the stage are left out.
    """
    recorded = {normalise(r.statement) for r in project.risks if r.stage_id == stage.id}
    own_key = stage.library_key if library.has_stage(stage.library_key) else None
    active = flag_factors(stage.flags)
    ranked: list[tuple[tuple[int, int, int, int], RiskSuggestion]] = []
    for position, (lib_stage, risk) in enumerate(library.all_risks()):
        if recorded & risk.statement.variants():
            continue
        matched = tuple(f for f in risk.enabling_factors if f in active)
        own = lib_stage.key == own_key
        if not own and not matched:
            continue
        unmatched = len(risk.enabling_factors) - len(matched)
        rank = (0, 0, 0, position) if own else (1, -len(matched), unmatched, position)
        ranked.append((rank, _risk_suggestion(risk, lib_stage.key, own, matched, lang)))
    ranked.sort(key=lambda pair: pair[0])
    return [suggestion for _, suggestion in ranked][:limit]


def _risk_suggestion(risk: LibraryRisk, stage_key: str, own: bool,
                     matched: tuple[EnablingFactor, ...], lang: str) -> RiskSuggestion:
    return RiskSuggestion(
        key=risk.key, stage_key=stage_key, statement=risk.statement.text(lang),
        corruption_type=risk.corruption_type, enabling_factors=risk.enabling_factors,
        impact_dimensions=risk.impact_dimensions, measure_keys=risk.measures,
        from_stage=own, matched_factors=matched,
    )


def suggest_measures(library: Library, risk: Risk, project: Project, lang: str = "en",
                     limit: int | None = None) -> list[MeasureSuggestion]:
    """Measures for a risk: those the library gives for it, then those of similar risks.

    The risk is recognised by its statement in any language. Similar library risks share
    its corruption type, its enabling factors or its library stage; a measure suggested
    for many of them ranks higher. Measures already linked to the risk are left out.
    """
    source = library.find_risk(risk.statement)
    stage_key = _library_key_of(risk, project)
    weights: dict[str, int] = {}
    for lib_stage, other in library.all_risks():
        if other is source:
            continue
        weight = len(set(other.enabling_factors) & set(risk.enabling_factors))
        weight += 2 if risk.corruption_type is other.corruption_type else 0
        weight += 1 if stage_key is not None and lib_stage.key == stage_key else 0
        for key in other.measures if weight else ():
            weights[key] = weights.get(key, 0) + weight
    first = list(source.measures) if source is not None else []
    order = {m.key: i for i, m in enumerate(library.measures)}
    others = sorted((k for k in weights if k not in first), key=lambda k: (-weights[k], order[k]))
    linked, by_title = _project_measures(project, risk)
    names = library.key_factor_names(lang)
    suggestions = []
    for key in [*first, *others]:
        measure = library.measure(key)
        titles = measure.title.variants()
        if titles & linked:
            continue
        existing = next((by_title[t] for t in titles if t in by_title), None)
        suggestions.append(MeasureSuggestion(
            key=key, title=measure.title.text(lang), type=measure.type,
            key_factors=measure.key_factors,
            key_factor_names=tuple(names[k] for k in measure.key_factors),
            indicator=measure.indicator.text(lang) if measure.indicator else "",
            from_risk=key in first, existing_measure_id=existing,
        ))
    return suggestions[:limit]


def _library_key_of(risk: Risk, project: Project) -> str | None:
    """The library key of the stage a risk sits on (for a flow, its source stage)."""
    holder = risk.stage_id
    if holder is None and risk.flow_id is not None:
        flows = (f for p in project.processes for f in p.flows if f.id == risk.flow_id)
        holder = next((f.source for f in flows), None)
    stage = next((s for s in project.all_stages() if s.id == holder), None)
    return stage.library_key if stage is not None else None


def _project_measures(project: Project, risk: Risk) -> tuple[set[str], dict[str, uuid.UUID]]:
    """Titles of measures linked to the risk, and the other measures by title."""
    linked: set[str] = set()
    by_title: dict[str, uuid.UUID] = {}
    for measure in project.measures:
        title = normalise(measure.title)
        if risk.id in measure.risk_ids:
            linked.add(title)
        else:
            by_title.setdefault(title, measure.id)
    return linked, by_title


def risk_from_suggestion(suggestion: RiskSuggestion, holder: Stage | Flow, code: str) -> Risk:
    """A new risk of the register from a suggestion, on a stage (or on a flow)."""
    on_flow = isinstance(holder, Flow)
    return Risk(
        code=code,
        stage_id=None if on_flow else holder.id,
        flow_id=holder.id if on_flow else None,
        statement=suggestion.statement,
        corruption_type=suggestion.corruption_type,
        enabling_factors=list(suggestion.enabling_factors),
        impact_dimensions=list(suggestion.impact_dimensions),
    )


def measure_from_suggestion(suggestion: MeasureSuggestion, code: str,
                            risk_ids: Iterable[uuid.UUID]) -> Measure:
    """A new measure of the action plan from a suggestion, linked to the given risks."""
    return Measure(
        code=code,
        title=suggestion.title,
        risk_ids=list(risk_ids),
        key_factors=list(suggestion.key_factors),
        type=suggestion.type,
        indicator=suggestion.indicator,
    )
