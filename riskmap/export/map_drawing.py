"""Process maps as reportlab drawings: stages coloured by rating, flows, risk-code badges."""

from __future__ import annotations

import uuid
from dataclasses import replace

from reportlab.graphics.shapes import Drawing, Group

from riskmap.analysis import StageRating, holder_rating
from riskmap.export.colours import INK, MUTED
from riskmap.export.drawkit import Pen, new_drawing, wrap
from riskmap.export.fonts import fit_lines
from riskmap.export.legend import (
    Item,
    legend_height,
    legend_items,
    natural_width,
    place_legend,
)
from riskmap.export.map_layout import (
    MAX_SCALE,
    boxes_of,
    choose_scale,
    tallest_box,
    y_stretch_for,
)
from riskmap.export.map_pen import MapPen, stage_text
from riskmap.export.map_routes import build_slices
from riskmap.graph import STAGE_HEIGHT
from riskmap.i18n import Translator
from riskmap.model import Process, Project
from riskmap.vocabulary import SCORE_KIND_LABELS, ScoreKind

TITLE_SIZE = 11.0  # points, not scaled


def process_ratings(
    project: Project, process: Process, kind: ScoreKind
) -> tuple[dict[uuid.UUID, StageRating], dict[uuid.UUID, list[str]]]:
    """Rating and risk codes (in code order) of each stage and flow of one process."""
    index = project.index
    ratings: dict[uuid.UUID, StageRating] = {}
    codes: dict[uuid.UUID, list[str]] = {}
    for holder in [*(s.id for s in process.stages), *(f.id for f in process.flows)]:
        risks = index.risks_on(holder)
        if risks:
            ratings[holder] = holder_rating(risks, kind, project.profile)
            codes[holder] = sorted(r.code for r in risks)
    return ratings, codes


def process_map_drawing(
    project: Project,
    process: Process,
    kind: ScoreKind = ScoreKind.RESIDUAL,
    max_width: float = 770.0,
    max_height: float = 480.0,
    *,
    tr: Translator | None = None,
    title: bool = False,
    legend: bool = True,
) -> list[Drawing]:
    """The process map in one or more drawings, each within max_width x max_height points.

    Stages are boxes filled with the band colour of their highest `kind` risk and badged
    with their risk codes; a long process is split into parts of whole columns joined by
    connectors naming the stage on the other part. Nothing is cropped: if a map is too
    tall for the page it is scaled down instead. With `title`, each drawing is headed by
    the process code and name (for slides); without `legend`, the band legend is left
    to the caller (see map_legend_drawing).
    """
    tr = tr or Translator()
    ratings, codes_on = process_ratings(project, process, kind)
    items, caption = map_legend(project, kind, tr)
    room = frame_room(items, caption, max_width, legend, title)
    boxes = boxes_of(process)
    if not boxes:
        drawing = new_drawing(min(max_width, 400.0), 40)
        Pen(drawing).text(0, 20, tr("This process has no stages yet."), 9, MUTED)
        return [drawing]
    texts = {b.stage.id: stage_text(b.stage.name, codes_on.get(b.stage.id, [])) for b in boxes}
    tallest = max(text.height for text in texts.values())
    if tallest > tallest_box(boxes):  # spread the rows rather than cut names short
        boxes = boxes_of(process, y_stretch_for(boxes, tallest))
    box_h = min(tallest_box(boxes), max(STAGE_HEIGHT, tallest))
    if tallest > box_h:
        texts = {b.stage.id: stage_text(b.stage.name, codes_on.get(b.stage.id, []), box_h)
                 for b in boxes}
    boxes = [replace(b, h=box_h) for b in boxes]
    scale, limit = choose_scale(boxes, max_width, max_height - room)
    parts = build_slices(process, boxes, limit, tr)
    if len(parts) > 1:  # every part at one scale, as large as the widest part allows
        scale = min([MAX_SCALE, *(max_width / part.width for part in parts)])
    drawings = []
    for number, part in enumerate(parts, start=1):
        s = min(scale, max_width / part.width, (max_height - room) / part.height)
        pen = MapPen(part, s, 0.0, ratings, codes_on, tr)
        pen.routes(part.routes, part.boxes)
        for stub in part.stubs:
            pen.stub(stub)
        for box in part.boxes:
            pen.stage(box, texts[box.stage.id])
        heading = ""
        if title:
            heading = f"{process.code}  {process.name}"
            if len(parts) > 1:
                heading += "  " + tr("(part {n} of {total})", n=number, total=len(parts))
        drawings.append(frame_map(pen.group, part.width * s, part.height * s, max_width,
                                  heading, items if legend else [], caption))
    return drawings


def frame_room(items: list[Item], caption: str, max_width: float, legend: bool,
               title: bool) -> float:
    """Height that the heading and the legend of a map take from its drawing."""
    top = TITLE_SIZE * 2.0 if title else 0.0
    return top + (legend_height(items, caption, max_width) if legend else 0.0)


def frame_map(group: Group, map_w: float, map_h: float, max_width: float, heading: str,
              items: list[Item], caption: str) -> Drawing:
    """A drawing of a map (`group`, drawn from the origin) headed by `heading` if any,
    over the legend of `items` if any, centred in the legend's width."""
    framed = bool(heading or items)
    natural = legend_width(items, caption, max_width) if items else 0.0
    width = min(max_width, max(map_w, natural)) if framed else map_w
    legend_h = legend_height(items, caption, width) if items else 0.0
    top_room = TITLE_SIZE * 2.0 if heading else 0.0
    drawing = new_drawing(width, map_h + legend_h + top_room)
    group.translate((width - map_w) / 2, legend_h)
    drawing.add(group)
    if items:
        place_legend(Pen(drawing), items, caption, 0, legend_h, width)
    if heading:
        line = fit_lines(wrap(heading, TITLE_SIZE, width, bold=True), 1, TITLE_SIZE, width)
        Pen(drawing).text(0, drawing.height - TITLE_SIZE * 1.1, line[0], TITLE_SIZE, INK,
                          bold=True)
    return drawing


def map_legend(project: Project, kind: ScoreKind, tr: Translator) -> tuple[list[Item], str]:
    items = legend_items(project.profile, tr, with_greys=True)
    caption = tr("Colour: highest {kind} risk on the stage",
                 kind=tr(SCORE_KIND_LABELS[kind]).lower())
    return items, caption


def map_legend_drawing(project: Project, kind: ScoreKind, width: float, *,
                       tr: Translator | None = None) -> Drawing:
    """The legend of process maps on its own: what each fill means."""
    items, caption = map_legend(project, kind, tr or Translator())
    height = legend_height(items, caption, width)
    drawing = new_drawing(width, height)
    place_legend(Pen(drawing), items, caption, 0, height, width)
    return drawing


def legend_width(items: list[tuple[str, str]], caption: str, max_width: float) -> float:
    return min(max_width, natural_width(items, caption))
