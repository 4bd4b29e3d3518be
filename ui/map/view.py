"""The process map view: rename in place, right-click menu, keyboard, the window's edit
commands."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QContextMenuEvent,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.model import Position
from ui.map import clipboard, operations
from ui.map.flow_item import FlowItem
from ui.map.inline_editor import InlineEditor, open_editor
from ui.map.keyboard import MapKeyboard
from ui.map.navigation import NavigableView
from ui.map.scene import ProcessMapScene, snap
from ui.map.stage_item import StageItem


class ProcessMapView(NavigableView):
    """Shows one ProcessMapScene for editing: rename in place, right-click menu, and the
    edit commands of the window (cut, copy, paste, delete, select all, find, add).
    By keyboard (ui.map.keyboard): arrows, Tab, Ctrl+arrows, Connect To; Enter asks for
    the inspector."""

    inspect_requested = Signal()  # Enter on a selected stage or flow

    def __init__(self, scene: ProcessMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene: ProcessMapScene = scene
        self.editor: InlineEditor | None = None
        self.keyboard = MapKeyboard(scene, self)
        # Window actions offered by the right-click menu (None: a separator).
        self.context_actions: list[QAction | None] = []
        self.setObjectName("process_map_view")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Process map"))
        scene.rename_requested.connect(self.edit_item)
        scene.selectionChanged.connect(self._describe)
        self._describe()

    # --- keyboard ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab go through the stages in flow order; past the last (or before
        # the first) they leave the map, so the keyboard is never trapped here.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier)
            if plain and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                if not self.keyboard.tab(forward):
                    self.focusNextPrevChild(forward)
                self._tell(self.keyboard.status())
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keyboard.key_press(event):
            self._tell(self.keyboard.status())
            event.accept()
            return
        selected = self.map_scene.selectedItems()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected:
            self.inspect_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def start_connect(self) -> bool:
        """Process > Connect To: choose the target of a flow from the selected stage."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        started = self.keyboard.start_connect()
        self._tell(self.keyboard.status() if started
                   else self.tr("Select the stage to connect from first"))
        return started

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.keyboard.current()
        if current is not None and self.map_scene.focusItem() is not current:
            self.map_scene.setFocusItem(current, event.reason())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Leaving the map (not for a menu or the rename editor) ends a keyboard connection.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.keyboard.cancel_connect()
        super().focusOutEvent(event)

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow) and window.statusBar() is not None:
            if message:
                window.statusBar().showMessage(message, 8000)
            else:
                window.statusBar().clearMessage()

    def _describe(self) -> None:
        """What a screen reader says about the map: the selected stage and its band."""
        items = [i for i in self.map_scene.selectedItems() if isinstance(i, StageItem)]
        if len(items) == 1:
            item = items[0]
            ins = sum(1 for f in item.flows if f.target is item)
            outs = sum(1 for f in item.flows if f.source is item)
            text = self.tr("{code} {name}: {badge}; {ins} flows in, {outs} out").format(
                code=item.code, name=item.name, badge=item.badge, ins=ins, outs=outs)
        elif items:
            text = self.tr("{count} stages selected").format(count=len(items))
        else:
            text = self.tr("No stage selected. Arrow keys or Tab choose a stage.")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

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
            here = menu.addAction(self.tr("Add Stage &Here"))
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
        where, at = event.pos(), event.globalPos()
        current = self.keyboard.current()
        if event.reason() == QContextMenuEvent.Reason.Keyboard and current is not None:
            # The menu key (or Shift+F10) opens the menu of the keyboard's stage.
            where = self.mapFromScene(current.scene_box().center())
            at = self.viewport().mapToGlobal(where)
        menu = self.context_menu(self.mapToScene(QPoint(where)))
        menu.exec(at)
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
                scene.document.apply(edit, self.tr("Cut %n stage(s)", "", count))

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
