"""The risk register of the PDF report: one row a risk, by process, in flow order."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import CondPageBreak, Flowable

from riskmap.export.pdf_context import Report
from riskmap.export.pdf_tables import (
    Column,
    Rows,
    cell,
    cell_runs,
    column_widths,
    score_cell,
    short,
    tables,
)
from riskmap.export.pdf_text import Run, TextCell, text_para
from riskmap.model import Process, Risk
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    ScoreKind,
)

COLUMNS = (
    Column("ID", 5.5, bold=True), Column("Stage", 11), Column("Risk", 27),
    Column("Existing controls", 18), Column("Inherent", 7, "CENTER"),
    Column("Residual", 7, "CENTER"), Column("Target", 7, "CENTER"),
    Column("Rank", 4, "RIGHT"), Column("Owner", 7.5), Column("Measures", 6),
)


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


def _where(report: Report, risk: Risk) -> TextCell:
    index = report.project.index
    if risk.flow_id is not None and risk.flow_id in index.flows:
        flow = index.flows[risk.flow_id]
        ends = [index.stages.get(flow.source), index.stages.get(flow.target)]
        codes = " → ".join(s.code for s in ends if s is not None)
        label = f"\n{flow.label}" if flow.label else ""
        return cell_runs([(flow.code, "b"), (f" {codes}{label}", "")], report)
    stage = index.stage_of_risk(risk)
    if stage is None:
        return cell("–", report)
    return cell_runs([(stage.code, "b"), (f" {stage.name}", "")], report)


def _statement(report: Report, risk: Risk) -> TextCell:
    tr = report.tr
    details = []
    if risk.corruption_type is not None:
        details.append(tr(CORRUPTION_TYPE_LABELS[risk.corruption_type]))
    if risk.actors:
        details.append(tr("Actors") + ": " + ", ".join(risk.actors))
    if risk.enabling_factors:
        factors = ", ".join(tr(ENABLING_FACTOR_LABELS[f]) for f in risk.enabling_factors)
        details.append(tr("Enabling factors") + ": " + factors)
    runs: list[Run] = [(risk.statement, "")]
    if details:
        runs.append(("\n" + " · ".join(details), "small"))
    return cell_runs(runs, report)


def _controls(report: Report, risk: Risk) -> TextCell:
    if not risk.controls:
        return cell("–", report)
    runs: list[Run] = []
    for number, control in enumerate(risk.controls):
        effect = report.tr(EFFECTIVENESS_LABELS[control.effectiveness])
        runs += [(("\n" if number else "") + f"• {control.description} ", ""),
                 (f"({effect})", "small")]
    return cell_runs(runs, report)


def register_rows(report: Report, risks: list[Risk], width: float) -> Rows:
    rows = Rows()
    index = report.project.index
    id_width = column_widths(COLUMNS, width)[0]
    for risk in risks:
        scores = [score_cell(report.rating(risk, kind)) for kind in ScoreKind]
        measures = ", ".join(m.code for m in index.measures_by_risk.get(risk.id, []))
        rows.add(
            [
                short(risk.code, report, id_width, bold=True),
                _where(report, risk),
                _statement(report, risk),
                _controls(report, risk),
                *(text for text, _, _ in scores),
                str(report.ranks.get(risk.id, "")),
                cell(risk.owner or "–", report),
                cell(measures or "–", report),
            ],
            fills=[(4 + i, fill) for i, (_, fill, _) in enumerate(scores)],
            inks=[(4 + i, ink) for i, (_, _, ink) in enumerate(scores)],
        )
    return rows


def register_section(report: Report) -> list[Flowable]:
    """Heading, a note on how to read it, and the register grouped by process."""
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=True)[0]
    story: list[Flowable] = [
        text_para(report.heading("Risk register"), styles.h1),
        text_para(tr("One row a risk, grouped by process, stages in flow order. Scores read "
                "likelihood × impact = score, with the band; the rank orders risks by "
                "residual score (1 is the highest priority)."), styles.muted),
    ]
    groups = risk_groups(report)
    if not groups:
        story.append(text_para(tr("No risks recorded yet."), styles.body))
    columns = [replace(c, title=tr(c.title)) for c in COLUMNS]
    for process, risks in groups:
        title = (f"{process.code} {process.name}" if process
                 else tr("Risks not placed on a stage or flow"))
        story += [CondPageBreak(90), text_para(title, styles.h2)]
        story += tables(report, columns, register_rows(report, risks, width), width)
    return story
