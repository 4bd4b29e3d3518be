"""A stage on the map: a box in its rating colour with code, name and a risk badge."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from riskmap.analysis import StageRating
from riskmap.graph import STAGE_HEIGHT, STAGE_WIDTH
from riskmap.model import Stage
from ui.colours import band_palette
from ui.language import builtin_tr, translate
from ui.map import style

if TYPE_CHECKING:
    from ui.map.flow_item import FlowItem

HANDLE_RADIUS = 7.0
PADDING = 10.0
_BOX = QRectF(0, 0, STAGE_WIDTH, STAGE_HEIGHT)
_BOUNDS = _BOX.adjusted(-10, -10, HANDLE_RADIUS + 10, 10)  # the focus ring too
_CODE_FONT = style.font(9, bold=True)
_NAME_FONT = style.font(10.5, bold=True)
_BADGE_FONT = style.font(8.5, bold=True)


COMPACT_LOD = 0.6  # below this zoom, fewer and larger words so that the map stays legible
# Below this zoom (a long process fitted on a projector) only the code and the band show,
# as large as the box allows: the name is in the tooltip and the inspector.
OVERVIEW_LOD = 0.42
_COMPACT_MIN_PT, _COMPACT_MAX_PT = 10.5, 18.0


def _wrap(text: str, width: float, lines: int, font: QFont = _NAME_FONT) -> str:
    """At most `lines` lines of `text` wrapped to `width`; the last one elided with …."""
    metrics = QFontMetricsF(font)
    words, result, current = text.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            result.append(current)
            current = word
    if current:
        result.append(current)
    if len(result) > lines:
        result = [*result[: lines - 1], " ".join(result[lines - 1:])]
    elide = Qt.TextElideMode.ElideRight
    return "\n".join(metrics.elidedText(line, elide, width) for line in result)


class StageItem(QGraphicsItem):
    """Draws one stage; the scene turns moves and gestures on it into edits."""

    def __init__(self, stage: Stage, rating: StageRating | None) -> None:
        super().__init__()
        self.stage_id: uuid.UUID = stage.id
        self.flows: set[FlowItem] = set()
        self.problems: list[str] = []
        self._hovered = False
        self._code = ""
        self._name = ""
        self._full_name = ""
        self._compact: tuple[float, str] | None = None
        self._badge = ""
        self._rating: StageRating | None = None
        self._fill: QColor | None = None  # in the palette: computed once in the scene
        self.targeted = False  # the stage a keyboard "Connect To" would go to
        self._focus_seen = False  # focus came by keyboard: ring it (a click needs no ring)
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable | flags.ItemIsFocusable
                      | flags.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self.update_stage(stage)
        self.update_rating(rating)

    # --- content ------------------------------------------------------------------
    def update_stage(self, stage: Stage) -> None:
        self._code = stage.code
        self._name = _wrap(stage.name, STAGE_WIDTH - 2 * PADDING, 2)
        self._full_name = stage.name
        self._compact = None
        self._refresh_tooltip()
        self.update()

    def update_rating(self, rating: StageRating | None) -> None:
        self._rating = rating
        self._fill = None
        self._badge = style.badge_text(rating)
        self._refresh_tooltip()
        self.update()

    def set_problems(self, messages: list[str]) -> None:
        if messages != self.problems:
            self.problems = messages
            self._refresh_tooltip()
            self.update()

    @property
    def code(self) -> str:
        return self._code

    @property
    def name(self) -> str:
        return self._full_name

    @property
    def badge(self) -> str:
        return self._badge

    @property
    def fill(self) -> QColor:
        """The band colour in the chosen palette (neutral grey without scored risks)."""
        if self._fill is None:
            profile = style.scene_profile(self)
            fill = style.fill_colour(self._rating, profile)
            if profile is None:  # not in a scene yet: the palette is not known
                return fill
            self._fill = fill
        return QColor(self._fill)

    @property
    def band_name(self) -> str:
        """The band of the highest risk, "unscored", or "" without risks (in the interface
        language)."""
        if self._rating is None or self._rating.risk_count == 0:
            return ""
        if self._rating.top is None:
            return translate("StageItem", "unscored")
        return builtin_tr(self._rating.top.band.name)

    def palette_changed(self) -> None:
        self._fill = None
        self.update()

    def set_targeted(self, on: bool) -> None:
        if on != self.targeted:
            self.targeted = on
            self.update()

    def _refresh_tooltip(self) -> None:
        lines = [f"<b>{self._code}</b> {_escape(self._full_name)}",
                 _escape(self._badge)]
        lines += [f"<span style='color:{style.PROBLEM.name()}'>⚠ {_escape(m)}</span>"
                  for m in self.problems]
        self.setToolTip("<br>".join(lines))

    # --- geometry -------------------------------------------------------------------
    def box(self) -> QRectF:
        return QRectF(_BOX)

    def boundingRect(self) -> QRectF:
        return _BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # the handle overlaps the box: keep both
        path.addRoundedRect(self.box(), style.CORNER_RADIUS, style.CORNER_RADIUS)
        path.addEllipse(self.handle_centre(), HANDLE_RADIUS + 3, HANDLE_RADIUS + 3)
        return path

    def handle_centre(self) -> QPointF:
        return QPointF(STAGE_WIDTH, STAGE_HEIGHT / 2)

    def on_handle(self, local: QPointF) -> bool:
        """Whether a point (item coordinates) is on the connection handle."""
        delta = local - self.handle_centre()
        return bool((delta.x() ** 2 + delta.y() ** 2) ** 0.5 <= HANDLE_RADIUS + 3)

    def scene_box(self) -> QRectF:
        return self.mapRectToScene(self.box())

    # --- painting ---------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box()
        radius = style.CORNER_RADIUS
        fill = self.fill
        if self.isSelected():
            painter.setPen(QPen(style.SELECTION, 3.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3)
        if (self.hasFocus() and self._focus_seen) or self.targeted:
            # The keyboard's stage: a dashed ring outside the selection, seen on any fill
            # and in greyscale; the target of a keyboard connection in the connect colour.
            colour = style.CONNECT_LINE if self.targeted else style.FOCUS_RING
            painter.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-7, -7, 7, 7), radius + 6, radius + 6)
        border = QPen(style.border_colour(fill), 1.5 * style.line_scale(self))
        if self.problems:
            border = QPen(style.PROBLEM, 2.5, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, radius, radius)
        ink = style.text_colour(fill)
        hatch = band_palette().hatch(self._rating.top.band if self._rating and self._rating.top
                                     else None, style.scene_profile(self), ink)
        if hatch is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hatch)
            painter.drawRoundedRect(box, radius, radius)
        painter.setPen(ink)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < OVERVIEW_LOD:
            self._paint_overview(painter, box, ink)
        elif lod < COMPACT_LOD:
            self._paint_compact(painter, box, ink, lod)
        else:
            self._paint_detailed(painter, box, ink)
        if self._hovered or self.isSelected():
            painter.setPen(QPen(style.SELECTION, 1.5))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawEllipse(self.handle_centre(), HANDLE_RADIUS - 1, HANDLE_RADIUS - 1)
            painter.drawLine(self.handle_centre() + QPointF(-3, 0),
                             self.handle_centre() + QPointF(3, 0))
            painter.drawLine(self.handle_centre() + QPointF(0, -3),
                             self.handle_centre() + QPointF(0, 3))

    def _paint_detailed(self, painter: QPainter, box: QRectF, ink: QColor) -> None:
        painter.setFont(_CODE_FONT)
        inner = box.adjusted(PADDING, 6, -PADDING, -6)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._code)
        if self.problems:
            painter.setPen(style.PROBLEM if ink != style.TEXT_LIGHT else ink)
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "⚠")
            painter.setPen(ink)
        painter.setFont(_NAME_FONT)
        name_box = QRectF(box.left() + PADDING, 22, box.width() - 2 * PADDING, 42)
        painter.drawText(name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._name)
        self._paint_badge(painter, box, ink)

    def _paint_compact(self, painter: QPainter, box: QRectF, ink: QColor, lod: float) -> None:
        """Zoomed out: code and band on one line, the name below, in larger type."""
        size = max(_COMPACT_MIN_PT, min(_COMPACT_MAX_PT, 6.5 / max(lod, 0.01)))
        font = style.font(size, bold=True)
        if self._compact is None or self._compact[0] != size:
            width = box.width() - PADDING
            self._compact = (size, _wrap(self._full_name, width, 2, font))
        band = self.band_name
        inner = box.adjusted(PADDING / 2, 4, -PADDING / 2, -4)
        painter.setFont(font)
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        metrics = QFontMetricsF(font)
        heading = f"{self._code}  {band}".strip()
        if metrics.horizontalAdvance(heading) > inner.width():  # a longer French band name
            heading = metrics.elidedText(f"{self._code} {band}".strip(),
                                         Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, top, heading)
        line = QFontMetricsF(font).lineSpacing()
        painter.drawText(inner.adjusted(0, line, 0, 0), top, self._compact[1])

    def _paint_overview(self, painter: QPainter, box: QRectF, ink: QColor) -> None:
        """Far out: the code in large type, the band below it, nothing else."""
        inner = box.adjusted(PADDING / 2, 2, -PADDING / 2, -2)
        code_font = style.font(34.0, bold=True)
        metrics = QFontMetricsF(code_font)
        if metrics.horizontalAdvance(self._code) > inner.width():
            code_font = style.font(34.0 * inner.width() / metrics.horizontalAdvance(self._code),
                                   bold=True)
        painter.setFont(code_font)
        upper = QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.58)
        painter.drawText(upper, Qt.AlignmentFlag.AlignCenter, self._code)
        band = self.band_name
        if band:
            band_font = style.font(22.0, bold=True)
            band_metrics = QFontMetricsF(band_font)
            text = band_metrics.elidedText(band, Qt.TextElideMode.ElideRight, inner.width())
            painter.setFont(band_font)
            lower = QRectF(inner.left(), upper.bottom(), inner.width(),
                           inner.bottom() - upper.bottom())
            painter.drawText(lower, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_badge(self, painter: QPainter, box: QRectF, ink: QColor) -> None:
        metrics = QFontMetricsF(_BADGE_FONT)
        width = metrics.horizontalAdvance(self._badge) + 14
        pill = QRectF(box.left() + PADDING, box.bottom() - 24, width, 18)
        light = ink != style.TEXT_LIGHT
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 150) if light else QColor(0, 0, 0, 60))
        painter.drawRoundedRect(pill, 9, 9)
        painter.setPen(ink)
        painter.setFont(_BADGE_FONT)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, self._badge)

    # --- interaction -------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        reason = event.reason()
        if reason not in (Qt.FocusReason.ActiveWindowFocusReason,
                          Qt.FocusReason.PopupFocusReason):  # back as it was: unchanged
            self._focus_seen = reason != Qt.FocusReason.MouseFocusReason
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if hasattr(scene, "stage_moved"):
                scene.stage_moved(self)
            for flow in self.flows:
                flow.adjust()
        return super().itemChange(change, value)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
