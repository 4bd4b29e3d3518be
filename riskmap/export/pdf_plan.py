"""The action plan of the PDF report: coverage of the key factors, then measures by factor."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from riskmap.analysis import key_factor_coverage
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_styles import MARKING_RED, esc, markup, para
from riskmap.export.pdf_tables import Rows, cell, tables
from riskmap.model import Measure
from riskmap.vocabulary import (
    KEY_FACTOR_LABELS,
    MEASURE_STATUS_LABELS,
    MEASURE_TYPE_LABELS,
    KeyFactor,
    MeasureStatus,
)

COLUMNS: tuple[tuple[str, float], ...] = (
    ("ID", 5.5), ("Measure", 22), ("Linked risks", 8), ("Type", 6.5), ("Owner", 11),
    ("Start", 6.5), ("Deadline", 7.5), ("Status", 7.5), ("Progress", 5.5), ("Indicator", 20),
)
COVERAGE_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Key factor", 40), ("Measures", 12), ("Done", 12), ("Risks covered", 12),
)
STATUS_FILLS = {
    MeasureStatus.PLANNED: "#EEF2F6",
    MeasureStatus.IN_PROGRESS: "#D9E8F6",
    MeasureStatus.DONE: "#DCF2E2",
    MeasureStatus.DELAYED: "#FCE3CC",
    MeasureStatus.CANCELLED: "#E4E7EC",
}
MUTED_FONT = '<font size="6.6" color="#667085">{}</font>'


def _owner(report: Report, measure: Measure) -> Paragraph:
    text = esc(measure.owner or "–")
    if measure.supporting_unit:
        text += "<br/>" + MUTED_FONT.format(esc(measure.supporting_unit))
    return markup(text, report.styles.cell)


def _deadline(report: Report, measure: Measure, overdue: bool) -> Paragraph:
    text = esc(report.tr.date(measure.deadline) or "–")
    if overdue:
        word = esc(report.tr("Overdue"))
        text = f'<font color="{MARKING_RED}"><b>{text}<br/>{word}</b></font>'
    return markup(text, report.styles.cell)


def _indicator(report: Report, measure: Measure) -> Paragraph:
    text = esc(measure.indicator or "–")
    if measure.baseline or measure.target:
        change = f"{measure.baseline or '?'} → {measure.target or '?'}"
        text += "<br/>" + MUTED_FONT.format(esc(change))
    return markup(text, report.styles.cell)


def plan_rows(report: Report, measures: list[Measure]) -> Rows:
    tr, today = report.tr, report.options.as_of()
    risks = report.project.index.risks
    rows = Rows()
    for measure in measures:
        overdue = measure.is_overdue(today)
        linked = ", ".join(risks[r].code for r in measure.risk_ids if r in risks)
        kind = tr(MEASURE_TYPE_LABELS[measure.type]) if measure.type else "–"
        rows.add(
            [
                markup(f"<b>{esc(measure.code)}</b>", report.styles.cell),
                cell(measure.title, report),
                cell(linked or "–", report),
                cell(kind, report),
                _owner(report, measure),
                cell(tr.date(measure.start) or "–", report),
                _deadline(report, measure, overdue),
                cell(tr(MEASURE_STATUS_LABELS[measure.status]), report),
                para(f"{measure.progress} %", report.styles.cell_right),
                _indicator(report, measure),
            ],
            fills=[(7, STATUS_FILLS[measure.status])],
            alert=overdue,
        )
    return rows


def measure_groups(report: Report) -> list[tuple[KeyFactor | None, list[Measure]]]:
    """Measures under each key factor they are tagged with (in code order); untagged last."""
    groups: list[tuple[KeyFactor | None, list[Measure]]] = []
    ordered = sorted(report.project.measures, key=lambda m: m.code)
    for factor in KeyFactor:
        tagged = [m for m in ordered if factor in m.key_factors]
        if tagged:
            groups.append((factor, tagged))
    untagged = [m for m in ordered if not m.key_factors]
    if untagged:
        groups.append((None, untagged))
    return groups


def coverage_rows(report: Report) -> Rows:
    rows = Rows()
    for item in key_factor_coverage(report.project):
        rows.add([
            cell(f"{int(item.factor)}. {report.tr(KEY_FACTOR_LABELS[item.factor])}", report),
            para(item.measures, report.styles.cell_right),
            para(item.done, report.styles.cell_right),
            para(item.risks, report.styles.cell_right),
        ])
    return rows


def plan_section(report: Report) -> list[Flowable]:
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=True)[0]
    story: list[Flowable] = [
        para(report.heading("Action plan by key factor"), styles.h1),
        para(tr("Measures grouped by the key factors of the Revised Arusha Declaration. A "
                "measure tagged with several key factors appears under each of them. "
                "Overdue measures (past their deadline, neither done nor cancelled on "
                "{date}) are marked in red.", date=report.date()), styles.muted),
        para(report.heading("Coverage of the key factors"), styles.h2),
    ]
    columns: list[tuple[str, float]] = [(tr(title), w) for title, w in COVERAGE_COLUMNS]
    story += tables(report, columns, coverage_rows(report), width * 0.6, numeric=(1, 2, 3))
    groups = measure_groups(report)
    if not groups:
        story.append(para(tr("No measures planned yet."), styles.body))
    columns = [(tr(title), weight) for title, weight in COLUMNS]
    for factor, measures in groups:
        title = (f"{int(factor)}. {tr(KEY_FACTOR_LABELS[factor])}" if factor is not None
                 else tr("Measures without a key factor"))
        story.append(para(title, styles.h2))
        story += tables(report, columns, plan_rows(report, measures), width)
    return story
