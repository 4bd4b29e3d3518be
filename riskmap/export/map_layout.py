"""Geometry of a drawn process map: scale, slices for long processes, flow routes."""

from __future__ import annotations

import itertools
import math
import uuid
from dataclasses import dataclass, field

from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH, positions
from riskmap.model import Flow, Process, Stage

# Scene units (as in the app) are stretched sideways so that flow labels fit between
# columns; boxes keep their size, so nothing placed apart can come to overlap.
X_STRETCH = 1.1
MIN_SCALE = 0.5  # points per scene unit below which a long process goes on several pages
MAX_SCALE = 0.85  # a short process is not blown up beyond this
PAD = 20.0  # scene units around the stages
MARGIN = 60.0  # room for the connector to another part of a split map
LANE = 16.0  # spacing of the lanes under the stages where back flows run
ELBOW = 26.0  # where a flow turns, after leaving its source
MIN_ROW_GAP = 34.0  # kept free between boxes of one column when boxes grow for their text
DETOUR = 22.0  # how far above or below the stages in its way a long flow runs
STUB_DROP = 20.0  # length of a connector into the top or out of the bottom of a stage
STUB_LINE = 14.0  # line height of the codes stacked at a stub


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
    a stage downwards or come into it from above.
    """

    box: Box  # the stage on this part
    others: list[Stage]  # the stages on the other parts, in flow order
    outgoing: bool
    sideways: bool

    @property
    def stack(self) -> float:
        """Height of the stacked codes of the other stages."""
        return len(self.others) * STUB_LINE


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

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top


def boxes_of(process: Process) -> list[Box]:
    placed = positions(process)
    return [
        Box(stage, placed[stage.id].x * X_STRETCH, placed[stage.id].y)
        for stage in process.stages if stage.id in placed
    ]


def tallest_box(boxes: list[Box]) -> float:
    """How tall boxes may grow without coming closer than a flow's room to the box below."""
    room = math.inf
    for col in columns(boxes):
        tops = sorted(box.y for box in col)
        room = min([room, *(b - a for a, b in itertools.pairwise(tops) if b > a)])
    return max(STAGE_HEIGHT, room - MIN_ROW_GAP)


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


def split_columns(cols: list[list[Box]], limit: float,
                  flows: list[Flow]) -> list[list[list[Box]]]:
    """Consecutive columns in as few groups no wider than `limit` as possible, cut where
    the fewest flows (labelled ones weigh more) cross, then as even in width as possible."""
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
    # best[j]: (parts, crossing weight, sum of squared widths, start of last group)
    best: list[tuple[int, int, float, int]] = [(0, 0, 0.0, 0)]
    for j in range(1, n + 1):
        choice: tuple[int, int, float, int] | None = None
        for i in range(j - 1, -1, -1):
            span = rights[j - 1] - lefts[i]
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
    """(points per scene unit, widest scene span one drawing may hold)."""
    left, right = min(b.x for b in boxes), max(b.right for b in boxes)
    top, bottom = min(b.y for b in boxes), max(b.bottom for b in boxes)
    width = right - left + 2 * PAD
    height = bottom - top + 2 * PAD + 3 * LANE
    fit_width, fit_height = max_width / width, max_height / height
    scale = min(MAX_SCALE, fit_height, max(MIN_SCALE, fit_width))
    if fit_width >= scale:
        return scale, math.inf
    return scale, max_width / scale - 2 * (PAD + MARGIN)


def _hits(boxes: list[Box], a: Point, b: Point, skip: set[uuid.UUID]) -> bool:
    """Does the axis-parallel segment a-b cross a box other than those in `skip`?"""
    x1, x2 = sorted((a[0], b[0]))
    y1, y2 = sorted((a[1], b[1]))
    return any(
        box.stage.id not in skip and x1 < box.right and x2 > box.x and y1 < box.bottom
        and y2 > box.y
        for box in boxes
    )


def _forward(flow: Flow, src: Box, dst: Box, boxes: list[Box], detours: list[int]) -> Route:
    """A flow to a later column: straight, with one turn, or around the stages in between."""
    start, end = (src.right, src.cy), (dst.x, dst.cy)
    skip = {src.stage.id, dst.stage.id}
    if abs(src.cy - dst.cy) < 0.5 and not _hits(boxes, start, end, skip):
        # Labelled past the point where a fork's other branches turn away.
        middle = ((start[0] + ELBOW + end[0]) / 2, start[1])
        return Route(flow, [start, end], middle, end[0] - start[0] - ELBOW - 12)
    near_source, near_target = start[0] + ELBOW, end[0] - ELBOW
    for turn in (near_source, near_target):
        points = [start, (turn, start[1]), (turn, end[1]), end]
        if not any(_hits(boxes, a, b, skip) for a, b in itertools.pairwise(points)):
            if turn == near_source:
                return Route(flow, points, ((turn + end[0]) / 2, end[1]), end[0] - turn - 12)
            return Route(flow, points, ((start[0] + turn) / 2, start[1]), turn - start[0] - 12)
    between = [b for b in boxes if b.stage.id not in skip and b.right > start[0] and b.x < end[0]]
    above = min(b.y for b in between) - DETOUR
    below = max(b.bottom for b in between) + DETOUR
    go_up = abs(start[1] - above) + abs(end[1] - above) < abs(start[1] - below) + abs(
        end[1] - below)
    detours[0 if go_up else 1] += 1
    lane = above - LANE * (detours[0] - 1) if go_up else below + LANE * (detours[1] - 1)
    points = [start, (near_source, start[1]), (near_source, lane), (near_target, lane),
              (near_target, end[1]), end]
    return Route(flow, points, ((near_source + near_target) / 2, lane),
                 near_target - near_source - 12)


