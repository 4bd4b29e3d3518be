"""The round comparison of the PDF report: heat maps before and after, then what moved."""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from riskmap.comparison import (
    CHANGE_LABELS,
    ChangeKind,
    ScorePoint,
    comparison_counts,
    comparison_rows,
    requested_comparison,
    round_grid,
)
from riskmap.export.colours import text_colour
from riskmap.export.heatmap_drawing import heatmap_drawing
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_tables import Column, Rows, cell, short, tables
from riskmap.export.pdf_text import text_para as para
from riskmap.rounds import CURRENT, Comparison, Direction, find_round
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus, ScoreKind

WORSE, BETTER = "#B42318", "#067647"
RISK_COLUMNS = (
    Column("ID", 5, bold=True), Column("Risk statement", 42), Column("Stage", 6),
    Column("Change", 8), Column("Before", 12), Column("After", 12),
    Column("Change of score", 7, "RIGHT"),
)
STAGE_COLUMNS = (Column("Stage", 8, bold=True), Column("Stage name", 40),
                 Column("Direction", 12))
MEASURE_COLUMNS = (Column("ID", 6, bold=True), Column("Measure", 50),
                   Column("Status before", 12), Column("Status after", 12),
                   Column("Progress", 12, "RIGHT"))


def _point_text(point: ScorePoint | None) -> str:
    if point is None:
        return "–"
    return f"{point.likelihood}×{point.impact} = {point.score}\n{point.band.name}"


def _risk_rows(report: Report, comparison: Comparison, width: float) -> Rows:
    tr, rows = report.tr, Rows()
    total = sum(c.weight for c in RISK_COLUMNS)
    widths = [width * c.weight / total for c in RISK_COLUMNS]
    for item in comparison_rows(report.project.profile, comparison):
        ink = {ChangeKind.UP: WORSE, ChangeKind.DOWN: BETTER}.get(item.kind)
        fills = [(col, point.band.colour) for col, point in ((4, item.before), (5, item.after))
                 if point is not None]
        inks = [(col, text_colour(fill)) for col, fill in fills]
        if ink:
            inks += [(3, ink), (6, ink)]
        rows.add([short(item.code, report, widths[0], bold=True), cell(item.statement, report),
                  short(item.stage_code or "–", report, widths[2]),
                  short(tr(CHANGE_LABELS[item.kind]), report, widths[3]),
                  _point_text(item.before), _point_text(item.after),
                  f"{item.delta:+d}" if item.delta else ""],
                 fills=fills, inks=inks)
    return rows


def _heatmaps(report: Report, comparison: Comparison, width: float,
              height: float) -> list[Flowable]:
    """Residual heat maps of both rounds, side by side, each under its round's name."""
    project, tr = report.project, report.tr
    half = (width - 18) / 2
    cells = []
    for name in (comparison.before_name, comparison.after_name):
        view = find_round(project, name)
        grid = round_grid(project.profile, view, ScoreKind.RESIDUAL)
        drawing = heatmap_drawing(project, ScoreKind.RESIDUAL, half, tr=tr, grid=grid,
                                  max_height=height)
        label = tr("Current state") if view.name == CURRENT else name
        cells.append([para(label, report.styles.h3), drawing])
    table = Table([[cells[0], cells[1]]], colWidths=[half + 9, half + 9], hAlign="LEFT",
                  style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 9)])
    return [table]


def comparison_section(report: Report) -> list[Flowable]:
    """Nothing unless the options ask for a comparison of two rounds."""
    rounds = report.options.compare
    if rounds is None:
        return []
    comparison = requested_comparison(report.project, rounds)
    assert comparison is not None
    tr, styles = report.tr, report.styles
    width, height = report.frame_size(landscape_page=True)
    counts = comparison_counts(comparison)
    before, after = (tr("Current state") if name == CURRENT else name
                     for name in (comparison.before_name, comparison.after_name))
    story: list[Flowable] = [
        para(report.heading("Round comparison: {before} → {after}", before=before,
                            after=after), styles.h1),
        para(tr("{new} new risks, {removed} removed, {rescored} rescored ({up} up, {down} "
                "down); {done} measures completed. Residual scores on the profile {profile}.",
                new=counts.new, removed=counts.removed, rescored=counts.rescored,
                up=counts.up, down=counts.down, done=counts.measures_completed,
                profile=report.project.profile.name), styles.body),
    ]
    story += _heatmaps(report, comparison, width, height - 90)
    story += [CondPageBreak(120), para(report.heading("Risks that changed"), styles.h2)]
    rows = _risk_rows(report, comparison, width)
    if rows.cells:
        story += tables(report, [replace(c, title=tr(c.title)) for c in RISK_COLUMNS], rows,
                        width)
    else:
        story.append(para(tr("No risk changed."), styles.body))
    story += _stages(report, comparison, width)
    story += _measures(report, comparison, width)
    return story


def _stages(report: Report, comparison: Comparison, width: float) -> list[Flowable]:
    tr, styles = report.tr, report.styles
    names = {s.code: s.name for s in report.project.all_stages()}
    rows = Rows()
    for code, direction in comparison.stages.items():
        if direction is Direction.SAME:
            continue
        up = direction is Direction.UP
        rows.add([code, cell(names.get(code, ""), report), tr("▲ Up") if up else tr("▼ Down")],
                 inks=[(2, WORSE if up else BETTER)])
    story: list[Flowable] = [CondPageBreak(80), para(
        report.heading("Stages whose highest residual score moved"), styles.h2)]
    if not rows.cells:
        return [*story, para(tr("None."), styles.body)]
    columns = [replace(c, title=tr(c.title)) for c in STAGE_COLUMNS]
    return [*story, *tables(report, columns, rows, width * 0.6)]


def _measures(report: Report, comparison: Comparison, width: float) -> list[Flowable]:
    tr, styles = report.tr, report.styles
    changes = sorted(comparison.status_changes,
                     key=lambda c: (c.after is not MeasureStatus.DONE, c.code))
    rows = Rows()
    for change in changes:
        done = change.after is MeasureStatus.DONE
        rows.add([change.code, cell(change.title, report),
                  tr(MEASURE_STATUS_LABELS[change.before]),
                  tr(MEASURE_STATUS_LABELS[change.after]),
                  f"{change.progress_before} % → {change.progress_after} %"],
                 inks=[(3, BETTER)] if done else [])
    story: list[Flowable] = [CondPageBreak(80), para(
        report.heading("Measures whose status or progress changed"), styles.h2)]
    if not rows.cells:
        return [*story, para(tr("None."), styles.body), Spacer(1, 6)]
    columns = [replace(c, title=tr(c.title)) for c in MEASURE_COLUMNS]
    return [*story, *tables(report, columns, rows, width)]
