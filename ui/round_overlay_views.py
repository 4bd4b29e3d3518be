"""Round comparison drawn over the views: an up / down badge on each stage of the map whose
highest residual score moved, and arrows on the heat map from where each risk was."""

from __future__ import annotations

import math
import uuid
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QMainWindow,
    QStyleOptionGraphicsItem,
    QWidget,
)

from riskmap.graph import STAGE_WIDTH
from ui.document import Document
from ui.heatmap import HeatmapWidget
from ui.language import translate
from ui.map.stage_item import StageItem
from ui.map.tabs import ProcessTabs
from ui.round_overlay import RoundOverlay, round_overlay

if TYPE_CHECKING:  # riskmap.rounds comes with the first comparison (ui.round_overlay)
    from riskmap.rounds import Direction

WORSE = QColor("#C62828")
BETTER = QColor("#2E7D32")
NEUTRAL = QColor("#1F3A5F")
BADGE = 26.0
Cell = tuple[int, int]


class ArrowBadge(QGraphicsItem):
    """A disc with ▲ (worse) or ▼ (better) on a stage's top-right corner."""

    def __init__(self, direction: Direction, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.direction = direction
        self.up = self._is_up(direction)
        self.setZValue(10)
        self.setPos(STAGE_WIDTH - BADGE * 0.6, -BADGE * 0.4)
        self._tip()

    @staticmethod
    def _is_up(direction: Direction) -> bool:
        from riskmap.rounds import Direction

        return direction is Direction.UP

    def set_direction(self, direction: Direction) -> None:
        if direction is not self.direction:
            self.direction = direction
            self.up = self._is_up(direction)
            self._tip()
            self.update()

    def _tip(self) -> None:
        self.setToolTip(
            translate("RoundOverlay", "Highest residual score went up since the earlier round")
            if self.up else
            translate("RoundOverlay", "Highest residual score went down since the earlier round"))

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, BADGE, BADGE)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        up = self.up
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(WORSE if up else BETTER)
        painter.drawEllipse(self.boundingRect().adjusted(1, 1, -1, -1))
        c, h = BADGE / 2, BADGE * 0.22
        path = QPainterPath()
        if up:
            path.moveTo(c, c - h)
            path.lineTo(c + h, c + h * 0.8)
            path.lineTo(c - h, c + h * 0.8)
        else:
            path.moveTo(c, c + h)
            path.lineTo(c + h, c - h * 0.8)
            path.lineTo(c - h, c - h * 0.8)
        path.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawPath(path)


class MapArrows(QObject):
    """Keeps the badges of every process map in step with the overlay."""

    def __init__(self, tabs: ProcessTabs, overlay: RoundOverlay) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.overlay = overlay
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # after the scenes have handled the same change
        self._timer.timeout.connect(self.sync)
        overlay.changed.connect(self._timer.start)
        overlay.document.changed.connect(self.schedule)
        overlay.document.reset.connect(self._timer.start)
        tabs.currentChanged.connect(self.schedule)

    def schedule(self, *_args: object) -> None:
        """Sync once the views have handled the same signal (bound, not a lambda: Qt drops
        the connection when this object goes)."""
        self._timer.start()

    def sync(self) -> None:
        arrows = self.overlay.stage_arrows
        for view in self.tabs.views():
            scene = getattr(view, "map_scene", None) or view.scene()
            items: dict[uuid.UUID, StageItem] = getattr(scene, "stage_items", {})
            for stage_id, item in items.items():
                badge = next((c for c in item.childItems() if isinstance(c, ArrowBadge)), None)
                direction = arrows.get(stage_id)
                if direction is None and badge is not None:
                    badge.hide()
                    if badge.scene() is not None:
                        badge.scene().removeItem(badge)  # also takes it off its stage
                elif direction is not None and badge is None:
                    ArrowBadge(direction, item)
                elif direction is not None and badge is not None:
                    badge.set_direction(direction)

    def badges(self) -> dict[uuid.UUID, Direction]:
        """The badges shown, by stage id (for tests and the status bar)."""
        shown = {}
        for view in self.tabs.views():
            items = getattr(view.scene(), "stage_items", {})
            for stage_id, item in items.items():
                for child in item.childItems():
                    if isinstance(child, ArrowBadge):
                        shown[stage_id] = child.direction
        return shown


