"""Process maps as reportlab drawings: stages coloured by rating, flows, risk-code badges."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, replace

from reportlab.graphics.shapes import Drawing, Group

from riskmap.analysis import StageRating, holder_rating
from riskmap.export.colours import INK, MUTED, NO_RISK_FILL, RULE, UNSCORED_FILL, mix, text_colour
from riskmap.export.drawkit import Pen, codes_lines, new_drawing, width_of, wrap
from riskmap.export.fonts import fit_lines
from riskmap.export.legend import (
    Item,
    legend_height,
    legend_items,
    natural_width,
    place_legend,
)
from riskmap.export.map_layout import (
    MARGIN,
    STUB_DROP,
    STUB_LINE,
    Box,
    Point,
    Route,
    Slice,
    Stub,
    boxes_of,
    build_slices,
    choose_scale,
    tallest_box,
)
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.i18n import Translator
from riskmap.model import Process, Project
from riskmap.vocabulary import SCORE_KIND_LABELS, ScoreKind

# Type sizes in scene units (scaled with the map).
CODE_SIZE = 13.5
NAME_SIZE = 13.0
BADGE_SIZE = 10.5
LABEL_SIZE = 11.5
INNER_PAD = 7.0
NAME_LEADING = 1.18
TITLE_SIZE = 11.0  # points, not scaled
FLOW_INK = "#475467"


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


def fill_of(rating: StageRating | None) -> str:
    """The fill of a stage or flow: its band colour, or a grey when it has no rating."""
    if rating is None or rating.risk_count == 0:
        return NO_RISK_FILL
    return rating.top.band.colour if rating.top is not None else UNSCORED_FILL


class _MapPen:
    """Draws one part of a map: scene units in, points out."""

    def __init__(self, part: Slice, scale: float, bottom_room: float,
                 ratings: dict[uuid.UUID, StageRating], codes_on: dict[uuid.UUID, list[str]],
                 tr: Translator) -> None:
        self.part, self.s, self.ratings, self.tr = part, scale, ratings, tr
        self.codes_on = codes_on
        self.base = bottom_room
        self.group = Group()
        self.pen = Pen(self.group)

    def pt(self, point: Point) -> Point:
        x, y = point
        return ((x - self.part.left) * self.s,
                self.base + (self.part.bottom - y) * self.s)

    def route(self, route: Route) -> None:
        points = [self.pt(p) for p in route.points]
        self.pen.polyline(points, FLOW_INK, width=max(0.6, 1.4 * self.s))
        self._head(points[-2], points[-1])
        rating = self.ratings.get(route.flow.id)
        codes = self.codes_on.get(route.flow.id, [])
        self._label(route.label_at, route.label_width, route.flow.label, rating, codes)

    def _head(self, before: Point, tip: Point) -> None:
        dx, dy = tip[0] - before[0], tip[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        self.pen.arrow_head(tip, (dx / length, dy / length), 9 * self.s, FLOW_INK)

    def _label(self, at: Point, room: float, text: str, rating: StageRating | None,
               codes: list[str]) -> None:
        """A flow's label (and, when risks sit on the flow, their codes on its band colour)."""
        has_risks = rating is not None and rating.risk_count > 0
        if not text.strip() and not has_risks:
            return
        size = LABEL_SIZE * self.s
        width = max(room, 60.0) * self.s
        lines = fit_lines(wrap(text, size, width), 3, size, width) if text.strip() else []
        fill = "#FFFFFF"
        if has_risks and rating is not None:
            fill = fill_of(rating)
            # The band in words as on stages, so that the flow reads without colour.
            lines += [self._band_text(rating), *codes_lines(codes, size, width, 2)]
        leading = size * 1.2
        box_w = max(width_of(line, size) for line in lines) + 6 * self.s
        box_h = leading * len(lines) + 3 * self.s
        x, y = self.pt(at)
        self.pen.rect(x - box_w / 2, y - box_h / 2, box_w, box_h, fill,
                      stroke=RULE if has_risks else None, stroke_width=0.4,
                      radius=3 * self.s)
        ink = text_colour(fill) if has_risks else FLOW_INK
        self.pen.lines(x, y + box_h / 2 - 1.5 * self.s, lines, size, ink, anchor="middle",
                       leading=leading)

    def stage(self, box: Box, text: StageText) -> None:
        s = self.s
        rating = self.ratings.get(box.stage.id)
        fill = fill_of(rating)
        ink = text_colour(fill)
        x, top = self.pt((box.x, box.y))
        w, h = STAGE_WIDTH * s, box.h * s
        self.pen.rect(x, top - h, w, h, fill, stroke=mix(fill, "#000000", 0.35),
                      stroke_width=max(0.5, 1.2 * s), radius=6 * s, svg_class="stage",
                      svg_id=f"stage-{_xml_id(box.stage.code)}")
        pad = INNER_PAD * s
        code_size, name_size, badge_size = CODE_SIZE * s, NAME_SIZE * s, BADGE_SIZE * s
        baseline = top - pad - code_size * 0.85
        self.pen.text(x + pad, baseline, box.stage.code, code_size, ink, bold=True)
        self.pen.text(x + w - pad, baseline, self._band_text(rating), badge_size * 1.05, ink,
                      bold=True, anchor="end")
        self.pen.lines(x + pad, top - pad - code_size * 1.25, text.name, name_size, ink,
                       leading=name_size * NAME_LEADING)
        if text.codes:
            strip_h = text.strip_height * s
            sy = top - h + pad
            self.pen.rect(x + pad, sy, w - 2 * pad, strip_h, "#FFFFFF", stroke=RULE,
                          stroke_width=0.3, radius=3 * s)
            self.pen.lines(x + pad + 3 * s, sy + strip_h - 2 * s, text.codes, badge_size,
                           INK, leading=badge_size * 1.2)

    def _band_text(self, rating: StageRating | None) -> str:
        if rating is None or rating.risk_count == 0:
            return ""
        if rating.top is None:
            return self.tr("Not scored")
        return f"{rating.top.band.name} · {rating.top.score}"

    def stub(self, stub: Stub) -> None:
        """A connector to stages drawn on other parts, naming them by their codes."""
        s, box = self.s, stub.box
        size = LABEL_SIZE * s
        codes = [other.code for other in stub.others]
        if stub.sideways and stub.outgoing:
            edge = self.part.right - MARGIN * 0.8
            points = [(box.right, box.cy), (edge, box.cy)]
            text_x, anchor, top = edge + 4, "start", box.cy - stub.stack / 2
        elif stub.sideways:
            edge = self.part.left + MARGIN * 0.8
            points = [(edge, box.cy), (box.x, box.cy)]
            text_x, anchor, top = edge - 4, "end", box.cy - stub.stack / 2
        else:
            drop = max(STUB_DROP, stub.stack)
            x = box.cx + 30
            if stub.outgoing:
                points = [(x, box.bottom), (x, box.bottom + drop)]
                top = box.bottom + drop / 2 - stub.stack / 2
                word = self.tr("to {code}")
            else:
                points = [(x, box.y - drop), (x, box.y)]
                top = box.y - drop / 2 - stub.stack / 2
                word = self.tr("from {code}")
            codes = [word.format(code=code) for code in codes]
            text_x, anchor = x + 5, "start"
        pts = [self.pt(p) for p in points]
        self.pen.polyline(pts, FLOW_INK, width=max(0.6, 1.4 * s), dash=[3 * s, 2 * s])
        self._head(pts[-2], pts[-1])
        x, y = self.pt((text_x, top))
        self.pen.lines(x, y, codes, size, INK, bold=True, anchor=anchor,
                       leading=STUB_LINE * s)


