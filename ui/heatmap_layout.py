"""Geometry of the heat map: cell rectangles, code chips, and what fits at a given size."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from riskmap.analysis import HeatmapGrid
from ui.colours import MUTED_TEXT
from ui.language import builtin_tr, translate

Cell = tuple[int, int]  # (likelihood, impact)
Fonts = tuple[QFont, QFont, QFont]  # text, small (headings, codes), big (counts)
GAP = 4.0
CHIP_PAD = 4.0


@dataclass(frozen=True)
class Chip:
    rect: QRectF
    risk_id: uuid.UUID | None  # None for the "+N" chip of a full cell
    text: str
    cell: Cell


@dataclass
class HeatmapLayout:
    cells: dict[Cell, QRectF] = field(default_factory=dict)
    chips: list[Chip] = field(default_factory=list)
    # Low (a docked panel): no axis titles, impact labels on one line.
    compact: bool = False
    # Too low for a heading and a row of codes: each cell shows its count only.
    counts_only: bool = False


def heatmap_fonts(base: QFont) -> Fonts:
    small = QFont(base)
    small.setPointSizeF(max(base.pointSizeF() * 0.85, 7.5))
    big = QFont(base)
    big.setBold(True)
    big.setPointSizeF(base.pointSizeF() * 1.5)
    return base, small, big


def layout_heatmap(grid: HeatmapGrid, width: float, height: float,
                   fonts: Fonts) -> HeatmapLayout:
    """Where each cell and each code goes in a widget of this size."""
    profile = grid.profile
    base, small, _ = fonts
    metrics = QFontMetricsF(base)
    n_l, n_i = profile.size
    label_w = max(metrics.horizontalAdvance(f"{lv.value} {builtin_tr(lv.label)}")
                  for lv in profile.likelihood) + 12
    result = HeatmapLayout(compact=height < 300)
    title = 0.0 if result.compact else metrics.height() + 8
    left = title + min(label_w, width * 0.22)
    bottom = title + metrics.height() * (1 if result.compact else 2) + 8
    area = QRectF(left, 6, width - left - 6, height - bottom - 6)
    cell_w, cell_h = area.width() / n_i, area.height() / n_l
    for lik in range(1, n_l + 1):
        for imp in range(1, n_i + 1):
            result.cells[(lik, imp)] = QRectF(area.left() + (imp - 1) * cell_w + GAP / 2,
                                              area.top() + (n_l - lik) * cell_h + GAP / 2,
                                              cell_w - GAP, cell_h - GAP)
    chip_metrics = QFontMetricsF(small)
    result.counts_only = (cell_h - GAP
                          < metrics.height() * 1.6 + chip_metrics.height() + 14)
    if not result.counts_only:
        for key, rect in result.cells.items():
            result.chips += layout_chips(grid, key, rect, chip_metrics, metrics.height())
    return result


def layout_chips(grid: HeatmapGrid, key: Cell, rect: QRectF, metrics: QFontMetricsF,
                 line: float) -> list[Chip]:
    """Codes in rows under the cell's heading; when they do not all fit, the last one
    that would shows "+N" for the rest."""
    cell = grid.cells[key]
    chip_h = metrics.height() + CHIP_PAD
    left, right, bottom = rect.left() + 6, rect.right() - 6, rect.bottom() - 4
    x, y = left, rect.top() + line * 1.6 + 6
    chips: list[Chip] = []
    for number, (risk_id, code) in enumerate(zip(cell.risk_ids, cell.risk_codes,
                                                  strict=True)):
        width = metrics.horizontalAdvance(code) + 2 * CHIP_PAD
        if x + width > right and x > left:
            x, y = left, y + chip_h + 3
        if y + chip_h > bottom:
            if chips:
                last = chips.pop()
                rest = len(cell.risk_ids) - number + 1
                more = QRectF(last.rect.left(), last.rect.top(),
                              metrics.horizontalAdvance(f"+{rest}") + 2 * CHIP_PAD, chip_h)
                chips.append(Chip(more, None, f"+{rest}", key))
            break
        chips.append(Chip(QRectF(x, y, width, chip_h), risk_id, code, key))
        x += width + 3
    return chips


def cell_heading(full: str, short: str, metrics: QFontMetricsF, width: float) -> str:
    """The band and score; the band alone, shortened, in a narrow cell; else nothing."""
    if metrics.horizontalAdvance(full) <= width:
        return full
    if width < metrics.horizontalAdvance("Low"):
        return ""
    return metrics.elidedText(short, Qt.TextElideMode.ElideRight, width)


def paint_axes(painter: QPainter, grid: HeatmapGrid, cells: dict[Cell, QRectF],
               compact: bool, base: QFont, ink: QColor, height: float) -> None:
    """Level labels on both axes; the axis titles when there is room."""
    profile = grid.profile
    painter.setPen(ink)
    painter.setFont(base)
    first = cells[(1, 1)]
    room = first.left() - 8 - (0 if compact else QFontMetricsF(base).height() + 8)
    for level in profile.likelihood:
        rect = cells[(level.value, 1)]
        label = QRectF(first.left() - room - 8, rect.top(), room, rect.height())
        text = QFontMetricsF(base).elidedText(f"{level.value} {builtin_tr(level.label)}",
                                              Qt.TextElideMode.ElideRight, room)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         text)
    for level in profile.impact:
        rect = cells[(1, level.value)]
        lines = 1 if compact else 2
        label = QRectF(rect.left(), rect.bottom() + 4, rect.width(),
                       QFontMetricsF(base).height() * lines + 2)
        text = f"{level.value} {builtin_tr(level.label)}"
        metrics = QFontMetricsF(base)
        # Wrap on two lines when every word fits, else shorten on one line.
        words_fit = all(metrics.horizontalAdvance(w) <= rect.width() for w in text.split())
        if compact or not words_fit:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, text)
    if compact:
        return
    painter.setPen(MUTED_TEXT)
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    top = cells[(len(profile.likelihood), 1)]
    right = cells[(1, len(profile.impact))]
    bottom_y = height - QFontMetricsF(bold).height() - 4
    painter.drawText(QRectF(first.left(), bottom_y, right.right() - first.left(),
                            QFontMetricsF(bold).height()),
                     Qt.AlignmentFlag.AlignCenter, translate("HeatmapWidget", "Impact →"))
    painter.save()
    painter.translate(2, first.bottom())
    painter.rotate(-90)
    painter.drawText(QRectF(0, 0, first.bottom() - top.top(), QFontMetricsF(bold).height()),
                     Qt.AlignmentFlag.AlignCenter, translate("HeatmapWidget", "Likelihood →"))
    painter.restore()
