"""Draws the parts of a process map: stage boxes, flows with labels, connectors."""

from __future__ import annotations

import itertools
import math
import uuid
from dataclasses import dataclass

from reportlab.graphics.shapes import Group

from riskmap.analysis import StageRating
from riskmap.export.colours import INK, NO_RISK_FILL, RULE, UNSCORED_FILL, mix, text_colour
from riskmap.export.drawkit import Pen, codes_lines, width_of, wrap
from riskmap.export.fonts import fit_lines
from riskmap.export.map_layout import (
    NAME_SIZE,
    STUB_SIZE,
    STUB_X,
    Box,
    Point,
    Route,
    Slice,
    Stub,
)
from riskmap.graph import STAGE_WIDTH
from riskmap.i18n import Translator

# Type sizes in scene units (scaled with the map); NAME_SIZE sets the densest scale.
CODE_SIZE = 17.0
BADGE_SIZE = 13.5
LABEL_SIZE = 14.0
INNER_PAD = 7.0
NAME_LEADING = 1.18
FLOW_INK = "#475467"


def fill_of(rating: StageRating | None) -> str:
    """The fill of a stage or flow: its band colour, or a grey when it has no rating."""
    if rating is None or rating.risk_count == 0:
        return NO_RISK_FILL
    return rating.top.band.colour if rating.top is not None else UNSCORED_FILL


def band_text(rating: StageRating | None, tr: Translator, score: bool = True) -> str:
    """The band in words ("High · 12"), so that a coloured shape reads without colour."""
    if rating is None or rating.risk_count == 0:
        return ""
    if rating.top is None:
        return tr("Not scored")
    return f"{rating.top.band.name} · {rating.top.score}" if score else rating.top.band.name


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


def xml_id(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in code)


