"""A flow on the map: an arrow from one stage box to another, with an optional label."""

from __future__ import annotations

import math
import uuid

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from riskmap.analysis import StageRating
from riskmap.model import Flow
from ui.colours import band_palette
from ui.language import translate
from ui.map import style
from ui.map.stage_item import StageItem

ARROW_SIZE = 11.0
_LABEL_POINTS = 8.5
_MAX_LABEL = 150.0  # scene units at normal size; longer labels are elided
_LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
_MIN_LABEL = 36.0  # narrower than this, a label is left to the tooltip
_BEND = 28.0  # how far a flow bends when another flow runs the opposite way


def _border_point(box: QRectF, inside: QPointF, outside: QPointF) -> QPointF:
    """Where the segment from a point inside a box to a point outside crosses its border."""
    dx, dy = outside.x() - inside.x(), outside.y() - inside.y()
    scale = 1.0
    if dx:
        scale = min(scale, abs((box.width() / 2) / dx))
    if dy:
        scale = min(scale, abs((box.height() / 2) / dy))
    return QPointF(inside.x() + dx * scale, inside.y() + dy * scale)


class FlowItem(QGraphicsItem):
    """Follows its two stage items; the label sits in a white pill at the middle."""

    def __init__(self, flow: Flow, source: StageItem, target: StageItem,
                 rating: StageRating | None = None) -> None:
        super().__init__()
        self.flow_id: uuid.UUID = flow.id
        self.source, self.target = source, target
        self.bent = False
        self.label = flow.label
        self.code = flow.code
        self.problems: list[str] = []
        self._rating = rating
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._label_box = QRectF()
        self._marker_box = QRectF()
        self._shown_label = ""
        self._bounds = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(0)
        source.flows.add(self)
        target.flows.add(self)
        self.adjust()

    def detach(self) -> None:
        self.source.flows.discard(self)
        self.target.flows.discard(self)

    def update_flow(self, flow: Flow) -> None:
        self.label, self.code = flow.label, flow.code
        self.adjust()

    def update_rating(self, rating: StageRating | None) -> None:
        self._rating = rating
        self.adjust()

    def set_problems(self, messages: list[str]) -> None:
        if messages != self.problems:
            self.problems = messages
            self.adjust()

    def label_text(self) -> str:
        """The label drawn on the arrow (elided; the tooltip has it whole)."""
        return self.label

    def risk_count(self) -> int:
        return self._rating.risk_count if self._rating is not None else 0

    # --- geometry ------------------------------------------------------------------------
    def adjust(self) -> None:
        """Recompute the arrow after a stage moved or the flow changed."""
        self.prepareGeometryChange()
        src, dst = self.source.scene_box(), self.target.scene_box()
        path = QPainterPath()
        if self.source is self.target:
            top = src.top()
            start, end = QPointF(src.center().x() + 30, top), QPointF(src.center().x() - 30, top)
            path.moveTo(start)
            path.cubicTo(start + QPointF(10, -60), end + QPointF(-10, -60), end)
            tip_from, middle = end + QPointF(-10, -60), QPointF(src.center().x(), top - 45)
        else:
            a, b = src.center(), dst.center()
            control = (a + b) / 2
            if self.bent:
                line = QLineF(a, b)
                normal = line.normalVector().unitVector()
                offset = QPointF(normal.dx(), normal.dy()) * _BEND
                control += offset
            start = _border_point(src, a, control)
            end = _border_point(dst, b, control)
            path.moveTo(start)
            path.quadTo(control, end)
            tip_from = control
            middle = path.pointAtPercent(0.5)
        self._path = path
        self._head = self._arrow_head(tip_from, path.currentPosition())
        self._place_label(middle)
        self._bounds = (self._path.boundingRect() | self._head.boundingRect()
                        | self._label_box | self._marker_box).adjusted(-6, -6, 6, 6)
        tip = f"<b>{self.code}</b> {self.source.code} → {self.target.code}"
        if self.label:
            tip += f"<br>{self.label}"
        if self.risk_count():
            tip += "<br>" + translate("FlowItem", "Risks on this hand-over: {badge}").format(
                badge=style.badge_text(self._rating))
        tip += "".join(f"<br>⚠ {m}" for m in self.problems)
        self.setToolTip(tip)
        self.update()

    def _font(self) -> QFont:
        scale = getattr(self.scene(), "label_scale", 1.0)
        return style.font(_LABEL_POINTS * scale)

    def _place_label(self, middle: QPointF) -> None:
        """The label (and the risk marker) where they hide no stage and no other label: the
        middle of the arrow if free, else the free point nearest to it. A label longer than
        the arrow is shortened (the tooltip keeps it whole)."""
        font = self._font()
        metrics = QFontMetricsF(font)
        height = metrics.height() + 6
        marker = height if self.risk_count() else 0.0
        room = self._path.length() - marker - 12 if self.source is not self.target else 200.0
        limit = min(_MAX_LABEL * font.pointSizeF() / _LABEL_POINTS, room - 14)
        shown = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, limit)
        self._shown_label = shown if self.label and limit >= _MIN_LABEL else ""
        width = metrics.horizontalAdvance(self._shown_label) + 14 if self._shown_label else 0.0
        if not width and not marker:
            self._label_box, self._marker_box = QRectF(), QRectF()
            return
        total = width + marker + (4 if width and marker else 0)
        spots = (0.5,) if self.source is self.target else _LABEL_SPOTS
        for t in spots:
            centre = middle if t == 0.5 else self._path.pointAtPercent(t)
            box = QRectF(centre.x() - total / 2, centre.y() - height / 2, total, height)
            if self._free(box):
                break
        else:
            box = QRectF(middle.x() - total / 2, middle.y() - height / 2, total, height)
        self._marker_box = QRectF(box.left(), box.top(), marker, marker)
        self._label_box = QRectF(box.right() - width, box.top(), width, height)

    def _free(self, box: QRectF) -> bool:
        """Whether a label box would cover no stage and no label of a neighbouring flow."""
        scene = self.scene()
        covers_stage = getattr(scene, "covers_stage", None)
        if covers_stage is not None and covers_stage(box.adjusted(-4, -4, 4, 4)):
            return False
        return not any(
            flow is not self and (flow.label_rect().intersects(box)
                                  or flow.marker_rect().intersects(box))
            for flow in self.source.flows | self.target.flows
        )

    @staticmethod
    def _arrow_head(before: QPointF, tip: QPointF) -> QPolygonF:
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        left = tip - QPointF(math.cos(angle - 0.45), math.sin(angle - 0.45)) * ARROW_SIZE
        right = tip - QPointF(math.cos(angle + 0.45), math.sin(angle + 0.45)) * ARROW_SIZE
        return QPolygonF([tip, left, right])

    def label_rect(self) -> QRectF:
        return QRectF(self._label_box)

    def marker_rect(self) -> QRectF:
        return QRectF(self._marker_box)

    def midpoint(self) -> QPointF:
        return self._path.pointAtPercent(0.5)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        shape = stroker.createStroke(self._path)
        shape.addPolygon(self._head)
        for box in (self._label_box, self._marker_box):
            if not box.isNull():
                shape.addRect(box)
        return shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = style.SELECTION if self.isSelected() else style.FLOW_LINE
        if self.problems and not self.isSelected():
            colour = style.PROBLEM
        width = (2.6 if self.isSelected() else 1.8) * style.line_scale(self)
        painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        font = self._font()
        if not self._marker_box.isNull():
            fill = style.fill_colour(self._rating, style.scene_profile(self))
            painter.setPen(QPen(fill.darker(140), 1.2))
            painter.setBrush(fill)
            painter.drawEllipse(self._marker_box)
            top = self._rating.top if self._rating is not None else None
            hatch = band_palette().hatch(top.band if top else None, style.scene_profile(self),
                                         style.text_colour(fill))
            if hatch is not None:  # "patterns on bands": the marker reads without colour
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(hatch)
                painter.drawEllipse(self._marker_box)
            painter.setPen(style.text_colour(fill))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(self._marker_box, Qt.AlignmentFlag.AlignCenter,
                             str(self.risk_count()))
        if not self._label_box.isNull():
            painter.setPen(QPen(colour, 1.0))
            painter.setBrush(style.FLOW_LABEL_BG)
            painter.drawRoundedRect(self._label_box, 6, 6)
            painter.setPen(style.TEXT_DARK)
            painter.setFont(font)
            painter.drawText(self._label_box, Qt.AlignmentFlag.AlignCenter, self._shown_label)
