"""How a process overview fits its page: bands, scale, box height and type sizes."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, replace

from riskmap.analysis import StageRating
from riskmap.export.drawkit import width_of, wrap
from riskmap.export.map_layout import (
    DETOUR,
    ELBOW,
    LANE,
    STUB_SIZE,
    Box,
    Connectors,
    Slice,
    boxes_of,
    columns,
    spread_columns,
)
from riskmap.export.map_pen import band_text
from riskmap.export.map_routes import Lanes, build_slices, limit_for_parts
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.i18n import Translator
from riskmap.model import Flow, Process

READABLE_PT = 6.0  # no smaller type in an overview: below it, there is no overview
COMFORT_PT = 10.0  # a code this large reads from across a room: fold no further
CODE_MAX_PT = 20.0
NAME_MAX_PT = 9.0
LABEL_PT = 6.5
NAME_LEADING = 1.15
MAX_NAME_LINES = 4
MAX_STRETCH = 3.0  # boxes grow at most this much taller than the app's
MAX_BANDS = 4  # a long process folds into at most this many bands, one under another
BAND_GAP = 8.0  # points between bands
PASSES = 4  # rounds of fitting: taller boxes and wider label gaps change the scale


@dataclass(frozen=True)
class TypeSizes:
    """Type sizes in points of an overview, and the padding inside its boxes."""

    code: float
    band: float
    name: float  # 0 when names do not fit whole at a readable size
    pad: float
    inner: float  # width of a box inside its padding
    band_whole: bool = True  # every band name fits its box

    @property
    def comfortable(self) -> bool:
        return self.code >= COMFORT_PT and self.band_whole


@dataclass
class Fit:
    """An overview laid out: its bands (parts of the map), scale and type sizes."""

    bands: list[Slice]
    scale: float
    sizes: TypeSizes

    @property
    def width(self) -> float:
        return max(band.width for band in self.bands) * self.scale

    @property
    def height(self) -> float:
        heights = sum(band.height for band in self.bands) * self.scale
        return heights + BAND_GAP * (len(self.bands) - 1)


def fit_overview(process: Process, ratings: dict[uuid.UUID, StageRating], max_width: float,
                 max_height: float, tr: Translator) -> Fit | None:
    """The overview in one band if it reads comfortably so, else folded into the fewest
    bands that read best; None if no readable overview fits."""
    fits: list[Fit] = []
    count = len(columns(boxes_of(process)))
    for bands in range(1, min(MAX_BANDS, count) + 1):
        fit = _fit(process, ratings, max_width, max_height, tr, bands)
        if fit is not None and fit.sizes.comfortable:
            return fit
        if fit is not None:
            fits.append(fit)
    return max(fits, key=lambda f: (f.sizes.band_whole, f.sizes.code), default=None)


def _fit(process: Process, ratings: dict[uuid.UUID, StageRating], max_width: float,
         max_height: float, tr: Translator, bands: int) -> Fit | None:
    """The largest overview in `bands` bands: boxes grown for their text, gaps for labels."""
    base = boxes_of(process)
    gaps = _gaps(base)
    labelled = _adjacent_labels(base, process.flows, ratings, tr)
    stretch, extra = 1.0, dict[int, float]()
    fit: Fit | None = None
    scale = max_width / (max(b.right for b in base) - min(b.x for b in base)) * bands
    for _ in range(PASSES):
        boxes = spread_columns(boxes_of(process, stretch, STAGE_HEIGHT * stretch), extra)
        look = Connectors().scaled(LABEL_PT / (STUB_SIZE * scale))
        limit = limit_for_parts(process, boxes, bands, tr, look) if bands > 1 else math.inf
        parts = build_slices(process, boxes, limit, tr, _lanes(scale), look)
        room = max_height - BAND_GAP * (len(parts) - 1)
        scale = min(max_width / max(p.width for p in parts),
                    room / sum(p.height for p in parts))
        free = _sizes(boxes, ratings, scale, math.inf, tr)  # boxes of any height
        if free is None:  # too narrow: wider gaps only make the boxes narrower
            return fit
        sizes = _sizes(boxes, ratings, scale, boxes[0].h * scale, tr)
        if sizes is not None:
            fit = Fit(parts, scale, sizes)
        most = min(MAX_STRETCH, stretch * room / (sum(p.height for p in parts) * scale))
        if box_height(boxes, free) > STAGE_HEIGHT * most * scale:  # smaller names, or none
            free = _sizes(boxes, ratings, scale, STAGE_HEIGHT * most * scale, tr) or free
        stretch = max(1.0, min(most, box_height(boxes, free) / (STAGE_HEIGHT * scale)))
        extra = {k: max(0.0, ELBOW + 16 + width / scale - gaps[k])
                 for k, width in labelled.items()}
    return fit


def _lanes(scale: float) -> Lanes:
    """Lanes far enough apart for a label of one line between them."""
    lane = max(LANE, (LABEL_PT * 1.3 + 2) / scale)
    return Lanes(lane, max(DETOUR, lane))


def _gaps(boxes: list[Box]) -> dict[int, float]:
    """The free width before each column, from the column before it."""
    cols = columns(boxes)
    return {k: min(b.x for b in col) - max(b.right for b in cols[k - 1])
            for k, col in enumerate(cols) if k}


def _adjacent_labels(boxes: list[Box], flows: list[Flow],
                     ratings: dict[uuid.UUID, StageRating], tr: Translator) -> dict[int, float]:
    """Width in points of the widest label of a flow into column k from the one before."""
    column_of = {b.stage.id: k for k, col in enumerate(columns(boxes)) for b in col}
    widths: dict[int, float] = {}
    for flow in flows:
        a, b = column_of.get(flow.source), column_of.get(flow.target)
        band = band_text(ratings.get(flow.id), tr, score=False)
        if a is not None and b == a + 1 and (flow.label.strip() or band):
            lines = label_lines(flow.label, band, target_width(flow.label))
            width = max(width_of(line, LABEL_PT) for line in lines) + 0.5 * LABEL_PT
            widths[b] = max(widths.get(b, 0.0), width)
    return widths


def target_width(text: str) -> float:
    """A label's wrap width: two lines or so, never breaking a word."""
    words = text.split()
    widest = max((width_of(word, LABEL_PT) for word in words), default=0.0)
    return max(widest, width_of(" ".join(words), LABEL_PT) / 2 + LABEL_PT)


