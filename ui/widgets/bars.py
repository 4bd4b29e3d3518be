"""Small painted charts for the dashboard: labelled bars, and band counts by score kind."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.colours import MUTED_TEXT, text_on

ROW = 24.0
TRACK = QColor("#E9EDF2")


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: QColor
    text: str = ""  # shown after the bar; the value when empty
    tooltip: str = ""


class BarList(QWidget):
    """One row a bar: label on the left, bar scaled to the largest value, number after."""

    def __init__(self, label_width: int = 150, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_width = label_width
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setFixedHeight(int(ROW * max(len(bars), 1)) + 2)
        self.updateGeometry()  # the numbers' width may have changed
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.label_width + 160, int(ROW * max(len(self.bars), 1)) + 2)

    def minimumSizeHint(self) -> QSize:
        """Room for the labels, a short bar and the longest number ("11 (4 faites)"), so
        that a longer language widens the card instead of cutting the text."""
        metrics = QFontMetricsF(self.font())
        number_w = max((metrics.horizontalAdvance(b.text or str(b.value)) for b in self.bars),
                       default=0)
        return QSize(int(self.label_width + number_w + 44), int(ROW * max(len(self.bars), 1)))

    def row_at(self, y: float) -> int:
        return int(y // ROW)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if 0 <= row < len(self.bars) and self.bars[row].tooltip:
                QToolTip.showText(event.globalPos(), self.bars[row].tooltip, self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        top = max((b.value for b in self.bars), default=0) or 1
        number_w = max((metrics.horizontalAdvance(b.text or str(b.value)) for b in self.bars),
                       default=0) + 8
        track_w = max(self.width() - self.label_width - number_w - 8, 20)
        for row, bar in enumerate(self.bars):
            y = row * ROW
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, self.label_width - 8, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                self.label_width - 8))
            track = QRectF(self.label_width, y + 5, track_w, ROW - 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 3, 3)
            if bar.value:
                painter.setBrush(bar.colour)
                painter.drawRoundedRect(QRectF(track.left(), track.top(),
                                               max(track_w * bar.value / top, 4),
                                               track.height()), 3, 3)
            painter.setPen(self.palette().text().color() if bar.value else MUTED_TEXT)
            painter.drawText(QRectF(track.right() + 6, y, number_w, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             bar.text or str(bar.value))
        painter.end()


class BandCountsChart(QWidget):
    """Rows of bands, columns inherent / residual / target; each cell the count on a bar in
    the band's colour, so the shift from inherent to target reads at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.rows: list[tuple[str, QColor, list[int]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, columns: list[str], rows: list[tuple[str, QColor, list[int]]]) -> None:
        self.columns, self.rows = columns, rows
        self.setFixedHeight(int(ROW * (len(rows) + 1)) + 2)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(330, int(ROW * (len(self.rows) + 1)) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_w = 90.0
        cell_w = (self.width() - label_w) / max(len(self.columns), 1)
        bold = QFont(self.font())
        bold.setBold(True)
        # Column titles ("Inherent", "Résiduel"...) in a smaller type when they would touch.
        heading = QFont(bold)
        widest = max((QFontMetricsF(bold).horizontalAdvance(t) for t in self.columns),
                     default=0.0)
        if widest > cell_w - 6 > 0:
            heading.setPointSizeF(max(6.5, bold.pointSizeF() * (cell_w - 6) / widest))
        painter.setFont(heading)
        painter.setPen(MUTED_TEXT)
        metrics = QFontMetricsF(heading)
        for number, title in enumerate(self.columns):
            painter.drawText(QRectF(label_w + number * cell_w, 0, cell_w, ROW),
                             Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(title, Qt.TextElideMode.ElideRight, cell_w - 2))
        top = max((v for _, _, values in self.rows for v in values), default=0) or 1
        for row, (name, colour, values) in enumerate(self.rows):
            y = (row + 1) * ROW
            painter.setFont(self.font())
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y, label_w - 6, ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
            for number, value in enumerate(values):
                cell = QRectF(label_w + number * cell_w + 4, y + 3, cell_w - 8, ROW - 6)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TRACK)
                painter.drawRoundedRect(cell, 3, 3)
                filled = QRectF(cell.left(), cell.top(), cell.width() * value / top,
                                cell.height())
                if value:
                    painter.setBrush(colour)
                    painter.drawRoundedRect(filled, 3, 3)
                ink = text_on(colour) if value and filled.width() > 24 else \
                    self.palette().text().color()
                painter.setPen(ink)
                painter.setFont(bold)
                painter.drawText(cell.adjusted(6, 0, 0, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 str(value))
        painter.end()
