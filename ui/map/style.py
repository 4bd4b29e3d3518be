"""Colours, pens and fonts of the process map, chosen to read well on a projector."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from riskmap.analysis import StageRating
from ui.colours import text_on

BACKGROUND = QColor("#F4F6F9")
GRID_DOT = QColor("#D9DEE5")
NEUTRAL_FILL = QColor("#E3E7ED")  # a stage without scored risks
NEUTRAL_BORDER = QColor("#9AA4B2")
TEXT_DARK = QColor("#17202B")
TEXT_LIGHT = QColor("#FFFFFF")
FLOW_LINE = QColor("#4A5565")
FLOW_LABEL_BG = QColor("#FFFFFF")
SELECTION = QColor("#1D5FD1")
PROBLEM = QColor("#C2410C")
CONNECT_LINE = QColor("#1D5FD1")

CORNER_RADIUS = 8.0
FONT_FAMILY = "DejaVu Sans"


def font(point_size: float, bold: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(point_size)
    result.setBold(bold)
    return result


def text_colour(fill: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with the fill."""
    return TEXT_DARK if text_on(fill) != QColor("#FFFFFF") else TEXT_LIGHT


def fill_colour(rating: StageRating | None) -> QColor:
    """The band colour of the highest scored risk, or neutral grey."""
    if rating is None or rating.top is None:
        return QColor(NEUTRAL_FILL)
    return QColor(rating.top.band.colour)


def border_colour(fill: QColor) -> QColor:
    return fill.darker(135) if fill != NEUTRAL_FILL else QColor(NEUTRAL_BORDER)


def badge_text(rating: StageRating | None) -> str:
    """E.g. "3 ▲ High": how many risks, and the band of the highest (never colour alone)."""
    if rating is None or rating.risk_count == 0:
        return "No risks"
    count = rating.risk_count
    if rating.top is None:
        return f"{count} unscored"
    return f"{count} ▲ {rating.top.band.name}"