def label_lines(text: str, band: str, width: float) -> list[str]:
    """A flow's label wrapped to `width` points, and its band when risks sit on it."""
    lines = wrap(text, LABEL_PT, width) if text.strip() else []
    return lines + ([band] if band else [])


def _sizes(boxes: list[Box], ratings: dict[uuid.UUID, StageRating], scale: float,
           height: float, tr: Translator) -> TypeSizes | None:
    """Type sizes for boxes drawn at `scale`, `height` points tall; None if a code would
    be unreadably small. Names show whole (no word broken) in every box, or in none."""
    width = STAGE_WIDTH * scale
    pad = max(2.0, width * 0.05)
    inner = width - 2 * pad
    widest_code = max(width_of(b.stage.code, 1.0, bold=True) for b in boxes)
    code = min(CODE_MAX_PT, inner / max(widest_code, 1e-6), height * 0.42)
    if code < READABLE_PT:
        return None
    bands = [band_text(ratings.get(b.stage.id), tr, score=False) for b in boxes]
    widest_band = max((width_of(t, 1.0, bold=True) for t in bands if t), default=0.0)
    band = min(code * 0.7, inner / widest_band) if widest_band else 0.0
    band = max(band, min(code, READABLE_PT)) if widest_band else 0.0
    sizes = TypeSizes(code, band, 0.0, pad, inner, band * widest_band <= inner)
    size = min(NAME_MAX_PT, code * 0.62)
    while size >= READABLE_PT:  # the largest readable size at which every name fits whole
        named = replace(sizes, name=size)
        if (all(_fits(box.stage.name, size, inner) for box in boxes)
                and box_height(boxes, named) <= height):
            return named
        size -= 0.5
    return sizes


def _fits(name: str, size: float, inner: float) -> bool:
    return (all(width_of(word, size) <= inner for word in name.split())
            and len(wrap(name, size, inner)) <= MAX_NAME_LINES)


def box_height(boxes: list[Box], sizes: TypeSizes) -> float:
    """The box height in points that holds the code, the band and every name whole."""
    lines = 0
    if sizes.name:
        lines = max(len(wrap(b.stage.name, sizes.name, sizes.inner)) for b in boxes)
    return (2 * sizes.pad + sizes.code * 1.1 + sizes.band * 1.25
            + lines * sizes.name * NAME_LEADING + (sizes.name * 0.4 if lines else 0.0))
