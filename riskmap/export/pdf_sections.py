"""Process maps, heat maps and the method annex of the PDF report."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from riskmap.export.colours import NO_RISK_FILL
from riskmap.export.drawings import fill_of, heatmap_drawing
from riskmap.export.legend import band_ranges
from riskmap.export.map_drawing import process_ratings
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_maps import MAP_KIND, flowables_height, map_pages
from riskmap.export.pdf_tables import Column, Rows, cell, cell_runs, tables
from riskmap.export.pdf_text import runs_para
from riskmap.export.pdf_text import text_para as para
from riskmap.graph import flow_order
from riskmap.model import Process
from riskmap.scales import Level, ScoreMethod
from riskmap.vocabulary import ScoreKind

METHOD_TEXT = {
    ScoreMethod.PRODUCT: "Score = likelihood × impact.",
    ScoreMethod.SUM: "Score = likelihood + impact.",
    ScoreMethod.LOOKUP: "Score read from the profile's table of likelihood by impact.",
}


def _stage_rows(report: Report, process: Process) -> Rows:
    ratings, _ = process_ratings(report.project, process, MAP_KIND)
    index = report.project.index
    rows = Rows()
    for number, stage in enumerate(flow_order(process), start=1):
        rating = ratings.get(stage.id)
        codes = ", ".join(sorted(r.code for r in index.risks_on(stage.id)))
        top = "–"
        if rating is not None and rating.top is not None:
            t = rating.top
            top = f"{rating.top_code}: {t.likelihood}×{t.impact} = {t.score} {t.band.name}"
        elif rating is not None and rating.risk_count:
            top = report.tr("Not scored")
        fill = fill_of(rating)
        rows.add([str(number), cell_runs([(stage.code, "b")], report),
                  cell(stage.name, report), cell(", ".join(stage.actors) or "–", report),
                  str(rating.risk_count if rating else 0),
                  cell(top, report, report.styles.on(fill, report.styles.cell)),
                  cell(codes or "–", report)],
                 fills=[(5, fill)] if fill != NO_RISK_FILL else [])
    return rows


def maps_section(report: Report) -> list[Flowable]:
    """Each process on its own pages: its map (in parts if long), then its stages."""
    tr, styles = report.tr, report.styles
    width = report.frame_size(landscape_page=True)[0]
    story: list[Flowable] = [para(report.heading("Process maps"), styles.h1)]
    story.append(para(tr(
        "Stages in flow order, each filled with the colour of its highest residual risk and "
        "badged with the codes of its risks; risks on a hand-over are shown on the flow. A "
        "long process is shown whole on one page, then drawn in parts joined by connectors "
        "naming the stage on the other part."), styles.muted))
    columns = [Column(tr("#"), 3.5, "RIGHT"), Column(tr("Stage"), 6, bold=True),
               Column(tr("Name"), 24), Column(tr("Actors"), 17), Column(tr("Risks"), 5, "RIGHT"),
               Column(tr("Highest residual risk"), 16), Column(tr("Risk codes"), 28)]
    for number, process in enumerate(report.project.processes):
        if number:
            story.append(PageBreak())
        story += map_pages(report, process, 0.0 if number else flowables_height(story, width))
        if process.stages:
            story += [CondPageBreak(90), para(report.heading("Stages in flow order"), styles.h3)]
            story += tables(report, columns, _stage_rows(report, process), width)
    if not report.project.processes:
        story.append(para(tr("No process mapped yet."), styles.body))
    return story


def heatmaps_section(report: Report) -> list[Flowable]:
    tr, styles = report.tr, report.styles
    width, height = report.frame_size(landscape_page=False)
    story: list[Flowable] = [
        para(report.heading("Heat maps"), styles.h1),
        para(tr("Likelihood (rows, highest on top) by impact (columns). Each cell shows its "
                "band and score, the number of risks in it and their codes."), styles.muted),
    ]
    for kind in (ScoreKind.INHERENT, ScoreKind.RESIDUAL, ScoreKind.TARGET):
        drawing = heatmap_drawing(report.project, kind, width, tr=tr,
                                  max_height=(height - 90) / 2)
        story += [CondPageBreak(drawing.height + 16), drawing, Spacer(1, 14)]
    return story


def _level_rows(report: Report, levels: list[Level]) -> Rows:
    rows = Rows()
    for level in levels:
        rows.add([str(level.value), cell_runs([(level.label, "b")], report),
                  cell(level.descriptor or "–", report)])
    return rows


def annex_section(report: Report) -> list[Flowable]:
    """The scale profile (levels, descriptors, bands), participants, sources, rounds."""
    tr, styles, project = report.tr, report.styles, report.project
    profile, meta = project.profile, project.metadata
    width = report.frame_size(landscape_page=False)[0]
    story: list[Flowable] = [
        para(report.heading("Method annex"), styles.h1),
        para(report.heading("Scale profile"), styles.h2),
        runs_para([(profile.name, "b")], styles.body),
    ]
    if profile.description:
        story.append(para(profile.description, styles.body))
    story.append(para(tr(METHOD_TEXT[profile.method]), styles.body))
    level_cols = [Column(tr("Level"), 7, "CENTER"), Column(tr("Label"), 20),
                  Column(tr("Descriptor"), 73)]
    for title, levels in (("Likelihood", profile.likelihood), ("Impact", profile.impact)):
        story += [CondPageBreak(100), para(report.heading(title), styles.h3)]
        story += tables(report, level_cols, _level_rows(report, levels), width)
    bands = Rows()
    for band, span in zip(profile.bands, band_ranges(profile), strict=True):
        bands.add([cell_runs([(band.name, "b")], report, styles.on(band.colour, styles.cell)),
                   span],
                  fills=[(0, band.colour)])
    story += [CondPageBreak(100), para(report.heading("Bands"), styles.h3)]
    story += tables(report, [Column(tr("Band"), 20, bold=True), Column(tr("Scores"), 12,
                                                                      "CENTER")],
                    bands, width * 0.35)
    story += [CondPageBreak(100), para(report.heading("Participants"), styles.h2)]
    people = Rows()
    for person in meta.participants:
        people.add([cell(person.code, report), cell(person.name or "–", report),
                    cell(person.role or "–", report), cell(person.unit or "–", report)])
    columns = [Column(tr("Code"), 10), Column(tr("Name"), 30), Column(tr("Role"), 30),
               Column(tr("Unit"), 30)]
    story += tables(report, columns, people, width) or [
        para(tr("No participants recorded."), styles.body)]
    if meta.sources:
        story += [CondPageBreak(60), para(report.heading("Sources of information"), styles.h2),
                  para(meta.sources, styles.body)]
    if project.rounds:
        story += [CondPageBreak(60), para(report.heading("Assessment rounds"), styles.h2)]
        rounds = Rows()
        for item in project.rounds:
            rounds.add([cell(item.name, report), cell(tr.date(item.closed_on), report),
                        cell(item.notes or "–", report)])
        columns = [Column(tr("Round"), 25), Column(tr("Closed on"), 15),
                   Column(tr("Notes"), 60)]
        story += tables(report, columns, rounds, width)
    return story
