"""Flow routes of a drawn process map, and its parts with connectors between them."""

from __future__ import annotations

import itertools
import math
import uuid
from dataclasses import dataclass

from riskmap.export.map_layout import (
    DETOUR,
    ELBOW,
    LANE,
    PAD,
    STUB_SIZE,
    STUB_X,
    Box,
    Connectors,
    Point,
    Route,
    Slice,
    Stub,
    Translate,
    columns,
    cut_margins,
    lines_width,
    split_columns,
    stub_lines,
)
from riskmap.graph import STAGE_WIDTH
from riskmap.model import Flow, Process


@dataclass(frozen=True)
class Lanes:
    """Spacing of flows that run around stages (wider when their labels are taller)."""

    lane: float = LANE
    detour: float = DETOUR


DETAIL_LANES = Lanes()
DETAIL_CONNECTORS = Connectors()


def _hits(boxes: list[Box], a: Point, b: Point, skip: set[uuid.UUID]) -> bool:
    """Does the axis-parallel segment a-b cross a box other than those in `skip`?"""
    x1, x2 = sorted((a[0], b[0]))
    y1, y2 = sorted((a[1], b[1]))
    return any(
        box.stage.id not in skip and x1 < box.right and x2 > box.x and y1 < box.bottom
        and y2 > box.y
        for box in boxes
    )


def _forward(flow: Flow, src: Box, dst: Box, boxes: list[Box], detours: list[int],
             lanes: Lanes) -> Route:
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
    above = min(b.y for b in between) - lanes.detour
    below = max(b.bottom for b in between) + lanes.detour
    go_up = abs(start[1] - above) + abs(end[1] - above) < abs(start[1] - below) + abs(
        end[1] - below)
    detours[0 if go_up else 1] += 1
    step = lanes.lane * (detours[0 if go_up else 1] - 1)
    lane = above - step if go_up else below + step
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


def build_slices(process: Process, boxes: list[Box], limit: float, tr: Translate,
                 lanes: Lanes = DETAIL_LANES, look: Connectors = DETAIL_CONNECTORS
                 ) -> list[Slice]:
    """The parts of a map no wider than `limit` scene units (one part if infinite), each
    holding whole columns, with routes, connectors to the other parts and extents."""
    cols = columns(boxes)
    groups = [cols]
    if math.isfinite(limit):
        margins = cut_margins(cols, process.flows, tr, look)
        groups = split_columns(cols, limit, process.flows, margins)
    part_of: dict[uuid.UUID, int] = {}
    slices = []
    for number, group in enumerate(groups):
        members = [box for col in group for box in col]
        slices.append(Slice(members, connectors=look))
        for box in members:
            part_of[box.stage.id] = number
    box_of = {box.stage.id: box for box in boxes}
    backs: list[tuple[int, Flow, Box, Box]] = []
    stubs: dict[tuple[int, uuid.UUID, bool], Stub] = {}
    first = {box.stage.id for group in groups for box in group[0]}
    last = {box.stage.id for group in groups for box in group[-1]}
    detours = [[0, 0] for _ in slices]

    def stub(part: int, box: Box, other: Box, flow: Flow, outgoing: bool, later: bool) -> None:
        key = (part, box.stage.id, outgoing)
        if key not in stubs:
            sideways = later == outgoing and box.stage.id in (last if outgoing else first)
            stubs[key] = Stub(box, outgoing, sideways, line=look.line)
            slices[part].stubs.append(stubs[key])
        item = stubs[key]
        lines = stub_lines(other.stage.code, flow.label, outgoing, item.sideways, tr, look)
        if not set(lines) <= set(item.lines):
            item.lines += lines

    for flow in process.flows:
        src, dst = box_of.get(flow.source), box_of.get(flow.target)
        if src is None or dst is None or src is dst:
            continue
        here, there = part_of[src.stage.id], part_of[dst.stage.id]
        if here != there:
            stub(here, src, dst, flow, outgoing=True, later=there > here)
            stub(there, dst, src, flow, outgoing=False, later=there < here)
        elif dst.x >= src.right:
            slices[here].routes.append(
                _forward(flow, src, dst, slices[here].boxes, detours[here], lanes))
        elif dst.right <= src.x:
            backs.append((here, flow, src, dst))
        else:
            slices[here].routes.append(_vertical(flow, src, dst))
    for part in slices:
        _extent(part)
    back_lanes = [0] * len(slices)
    for here, flow, src, dst in backs:
        part = slices[here]
        back_lanes[here] += 1
        lane_y = part.bottom - PAD + lanes.lane * back_lanes[here]
        part.routes.append(_backward(flow, src, dst, lane_y))
    for number, part in enumerate(slices):
        part.bottom += lanes.lane * back_lanes[number]
        _stub_extent(part)
    return slices


def limit_for_parts(process: Process, boxes: list[Box], parts: int, tr: Translate,
                    look: Connectors) -> float:
    """The narrowest part width at which the map is cut into at most `parts` parts."""
    cols = columns(boxes)
    margins = cut_margins(cols, process.flows, tr, look)
    low = 0.0
    high = max(b.right for b in boxes) - min(b.x for b in boxes) + 2 * PAD + sum(
        max(side) for side in margins)
    for _ in range(24):
        middle = (low + high) / 2
        if len(split_columns(cols, middle, process.flows, margins)) <= parts:
            high = middle
        else:
            low = middle
    return high


def _extent(part: Slice) -> None:
    """The scene rectangle of a part's stages and routes, padded."""
    part.left = min(b.x for b in part.boxes) - PAD
    part.right = max(b.right for b in part.boxes) + PAD
    part.top = min(b.y for b in part.boxes) - PAD
    part.bottom = max(b.bottom for b in part.boxes) + PAD
    for route in part.routes:
        part.top = min(part.top, *(y - PAD for _, y in route.points))
        part.bottom = max(part.bottom, *(y + PAD for _, y in route.points))


def _stub_extent(part: Slice) -> None:
    """Room for the connectors and their text: margins sideways, space above and below."""
    look = part.connectors
    gap = look.size / STUB_SIZE  # the small spaces around the text grow with it
    part.out_edge, part.in_edge = part.right + look.run, part.left - look.run
    outer, inner = 0.0, 0.0
    for item in part.stubs:
        if item.sideways:
            part.top = min(part.top, item.box.cy - item.stack / 2 - PAD / 2)
            part.bottom = max(part.bottom, item.box.cy + item.stack / 2 + PAD / 2)
            if item.outgoing:
                outer = max(outer, lines_width(item.lines, look))
            else:
                inner = max(inner, lines_width(item.lines, look))
            continue
        drop = max(look.drop, item.stack)
        if item.outgoing:
            part.bottom = max(part.bottom, item.box.bottom + drop + PAD / 2)
        else:
            part.top = min(part.top, item.box.y - drop - PAD / 2)
        text_end = item.box.cx + STUB_X + 5 * gap + lines_width(item.lines, look)
        part.right = max(part.right, text_end + PAD / 2)
    if outer:
        part.right = max(part.right, part.out_edge + 10 * gap + outer)
    if inner:
        part.left = min(part.left, part.in_edge - 10 * gap - inner)
