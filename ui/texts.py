"""How the views name things: holders of risks, levels, key factors, next free codes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from riskmap.analysis import Rating
from riskmap.codes import MEASURE_CODE, RISK_CODE
from riskmap.codes import next_code as next_code  # re-exported: ui.dialogs uses it
from riskmap.model import Measure, Project, Risk
from riskmap.scales import Level
from riskmap.vocabulary import KEY_FACTOR_LABELS, KeyFactor
from ui.language import builtin_tr, domain_tr, translate
from ui.marks import QT_TRANSLATE_NOOP

NOT_SCORED = QT_TRANSLATE_NOOP("Texts", "not scored")


def not_scored() -> str:
    """ "not scored", in the interface language."""
    return translate("Texts", NOT_SCORED)


def next_risk_code(project: Project) -> str:
    return next_code((r.code for r in project.risks), *RISK_CODE)


def next_measure_code(project: Project) -> str:
    return next_code((m.code for m in project.measures), *MEASURE_CODE)


def holder_id(risk: Risk) -> uuid.UUID | None:
    """The stage or flow a risk is recorded on."""
    return risk.stage_id or risk.flow_id


def holder_text(project: Project, holder: uuid.UUID | None) -> str:
    """A stage as "S-03 Documentary check", a flow as "S-03 → S-04 red channel"."""
    index = project.index
    if holder in index.stages:
        stage = index.stages[holder]
        return f"{stage.code} {stage.name}"
    if holder in index.flows:
        flow = index.flows[holder]
        source, target = index.stages.get(flow.source), index.stages.get(flow.target)
        ends = f"{source.code if source else '?'} → {target.code if target else '?'}"
        return f"{ends} {flow.label}".strip()
    return ""


def process_text(project: Project, risk: Risk) -> str:
    process = project.index.process_of_risk(risk)
    return process.name if process else ""


def level_text(level: Level) -> str:
    return f"{level.value} {builtin_tr(level.label)}"


def band_text(name: str) -> str:
    """A band name as shown (a built-in one in the interface language)."""
    return builtin_tr(name)


def rating_text(rating: Rating | None) -> str:
    """ "12 High", or "not scored"."""
    return f"{rating.score} {builtin_tr(rating.band.name)}" if rating is not None \
        else not_scored()


def key_factor_name(factor: KeyFactor) -> str:
    """The Arusha name of a key factor in the interface language."""
    return domain_tr(KEY_FACTOR_LABELS[factor])


def key_factor_text(factor: KeyFactor) -> str:
    return f"{int(factor)}. {key_factor_name(factor)}"


# Short names of the key factors for narrow table cells; the full names stay in tooltips.
KEY_FACTOR_SHORT = {
    KeyFactor.LEADERSHIP: QT_TRANSLATE_NOOP("KeyFactorShort", "Leadership"),
    KeyFactor.REGULATORY_FRAMEWORK: QT_TRANSLATE_NOOP("KeyFactorShort", "Regulation"),
    KeyFactor.TRANSPARENCY: QT_TRANSLATE_NOOP("KeyFactorShort", "Transparency"),
    KeyFactor.AUTOMATION: QT_TRANSLATE_NOOP("KeyFactorShort", "Automation"),
    KeyFactor.REFORM: QT_TRANSLATE_NOOP("KeyFactorShort", "Reform"),
    KeyFactor.AUDIT: QT_TRANSLATE_NOOP("KeyFactorShort", "Audit"),
    KeyFactor.CODE_OF_CONDUCT: QT_TRANSLATE_NOOP("KeyFactorShort", "Code of Conduct"),
    KeyFactor.HUMAN_RESOURCES: QT_TRANSLATE_NOOP("KeyFactorShort", "HR"),
    KeyFactor.MORALE: QT_TRANSLATE_NOOP("KeyFactorShort", "Morale"),
    KeyFactor.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("KeyFactorShort", "Private Sector"),
}


def key_factor_short(factor: KeyFactor) -> str:
    """A key factor's short name ("Automation", "HR") in the interface language."""
    return translate("KeyFactorShort", KEY_FACTOR_SHORT[factor])


def key_factors_brief(factors: Iterable[KeyFactor]) -> str:
    """e.g. "4 Automation, 6 Audit"."""
    return ", ".join(f"{int(f)} {key_factor_short(f)}" for f in sorted(set(factors)))


def key_factors_short(factors: Iterable[KeyFactor]) -> str:
    """Key factors by number and short name, e.g. "4 Automation, 6 Audit and Investigation"."""
    return ", ".join(f"{int(f)} {key_factor_name(f)}" for f in sorted(set(factors)))


def risk_key_factors(project: Project, risk: Risk) -> set[KeyFactor]:
    """The key factors of the measures planned against a risk."""
    measures = project.index.measures_by_risk.get(risk.id, [])
    return {factor for measure in measures for factor in measure.key_factors}


def linked_measure_codes(project: Project, risk: Risk) -> str:
    measures = project.index.measures_by_risk.get(risk.id, [])
    return ", ".join(sorted(m.code for m in measures))


def linked_risk_codes(project: Project, measure: Measure) -> str:
    index = project.index
    return ", ".join(sorted(index.risks[r].code for r in measure.risk_ids if r in index.risks))


def short(text: str, limit: int = 80) -> str:
    """One line of at most `limit` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
