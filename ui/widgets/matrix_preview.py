"""A scale profile's matrix drawn small: band colours, scores, axis labels, optional marks."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from riskmap.scales import ScaleProfile
from ui.colours import MUTED_TEXT, text_on
from ui.language import impact_label, likelihood_label

Cell = tuple[int, int]  # (likelihood, impact)
GAP = 3.0
MARK_COLOUR = QColor("#1F3A5F")


class MatrixPreview(QWidget):
    """Likelihood rows (highest on top) by impact columns, each cell in its band colour
    with its score. Marks (e.g. vote counts) are drawn as numbered discs; one cell may be
    outlined (e.g. the proposed median)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: ScaleProfile | None = None
        self.marks: dict[Cell, int] = {}
        self.outlined: Cell | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 200)

    def sizeHint(self) -> QSize:
        return QSize(420, 340)

    def set_profile(self, profile: ScaleProfile | None) -> None:
        self.profile = profile
        self.update()

    def set_marks(self, marks: dict[Cell, int], outlined: Cell | None = None) -> None:
        self.marks = dict(marks)
        self.outlined = outlined
        self.update()

    # --- geometry -----------------------------------------------------------------
    def _label_width(self) -> float:
        return min(190.0, self.width() * 0.3)

    def cell_rect(self, likelihood: int, impact: int) -> QRectF:
        assert self.profile is not None
        n_l, n_i = self.profile.size
        left, bottom = self._label_width(), self.height() - 44.0
        width = (self.width() - left - 4) / n_i
        height = (bottom - 22) / n_l
        top = 22 + (n_l - likelihood) * height
        return QRectF(left + (impact - 1) * width, top, width, height).adjusted(
            GAP / 2, GAP / 2, -GAP / 2, -GAP / 2)

    # --- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.profile is None:
            return
        profile = self.profile
        n_l, n_i = profile.size
        sample = self.cell_rect(1, 1)
        score_font = QFont(self.font())
        score_font.setBold(True)
        score_font.setPixelSize(max(10, int(min(sample.height(), sample.width()) * 0.32)))
        label_font = QFont(self.font())
        widget_px = max(12, QFontMetricsF(self.font()).height() * 0.8)
        label_font.setPixelSize(max(10, int(min(widget_px, sample.height() * 0.3))))
        for lik in range(1, n_l + 1):
            for imp in range(1, n_i + 1):
                self._paint_cell(painter, lik, imp, score_font)
        painter.setFont(label_font)
        painter.setPen(MUTED_TEXT)
        flags = Qt.TextFlag.TextWordWrap
        for lik in range(1, n_l + 1):
            rect = self.cell_rect(lik, 1)
            box = QRectF(0, rect.top(), self._label_width() - 6, rect.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                      | flags), f"{lik} {likelihood_label(profile, lik)}")
        impact_font = _fitting(label_font, [f"{imp} {impact_label(profile, imp)}"
                                            for imp in range(1, n_i + 1)],
                               self.cell_rect(1, 1).width())
        painter.setFont(impact_font)
        for imp in range(1, n_i + 1):
            rect = self.cell_rect(1, imp)
            box = QRectF(rect.left(), rect.bottom() + 2, rect.width(), 40)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                      | flags), f"{imp} {impact_label(profile, imp)}")
        bold = QFont(label_font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(QRectF(self._label_width(), 0, self.width() - self._label_width(), 20),
                         int(Qt.AlignmentFlag.AlignCenter), self.tr("Impact →"))
        painter.drawText(QRectF(0, 0, self._label_width() - 6, 20),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         self.tr("Likelihood ↑"))

    def _paint_cell(self, painter: QPainter, lik: int, imp: int, font: QFont) -> None:
        assert self.profile is not None
        rect = self.cell_rect(lik, imp)
        score = self.profile.score(lik, imp)
        fill = QColor(self.profile.band(score).colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        count = self.marks.get((lik, imp), 0)
        painter.setFont(font)
        painter.setPen(text_on(fill))
        if count:
            # The score moves to a corner; the disc with the count takes the centre.
            small = QFont(font)
            small.setPixelSize(max(9, font.pixelSize() // 2))
            painter.setFont(small)
            painter.drawText(rect.adjusted(4, 2, -4, -2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             str(score))
            radius = min(rect.width(), rect.height()) * 0.3
            disc = QRectF(rect.center().x() - radius, rect.center().y() - radius,
                          2 * radius, 2 * radius)
            painter.setBrush(MARK_COLOUR)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawEllipse(disc)
            painter.setFont(font)
            painter.setPen(QColor("white"))
            painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), str(count))
        else:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(score))
        if self.outlined == (lik, imp):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(MARK_COLOUR, 4))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)


def _fitting(font: QFont, texts: list[str], width: float) -> QFont:
    """The font, made smaller until no word of the texts is wider than `width`."""
    fitted = QFont(font)
    words = [word for text in texts for word in text.split()]
    while fitted.pixelSize() > 8:
        metrics = QFontMetricsF(fitted)
        if all(metrics.horizontalAdvance(word) <= width - 2 for word in words):
            break
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted
