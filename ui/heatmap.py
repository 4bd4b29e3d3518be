"""HeatmapWidget: the profile's grid in band colours with counts and risk codes; click a
cell to filter, hover a code to read the risk, drag a code to another cell to re-score.
By keyboard: arrows move between cells, Enter or Space filters on the cell."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from riskmap.analysis import HeatmapGrid, heatmap_grid, update_grid
from riskmap.edits import Change, EntityType, set_score
from riskmap.vocabulary import ScoreKind
from ui.colours import band_colour, band_palette, text_on
from ui.document import Document
from ui.editing import apply_edit
from ui.heatmap_layout import (
    Cell,
    Chip,
    Fonts,
    cell_heading,
    heatmap_fonts,
    layout_heatmap,
    paint_axes,
)
from ui.language import builtin_tr, impact_label, likelihood_label
from ui.texts import holder_id, short


class HeatmapWidget(QWidget):
    """Paints the heat map of the document's current score kind."""

    cell_clicked = Signal(int, int, object)  # likelihood, impact, list of risk ids
    risk_activated = Signal(object)  # a double-clicked code

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 70)
        # The grid of each kind shown so far, kept current (switching kinds counts nothing).
        self._grids: dict[ScoreKind, HeatmapGrid] = {}
        # Risks edited since the grids were last read: moved when the grid is next needed
        # (painted, or read), so that a heat map out of sight does no work.
        self._pending: dict[uuid.UUID, None] = {}
        self._cells: dict[Cell, QRectF] = {}
        self._chips: list[Chip] = []
        self._hover: uuid.UUID | None = None
        self._press: tuple[QPointF, Chip | None] | None = None
        self._drag: Chip | None = None
        self._drag_pos = QPointF()
        self.selected_cell: Cell | None = None
        self.focus_cell: Cell | None = None  # where the keyboard is
        self.compact = False
        self.counts_only = False
        document.changed.connect(self._on_changed)
        document.reset.connect(self.refresh)
        document.score_kind_changed.connect(lambda _kind: self._show_kind())
        band_palette().changed.connect(self.update)
        self.setAccessibleName(self.tr("Heat map"))

    # --- data ----------------------------------------------------------------------------
    @property
    def grid(self) -> HeatmapGrid:
        """The grid of the current kind: computed when first needed (after an open or a
        profile switch), then kept current risk by risk, the risks edited since it was
        last read moved when it is next read."""
        if self._pending:
            risks, self._pending = list(self._pending), {}
            for grid in self._grids.values():
                update_grid(grid, self.document.project, risks)
        kind = self.document.score_kind
        if kind not in self._grids:
            self._grids[kind] = heatmap_grid(self.document.project, kind)
        return self._grids[kind]

    def _show_kind(self) -> None:
        self._cells = {}
        self.update()

    def refresh(self) -> None:
        self._grids = {}
        self._pending = {}
        self._cells = {}
        self.update()

    def _on_changed(self, changes: Sequence[Change]) -> None:
        if any(c.entity is EntityType.PROJECT for c in changes):  # e.g. another profile
            self.refresh()
            return
        risks = [c.id for c in changes if c.entity is EntityType.RISK and c.id is not None]
        if risks and self._grids:  # only the risks the edit names move, when next read
            self._pending.update(dict.fromkeys(risks))
            self._cells = {}
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    # --- geometry -------------------------------------------------------------------------
    def _fonts(self) -> Fonts:
        return heatmap_fonts(QFont(self.font()))

    def _layout(self) -> None:
        geometry = layout_heatmap(self.grid, float(self.width()), float(self.height()),
                                  self._fonts())
        self._cells, self._chips = geometry.cells, geometry.chips
        self.compact, self.counts_only = geometry.compact, geometry.counts_only

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        if not self._cells:
            self._layout()
        return self._cells[(likelihood, impact)]

    def chip_rect(self, risk_id: uuid.UUID) -> QRectF | None:
        if not self._cells:
            self._layout()
        return next((c.rect for c in self._chips if c.risk_id == risk_id), None)

    def cell_at(self, pos: QPointF) -> Cell | None:
        if not self._cells:
            self._layout()
        return next((key for key, rect in self._cells.items() if rect.contains(pos)), None)

    def chip_at(self, pos: QPointF) -> Chip | None:
        if not self._cells:
            self._layout()
        return next((chip for chip in self._chips if chip.rect.contains(pos)), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cells = {}
        super().resizeEvent(event)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        paint_axes(painter, self.grid, self._cells, self.compact, self._fonts()[0],
                   self.palette().text().color(), self.height())
        for key, rect in self._cells.items():
            self._paint_cell(painter, key, rect)
        for chip in self._chips:
            self._paint_chip(painter, chip)
        if self._drag is not None:
            self._paint_drag(painter)
        painter.end()
        self._describe()  # the grid is computed now: what a screen reader says stays true

    def _paint_cell(self, painter: QPainter, key: Cell, rect: QRectF) -> None:
        cell = self.grid.cells[key]
        fill = band_colour(cell.band, self.grid.profile)
        ink = text_on(fill)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)
        hatch = band_palette().hatch(cell.band, self.grid.profile, ink)
        if hatch is not None:
            painter.setBrush(hatch)
            painter.drawRoundedRect(rect, 4, 4)
        if key == self.focus_cell and self.hasFocus():
            painter.setPen(QPen(ink, 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(4.5, 4.5, -4.5, -4.5), 3, 3)
        if key == self.selected_cell or (self._drag is not None and key == self._drop_cell()):
            pen = QPen(QColor("#111111"), 3, Qt.PenStyle.DashLine if self._drag else
                       Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 4, 4)
        _, small, big = self._fonts()
        painter.setPen(ink)
        inner = rect.adjusted(6, 3, -6, -3)
        if self.counts_only:
            self._paint_count(painter, builtin_tr(cell.band.name), cell.count, inner)
            return
        count_w = QFontMetricsF(big).horizontalAdvance(str(cell.count)) + 4 if cell.count else 0
        painter.setFont(small)
        band_name = builtin_tr(cell.band.name)
        heading = cell_heading(f"{band_name} · {cell.score}", band_name,
                                QFontMetricsF(small), inner.width() - count_w)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, heading)
        if cell.count:
            painter.setFont(big)
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             str(cell.count))

    def _paint_count(self, painter: QPainter, band_name: str, count: int,
                     inner: QRectF) -> None:
        """A low cell: the band's name over the count when both fit, else beside it, so
        that the cell reads without its colour; the count alone in the smallest cells."""
        _, small, big = self._fonts()
        small_h = QFontMetricsF(small).height()
        font = big if inner.height() > QFontMetricsF(big).height() else small
        text = str(count) if count else ""
        centre = Qt.AlignmentFlag.AlignCenter
        if inner.height() >= small_h + QFontMetricsF(font).height() * (1 if text else 0):
            band = cell_heading(band_name, band_name, QFontMetricsF(small), inner.width())
            painter.setFont(small)
            top = inner if not text else QRectF(inner.left(), inner.top(), inner.width(),
                                                small_h)
            painter.drawText(top, centre if not text else
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, band)
            if text:
                painter.setFont(font)
                painter.drawText(inner.adjusted(0, small_h, 0, 0), centre, text)
            return
        count_w = QFontMetricsF(font).horizontalAdvance(text) + 4 if text else 0
        band = cell_heading(band_name, band_name, QFontMetricsF(small), inner.width() - count_w)
        middle = Qt.AlignmentFlag.AlignVCenter
        if band:
            painter.setFont(small)
            painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | middle, band)
        painter.setFont(font)
        painter.drawText(inner, (Qt.AlignmentFlag.AlignRight if band
                                 else Qt.AlignmentFlag.AlignHCenter) | middle, text)

    def _paint_chip(self, painter: QPainter, chip: Chip, ghost: bool = False) -> None:
        _, small, _ = self._fonts()
        hovered = chip.risk_id is not None and chip.risk_id == self._hover
        painter.setPen(QPen(QColor("#111111"), 1.5) if hovered or ghost else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 235 if chip.risk_id else 150))
        painter.drawRoundedRect(chip.rect, 3, 3)
        painter.setPen(QColor("#111111"))
        painter.setFont(small)
        painter.drawText(chip.rect, Qt.AlignmentFlag.AlignCenter, chip.text)

    def _paint_drag(self, painter: QPainter) -> None:
        assert self._drag is not None
        rect = QRectF(self._drag.rect)
        rect.moveCenter(self._drag_pos)
        self._paint_chip(painter, Chip(rect, self._drag.risk_id, self._drag.text,
                                       self._drag.cell), ghost=True)

    # --- interaction -----------------------------------------------------------------------
    def _drop_cell(self) -> Cell | None:
        return self.cell_at(self._drag_pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position(), self.chip_at(event.position()))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._press is not None and self._drag is None:
            start, chip = self._press
            far = (pos - start).manhattanLength() >= QApplication.startDragDistance()
            if chip is not None and chip.risk_id is not None and far:
                self._drag = chip
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._drag is not None:
            self._drag_pos = pos
            self.update()
            return
        chip = self.chip_at(pos)
        hover = chip.risk_id if chip else None
        if hover != self._hover:
            self._hover = hover
            self.setCursor(Qt.CursorShape.OpenHandCursor if hover else Qt.CursorShape.ArrowCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if self._drag is not None:
            self._drop(self._drag, self.cell_at(event.position()))
            return
        chip = press[1]
        if chip is not None and chip.risk_id is not None:
            risk = self.document.project.risk(chip.risk_id)
            holder = holder_id(risk)
            self.document.select([risk.id] + ([holder] if holder else []))
            return
        key = self.cell_at(event.position())
        if key is not None:
            self.click_cell(*key)

    def click_cell(self, likelihood: int, impact: int) -> None:
        """Select a cell (or unselect it when clicked again) and say which risks it holds."""
        key = (likelihood, impact)
        self.selected_cell = None if self.selected_cell == key else key
        ids = list(self.grid.cells[key].risk_ids) if self.selected_cell else []
        self.update()
        self.cell_clicked.emit(likelihood, impact, ids if self.selected_cell else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chip = self.chip_at(event.position())
        if chip is not None and chip.risk_id is not None:
            self.risk_activated.emit(chip.risk_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._end_drag()
            return
        steps = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Left: (0, -1)}
        if key in steps and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            rows, columns = self.grid.profile.size
            lik, imp = self.focus_cell or self.selected_cell or (rows, 1)
            if self.focus_cell is not None or self.selected_cell is not None:
                lik = min(max(lik + steps[key][0], 1), rows)
                imp = min(max(imp + steps[key][1], 1), columns)
            self.focus_cell = (lik, imp)
            self.update()
            self._describe()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focus_cell:
            self.click_cell(*self.focus_cell)
            self._describe()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.focus_cell is None:
            self.focus_cell = self.selected_cell or (self.grid.profile.size[0], 1)
        self._describe()
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def cell_text(self, likelihood: int, impact: int) -> str:
        """A cell in words: its levels, band, score and risks (for screen readers)."""
        profile = self.grid.profile
        cell = self.grid.cells[(likelihood, impact)]
        codes = ", ".join(cell.risk_codes[:10]) + (" …" if cell.count > 10 else "")
        return self.tr("Likelihood {lik}, impact {imp}: {band}, score {score}, "
                       "%n risk(s) {codes}", "", cell.count).format(
            lik=likelihood_label(profile, likelihood), imp=impact_label(profile, impact),
            band=builtin_tr(cell.band.name), score=cell.score, codes=codes).strip()

    def _describe(self) -> None:
        if self.focus_cell is None:
            text = self.tr("%n risk(s). Arrow keys move between cells; Enter shows a "
                           "cell's risks in the register.", "", self.grid.total)
        else:
            text = self.cell_text(*self.focus_cell)
            if self.selected_cell == self.focus_cell:
                text += " " + self.tr("(shown in the register)")
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))

    def _end_drag(self) -> None:
        self._drag = None
        self._press = None
        self.unsetCursor()
        self.update()

    def _drop(self, chip: Chip, target: Cell | None) -> None:
        self._end_drag()
        if target is None or target == chip.cell or chip.risk_id is None:
            return
        project = self.document.project
        edit = set_score(project, chip.risk_id, self.document.score_kind, *target)
        apply_edit(self.document, edit, self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        """The statement of the code under the mouse, or what the cell holds."""
        pos = QPointF(pos)
        chip = self.chip_at(pos)
        profile = self.grid.profile
        if chip is not None and chip.risk_id is not None:
            risk = self.document.project.risk(chip.risk_id)
            return (f"{risk.code}: {short(risk.statement, 200)}\n"
                    + self.tr("Drag to another cell to re-score."))
        key = chip.cell if chip else self.cell_at(pos)
        if key is None:
            return ""
        cell = self.grid.cells[key]
        lik, imp = likelihood_label(profile, key[0]), impact_label(profile, key[1])
        return self.tr("{lik} × {imp}: score {score}, {band} — %n risk(s)", "", cell.count).format(
            lik=lik, imp=imp, score=cell.score, band=builtin_tr(cell.band.name))