class HeatmapMoves(QWidget):
    """A transparent layer over the heat map: an arrow from each risk's earlier cell to
    its chip now, red when its score rose and green when it fell."""

    def __init__(self, heatmap: HeatmapWidget, overlay: RoundOverlay) -> None:
        super().__init__(heatmap)
        self.heatmap = heatmap
        self.overlay = overlay
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(heatmap.rect())
        heatmap.installEventFilter(self)
        overlay.changed.connect(self._refresh)
        overlay.document.score_kind_changed.connect(self._refresh)
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.heatmap and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.heatmap.rect())
        return False

    def _refresh(self, *_args: object) -> None:
        self.setVisible(self.overlay.active)
        self.raise_()
        self.update()

    def arrows(self) -> list[MoveArrow]:
        """One arrow per (earlier cell, cell now) pair, with the risks that took it."""
        profile = self.overlay.document.project.profile
        n_l, n_i = profile.size
        groups: dict[tuple[Cell, Cell], list[str]] = {}
        for move in self.overlay.heatmap_moves(self.overlay.document.score_kind):
            if move.before is None or move.after is None:
                continue
            if all(1 <= lik <= n_l and 1 <= imp <= n_i for lik, imp in (move.before, move.after)):
                groups.setdefault((move.before, move.after), []).append(move.code)
        found = []
        for (before, after), codes in sorted(groups.items()):
            start = self.heatmap.cell_rect(*before).center()
            end = self.heatmap.cell_rect(*after).center()
            # Keep to the right of the way travelled, so that A->B and B->A stay apart.
            length = math.hypot(end.x() - start.x(), end.y() - start.y()) or 1.0
            shift = QPointF(-(end.y() - start.y()) / length * 5, (end.x() - start.x()) / length * 5)
            delta = profile.score(*after) - profile.score(*before)
            colour = WORSE if delta > 0 else BETTER if delta < 0 else NEUTRAL
            found.append(MoveArrow(before, after, codes, start + shift, end + shift, colour))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        comparison = self.overlay.comparison
        if comparison is None:
            return
        from riskmap.rounds import CURRENT

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for arrow in self.arrows():
            _arrow(painter, arrow)
        caption = (translate("RoundOverlay", "Moves since {before}: red up, green down")
                   if comparison.after_name == CURRENT else
                   translate("RoundOverlay", "Moves from {before} to {after}: red up, green down")
                   ).format(before=comparison.before_name, after=comparison.after_name)
        font.setBold(False)
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(caption) + 16
        box = QRectF(4, self.height() - 22, min(width, self.width() - 8), 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#1F3A5F"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), caption)


class MoveArrow(NamedTuple):
    before: Cell
    after: Cell
    codes: list[str]
    start: QPointF
    end: QPointF
    colour: QColor


def _arrow(painter: QPainter, arrow: MoveArrow) -> None:
    start, end, colour = arrow.start, arrow.end, arrow.colour
    width = 2.0 + min(len(arrow.codes), 5)
    painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(QBrush(colour))
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    size = 9.0 + width
    tip = QPointF(end.x() - 0.4 * size * math.cos(angle), end.y() - 0.4 * size * math.sin(angle))
    painter.drawLine(start, tip)
    painter.setPen(Qt.PenStyle.NoPen)
    head = QPainterPath()
    head.moveTo(end)
    for side in (-0.42, 0.42):
        head.lineTo(end.x() - size * math.cos(angle + side),
                    end.y() - size * math.sin(angle + side))
    head.closeSubpath()
    painter.drawPath(head)
    painter.drawEllipse(start, width, width)
    if len(arrow.codes) > 1:
        middle = (start + end) / 2
        disc = QRectF(middle.x() - 10, middle.y() - 10, 20, 20)
        painter.setBrush(QColor("white"))
        painter.setPen(QPen(colour, 2))
        painter.drawEllipse(disc)
        painter.setPen(colour)
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), str(len(arrow.codes)))


def attach_overlays(window: QMainWindow, document: Document) -> list[QObject]:
    """Put the round overlays on whatever map tabs and heat maps the window has."""
    overlay = round_overlay(document)
    attached: list[QObject] = []
    for tabs in window.findChildren(ProcessTabs):
        attached.append(MapArrows(tabs, overlay))
    for heatmap in window.findChildren(HeatmapWidget):
        attached.append(HeatmapMoves(heatmap, overlay))
    return attached