def _vertical(flow: Flow, src: Box, dst: Box) -> Route:
    """Between two stages of one column: straight down or up."""
    x = (max(src.x, dst.x) + min(src.right, dst.right)) / 2
    start, end = ((x, src.bottom), (x, dst.y)) if dst.y > src.y else ((x, src.y), (x, dst.bottom))
    return Route(flow, [start, end], (x, (start[1] + end[1]) / 2), STAGE_WIDTH - 20)


def _backward(flow: Flow, src: Box, dst: Box, lane_y: float) -> Route:
    start = (src.cx + 12, src.bottom)
    end = (dst.cx - 12, dst.bottom)
    points = [start, (start[0], lane_y), (end[0], lane_y), end]
    return Route(flow, points, ((start[0] + end[0]) / 2, lane_y), abs(start[0] - end[0]) - 30)


def build_slices(process: Process, boxes: list[Box], limit: float) -> list[Slice]:
    """The parts of a map, each holding whole columns, with routes, stubs and extents."""
    cols = columns(boxes)
    groups = split_columns(cols, limit, process.flows) if math.isfinite(limit) else [cols]
    part_of: dict[uuid.UUID, int] = {}
    slices = []
    for number, group in enumerate(groups):
        members = [box for col in group for box in col]
        slices.append(Slice(members))
        for box in members:
            part_of[box.stage.id] = number
    box_of = {box.stage.id: box for box in boxes}
    lanes = [0] * len(slices)
    detours = [[0, 0] for _ in slices]
    backs: list[tuple[int, Flow, Box, Box]] = []
    stubs: dict[tuple[int, uuid.UUID, bool], Stub] = {}
    first = {box.stage.id for group in groups for box in group[0]}
    last = {box.stage.id for group in groups for box in group[-1]}

    def stub(part: int, box: Box, other: Stage, outgoing: bool, later: bool) -> None:
        key = (part, box.stage.id, outgoing)
        if key not in stubs:
            edge = last if outgoing else first
            sideways = later == outgoing and box.stage.id in edge
            stubs[key] = Stub(box, [], outgoing, sideways)
            slices[part].stubs.append(stubs[key])
        if other not in stubs[key].others:
            stubs[key].others.append(other)

    for flow in process.flows:
        src, dst = box_of.get(flow.source), box_of.get(flow.target)
        if src is None or dst is None or src is dst:
            continue
        here, there = part_of[src.stage.id], part_of[dst.stage.id]
        if here != there:
            stub(here, src, dst.stage, outgoing=True, later=there > here)
            stub(there, dst, src.stage, outgoing=False, later=there < here)
        elif dst.x >= src.right:
            slices[here].routes.append(
                _forward(flow, src, dst, slices[here].boxes, detours[here]))
        elif dst.right <= src.x:
            backs.append((here, flow, src, dst))
        else:
            slices[here].routes.append(_vertical(flow, src, dst))
    for part in slices:
        part.left = min(b.x for b in part.boxes) - PAD
        part.right = max(b.right for b in part.boxes) + PAD
        part.top = min(b.y for b in part.boxes) - PAD
        part.bottom = max(b.bottom for b in part.boxes) + PAD
    for part in slices:
        for route in part.routes:
            part.top = min(part.top, *(y - PAD for _, y in route.points))
            part.bottom = max(part.bottom, *(y + PAD for _, y in route.points))
    for here, flow, src, dst in backs:
        part = slices[here]
        lanes[here] += 1
        lane_y = part.bottom - PAD + LANE * lanes[here]
        part.routes.append(_backward(flow, src, dst, lane_y))
    for number, part in enumerate(slices):
        part.bottom += LANE * lanes[number]
        for item in part.stubs:
            if item.sideways:
                part.top = min(part.top, item.box.cy - item.stack / 2 - PAD / 2)
                part.bottom = max(part.bottom, item.box.cy + item.stack / 2 + PAD / 2)
            elif item.outgoing:
                drop = max(STUB_DROP, item.stack)
                part.bottom = max(part.bottom, item.box.bottom + drop + PAD / 2)
            else:
                drop = max(STUB_DROP, item.stack)
                part.top = min(part.top, item.box.y - drop - PAD / 2)
        if any(item.sideways and item.outgoing for item in part.stubs):
            part.right += MARGIN
        if any(item.sideways and not item.outgoing for item in part.stubs):
            part.left -= MARGIN
    return slices
