"""The process map by keyboard: arrows move between stages (along flows first), Tab and
Shift+Tab go through the stages in flow order, Ctrl+arrows nudge, Connect To picks a target."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from riskmap import graph
from riskmap.model import Position
from ui.language import translate
from ui.map import operations, style
from ui.map.scene import GRID, ProcessMapScene
from ui.map.stage_item import StageItem

Key = Qt.Key
Mod = Qt.KeyboardModifier
ARROWS = (Key.Key_Left, Key.Key_Right, Key.Key_Up, Key.Key_Down)
NUDGE_STEP = GRID  # Ctrl+arrow; with Shift too, five grid steps
VISIBLE_MARGIN = 40


def _ahead(delta: QPointF, key: Key) -> tuple[float, float]:
    """How far a point lies in the arrow's direction, and how far off to the side."""
    dx, dy = delta.x(), delta.y()
    return {Key.Key_Right: (dx, dy), Key.Key_Left: (-dx, dy),
            Key.Key_Down: (dy, dx), Key.Key_Up: (-dy, dx)}[key]


def nearest_in_direction(items: Iterable[StageItem], current: StageItem,
                         key: Key) -> StageItem | None:
    """The stage nearest to `current` in the arrow's direction (being off to the side counts
    twice as much as being far ahead), or None when there is none that way."""
    centre = current.scene_box().center()
    best: tuple[float, float, float] | None = None
    chosen = None
    for item in items:
        if item is current:
            continue
        ahead, aside = _ahead(item.scene_box().center() - centre, key)
        if ahead <= 1.0:
            continue
        rank = (ahead + 2 * abs(aside), abs(aside), ahead)
        if best is None or rank < best:
            best, chosen = rank, item
    return chosen


def along_flows(current: StageItem, key: Key) -> StageItem | None:
    """Right: a successor of `current`; Left: a predecessor; the one most in line with it."""
    if key == Key.Key_Right:
        linked = [f.target for f in current.flows if f.source is current]
    elif key == Key.Key_Left:
        linked = [f.source for f in current.flows if f.target is current]
    else:
        return None
    linked = [item for item in linked if item is not current]
    if not linked:
        return None
    centre = current.scene_box().center()
    return min(linked, key=lambda item: (abs(item.scene_box().center().y() - centre.y()),
                                         abs(item.scene_box().center().x() - centre.x()),
                                         item.code))


def next_stage(current: StageItem | None, key: Key, items: list[StageItem]) -> StageItem | None:
    """Where an arrow key goes from `current` (the first stage when nothing is current)."""
    if current is None:
        return items[0] if items else None
    return along_flows(current, key) or nearest_in_direction(items, current, key)


