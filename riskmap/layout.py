"""Layered left-to-right placement of a directed graph of stages (used by riskmap.graph)."""

from __future__ import annotations

import itertools
import math
import uuid
from collections import deque
from collections.abc import Iterable

from riskmap.model import Position
from riskmap.stage_graph import StageGraph

# Scene units. A Position is the top-left corner of a STAGE_WIDTH x STAGE_HEIGHT box.
STAGE_WIDTH = 180.0
STAGE_HEIGHT = 90.0
LAYER_GAP = 250.0
ROW_GAP = 140.0

_SWEEPS = 2  # down-and-up barycentre sweeps; more rarely removes another crossing

Edge = tuple[uuid.UUID, uuid.UUID]


def back_edges(graph: StageGraph) -> set[Edge]:
    """Edges closing a loop, found by depth-first search from the entries in node order."""
    state: dict[uuid.UUID, bool] = {}  # True while on the search stack, False once done
    back: set[Edge] = set()
    entries = [node for node in graph if graph.in_degree(node) == 0]
    for root in itertools.chain(entries, graph):
        if root in state:
            continue
        state[root] = True
        stack = [(root, iter(graph.succ[root]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if child not in state:
                    state[child] = True
                    stack.append((child, iter(graph.succ[child])))
                    break
                if state[child]:
                    back.add((node, child))
            else:
                state[node] = False
                stack.pop()
    return back


def layering(graph: StageGraph, back: set[Edge]) -> dict[uuid.UUID, int]:
    """Longest path from an entry to each node, over the edges that close no loop."""
    waiting = {node: sum((p, node) not in back for p in graph.pred[node]) for node in graph}
    queue = deque(node for node, count in waiting.items() if count == 0)
    layer = dict.fromkeys(graph, 0)
    while queue:
        node = queue.popleft()
        for child in graph.succ[node]:
            if (node, child) in back:
                continue
            layer[child] = max(layer[child], layer[node] + 1)
            waiting[child] -= 1
            if waiting[child] == 0:
                queue.append(child)
    return layer


def columns(
    graph: StageGraph, back: set[Edge], layer: dict[uuid.UUID, int]
) -> list[list[uuid.UUID]]:
    """Nodes by layer, each column ordered by barycentre sweeps to reduce crossings."""
    result: list[list[uuid.UUID]] = [[] for _ in range(max(layer.values(), default=-1) + 1)]
    # Unconnected nodes go below the connected ones of their column (always the first).
    for node in sorted(graph, key=lambda n: graph.degree(n) == 0):
        result[layer[node]].append(node)
    preds = {n: [p for p in graph.pred[n] if (p, n) not in back] for n in graph}
    succs = {n: [s for s in graph.succ[n] if (n, s) not in back] for n in graph}
    row: dict[uuid.UUID, float] = {}

    def place(column: list[uuid.UUID]) -> None:
        middle = (len(column) - 1) / 2
        for i, node in enumerate(column):
            row[node] = i - middle

    def barycentre(node: uuid.UUID, near: list[uuid.UUID]) -> float:
        return sum(row[n] for n in near) / len(near) if near else row[node]

    def sweep(cols: Iterable[list[uuid.UUID]], near: dict[uuid.UUID, list[uuid.UUID]]) -> None:
        for column in cols:
            column.sort(key=lambda node: barycentre(node, near[node]))
            place(column)

    for column in result:
        place(column)
    for _ in range(_SWEEPS):
        sweep(result[1:], preds)
        sweep(reversed(result[:-1]), succs)
    sweep(result[1:], preds)
    return result


class _Occupied:
    """Boxes of nodes that stay where they are, bucketed by column for quick overlap tests."""

    def __init__(self, fixed: Iterable[Position]) -> None:
        self.buckets: dict[int, list[Position]] = {}
        for position in fixed:
            self.buckets.setdefault(math.floor(position.x / LAYER_GAP), []).append(position)

    def hits(self, x: float, y: float) -> bool:
        # A box is narrower than LAYER_GAP, so only the neighbouring buckets can overlap.
        bucket = math.floor(x / LAYER_GAP)
        return any(
            abs(p.x - x) < STAGE_WIDTH and abs(p.y - y) < STAGE_HEIGHT
            for b in (bucket - 1, bucket, bucket + 1)
            for p in self.buckets.get(b, ())
        )


def place(
    graph: StageGraph, fixed: dict[uuid.UUID, Position]
) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, Position]]:
    """Layers and positions of every node; `fixed` nodes keep theirs, others keep clear.

    Column n is at x = n * LAYER_GAP; its free nodes are ROW_GAP apart, centred on y=0
    and moved further down when a fixed box is in the way.
    """
    back = back_edges(graph)
    layer = layering(graph, back)
    occupied = _Occupied(fixed[node] for node in graph if node in fixed)
    placed = {node: fixed[node].model_copy() for node in graph if node in fixed}
    for index, column in enumerate(columns(graph, back, layer)):
        free = [node for node in column if node not in fixed]
        x = index * LAYER_GAP
        y = -(len(free) - 1) / 2 * ROW_GAP
        for node in free:
            while occupied.hits(x, y):
                y += ROW_GAP
            placed[node] = Position(x=x, y=y)
            y += ROW_GAP
    return layer, placed
