"""The stage and flow items of one process, kept in step with the document."""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from riskmap import graph
from riskmap.analysis import Rater, StageRating, holder_rating
from riskmap.checks import Problem
from riskmap.edits import Action, Change, EntityType
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.model import Flow, Position, Process, Stage
from ui.colours import band_palette
from ui.document import Document
from ui.language import problem_message
from ui.map import style
from ui.map.flow_item import FlowItem
from ui.map.stage_item import StageItem

_CELL = 250.0  # grid cell of the stage index, larger than a stage box


class SyncedScene(QGraphicsScene):
    """Items for the stages and flows of one process: refreshed item by item from
    Document.changed, rebuilt only when the whole project is replaced."""

    def __init__(self, document: Document, process_id: uuid.UUID) -> None:
        super().__init__()
        self.document = document
        self.process_id = process_id
        self.stage_items: dict[uuid.UUID, StageItem] = {}
        self.flow_items: dict[uuid.UUID, FlowItem] = {}
        self._risk_holder: dict[uuid.UUID, uuid.UUID] = {}
        self._problems: dict[uuid.UUID, list[str]] = {}
        self._syncing = False
        # Stage boxes by grid cell: flow labels ask what they would cover (fast at any size).
        self._grid: dict[tuple[int, int], set[StageItem]] = {}
        self._cell_of: dict[StageItem, tuple[int, int]] = {}
        self.label_scale = 1.0  # flow labels grow a little when the map is zoomed out
        self.line_scale = 1.0  # thicker lines in the presentation view
        self.setBackgroundBrush(style.BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        document.changed.connect(self._on_changed)
        document.score_kind_changed.connect(self._refresh_ratings)
        document.selection_changed.connect(self._on_document_selection)
        self.selectionChanged.connect(self._on_scene_selection)
        band_palette().changed.connect(self._on_palette_changed)
        self.rebuild()

    @property
    def process(self) -> Process | None:
        return self.document.project.index.processes.get(self.process_id)

    # --- building -------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and draw the process afresh (on open or revert)."""
        self._syncing = True
        self.clear()
        self.stage_items.clear()
        self.flow_items.clear()
        self._grid.clear()
        self._cell_of.clear()
        self._risk_holder.clear()
        process = self.process
        if process is not None:
            placed = graph.positions(process)
            ratings = self._ratings(process)
            for stage in process.stages:
                self._add_stage(stage, placed[stage.id], ratings.get(stage.id))
            for flow in process.flows:
                self._add_flow(flow, ratings.get(flow.id), place_label=False)
            # Labels are placed once every item is in: each placement queries the scene.
            for item in self.flow_items.values():
                item.adjust()
        self._syncing = False
        self._on_document_selection(self.document.selection)

    def _add_stage(self, stage: Stage, position: Position, rating: StageRating | None) -> None:
        item = StageItem(stage, rating)
        item.setPos(position.x, position.y)
        item.set_problems(self._problems.get(stage.id, []))
        self.addItem(item)
        self.stage_items[stage.id] = item
        self.stage_moved(item)
        self._remember_risks(stage.id)

    def _add_flow(self, flow: Flow, rating: StageRating | None,
                  place_label: bool = True) -> None:
        source, target = self.stage_items.get(flow.source), self.stage_items.get(flow.target)
        if source is None or target is None:
            return  # a dangling flow: reported in the problems list, not drawable
        item = FlowItem(flow, source, target, rating)
        item.set_problems(self._problems.get(flow.id, []))
        self.addItem(item)
        if place_label:
            item.adjust()  # in the scene now: the label can keep clear of the stages
        self.flow_items[flow.id] = item
        self._remember_risks(flow.id)
        self._bend_pair(source, target)

    def _bend_pair(self, a: StageItem, b: StageItem) -> None:
        """Flows running both ways between two stages bend apart instead of overlapping."""
        pair = [f for f in a.flows if {f.source, f.target} == {a, b} and a is not b]
        both_ways = len({f.source for f in pair}) == 2
        for flow in pair:
            if flow.bent != both_ways:
                flow.bent = both_ways
                flow.adjust()

    def _remember_risks(self, holder_id: uuid.UUID) -> None:
        for risk in self.document.project.index.risks_on(holder_id):
            self._risk_holder[risk.id] = holder_id

    def _ratings(self, process: Process) -> dict[uuid.UUID, StageRating]:
        """The rating of each stage and flow of this process that holds risks: from their
        own risks, not from every risk of the project."""
        project = self.document.project
        kind, rater = self.document.score_kind, Rater(project.profile)
        holders = [*(s.id for s in process.stages), *(f.id for f in process.flows)]
        return {holder: holder_rating(risks, kind, project.profile, rater)
                for holder in holders if (risks := project.index.risks_on(holder))}

    def _rating(self, holder_id: uuid.UUID) -> StageRating:
        project = self.document.project
        risks = project.index.risks_on(holder_id)
        return holder_rating(risks, self.document.score_kind, project.profile)

    # --- incremental refresh --------------------------------------------------------------
    def _on_changed(self, changes: tuple[Change, ...]) -> None:
        process = self.process
        if process is None:
            return
        index = self.document.project.index
        ours = process.id
        self._syncing = True
        holders: set[uuid.UUID] = set()
        for change in changes:
            if change.id is None:
                if change.entity is EntityType.PROJECT and "profile" in change.fields:
                    holders |= self.stage_items.keys() | self.flow_items.keys()
                continue
            if change.entity is EntityType.STAGE:
                self._stage_changed(change, index.process_of.get(change.id) is process)
            elif change.entity is EntityType.FLOW:
                self._flow_changed(change, index.process_of.get(change.id) is process)
            elif change.entity is EntityType.RISK:
                old = self._risk_holder.pop(change.id, None)
                risk = index.risks.get(change.id)
                new = (risk.stage_id or risk.flow_id) if risk is not None else None
                if new is not None and (new in self.stage_items or new in self.flow_items):
                    self._risk_holder[change.id] = new
                holders |= {h for h in (old, new) if h is not None}
            elif change.entity is EntityType.PROCESS and change.id == ours and (
                change.action is Action.ADDED
            ):
                self.rebuild()  # the process came back (undo of its deletion)
        for holder in holders:
            item = self.stage_items.get(holder) or self.flow_items.get(holder)
            if item is not None:
                item.update_rating(self._rating(holder))
        self._syncing = False

    def _stage_changed(self, change: Change, in_process: bool) -> None:
        assert change.id is not None
        item = self.stage_items.get(change.id)
        if change.action is Action.REMOVED or (item is not None and not in_process):
            if item is not None:
                for flow in list(item.flows):
                    self._remove_flow(flow.flow_id)
                self._unplace(item)
                self.removeItem(item)
                del self.stage_items[change.id]
            return
        stage = self.document.project.stage(change.id)
        if item is None:
            if in_process and self.process is not None:
                placed = stage.position or graph.positions(self.process)[stage.id]
                self._add_stage(stage, placed, self._rating(stage.id))
            return
        item.update_stage(stage)
        if "position" in change.fields and self.process is not None:
            # Back to no stored position (an undone move): where the layout puts it.
            placed = stage.position or graph.positions(self.process)[stage.id]
            if item.pos() != QPointF(placed.x, placed.y):
                item.setPos(placed.x, placed.y)
        for flow in item.flows:
            flow.adjust()

    def _flow_changed(self, change: Change, in_process: bool) -> None:
        assert change.id is not None
        if change.action is Action.REMOVED or not in_process:
            self._remove_flow(change.id)
            return
        flow = self.document.project.flow(change.id)
        item = self.flow_items.get(change.id)
        if item is None:
            self._add_flow(flow, self._rating(flow.id))
        elif (item.source.stage_id, item.target.stage_id) != (flow.source, flow.target):
            self._remove_flow(change.id)
            self._add_flow(flow, self._rating(flow.id))
        else:
            item.update_flow(flow)

    def _remove_flow(self, flow_id: uuid.UUID) -> None:
        item = self.flow_items.pop(flow_id, None)
        if item is None:
            return
        item.detach()
        self.removeItem(item)
        self._bend_pair(item.source, item.target)

    def _holders(self) -> list[tuple[uuid.UUID, StageItem | FlowItem]]:
        """Every item that can hold risks, with the id of its stage or flow."""
        return [*self.stage_items.items(), *self.flow_items.items()]

    def _refresh_ratings(self) -> None:
        process = self.process
        ratings = self._ratings(process) if process is not None else {}
        for holder, item in self._holders():
            item.update_rating(ratings.get(holder))

    def _on_palette_changed(self) -> None:
        for item in self.stage_items.values():
            item.palette_changed()
        for flow in self.flow_items.values():
            flow.update()

    def set_line_scale(self, scale: float) -> None:
        """Draw borders and flows `scale` times thicker (the presentation view)."""
        if scale != self.line_scale:
            self.line_scale = scale
            for item in self.items():
                item.update()

    # --- where the stages are -----------------------------------------------------------------
    def stage_moved(self, item: StageItem) -> None:
        """Keep the grid of stage boxes current (called by StageItem when it moves)."""
        cell = (math.floor(item.x() / _CELL), math.floor(item.y() / _CELL))
        old = self._cell_of.get(item)
        if old != cell:
            if old is not None:
                self._grid[old].discard(item)
            self._grid.setdefault(cell, set()).add(item)
            self._cell_of[item] = cell

    def _unplace(self, item: StageItem) -> None:
        old = self._cell_of.pop(item, None)
        if old is not None:
            self._grid[old].discard(item)

    def covers_stage(self, box: QRectF) -> bool:
        """Whether a rectangle of the scene overlaps any stage box."""
        left = math.floor((box.left() - STAGE_WIDTH) / _CELL)
        top = math.floor((box.top() - STAGE_HEIGHT) / _CELL)
        right, bottom = math.floor(box.right() / _CELL), math.floor(box.bottom() / _CELL)
        return any(
            item.scene_box().intersects(box)
            for cx in range(left, right + 1) for cy in range(top, bottom + 1)
            for item in self._grid.get((cx, cy), ())
        )

    def set_zoom_hint(self, zoom: float) -> None:
        """Tell the scene the view's zoom, so that flow labels stay readable."""
        scale = round(max(1.0, min(1.6, 0.6 / max(zoom, 0.01))), 1)
        if scale != self.label_scale:
            self.label_scale = scale
            for item in self.flow_items.values():
                item.adjust()

    def set_problems(self, problems: Iterable[Problem]) -> None:
        """Mark the stages and flows a validation problem names."""
        found: dict[uuid.UUID, list[str]] = {}
        for problem in problems:
            if problem.entity_id is not None:
                found.setdefault(problem.entity_id, []).append(problem_message(problem))
        self._problems = found
        for holder, item in self._holders():
            item.set_problems(found.get(holder, []))

    # --- selection ---------------------------------------------------------------------------
    def selected_stage_ids(self) -> list[uuid.UUID]:
        return [i.stage_id for i in self.selectedItems() if isinstance(i, StageItem)]

    def selected_flow_ids(self) -> list[uuid.UUID]:
        return [i.flow_id for i in self.selectedItems() if isinstance(i, FlowItem)]

    def _on_scene_selection(self) -> None:
        if not self._syncing:
            self.document.select([*self.selected_stage_ids(), *self.selected_flow_ids()])

    def _on_document_selection(self, selection: tuple[uuid.UUID, ...]) -> None:
        index = self.document.project.index
        wanted = set(selection)
        for risk_id in selection:  # a risk picked in another view shows its stage
            if (risk := index.risks.get(risk_id)) is not None:
                wanted.add(risk.stage_id or risk.flow_id)  # type: ignore[arg-type]
        self._syncing = True
        for key, item in self._holders():
            if item.isSelected() != (key in wanted):
                item.setSelected(key in wanted)
        self._syncing = False

    def stage_at(self, point: QPointF) -> StageItem | None:
        for item in self.items(point):
            if isinstance(item, StageItem):
                return item
        return None

    def item_at(self, point: QPointF) -> StageItem | FlowItem | None:
        for item in self.items(point):
            if isinstance(item, StageItem | FlowItem):
                return item
        return None