@dataclass(frozen=True)
class StageText:
    """What a stage box says, laid out in scene units."""

    name: list[str]
    codes: list[str]

    @property
    def strip_height(self) -> float:
        return len(self.codes) * BADGE_SIZE * 1.2 + 4 if self.codes else 0.0

    @property
    def height(self) -> float:
        """The box height this text needs."""
        strip = self.strip_height + (3 if self.codes else 0)
        return 2 * INNER_PAD + CODE_SIZE * 1.25 + strip + len(self.name) * NAME_SIZE * NAME_LEADING


def stage_text(name: str, codes: list[str], max_height: float = math.inf) -> StageText:
    """The name wrapped to the box and the codes badge (3 lines at most, then "+N")."""
    inner = STAGE_WIDTH - 2 * INNER_PAD
    text = StageText(wrap(name, NAME_SIZE, inner), codes_lines(codes, BADGE_SIZE, inner - 6, 3))
    if text.height <= max_height:
        return text
    spare = max_height - StageText([], text.codes).height
    keep = max(1, int(spare // (NAME_SIZE * NAME_LEADING)))
    return StageText(fit_lines(text.name, keep, NAME_SIZE, inner), text.codes)


def _xml_id(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)


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
    items, caption = _legend(project, kind, tr)
    top_room = TITLE_SIZE * 2.0 if title else 0.0
    room = (legend_height(items, caption, max_width) if legend else 0.0) + top_room
    boxes = boxes_of(process)
    if not boxes:
        drawing = new_drawing(min(max_width, 400.0), 40)
        Pen(drawing).text(0, 20, tr("This process has no stages yet."), 9, MUTED)
        return [drawing]
    texts = {b.stage.id: stage_text(b.stage.name, codes_on.get(b.stage.id, [])) for b in boxes}
    tallest = max(text.height for text in texts.values())
    box_h = min(tallest_box(boxes), max(STAGE_HEIGHT, tallest))
    if tallest > box_h:
        texts = {b.stage.id: stage_text(b.stage.name, codes_on.get(b.stage.id, []), box_h)
                 for b in boxes}
    boxes = [replace(b, h=box_h) for b in boxes]
    scale, limit = choose_scale(boxes, max_width, max_height - room)
    parts = build_slices(process, boxes, limit)
    drawings = []
    for number, part in enumerate(parts, start=1):
        s = min(scale, max_width / part.width, (max_height - room) / part.height)
        map_w, map_h = part.width * s, part.height * s
        width = min(max_width, max(map_w, legend_width(items, caption, max_width)))
        width = width if legend or title else map_w
        legend_h = legend_height(items, caption, width) if legend else 0.0
        drawing = new_drawing(width, map_h + legend_h + top_room)
        pen = _MapPen(part, s, legend_h, ratings, codes_on, tr)
        offset = (width - map_w) / 2
        for route in part.routes:
            pen.route(route)
        for stub in part.stubs:
            pen.stub(stub)
        for box in part.boxes:
            pen.stage(box, texts[box.stage.id])
        pen.group.translate(offset, 0)
        drawing.add(pen.group)
        if legend:
            place_legend(Pen(drawing), items, caption, 0, legend_h, width)
        if title:
            heading = f"{process.code}  {process.name}"
            if len(parts) > 1:
                heading += "  " + tr("(part {n} of {total})", n=number, total=len(parts))
            line = fit_lines(wrap(heading, TITLE_SIZE, width, bold=True), 1, TITLE_SIZE, width)
            Pen(drawing).text(0, drawing.height - TITLE_SIZE * 1.1, line[0], TITLE_SIZE, INK,
                              bold=True)
        drawings.append(drawing)
    return drawings


def _legend(project: Project, kind: ScoreKind, tr: Translator) -> tuple[list[Item], str]:
    items = legend_items(project.profile, tr, with_greys=True)
    caption = tr("Colour: highest {kind} risk on the stage",
                 kind=tr(SCORE_KIND_LABELS[kind]).lower())
    return items, caption


def map_legend_drawing(project: Project, kind: ScoreKind, width: float, *,
                       tr: Translator | None = None) -> Drawing:
    """The legend of process maps on its own: what each fill means."""
    items, caption = _legend(project, kind, tr or Translator())
    height = legend_height(items, caption, width)
    drawing = new_drawing(width, height)
    place_legend(Pen(drawing), items, caption, 0, height, width)
    return drawing


def legend_width(items: list[tuple[str, str]], caption: str, max_width: float) -> float:
    return min(max_width, natural_width(items, caption))
