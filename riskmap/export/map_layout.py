"""Geometry of a drawn process map: boxes, columns, scale and the cut into parts."""

from __future__ import annotations

import itertools
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from riskmap.export.fonts import text_width, wrap_text
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH, positions
from riskmap.model import Flow, Process, Stage

# Scene units (as in the app) are stretched sideways so that flow labels fit between
# columns; boxes keep their size, so nothing placed apart can come to overlap.
X_STRETCH = 1.1
NAME_SIZE = 16.0  # type size of a stage's name, in scene units (see map_drawing)
DETAIL_NAME_PT = 7.0  # the smallest name a detailed map prints; below, it goes in parts
MIN_SCALE = DETAIL_NAME_PT / NAME_SIZE  # points per scene unit of the densest detailed map
MAX_SCALE = 0.7  # a short process is not blown up beyond this
MAX_Y_STRETCH = 1.4  # rows spread at most this much to give wrapped names room
PAD = 20.0  # scene units around the stages
LANE = 16.0  # spacing of the lanes under the stages where back flows run
ELBOW = 26.0  # where a flow turns, after leaving its source
MIN_ROW_GAP = 34.0  # kept free between boxes of one column when boxes grow for their text
DETOUR = 22.0  # how far above or below the stages in its way a long flow runs
STUB_DROP = 20.0  # length of a connector into the top or out of the bottom of a stage
STUB_SIZE = 14.0  # type size of the text at a connector to another part
STUB_LINE = 16.0  # line height of that text
STUB_WRAP = 160.0  # the widest line of that text
SIDE_RUN = 12.0  # how far a sideways connector runs past the stages' padding
STUB_X = 30.0  # where an up or down connector leaves a stage, right of its centre

Translate = Callable[..., str]


@dataclass(frozen=True)
class Connectors:
    """Type size, line height, widest line and lengths of the connectors between parts,
    in scene units (an overview sets them from points at its scale)."""

    size: float = STUB_SIZE
    line: float = STUB_LINE
    wrap: float = STUB_WRAP
    run: float = SIDE_RUN
    drop: float = STUB_DROP

    def scaled(self, factor: float) -> Connectors:
        return Connectors(self.size * factor, self.line * factor, self.wrap * factor,
                          self.run * factor, self.drop * factor)


@dataclass(frozen=True)
class Box:
    """A stage's box in (stretched) scene units, y growing downwards."""

    stage: Stage
    x: float
    y: float
    h: float = STAGE_HEIGHT

    @property
    def right(self) -> float:
        return self.x + STAGE_WIDTH

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def cx(self) -> float:
        return self.x + STAGE_WIDTH / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


Point = tuple[float, float]


@dataclass
class Route:
    """A polyline in scene units and where its label goes (centre, available width)."""

    flow: Flow
    points: list[Point]
    label_at: Point
    label_width: float


@dataclass
class Stub:
    """Flows between a stage of this part and stages drawn on other parts of a split map.

    Sideways stubs run through the margin (out of a stage of the part's last column to a
    later part, or into one of its first column from an earlier part); the others leave
    a stage downwards or come into it from above. `lines` name the stages at the other
    end, with the flow's label when it has one ("green channel → S-12").
    """

    box: Box  # the stage on this part
    outgoing: bool
    sideways: bool
    lines: list[str] = field(default_factory=list)
    line: float = STUB_LINE

    @property
    def stack(self) -> float:
        """Height of the stacked text."""
        return len(self.lines) * self.line


@dataclass
class Slice:
    """One drawing of a process map: its boxes, routes, stubs and scene extent."""

    boxes: list[Box]
    routes: list[Route] = field(default_factory=list)
    stubs: list[Stub] = field(default_factory=list)
    left: float = 0.0
    top: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    out_edge: float = 0.0  # where sideways connectors to later parts end
    in_edge: float = 0.0  # where sideways connectors from earlier parts start
    connectors: Connectors = field(default_factory=Connectors)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def boxes_of(process: Process, y_stretch: float = 1.0, height: float = STAGE_HEIGHT
             ) -> list[Box]:
    """The stages where the app places them, rows spread by `y_stretch`, boxes `height`
    tall (a box taller than the spread rows leave room for would meet the one below)."""
    placed = positions(process)
    return [
        Box(stage, placed[stage.id].x * X_STRETCH, placed[stage.id].y * y_stretch, height)
        for stage in process.stages if stage.id in placed
    ]


def row_pitch(boxes: list[Box]) -> float:
    """The smallest distance between the tops of two boxes of one column."""
    pitch = math.inf
    for col in columns(boxes):
        tops = sorted(box.y for box in col)
        pitch = min([pitch, *(b - a for a, b in itertools.pairwise(tops) if b > a)])
    return pitch


def tallest_box(boxes: list[Box]) -> float:
    """How tall boxes may grow without coming closer than a flow's room to the box below."""
    return max(STAGE_HEIGHT, row_pitch(boxes) - MIN_ROW_GAP)


def y_stretch_for(boxes: list[Box], height: float, most: float = MAX_Y_STRETCH) -> float:
    """How much to spread the rows (at most `most`) for boxes `height` tall to fit."""
    pitch = row_pitch(boxes)
    if not math.isfinite(pitch) or height + MIN_ROW_GAP <= pitch:
        return 1.0
    return min(most, (height + MIN_ROW_GAP) / pitch)


