"""The overview of a process map: every stage on one page, its code and band in large type."""

from __future__ import annotations

import uuid

from reportlab.graphics.shapes import Drawing, Group

from riskmap.analysis import StageRating
from riskmap.export.colours import text_colour
from riskmap.export.drawkit import wrap
from riskmap.export.fonts import fit_lines
from riskmap.export.map_drawing import frame_map, frame_room, map_legend, process_ratings
from riskmap.export.map_layout import Box, Route, Slice
from riskmap.export.map_pen import MapPen, band_text
from riskmap.export.overview_fit import (
    BAND_GAP,
    LABEL_PT,
    NAME_LEADING,
    TypeSizes,
    box_height,
    fit_overview,
    label_lines,
    target_width,
)
from riskmap.graph import STAGE_WIDTH
from riskmap.i18n import Translator
from riskmap.model import Process, Project
from riskmap.vocabulary import ScoreKind


def process_overview_drawing(
    project: Project,
    process: Process,
    kind: ScoreKind = ScoreKind.RESIDUAL,
    max_width: float = 770.0,
    max_height: float = 480.0,
    *,
    tr: Translator | None = None,
    title: bool = False,
    legend: bool = True,
) -> Drawing | None:
    """The whole process in one drawing within max_width x max_height points: each stage
    a box filled with its band colour, naming its code and band (and its name when it
    fits at a readable size), flows with their labels. A long process folds into a few
    bands, one under another, joined by connectors. None when no readable overview fits
    (a code would print too small to read) or the process has no stages."""
    tr = tr or Translator()
    ratings, codes_on = process_ratings(project, process, kind)
    items, caption = map_legend(project, kind, tr)
    room = max_height - frame_room(items, caption, max_width, legend, title)
    fit = fit_overview(process, ratings, max_width, room, tr)
    if fit is None:
        return None
    group = Group()
    top = fit.height
    for band in fit.bands:
        pen = OverviewPen(band, fit.scale, ratings, codes_on, tr, fit.sizes)
        pen.routes(band.routes, band.boxes)
        for stub in band.stubs:
            pen.stub(stub)
        for box in band.boxes:
            pen.overview_stage(box)
        top -= band.height * fit.scale
        pen.group.translate(0, top)
        group.add(pen.group)
        top -= BAND_GAP
    heading = f"{process.code}  {process.name}  ·  {tr('Overview')}" if title else ""
    return frame_map(group, fit.width, fit.height, max_width, heading,
                     items if legend else [], caption)


class OverviewPen(MapPen):
    """Draws an overview: large codes and bands, labels at a fixed readable size."""

    def __init__(self, part: Slice, scale: float, ratings: dict[uuid.UUID, StageRating],
                 codes_on: dict[uuid.UUID, list[str]], tr: Translator,
                 sizes: TypeSizes) -> None:
        super().__init__(part, scale, 0.0, ratings, codes_on, tr)
        self.sizes = sizes
        self.block = box_height(part.boxes, sizes) - 2 * sizes.pad
        self.line_width = 0.9
        self.head_size = max(4.0, 9 * scale)

    def label_lines(self, route: Route, rating: StageRating | None) -> tuple[list[str], float]:
        text = route.flow.label
        room = max(route.label_width * self.s, target_width(text))
        return label_lines(text, band_text(rating, self.tr, score=False), room), LABEL_PT

    def overview_stage(self, box: Box) -> None:
        """The box, its code large, its band under it and its name when it fits."""
        sizes = self.sizes
        fill = self.box(box)
        ink = text_colour(fill)
        x, top = self.pt((box.x, box.y))
        w, h = STAGE_WIDTH * self.s, box.h * self.s
        inner = sizes.inner
        band = band_text(self.ratings.get(box.stage.id), self.tr, score=False)
        band_lines = fit_lines(wrap(band, sizes.band, inner, bold=True), 1, sizes.band, inner,
                               bold=True) if band else []
        used = sizes.code * 1.1 + (sizes.band * 1.25 if band else 0.0)
        names: list[str] = []
        room = h - 2 * sizes.pad - used - sizes.name * 0.4
        if sizes.name and room >= sizes.name * NAME_LEADING:
            keep = int(room // (sizes.name * NAME_LEADING))
            names = fit_lines(wrap(box.stage.name, sizes.name, inner), keep, sizes.name, inner)
        # Every box's text starts at one height, that of the fullest box centred.
        y = top - max(sizes.pad, (h - self.block) / 2)
        cx = x + w / 2
        y -= sizes.code * 1.1
        self.pen.text(cx, y + sizes.code * 0.22, box.stage.code, sizes.code, ink, bold=True,
                      anchor="middle")
        if band_lines:
            y -= sizes.band * 1.25
            self.pen.text(cx, y + sizes.band * 0.3, band_lines[0], sizes.band, ink, bold=True,
                          anchor="middle")
        if names:
            y -= sizes.name * 0.4
            self.pen.lines(cx, y, names, sizes.name, ink, anchor="middle",
                           leading=sizes.name * NAME_LEADING)
