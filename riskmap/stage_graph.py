"""A small directed graph of a process's stages: what validation and layout need, without
importing networkx (a third of a second at every start of the app)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

from riskmap.model import Flow, Process, Stage


class StageGraph:
    """Stage ids as nodes, in stage order, each with its "stage"; one edge a pair of
    stages, carrying the first flow between them, in flow order. Reads like the parts of
    networkx.DiGraph that riskmap uses (succ, pred, nodes, degrees), in the same order."""

    def __init__(self) -> None:
        self.nodes: dict[uuid.UUID, dict[str, Stage]] = {}
        self.succ: dict[uuid.UUID, dict[uuid.UUID, Flow]] = {}
        self.pred: dict[uuid.UUID, dict[uuid.UUID, Flow]] = {}

    @classmethod
    def of(cls, process: Process, loops: bool = True) -> StageGraph:
        """The stages and flows of a process; flows whose ends are not stages of it are
        left out, and so are flows from a stage to itself unless `loops`."""
        graph = cls()
        for stage in process.stages:
            if stage.id not in graph.nodes:
                graph.nodes[stage.id] = {"stage": stage}
                graph.succ[stage.id] = {}
                graph.pred[stage.id] = {}
        for flow in process.flows:
            source, target = flow.source, flow.target
            if source not in graph.nodes or target not in graph.nodes:
                continue
            if (source == target and not loops) or target in graph.succ[source]:
                continue
            graph.succ[source][target] = flow
            graph.pred[target][source] = flow
        return graph

    def __iter__(self) -> Iterator[uuid.UUID]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def in_degree(self, node: uuid.UUID) -> int:
        return len(self.pred[node])

    def out_degree(self, node: uuid.UUID) -> int:
        return len(self.succ[node])

    def degree(self, node: uuid.UUID) -> int:
        return len(self.pred[node]) + len(self.succ[node])

    def number_of_edges(self) -> int:
        return sum(len(targets) for targets in self.succ.values())

    def on_cycles(self, among: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """The nodes of `among` that lie on a cycle of edges between nodes of `among`
        (their strongly connected component has more than one node): Tarjan's method,
        without recursion."""
        inside = set(among)
        number: dict[uuid.UUID, int] = {}
        low: dict[uuid.UUID, int] = {}
        stack: list[uuid.UUID] = []
        on_stack: set[uuid.UUID] = set()
        found: set[uuid.UUID] = set()
        for root in (node for node in self.nodes if node in inside):
            if root in number:
                continue
            work = [(root, iter(self.succ[root]))]
            number[root] = low[root] = len(number)
            stack.append(root)
            on_stack.add(root)
            while work:
                node, children = work[-1]
                for child in children:
                    if child not in inside:
                        continue
                    if child not in number:
                        number[child] = low[child] = len(number)
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(self.succ[child])))
                        break
                    if child in on_stack:
                        low[node] = min(low[node], number[child])
                else:
                    work.pop()
                    if work:
                        parent = work[-1][0]
                        low[parent] = min(low[parent], low[node])
                    if low[node] == number[node]:  # the root of a component
                        part = []
                        while True:
                            member = stack.pop()
                            on_stack.discard(member)
                            part.append(member)
                            if member == node:
                                break
                        if len(part) > 1:
                            found.update(part)
        return found