def columns(boxes: list[Box]) -> list[list[Box]]:
    """Boxes grouped into columns: boxes whose x ranges overlap share a column."""
    result: list[list[Box]] = []
    right = -math.inf
    for box in sorted(boxes, key=lambda b: (b.x, b.y)):
        if result and box.x < right:
            result[-1].append(box)
            right = max(right, box.right)
        else:
            result.append([box])
            right = box.right
    return result


def spread_columns(boxes: list[Box], extra: dict[int, float]) -> list[Box]:
    """Boxes with `extra[k]` scene units more room before column k (and all after it)."""
    moved: list[Box] = []
    shift = 0.0
    for number, col in enumerate(columns(boxes)):
        shift += extra.get(number, 0.0)
        moved += [replace(box, x=box.x + shift) for box in col]
    return moved


def stub_lines(code: str, label: str, outgoing: bool, sideways: bool, tr: Translate,
               look: Connectors) -> list[str]:
    """What a connector says about the stage at its other end, wrapped to look.wrap."""
    label = " ".join(label.split())
    if outgoing:
        text = f"{label} → {code}" if label else code if sideways else tr("to {code}", code=code)
    else:
        head = code if sideways else tr("from {code}", code=code)
        text = f"{head}: {label}" if label else head
    return wrap_text(text, look.size, look.wrap, bold=True)


def lines_width(lines: list[str], look: Connectors) -> float:
    return max((text_width(line, look.size, bold=True) for line in lines), default=0.0)


def side_margin(lines: list[str], look: Connectors) -> float:
    """Room past the padding for a sideways connector and its text."""
    return look.run + 10 * look.size / STUB_SIZE + lines_width(lines, look) if lines else 0.0


def cut_margins(cols: list[list[Box]], flows: list[Flow], tr: Translate,
                look: Connectors) -> tuple[list[float], list[float]]:
    """Margins a part needs for its sideways connectors: (starting at column i, for
    each i; ending before column j, for each j)."""
    n = len(cols)
    column_of = {box.stage.id: number for number, col in enumerate(cols) for box in col}
    code = {box.stage.id: box.stage.code for col in cols for box in col}
    into: dict[tuple[int, uuid.UUID], list[str]] = {}
    out_of: dict[tuple[int, uuid.UUID], list[str]] = {}
    for flow in flows:
        a, b = column_of.get(flow.source), column_of.get(flow.target)
        if a is None or b is None or a >= b:
            continue
        into.setdefault((b, flow.target), []).extend(
            stub_lines(code[flow.source], flow.label, False, True, tr, look))
        out_of.setdefault((a + 1, flow.source), []).extend(
            stub_lines(code[flow.target], flow.label, True, True, tr, look))
    left, right = [0.0] * (n + 1), [0.0] * (n + 1)
    for (i, _), lines in into.items():
        left[i] = max(left[i], side_margin(lines, look))
    for (j, _), lines in out_of.items():
        right[j] = max(right[j], side_margin(lines, look))
    left[0] = right[n] = 0.0
    return left, right


def split_columns(cols: list[list[Box]], limit: float, flows: list[Flow],
                  margins: tuple[list[float], list[float]]) -> list[list[list[Box]]]:
    """Consecutive columns in as few groups no wider than `limit` (padding and margins
    included) as possible, cut where the fewest flows (labelled ones weigh more) cross,
    then as even in width as possible."""
    n = len(cols)
    lefts = [min(b.x for b in col) for col in cols]
    rights = [max(b.right for b in col) for col in cols]
    column_of = {box.stage.id: number for number, col in enumerate(cols) for box in col}
    crossing = [0] * (n + 1)  # crossing[k]: weight of flows between column k-1 and k
    for flow in flows:
        a, b = column_of.get(flow.source), column_of.get(flow.target)
        if a is not None and b is not None and a != b:
            weight = 3 if flow.label.strip() else 1
            crossing[min(a, b) + 1] += weight
            crossing[max(a, b) + 1] -= weight
    for k in range(1, n + 1):
        crossing[k] += crossing[k - 1]
    left_margin, right_margin = margins
    # best[j]: (parts, crossing weight, sum of squared widths, start of last group)
    best: list[tuple[int, int, float, int]] = [(0, 0, 0.0, 0)]
    for j in range(1, n + 1):
        choice: tuple[int, int, float, int] | None = None
        for i in range(j - 1, -1, -1):
            span = rights[j - 1] - lefts[i] + 2 * PAD + left_margin[i] + right_margin[j]
            if span > limit and i < j - 1:
                break
            parts, weight, squares, _ = best[i]
            candidate = (parts + 1, weight + (crossing[i] if i else 0), squares + span**2, i)
            if choice is None or candidate[:3] < choice[:3]:
                choice = candidate
        assert choice is not None
        best.append(choice)
    groups: list[list[list[Box]]] = []
    j = n
    while j > 0:
        i = best[j][3]
        groups.insert(0, cols[i:j])
        j = i
    return groups


def choose_scale(boxes: list[Box], max_width: float, max_height: float) -> tuple[float, float]:
    """(points per scene unit, widest part in scene units, padding and margins included).

    A map that fits the width at a readable size is one part; a longer one is cut into
    parts at the densest readable scale (MIN_SCALE), each as wide as the page allows."""
    left, right = min(b.x for b in boxes), max(b.right for b in boxes)
    top, bottom = min(b.y for b in boxes), max(b.bottom for b in boxes)
    width = right - left + 2 * PAD
    height = bottom - top + 2 * PAD + 3 * LANE
    fit_width, fit_height = max_width / width, max_height / height
    scale = min(MAX_SCALE, fit_height, max(MIN_SCALE, fit_width))
    if fit_width >= scale:
        return scale, math.inf
    return scale, max_width / scale
