"""The action plan of the PDF report: coverage of the key factors, then measures by factor."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import CondPageBreak, Flowable

from riskmap.analysis import key_factor_coverage
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_tables import (
    Cell,
    Column,
    Rows,
    cell,
    cell_runs,
    column_widths,
    short,
    tables,
)
from riskmap.export.pdf_text import Run, TextCell, text_para
from riskmap.model import Measure
from riskmap.vocabulary import (
    KEY_FACTOR_LABELS,
    MEASURE_STATUS_LABELS,
    MEASURE_TYPE_LABELS,
    KeyFactor,
    MeasureStatus,
)

COLUMNS = (
    Column("ID", 5.5, bold=True), Column("Measure", 22), Column("Linked risks", 8),
    Column("Type", 6.5), Column("Owner", 11), Column("Start", 6.5), Column("Deadline", 7.5),
    Column("Status", 7.5), Column("Progress", 5.5, "RIGHT"), Column("Indicator", 20),
)
COVERAGE_COLUMNS = (
    Column("Key factor", 40), Column("Measures", 12, "RIGHT"), Column("Completed", 12, "RIGHT"),
    Column("Risks covered", 12, "RIGHT"),
)
STATUS_FILLS = {
    MeasureStatus.PLANNED: "#EEF2F6",
    MeasureStatus.IN_PROGRESS: "#D9E8F6",
    MeasureStatus.DONE: "#DCF2E2",
    MeasureStatus.DELAYED: "#FCE3CC",
    MeasureStatus.CANCELLED: "#E4E7EC",
}


def _owner(report: Report, measure: Measure) -> TextCell:
    runs: list[Run] = [(measure.owner or "–", "")]
    if measure.supporting_unit:
        runs.append(("\n" + measure.supporting_unit, "small"))
    return cell_runs(runs, report)


def _deadline(report: Report, measure: Measure, overdue: bool, width: float) -> Cell:
    text = report.tr.date(measure.deadline) or "–"
    if overdue:
        return cell_runs([(text + "\n" + report.tr("Overdue"), "alert")], report)
    return short(text, report, width)


def _indicator(report: Report, measure: Measure) -> TextCell:
    runs: list[Run] = [(measure.indicator or "–", "")]
    if measure.baseline or measure.target:
        runs.append((f"\n{measure.baseline or '?'} → {measure.target or '?'}", "small"))
    return cell_runs(runs, report)


def plan_rows(report: Report, measures: list[Measure], width: float) -> Rows:
    tr, today = report.tr, report.options.as_of()
    risks = report.project.index.risks
    widths = column_widths(COLUMNS, width)
    rows = Rows()
    for measure in measures:
        overdue = measure.is_overdue(today)
        linked = ", ".join(risks[r].code for r in measure.risk_ids if r in risks)
        kind = tr(MEASURE_TYPE_LABELS[measure.type]) if measure.type else "–"
        rows.add(
            [
                short(measure.code, report, widths[0], bold=True),
                cell(measure.title, report),
                cell(linked or "–", report),
                short(kind, report, widths[3]),
                _owner(report, measure),
                short(tr.date(measure.start) or "–", report, widths[5]),
                _deadline(report, measure, overdue, widths[6]),
                short(tr(MEASURE_STATUS_LABELS[measure.status]), report, widths[7]),
                f"{measure.progress} %",
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
            str(item.measures), str(item.done), str(item.risks),
        ])
    return rows


def plan_section(report: Report) -> list[Flowable]:
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=True)[0]
    story: list[Flowable] = [
        text_para(report.heading("Action plan by key factor"), styles.h1),
        text_para(tr("Measures grouped by the key factors of the Revised Arusha Declaration. A "
                "measure tagged with several key factors appears under each of them. "
                "Overdue measures (past their deadline, neither done nor cancelled on "
                "{date}) are marked in red.", date=report.date()), styles.muted),
        text_para(report.heading("Coverage of the key factors"), styles.h2),
    ]
    columns = [replace(c, title=tr(c.title)) for c in COVERAGE_COLUMNS]
    story += tables(report, columns, coverage_rows(report), width * 0.6)
    groups = measure_groups(report)
    if not groups:
        story.append(text_para(tr("No measures planned yet."), styles.body))
    columns = [replace(c, title=tr(c.title)) for c in COLUMNS]
    for factor, measures in groups:
        title = (f"{int(factor)}. {tr(KEY_FACTOR_LABELS[factor])}" if factor is not None
                 else tr("Measures without a key factor"))
        story += [CondPageBreak(90), text_para(title, styles.h2)]
        story += tables(report, columns, plan_rows(report, measures, width), width)
    return story
