"""Cover page and executive summary of the PDF report."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from riskmap.analysis import band_counts, measures_by_status, overdue_measures, ranking
from riskmap.export.colours import UNSCORED_FILL
from riskmap.export.drawkit import colour
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_plan import STATUS_FILLS
from riskmap.export.pdf_styles import FONT_COMMAND, GRID, MARKING_RED
from riskmap.export.pdf_tables import (
    SPLIT_IN_ROW,
    Column,
    Rows,
    cell,
    cell_runs,
    score_cell,
    tables,
)
from riskmap.export.pdf_text import text_para as para
from riskmap.export.redact import REDACTED_MARKING
from riskmap.vocabulary import MEASURE_STATUS_LABELS, SCORE_KIND_LABELS, ScoreKind

TOP_RISKS = 10


def marking(report: Report) -> str:
    """The classification marking printed on every page."""
    text = report.project.metadata.classification.strip()
    if report.options.redact:
        extra = report.tr(REDACTED_MARKING)
        text = f"{text} · {extra}" if text else extra
    return text


def _marking_box(report: Report, width: float) -> Table:
    box = Table([[para(marking(report) or " ", report.styles.marking)]], colWidths=[width])
    box.setStyle([FONT_COMMAND, ("BOX", (0, 0), (-1, -1), 1.2, colour(MARKING_RED)),
                  ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    return box


def cover(report: Report) -> list[Flowable]:
    """Title, administration, office, scope, dates, participants, marking."""
    tr, styles, meta = report.tr, report.styles, report.project.metadata
    width = report.frame_size(landscape_page=False)[0]
    dates = " – ".join(tr.date(d) for d in (meta.start_date, meta.end_date) if d)
    facts = [
        ("Administration", meta.administration),
        ("Office", meta.office),
        ("Scope", meta.scope),
        ("Workshop dates", dates),
        ("Participants", str(len(meta.participants))),
        ("Scale profile", report.project.profile.name),
        ("Processes mapped", ", ".join(f"{p.code} {p.name}" for p in report.project.processes)),
        ("Report date", report.date()),
    ]
    rows = [[para(tr(label), styles.h3), para(value or "–", styles.body)]
            for label, value in facts]
    table = Table(rows, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT",
                  splitInRow=SPLIT_IN_ROW)
    table.setStyle([FONT_COMMAND, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colour(GRID)),
                    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    story: list[Flowable] = [
        _marking_box(report, width),
        Spacer(1, 30 * mm),
        para(report.heading("Corruption risk map"), styles.cover_kicker),
        Spacer(1, 3 * mm),
        para(meta.title, styles.cover_title),
    ]
    if meta.administration:
        story.append(para(meta.administration, styles.cover_sub))
    if meta.office:
        story.append(para(meta.office, styles.cover_sub))
    story += [Spacer(1, 14 * mm), table, Spacer(1, 12 * mm)]
    story.append(para(tr("Prepared with riskmap following the WCO approach to corruption risk "
                         "mapping (Revised Arusha Declaration). This document names posts and "
                         "weaknesses: handle it according to its marking."), styles.muted))
    return story


def _figures(report: Report, width: float) -> Table:
    project, styles = report.project, report.styles
    overdue = len(overdue_measures(project, report.options.as_of()))
    figures = [
        (len(project.processes), "Processes"), (len(project.all_stages()), "Stages"),
        (len(project.risks), "Risks"), (len(project.measures), "Measures"),
        (overdue, "Overdue measures"),
    ]
    row1 = [para(report.tr.number(value), styles.figure) for value, _ in figures]
    row2 = [para(report.tr(label), styles.figure_label) for _, label in figures]
    table = Table([row1, row2], colWidths=[width / len(figures)] * len(figures))
    table.setStyle([FONT_COMMAND, ("BOX", (0, 0), (-1, -1), 0.5, colour(GRID)),
                    ("LINEAFTER", (0, 0), (-2, -1), 0.5, colour(GRID)),
                    ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, 1), (-1, 1), 8)])
    return table


def _band_rows(report: Report) -> Rows:
    counts = {kind: band_counts(report.project, kind) for kind in ScoreKind}
    names = list(counts[ScoreKind.INHERENT])
    for kind in ScoreKind:
        names += [n for n in counts[kind] if n not in names]
    colours = {band.name: band.colour for band in report.project.profile.bands}
    rows = Rows()
    for name in names:
        fill = colours.get(name, UNSCORED_FILL)
        label = name if name in colours else report.tr("Not scored")
        rows.add([cell_runs([(label, "b")], report, report.styles.on(fill, report.styles.cell)),
                  *(report.tr.number(counts[kind].get(name, 0)) for kind in ScoreKind)],
                 fills=[(0, fill)])
    return rows


def _top_rows(report: Report) -> Rows:
    rows = Rows()
    index = report.project.index
    for item in ranking(report.project, ScoreKind.RESIDUAL)[:TOP_RISKS]:
        if item.rating is None:
            break
        stage = index.stage_of_risk(item.risk)
        where = cell_runs([(stage.code, "b"), (f" {stage.name}", "")] if stage else [("–", "")],
                          report)
        text, fill, ink = score_cell(item.rating)
        rows.add([str(item.rank), cell_runs([(item.risk.code, "b")], report),
                  cell(item.risk.statement, report), where,
                  text, cell(item.risk.owner or "–", report)], fills=[(4, fill)],
                 inks=[(4, ink)])
    return rows


def _status_rows(report: Report) -> Rows:
    rows = Rows()
    counts = measures_by_status(report.project)
    total = sum(counts.values()) or 1
    for status, count in counts.items():
        rows.add([cell(report.tr(MEASURE_STATUS_LABELS[status]), report),
                  report.tr.number(count), f"{round(100 * count / total)} %"],
                 fills=[(0, STATUS_FILLS[status])])
    return rows


def _overdue_rows(report: Report) -> Rows:
    rows = Rows()
    today = report.options.as_of()
    for measure in overdue_measures(report.project, today):
        late = (today - measure.deadline).days if measure.deadline else 0
        rows.add([cell_runs([(measure.code, "b")], report),
                  cell(measure.title, report), cell(measure.owner or "–", report),
                  cell(report.tr.date(measure.deadline), report), str(late),
                  cell(report.tr(MEASURE_STATUS_LABELS[measure.status]), report),
                  f"{measure.progress} %"], alert=True)
    return rows


def summary(report: Report) -> list[Flowable]:
    """Key figures, risks by band, top residual risks, measures by status, overdue ones."""
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=False)[0]
    kinds = [Column(tr(SCORE_KIND_LABELS[kind]), 14.0, "RIGHT") for kind in ScoreKind]
    story: list[Flowable] = [
        para(report.heading("Executive summary"), styles.h1),
        _figures(report, width),
        para(report.heading("Risks by band"), styles.h2),
        para(tr("Inherent: before controls. Residual: with the existing controls. Target: "
                "once the planned measures are in place."), styles.muted),
        *tables(report, [Column(tr("Band"), 20.0, bold=True), *kinds], _band_rows(report),
                width * 0.6),
        CondPageBreak(120),
        para(report.heading("Top {n} residual risks", n=TOP_RISKS), styles.h2),
    ]
    top = _top_rows(report)
    columns = [Column(tr("Rank"), 5, "RIGHT"), Column(tr("ID"), 7, bold=True),
               Column(tr("Risk"), 40), Column(tr("Stage"), 20),
               Column(tr("Residual"), 11, "CENTER"), Column(tr("Owner"), 13)]
    story += tables(report, columns, top, width) or [para(tr("No risk is scored yet."),
                                                           styles.body)]
    story += [CondPageBreak(120), para(report.heading("Measures by status"), styles.h2)]
    columns = [Column(tr("Status"), 20), Column(tr("Measures"), 10, "RIGHT"),
               Column(tr("Share"), 10, "RIGHT")]
    story += tables(report, columns, _status_rows(report), width * 0.45)
    story += [CondPageBreak(100), para(report.heading("Overdue measures"), styles.h2)]
    overdue = _overdue_rows(report)
    columns = [Column(tr("ID"), 7), Column(tr("Measure"), 38), Column(tr("Owner"), 15),
               Column(tr("Deadline"), 10), Column(tr("Days late"), 8, "RIGHT"),
               Column(tr("Status"), 11), Column(tr("Progress"), 9, "RIGHT")]
    story += tables(report, columns, overdue, width) or [para(
        tr("No measure is overdue on {date}.", date=report.date()), styles.body)]
    return story
