"""The pages of one process map in the PDF report: its overview, then its detailed parts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from riskmap.export.drawings import (
    map_legend_drawing,
    process_map_drawing,
    process_overview_drawing,
)
from riskmap.export.map_layout import boxes_of, columns
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_text import text_para as para
from riskmap.model import Process
from riskmap.vocabulary import ScoreKind

MAP_KIND = ScoreKind.RESIDUAL
PART_ROOM = 110.0  # what a detailed part leaves on its page for headings and its caption


def flowables_height(flowables: Sequence[Flowable], width: float) -> float:
    """Height the flowables take in a frame `width` wide, spaces included."""
    total = 0.0
    for item in flowables:
        total += item.wrap(width, 10_000)[1] + item.getSpaceBefore() + item.getSpaceAfter()
    return total


def map_pages(report: Report, process: Process, above: float) -> list[Flowable]:
    """A process's heading and map: when the detailed map takes several parts, first an
    overview of the whole process on the page (`above` points of it already used), then
    the parts from a new page."""
    tr, styles, project = report.tr, report.styles, report.project
    width, height = report.frame_size(landscape_page=True)
    head: list[Flowable] = [para(f"{process.code} {process.name}", styles.h2)]
    if process.description:
        head.append(para(process.description, styles.body))
    legend = [map_legend_drawing(project, MAP_KIND, width, tr=tr), Spacer(1, 6)]
    drawings = process_map_drawing(project, process, MAP_KIND, width, height - PART_ROOM,
                                   tr=tr, legend=False)
    if len(drawings) == 1:
        return [KeepTogether([*head, *legend, drawings[0], Spacer(1, 10)])]
    total = len(drawings)
    caption = para(tr("The whole process on one page, each stage in the colour of its band; "
                      "the detailed map follows in {total} parts.", total=total),
                   styles.caption)
    room = height - above - flowables_height([*head, *legend, caption], width) - 4
    overview = process_overview_drawing(project, process, MAP_KIND, width, room, tr=tr,
                                        legend=False)
    story: list[Flowable] = []
    if overview is not None:
        story += [KeepTogether([*head, *legend, overview, caption]), PageBreak()]
        # The legend is on the overview, and each box names its band in words.
        detail = [para(f"{process.code} · {report.heading('Detailed map')}", styles.h3)]
    else:
        count = len(columns(boxes_of(process)))
        note = para(tr("{stages} stages in {columns} columns are too many for a readable "
                       "overview on one page; the map follows in {total} parts.",
                       stages=len(process.stages), columns=count, total=total), styles.body)
        detail = [*head, note, *legend]
    for number, drawing in enumerate(drawings, start=1):
        block: list[Flowable] = [
            drawing, para(tr("Part {n} of {total}", n=number, total=total), styles.caption)]
        story.append(KeepTogether([*detail, *block]) if number == 1 else KeepTogether(block))
    return story
