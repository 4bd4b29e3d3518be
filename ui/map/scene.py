"""The process map editor scene: mouse gestures become edits (move, connect, add, drop)."""

from __future__ import annotations

import uuid
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from riskmap.codes import STAGE_CODE, next_code
from riskmap.edits import Batch, EditError, add_flow
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.model import Position, Stage
from ui.document import Document
from ui.map import mime, operations, style
from ui.map.stage_item import StageItem
from ui.map.synced_scene import SyncedScene

GRID = 10.0  # stages snap to this grid when dropped, so that rows line up


def snap(point: QPointF) -> Position:
    return Position(x=round(point.x() / GRID) * GRID, y=round(point.y() / GRID) * GRID)


class ProcessMapScene(SyncedScene):
    """The map of one process that the user edits with the mouse; every gesture is one
    undoable edit through the document."""

    rename_requested = Signal(object)  # a StageItem or FlowItem to edit in place

    def __init__(self, document: Document, process_id: uuid.UUID) -> None:
        super().__init__(document, process_id)
        self.connect_mode = False
        self._connect_from: StageItem | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._pressed_at: dict[uuid.UUID, QPointF] = {}

    # --- adding ------------------------------------------------------------------------
    def add_stage_at(self, top_left: Position, name: str | None = None,
                     template: dict[str, Any] | None = None,
                     after: uuid.UUID | None = None) -> StageItem | None:
        """Add a stage (optionally from a library template, optionally with a flow from
        `after`) as one undoable step; returns its item, selected."""
        process = self.process
        if process is None:
            return None
        project = self.document.project
        code = next_code(operations.stage_codes(project), *STAGE_CODE)
        fields = {"name": name or operations.new_stage_name(), **(template or {}), "code": code,
                  "position": top_left.model_dump(), "pinned": True}
        try:
            stage = Stage.model_validate(fields)
        except ValidationError:
            return None
        edit = operations.add_stage_edit(process, stage)
        text = self.tr("Add stage {code} {name}").format(code=stage.code, name=stage.name)
        if after is not None:
            flow = operations.new_flow(project, after, stage.id)
            edit = Batch([edit, add_flow(process.id, flow)])
            text = self.tr("Add stage {code} {name} after {previous}").format(
                code=stage.code, name=stage.name, previous=project.stage(after).code)
        self.document.apply(edit, text)
        item = self.stage_items.get(stage.id)
        if item is not None:
            self.clearSelection()
            item.setSelected(True)
        return item

    def connect_stages(self, source: uuid.UUID, target: uuid.UUID) -> bool:
        process = self.process
        if process is None:
            return False
        found = operations.connect_edit(self.document.project, process, source, target)
        if found is None:
            return False
        self.document.apply(*found)
        return True

    # --- mouse ----------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            stage = self.stage_at(event.scenePos())
            on_handle = stage is not None and stage.on_handle(stage.mapFromScene(event.scenePos()))
            if stage is not None and (self.connect_mode or on_handle):
                self._start_connect(stage, event.scenePos())
                event.accept()
                return
        super().mousePressEvent(event)
        self._pressed_at = {
            item.stage_id: item.pos() for item in self.selectedItems()
            if isinstance(item, StageItem)
        }

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_line is not None:
            line = self._connect_line.line()
            self._connect_line.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connect_from is not None:
            self._finish_connect(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        pressed, self._pressed_at = self._pressed_at, {}
        moved = {
            stage_id: snap(item.pos()) for stage_id, start in pressed.items()
            if (item := self.stage_items.get(stage_id)) is not None and item.pos() != start
        }
        for stage_id, position in moved.items():
            self.stage_items[stage_id].setPos(position.x, position.y)
        edit = operations.move_edit(self.document.project, moved) if moved else None
        if edit is not None:
            self.document.apply(edit)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        item = self.item_at(event.scenePos())
        if item is None:
            centre = event.scenePos() - QPointF(STAGE_WIDTH / 2, STAGE_HEIGHT / 2)
            item = self.add_stage_at(snap(centre))
        if item is not None:
            self.rename_requested.emit(item)
        event.accept()

    def _start_connect(self, stage: StageItem, point: QPointF) -> None:
        self._connect_from = stage
        start = stage.mapToScene(stage.handle_centre())
        self._connect_line = QGraphicsLineItem(QLineF(start, point))
        self._connect_line.setPen(QPen(style.CONNECT_LINE, 2, Qt.PenStyle.DashLine))
        self._connect_line.setZValue(10)
        self.addItem(self._connect_line)

    def _finish_connect(self, point: QPointF) -> None:
        source = self._connect_from
        assert source is not None and self._connect_line is not None
        self.removeItem(self._connect_line)
        self._connect_from, self._connect_line = None, None
        target = self.stage_at(point)
        if target is not None and target is not source:
            self.connect_stages(source.stage_id, target.stage_id)
        elif target is None:
            # Dropped on empty canvas: a new stage there, already connected.
            centre = point - QPointF(STAGE_WIDTH / 2, STAGE_HEIGHT / 2)
            item = self.add_stage_at(snap(centre), after=source.stage_id)
            if item is not None:
                self.rename_requested.emit(item)

    # --- drops from the stage library ----------------------------------------------------
    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if event.mimeData().hasFormat(mime.STAGE_TEMPLATE_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        template = mime.decode(event.mimeData(), mime.STAGE_TEMPLATE_MIME)
        if template is None:
            event.ignore()
            return
        centre = event.scenePos() - QPointF(STAGE_WIDTH / 2, STAGE_HEIGHT / 2)
        try:
            self.add_stage_at(snap(centre), template=template)
        except EditError:
            event.ignore()
            return
        event.acceptProposedAction()
