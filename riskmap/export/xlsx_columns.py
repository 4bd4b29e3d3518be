"""Sheet names, column headers and cell texts of the Excel workbook (shared with import)."""

from __future__ import annotations

from collections.abc import Iterable

from riskmap.i18n import Translator
from riskmap.model import Measure, Project, Risk
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    IMPACT_DIMENSION_LABELS,
    KEY_FACTOR_LABELS,
    KeyFactor,
)

SUMMARY = "Summary"
HEAT_MAP = "Heat map"
RISK_REGISTER = "Risk register"
ACTION_PLAN = "Action plan"
STAGES = "Stages"
SHEETS = (SUMMARY, HEAT_MAP, RISK_REGISTER, ACTION_PLAN, STAGES)

# (English header, column width); the order is the register of DOMAIN.md.
REGISTER_COLUMNS: tuple[tuple[str, float], ...] = (
    ("ID", 8), ("Process", 14), ("Stage", 20), ("Risk statement", 42),
    ("Corruption type", 16), ("Actors", 16), ("Enabling factors", 16),
    ("Consequences / impact dimension", 26), ("Existing controls (with effectiveness)", 30),
    ("Inherent L", 7), ("Inherent I", 7), ("Inherent score", 7), ("Inherent band", 10),
    ("Residual L", 7), ("Residual I", 7), ("Residual score", 7), ("Residual band", 10),
    ("Target L", 7), ("Target I", 7), ("Priority rank", 8), ("Risk owner", 16),
    ("Linked measures", 12), ("Key factors", 22), ("Source of evidence", 20),
    ("Last reviewed", 11),
)
VOTE_SPREAD = ("Vote spread", 14)

PLAN_COLUMNS: tuple[tuple[str, float], ...] = (
    ("ID", 8), ("Measure", 40), ("Linked risks", 12), ("Key factor(s)", 26), ("Type", 11),
    ("Owner", 16), ("Supporting unit", 16), ("Start", 11), ("Deadline", 11),
    ("Resources", 16), ("Indicator", 22), ("Baseline", 14), ("Target", 14), ("Status", 12),
    ("Progress %", 10), ("Notes", 30),
)

STAGE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Process", 22), ("Order", 7), ("Stage", 10), ("Stage name", 36), ("Risks", 8),
    ("Inherent rating", 12), ("Residual rating", 12), ("Highest residual score", 10),
    ("Highest residual risk", 12),
)


def column_number(columns: Iterable[tuple[str, float]], header: str) -> int:
    """1-based column of an English header."""
    for number, (name, _) in enumerate(columns, start=1):
        if name == header:
            return number
    raise KeyError(header)


def key_factor_label(tr: Translator, factor: KeyFactor) -> str:
    return f"{int(factor)}. {tr(KEY_FACTOR_LABELS[factor])}"


def key_factors_text(tr: Translator, factors: Iterable[KeyFactor]) -> str:
    return "\n".join(key_factor_label(tr, f) for f in sorted(set(factors)))


def holder_text(project: Project, risk: Risk) -> str:
    """Where a risk sits: "S-03 Documentary check", or "S-03 → S-04: red channel"."""
    index = project.index
    if risk.stage_id is not None and risk.stage_id in index.stages:
        stage = index.stages[risk.stage_id]
        return f"{stage.code} {stage.name}"
    if risk.flow_id is not None and risk.flow_id in index.flows:
        flow = index.flows[risk.flow_id]
        source, target = index.stages.get(flow.source), index.stages.get(flow.target)
        ends = f"{source.code if source else '?'} → {target.code if target else '?'}"
        return f"{ends}: {flow.label}" if flow.label else ends
    return ""


def process_text(project: Project, risk: Risk) -> str:
    process = project.index.process_of_risk(risk)
    return process.name if process else ""


def risk_type_text(tr: Translator, risk: Risk) -> str:
    return tr(CORRUPTION_TYPE_LABELS[risk.corruption_type]) if risk.corruption_type else ""


def enabling_text(tr: Translator, risk: Risk) -> str:
    return "\n".join(tr(ENABLING_FACTOR_LABELS[f]) for f in risk.enabling_factors)


def consequences_text(tr: Translator, risk: Risk) -> str:
    dimensions = "; ".join(tr(IMPACT_DIMENSION_LABELS[d]) for d in risk.impact_dimensions)
    parts = [risk.consequences.strip(), f"[{dimensions}]" if dimensions else ""]
    return "\n".join(p for p in parts if p)


def controls_text(tr: Translator, risk: Risk) -> str:
    return "\n".join(
        f"{c.description.strip()} ({tr(EFFECTIVENESS_LABELS[c.effectiveness])})"
        for c in risk.controls
    )


def linked_measures(project: Project, risk: Risk) -> list[Measure]:
    return sorted(project.index.measures_by_risk.get(risk.id, []), key=lambda m: m.code)


def linked_risk_codes(project: Project, measure: Measure) -> str:
    index = project.index
    return ", ".join(sorted(index.risks[r].code for r in measure.risk_ids if r in index.risks))
