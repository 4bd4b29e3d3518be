"""The risk register of the PDF report: one row a risk, by process, in flow order."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from riskmap.export.pdf_context import Report
from riskmap.export.pdf_styles import esc, markup, para
from riskmap.export.pdf_tables import Rows, cell, score_cell, tables
from riskmap.model import Process, Risk
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    ScoreKind,
)

COLUMNS = (
    ("ID", 5.5), ("Stage", 11), ("Risk", 27), ("Existing controls", 18), ("Inherent", 7),
    ("Residual", 7), ("Target", 7), ("Rank", 4), ("Owner", 7.5), ("Measures", 6),
)
DETAIL = '<font size="6.6" color="#667085">{}</font>'


def risk_groups(report: Report) -> list[tuple[Process | None, list[Risk]]]:
    """Risks by process (in project order), each group in stage flow order then code."""
    index = report.project.index
    by_process: dict[object, list[Risk]] = {}
    for risk in report.project.risks:
        process = index.process_of_risk(risk)
        by_process.setdefault(process.id if process else None, []).append(risk)
    order = report.stage_order

    def key(risk: Risk) -> tuple[int, str]:
        stage = index.stage_of_risk(risk)
        return (order.get(stage.id, len(order)) if stage else len(order), risk.code)

    groups: list[tuple[Process | None, list[Risk]]] = [
        (process, sorted(by_process[process.id], key=key))
        for process in report.project.processes if process.id in by_process
    ]
    if None in by_process:
        groups.append((None, sorted(by_process[None], key=lambda r: r.code)))
    return groups


def _where(report: Report, risk: Risk) -> Paragraph:
    index = report.project.index
    if risk.flow_id is not None and risk.flow_id in index.flows:
        flow = index.flows[risk.flow_id]
        ends = [index.stages.get(flow.source), index.stages.get(flow.target)]
        codes = " → ".join(s.code for s in ends if s is not None)
        text = f"<b>{esc(flow.code)}</b> {esc(codes)}"
        if flow.label:
            text += "<br/>" + esc(flow.label)
        return markup(text, report.styles.cell)
    stage = index.stage_of_risk(risk)
    if stage is None:
        return cell("–", report)
    return markup(f"<b>{esc(stage.code)}</b> {esc(stage.name)}", report.styles.cell)


def _statement(report: Report, risk: Risk) -> Paragraph:
    tr = report.tr
    details = []
    if risk.corruption_type is not None:
        details.append(tr(CORRUPTION_TYPE_LABELS[risk.corruption_type]))
    if risk.actors:
        details.append(tr("Actors") + ": " + ", ".join(risk.actors))
    if risk.enabling_factors:
        factors = ", ".join(tr(ENABLING_FACTOR_LABELS[f]) for f in risk.enabling_factors)
        details.append(tr("Enabling factors") + ": " + factors)
    text = esc(risk.statement)
    if details:
        text += "<br/>" + DETAIL.format(esc(" · ".join(details)))
    return markup(text, report.styles.cell)


def _controls(report: Report, risk: Risk) -> Paragraph:
    if not risk.controls:
        return cell("–", report)
    parts = [
        f"• {esc(c.description)} "
        + DETAIL.format("(" + esc(report.tr(EFFECTIVENESS_LABELS[c.effectiveness])) + ")")
        for c in risk.controls
    ]
    return markup("<br/>".join(parts), report.styles.cell)


def register_rows(report: Report, risks: list[Risk]) -> Rows:
    rows = Rows()
    index = report.project.index
    for risk in risks:
        scores = [score_cell(report, report.rating(risk, kind)) for kind in ScoreKind]
        measures = ", ".join(m.code for m in index.measures_by_risk.get(risk.id, []))
        rows.add(
            [
                markup(f"<b>{esc(risk.code)}</b>", report.styles.cell),
                _where(report, risk),
                _statement(report, risk),
                _controls(report, risk),
                *(content for content, _ in scores),
                para(report.ranks.get(risk.id, ""), report.styles.cell_centre),
                cell(risk.owner or "–", report),
                cell(measures or "–", report),
            ],
            fills=[(4 + i, fill) for i, (_, fill) in enumerate(scores)],
        )
    return rows


def register_section(report: Report) -> list[Flowable]:
    """Heading, a note on how to read it, and the register grouped by process."""
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=True)[0]
    story: list[Flowable] = [
        para(report.heading("Risk register"), styles.h1),
        para(tr("One row a risk, grouped by process, stages in flow order. Scores read "
                "likelihood × impact = score, with the band; the rank orders risks by "
                "residual score (1 is the highest priority)."), styles.muted),
    ]
    groups = risk_groups(report)
    if not groups:
        story.append(para(tr("No risks recorded yet."), styles.body))
    columns = [(tr(title), weight) for title, weight in COLUMNS]
    for process, risks in groups:
        title = (f"{process.code} {process.name}" if process
                 else tr("Risks not placed on a stage or flow"))
        story.append(para(title, styles.h2))
        story += tables(report, columns, register_rows(report, risks), width)
    return story