class MapPen:
    """Draws one part of a map: scene units in, points out."""

    def __init__(self, part: Slice, scale: float, bottom_room: float,
                 ratings: dict[uuid.UUID, StageRating], codes_on: dict[uuid.UUID, list[str]],
                 tr: Translator) -> None:
        self.part, self.s, self.ratings, self.tr = part, scale, ratings, tr
        self.codes_on = codes_on
        self.base = bottom_room
        self.group = Group()
        self.pen = Pen(self.group)
        self.line_width = max(0.6, 1.4 * scale)
        self.head_size = 9 * scale

    def pt(self, point: Point) -> Point:
        x, y = point
        return ((x - self.part.left) * self.s,
                self.base + (self.part.bottom - y) * self.s)

    def routes(self, routes: list[Route], boxes: list[Box]) -> None:
        """The flows, then their labels, each slid along its room off the lines of the
        other flows, the other labels and the stages."""
        lines = []
        for route in routes:
            points = [self.pt(p) for p in route.points]
            self.pen.polyline(points, FLOW_INK, width=self.line_width)
            self._head(points[-2], points[-1])
            lines.append([_Rect.around(a, b) for a, b in itertools.pairwise(points)])
        taken = [_Rect.of_box(self.pt((b.x, b.y)), STAGE_WIDTH * self.s, b.h * self.s)
                 for b in boxes]
        for number, route in enumerate(routes):
            others = [r for k, segs in enumerate(lines) if k != number for r in segs]
            placed = self._label(route, others + taken)
            if placed is not None:
                taken.append(placed)

    def _head(self, before: Point, tip: Point) -> None:
        dx, dy = tip[0] - before[0], tip[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        self.pen.arrow_head(tip, (dx / length, dy / length), self.head_size, FLOW_INK)

    def label_lines(self, route: Route, rating: StageRating | None) -> tuple[list[str], float]:
        """The lines of a flow's label and their type size in points."""
        size = LABEL_SIZE * self.s
        text = route.flow.label
        widest = max((width_of(word, size) for word in text.split()), default=0.0)
        width = max(route.label_width * self.s, 60.0 * self.s, widest)  # no word broken
        lines = fit_lines(wrap(text, size, width), 3, size, width) if text.strip() else []
        if rating is not None and rating.risk_count > 0:
            codes = self.codes_on.get(route.flow.id, [])
            lines += [band_text(rating, self.tr), *codes_lines(codes, size, width, 2)]
        return lines, size

    def _label(self, route: Route, obstacles: list[_Rect]) -> _Rect | None:
        """A flow's label (and, when risks sit on the flow, their band on its colour)."""
        rating = self.ratings.get(route.flow.id)
        has_risks = rating is not None and rating.risk_count > 0
        lines, size = self.label_lines(route, rating)
        if not lines:
            return None
        fill = fill_of(rating) if has_risks else "#FFFFFF"
        leading = size * 1.2
        box_w = max(width_of(line, size) for line in lines) + 0.5 * size
        box_h = leading * len(lines) + 0.25 * size
        x, y = self.pt(route.label_at)
        if _on_level(route):
            x = _free_spot(x, y, box_w, box_h, route.label_width * self.s, obstacles)
        self.pen.rect(x - box_w / 2, y - box_h / 2, box_w, box_h, fill,
                      stroke=RULE if has_risks else None, stroke_width=0.4,
                      radius=0.25 * size)
        ink = text_colour(fill) if has_risks else FLOW_INK
        self.pen.lines(x, y + box_h / 2 - 0.12 * size, lines, size, ink, anchor="middle",
                       leading=leading)
        return _Rect(x - box_w / 2, y - box_h / 2, x + box_w / 2, y + box_h / 2)

    def stage(self, box: Box, text: StageText) -> None:
        s = self.s
        rating = self.ratings.get(box.stage.id)
        fill = self.box(box)
        ink = text_colour(fill)
        x, top = self.pt((box.x, box.y))
        w, h = STAGE_WIDTH * s, box.h * s
        pad = INNER_PAD * s
        code_size, name_size, badge_size = CODE_SIZE * s, NAME_SIZE * s, BADGE_SIZE * s
        baseline = top - pad - code_size * 0.85
        self.pen.text(x + pad, baseline, box.stage.code, code_size, ink, bold=True)
        self.pen.text(x + w - pad, baseline, band_text(rating, self.tr), badge_size * 1.05,
                      ink, bold=True, anchor="end")
        self.pen.lines(x + pad, top - pad - code_size * 1.25, text.name, name_size, ink,
                       leading=name_size * NAME_LEADING)
        if text.codes:
            strip_h = text.strip_height * s
            sy = top - h + pad
            self.pen.rect(x + pad, sy, w - 2 * pad, strip_h, "#FFFFFF", stroke=RULE,
                          stroke_width=0.3, radius=3 * s)
            self.pen.lines(x + pad + 3 * s, sy + strip_h - 2 * s, text.codes, badge_size,
                           INK, leading=badge_size * 1.2)

    def box(self, box: Box) -> str:
        """A stage's box filled with its band colour (class "stage" in SVG); its fill."""
        fill = fill_of(self.ratings.get(box.stage.id))
        x, top = self.pt((box.x, box.y))
        w, h = STAGE_WIDTH * self.s, box.h * self.s
        self.pen.rect(x, top - h, w, h, fill, stroke=mix(fill, "#000000", 0.35),
                      stroke_width=max(0.5, 1.2 * self.s), radius=min(6 * self.s, w / 12),
                      svg_class="stage", svg_id=f"stage-{xml_id(box.stage.code)}")
        return fill

    def stub(self, stub: Stub) -> None:
        """A connector to stages drawn on other parts, naming them (and the flow's label)."""
        s, box, part = self.s, stub.box, self.part
        look = part.connectors
        gap = look.size / STUB_SIZE
        if stub.sideways and stub.outgoing:
            points = [(box.right, box.cy), (part.out_edge, box.cy)]
            text_x, anchor, top = part.out_edge + 4 * gap, "start", box.cy - stub.stack / 2
        elif stub.sideways:
            points = [(part.in_edge, box.cy), (box.x, box.cy)]
            text_x, anchor, top = part.in_edge - 4 * gap, "end", box.cy - stub.stack / 2
        else:
            drop = max(look.drop, stub.stack)
            x = box.cx + STUB_X
            if stub.outgoing:
                points = [(x, box.bottom), (x, box.bottom + drop)]
                top = box.bottom + drop / 2 - stub.stack / 2
            else:
                points = [(x, box.y - drop), (x, box.y)]
                top = box.y - drop / 2 - stub.stack / 2
            text_x, anchor = x + 5 * gap, "start"
        pts = [self.pt(p) for p in points]
        dash = [3 * gap * s, 2 * gap * s]
        self.pen.polyline(pts, FLOW_INK, width=self.line_width, dash=dash)
        self._head(pts[-2], pts[-1])
        x, y = self.pt((text_x, top))
        self.pen.lines(x, y, stub.lines, look.size * s, INK, bold=True, anchor=anchor,
                       leading=look.line * s)


@dataclass(frozen=True)
class _Rect:
    """A rectangle in drawing points."""

    x0: float
    y0: float
    x1: float
    y1: float

    @staticmethod
    def around(a: Point, b: Point) -> _Rect:
        return _Rect(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))

    @staticmethod
    def of_box(top_left: Point, width: float, height: float) -> _Rect:
        x, top = top_left
        return _Rect(x, top - height, x + width, top)

    def meets(self, other: _Rect) -> bool:
        return (self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1
                and other.y0 < self.y1)


def _on_level(route: Route) -> bool:
    """Is the label on a horizontal stretch of its flow (where it may slide)?"""
    x, y = route.label_at
    return any(abs(a[1] - y) < 0.01 and abs(b[1] - y) < 0.01
               and min(a[0], b[0]) <= x <= max(a[0], b[0])
               for a, b in itertools.pairwise(route.points))


def _free_spot(x: float, y: float, width: float, height: float, room: float,
               obstacles: list[_Rect]) -> float:
    """The centre nearest `x`, within `room`, where the label meets nothing (else `x`)."""
    slack = max(0.0, (room - width) / 2)
    best, fewest = x, math.inf
    for step in (0, 1, -1, 2, -2, 3, -3, 4, -4):
        cx = x + slack * step / 4
        spot = _Rect(cx - width / 2 - 1, y - height / 2 - 1, cx + width / 2 + 1,
                     y + height / 2 + 1)
        hits = sum(spot.meets(o) for o in obstacles)
        if hits < fewest:
            best, fewest = cx, hits
        if not hits:
            break
    return best
