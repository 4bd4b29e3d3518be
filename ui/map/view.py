"""The process map view: zoom (wheel, keys, fit), pan, rubber-band selection, edit in place."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QMenu, QWidget

from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.model import Position
from ui.map import clipboard, operations
from ui.map.flow_item import FlowItem
from ui.map.inline_editor import InlineEditor, open_editor
from ui.map.scene import ProcessMapScene, snap
from ui.map.stage_item import StageItem

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2
MAX_FIT_ZOOM = 1.25  # a small process is not blown up beyond readable size
FIT_MARGIN = 40.0


class ProcessMapView(QGraphicsView):
    """Shows one ProcessMapScene; wheel zooms under the mouse, middle button pans."""

    zoom_changed = Signal(float)

    def __init__(self, scene: ProcessMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.editor: InlineEditor | None = None
        self._pan_from: QPoint | None = None
        # Window actions offered by the right-click menu (None: a separator).
        self.context_actions: list[QAction | None] = []
        self._fitted_once = False
        self._fitting = False  # the whole process is shown: keep it so when resized
        self.setObjectName("process_map_view")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        scene.rename_requested.connect(self.edit_item)

    # --- zoom ----------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.zoom) > 1e-6:
            self.scale(zoom / self.zoom, zoom / self.zoom)
            self.map_scene.set_zoom_hint(self.zoom)
            self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self._fitting = False
        self._zoom_centred(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fitting = False
        self._zoom_centred(self.zoom / ZOOM_STEP)

    def zoom_actual(self) -> None:
        self._fitting = False
        self._zoom_centred(1.0)

    def _zoom_centred(self, zoom: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(zoom)
        self.setTransformationAnchor(anchor)

    def content_rect(self) -> QRectF:
        rect = self.map_scene.itemsBoundingRect()
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    def zoom_fit(self) -> None:
        """Show the whole process, never larger than MAX_FIT_ZOOM."""
        rect = self.content_rect()
        if rect.isEmpty():
            self.resetTransform()
            self.zoom_changed.emit(self.zoom)
            return
        # The scene rect grows with the content so that scroll bars can reach all of it.
        self.setSceneRect(rect.united(self.sceneRect()) if self._fitted_once else rect)
        viewport = self.viewport().rect()
        zoom = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(min(zoom, MAX_FIT_ZOOM))
        self.centerOn(rect.center())
        self._fitted_once = True
        self._fitting = True

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # Shift+wheel scrolls sideways
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._fitting = False
            self.set_zoom(self.zoom * ZOOM_STEP ** steps)
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_once:
            self.zoom_fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.zoom_fit()
        else:
            self.setSceneRect(self.sceneRect().united(self.content_rect()))

    # --- pan: middle button, or Space held down with the left button ------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setInteractive(False)  # the drag moves the view, never a stage
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            self.setInteractive(True)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setSceneRect(self.sceneRect().united(self.content_rect()))

    # --- right-click menu ---------------------------------------------------------------------
    def context_menu(self, scene_pos: QPointF) -> QMenu:
        """The menu for a right click: on an item it acts on the selection (the item is
        selected first); on empty canvas it can add a stage there."""
        scene = self.map_scene
        item = scene.item_at(scene_pos)
        if item is not None and not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        menu = QMenu(self)
        if item is None:
            centre = scene_pos - QPointF(STAGE_WIDTH / 2, STAGE_HEIGHT / 2)
            here = menu.addAction("Add Stage &Here")
            here.triggered.connect(lambda: self._add_stage_here(centre))
            menu.addSeparator()
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _add_stage_here(self, top_left: QPointF) -> None:
        item = self.map_scene.add_stage_at(snap(top_left))
        if item is not None:
            self.edit_item(item)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(self.mapToScene(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # --- editing in place ------------------------------------------------------------------
    def edit_item(self, item: StageItem | FlowItem) -> None:
        """Rename a stage or label a flow in place (double-click, F2, or after adding)."""
        if self.editor is not None:
            self.editor.commit()
        self.ensureVisible(item.sceneBoundingRect(), 20, 20)
        document = self.map_scene.document
        if isinstance(item, StageItem):
            stage_id = item.stage_id

            def commit(text: str) -> None:
                if stage_id in document.project.index.stages:
                    edit = operations.rename_stage_edit(document.project, stage_id, text)
                    if edit is not None:
                        document.apply(edit)
        else:
            flow_id = item.flow_id

            def commit(text: str) -> None:
                if flow_id in document.project.index.flows:
                    edit = operations.label_flow_edit(document.project, flow_id, text)
                    if edit is not None:
                        document.apply(edit)

        editor = open_editor(self, item, commit)
        editor.finished.connect(lambda: self._editor_closed(editor))
        self.editor = editor

    def _editor_closed(self, editor: InlineEditor) -> None:
        if self.editor is editor:
            self.editor = None
            self.setFocus()

    def rename_selected(self) -> None:
        items = [i for i in self.map_scene.selectedItems() if isinstance(i, StageItem | FlowItem)]
        if len(items) == 1:
            self.edit_item(items[0])

    # --- commands from the window ---------------------------------------------------------
    def add_stage(self, template: dict[str, Any] | None = None) -> None:
        """Add a stage (from a library template if given) right of the selected one, or in
        the middle of the view; then rename it in place."""
        scene = self.map_scene
        process = scene.process
        if process is None:
            return
        selected = scene.selected_stage_ids()
        if len(selected) == 1:
            where = operations.position_after(process, selected[0])
        else:
            centre = self.mapToScene(self.viewport().rect().center())
            where = operations.free_position(process, Position(x=round(centre.x() - 90, -1),
                                                               y=round(centre.y() - 45, -1)))
        item = scene.add_stage_at(where, template=template)
        if item is not None and template is None:
            self.edit_item(item)

    def delete_selection(self) -> None:
        """Delete the selected stages (with their flows and risks) and flows: one step."""
        scene = self.map_scene
        edit = operations.delete_edit(scene.selected_stage_ids(), scene.selected_flow_ids())
        if edit is not None:
            scene.document.apply(edit)

    def select_all(self) -> None:
        for item in self.map_scene.stage_items.values():
            item.setSelected(True)

    def copy(self) -> bool:
        data = clipboard.copy_stages(self.map_scene.document.project,
                                     self.map_scene.selected_stage_ids())
        if data is None:
            return False
        QGuiApplication.clipboard().setMimeData(data)
        return True

    def cut(self) -> None:
        if self.copy():
            scene = self.map_scene
            edit = operations.delete_edit(scene.selected_stage_ids(), [])
            if edit is not None:
                count = len(scene.selected_stage_ids())
                scene.document.apply(edit, "Cut 1 stage" if count == 1 else f"Cut {count} stages")

    def paste(self) -> None:
        """Paste copied stages (with their flows and risks) into this process, selected."""
        scene = self.map_scene
        process = scene.process
        data = QGuiApplication.clipboard().mimeData()
        if process is None or data is None:
            return
        found = clipboard.paste_edit(scene.document.project, process, data)
        if found is None:
            return
        edit, stage_ids = found
        scene.document.apply(edit)
        scene.document.select(stage_ids)

    def find_stages(self, text: str) -> list[uuid.UUID]:
        """Select the stages whose code or name contains `text`; show the first."""
        needle = text.strip().casefold()
        scene = self.map_scene
        found = [
            item for item in scene.stage_items.values()
            if needle and (needle in item.code.casefold() or needle in item.name.casefold())
        ]
        scene.clearSelection()
        for item in found:
            item.setSelected(True)
        if found:
            self.centerOn(found[0])
        return [item.stage_id for item in found]