class MapKeyboard(QObject):
    """Keyboard handling of one map view: which stage is current, moving and nudging, and
    choosing the target of a keyboard connection."""

    def __init__(self, scene: ProcessMapScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scene = scene
        self.picking_from: StageItem | None = None  # the source of a keyboard connection
        self.target: StageItem | None = None
        self.message = ""  # what the last key did, for the status bar
        self._line: QGraphicsLineItem | None = None

    # --- which stage ---------------------------------------------------------------------
    def flow_ordered(self) -> list[StageItem]:
        process = self.scene.process
        if process is None:
            return []
        items = self.scene.stage_items
        return [items[s.id] for s in graph.flow_order(process) if s.id in items]

    def current(self) -> StageItem | None:
        """The stage the keyboard is on: the focused one if selected, else a selected one."""
        focus = self.scene.focusItem()
        if isinstance(focus, StageItem) and focus.isSelected():
            return focus
        selected = [i for i in self.scene.selectedItems() if isinstance(i, StageItem)]
        return min(selected, key=lambda i: (i.y(), i.x())) if selected else None

    def go_to(self, item: StageItem, extend: bool = False) -> None:
        """Select a stage (added to the selection when extending) and make it current."""
        ids = [*self.scene.selected_stage_ids(), item.stage_id] if extend else [item.stage_id]
        self.scene.document.select(ids)
        self.scene.setFocusItem(item, Qt.FocusReason.OtherFocusReason)
        self._show(item)

    def _show(self, item: StageItem) -> None:
        for view in self.scene.views():
            view.ensureVisible(item.sceneBoundingRect(), VISIBLE_MARGIN, VISIBLE_MARGIN)

    # --- keys --------------------------------------------------------------------------
    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key pressed on the map; False leaves it to the view."""
        key, mods = Key(event.key()), event.modifiers()
        if self.picking_from is not None:
            return self._pick_key(key, mods)
        if key in ARROWS and mods & Mod.ControlModifier:
            step = NUDGE_STEP * (5 if mods & Mod.ShiftModifier else 1)
            return self.nudge(key, step)
        if key in ARROWS and not mods & ~(Mod.ShiftModifier | Mod.KeypadModifier):
            current = self.current()
            items = list(self.scene.stage_items.values()) if current else self.flow_ordered()
            found = next_stage(current, key, items)
            if found is not None:
                self.go_to(found, extend=bool(mods & Mod.ShiftModifier))
            return True
        if key == Key.Key_Escape and self.scene.selectedItems():
            self.scene.document.select([])
            return True
        return False

    def tab(self, forward: bool) -> bool:
        """The next (or previous) stage in flow order; False past the last (or the first),
        so that Tab leaves the map for the next panel."""
        if self.picking_from is not None:
            self._pick_step(forward)
            return True
        order = self.flow_ordered()
        current = self.current()
        if not order:
            return False
        if current is None or current not in order:
            self.go_to(order[0] if forward else order[-1])
            return True
        position = order.index(current) + (1 if forward else -1)
        if not 0 <= position < len(order):
            return False
        self.go_to(order[position])
        return True

    def nudge(self, key: Key, step: float) -> bool:
        """Move the selected stages by `step` in the arrow's direction: one undoable edit."""
        dx, dy = {Key.Key_Right: (step, 0), Key.Key_Left: (-step, 0),
                  Key.Key_Down: (0, step), Key.Key_Up: (0, -step)}[key]
        items = [i for i in self.scene.selectedItems() if isinstance(i, StageItem)]
        if not items:
            return True
        moved = {item.stage_id: Position(x=item.x() + dx, y=item.y() + dy) for item in items}
        edit = operations.move_edit(self.scene.document.project, moved)
        if edit is not None:
            self.scene.document.apply(edit)
            self._show(self.current() or items[0])
        return True

    # --- keyboard connection ---------------------------------------------------------------
    def start_connect(self) -> bool:
        """Connect the current stage to another: arrows or Tab choose, Enter connects,
        Escape cancels. False when no stage is selected."""
        source = self.current()
        if source is None:
            return False
        self.cancel_connect()
        self.picking_from = source
        self._line = QGraphicsLineItem()
        self._line.setPen(QPen(style.CONNECT_LINE, 2, Qt.PenStyle.DashLine))
        self._line.setZValue(0.5)  # under the stage boxes: their names stay readable
        self.scene.addItem(self._line)
        # First offered: the nearest stage to the right that it does not flow to yet.
        others = [i for i in self.scene.stage_items.values() if i is not source]
        linked = {f.target for f in source.flows if f.source is source}
        first = (nearest_in_direction([i for i in others if i not in linked], source,
                                      Key.Key_Right)
                 or nearest_in_direction(others, source, Key.Key_Right)
                 or next((i for i in self.flow_ordered() if i is not source), None))
        self._set_target(first)
        return True

    def _set_target(self, item: StageItem | None) -> None:
        if self.target is not None:
            self.target.set_targeted(False)
        self.target = item
        source = self.picking_from
        if item is not None and source is not None and self._line is not None:
            item.set_targeted(True)
            self._line.setLine(QLineF(source.mapToScene(source.handle_centre()),
                                      item.scene_box().center()))
            self._show(item)

    def _pick_key(self, key: Key, mods: Qt.KeyboardModifier) -> bool:
        if key in (Key.Key_Return, Key.Key_Enter):
            self.finish_connect()
        elif key == Key.Key_Escape:
            self.cancel_connect()
        elif key in ARROWS and not mods & Mod.ControlModifier:
            origin = self.target or self.picking_from
            assert origin is not None
            items = [i for i in self.scene.stage_items.values() if i is not self.picking_from]
            found = nearest_in_direction(items, origin, key)
            if found is not None:
                self._set_target(found)
        return True  # nothing else happens on the map while a target is chosen

    def _pick_step(self, forward: bool) -> None:
        order = [i for i in self.flow_ordered() if i is not self.picking_from]
        if not order:
            return
        at = order.index(self.target) if self.target in order else -1
        self._set_target(order[(at + (1 if forward else -1)) % len(order)])

    def status(self) -> str:
        """The status bar's line: how to choose a target, or what the last key did."""
        message, self.message = self.message, ""
        if self.picking_from is None:
            return message
        target = (f"{self.target.code} {self.target.name}" if self.target is not None
                  else translate("MapKeyboard", "no stage"))
        return translate("MapKeyboard", "Connect {source} to {target}: arrows or Tab choose, "
                         "Enter connects, Escape cancels").format(
                             source=self.picking_from.code, target=target)

    def finish_connect(self) -> uuid.UUID | None:
        """Add the flow to the chosen stage; the source stays selected."""
        source, target = self.picking_from, self.target
        self.cancel_connect()
        if source is None or target is None or target is source:
            return None
        if not self.scene.connect_stages(source.stage_id, target.stage_id):
            self.message = translate("MapKeyboard", "{source} already flows to {target}").format(
                source=source.code, target=target.code)
            return None
        self.go_to(source)
        self.message = translate("MapKeyboard", "Connected {source} to {target}").format(
            source=source.code, target=target.code)
        return target.stage_id

    def cancel_connect(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
            self._line = None
        if self.target is not None:
            self.target.set_targeted(False)
        self.picking_from, self.target = None, None
