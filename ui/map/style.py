"""Colours, pens and fonts of the process map, chosen to read well on a projector."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem

from riskmap.analysis import StageRating
from riskmap.scales import ScaleProfile
from ui import fonts
from ui.colours import band_colour, text_on
from ui.language import builtin_tr, translate

BACKGROUND = QColor("#F4F6F9")
GRID_DOT = QColor("#D9DEE5")
NEUTRAL_FILL = QColor("#E3E7ED")  # a stage without scored risks
NEUTRAL_BORDER = QColor("#9AA4B2")
TEXT_DARK = QColor("#17202B")  # on white (flow labels)
TEXT_LIGHT = QColor("#FFFFFF")
FLOW_LINE = QColor("#4A5565")
FLOW_LABEL_BG = QColor("#FFFFFF")
SELECTION = QColor("#1D5FD1")
FOCUS_RING = QColor("#111111")  # dashed around the keyboard's stage, on any fill
PROBLEM = QColor("#C2410C")
CONNECT_LINE = QColor("#1D5FD1")

CORNER_RADIUS = 8.0
FONT_FAMILY = "DejaVu Sans"
# The application font size the map's type was drawn for: a larger system font (or the
# presentation view) shows the map larger by the same factor.
DESIGN_POINT_SIZE = 10.0


def font(point_size: float, bold: bool = False) -> QFont:
    result = QFont(FONT_FAMILY)
    result.setPointSizeF(point_size)
    result.setBold(bold)
    return result


def text_scale() -> float:
    """How much larger than designed the map's type should show: the application font over
    the one the map was drawn for (never below 1: the app never uses a smaller font, see
    ui.app), times the presentation view's enlargement."""
    size = fonts.normal_point_size()
    normal = max(1.0, min(3.0, size / DESIGN_POINT_SIZE)) if size > 0 else 1.0
    return normal * fonts.app_font_scale()


def text_colour(fill: QColor) -> QColor:
    """Black or white text, whichever contrasts more with the fill."""
    return text_on(fill)


def fill_colour(rating: StageRating | None, profile: ScaleProfile | None = None) -> QColor:
    """The band colour (in the chosen palette) of the highest scored risk, or neutral grey."""
    if rating is None or rating.top is None:
        return QColor(NEUTRAL_FILL)
    return band_colour(rating.top.band, profile)


def border_colour(fill: QColor) -> QColor:
    return fill.darker(135) if fill != NEUTRAL_FILL else QColor(NEUTRAL_BORDER)


def badge_text(rating: StageRating | None) -> str:
    """E.g. "3 ▲ High": how many risks, and the band of the highest (never colour alone)."""
    if rating is None or rating.risk_count == 0:
        return translate("MapStyle", "No risks")
    count = rating.risk_count
    if rating.top is None:
        return translate("MapStyle", "{count} unscored").format(count=count)
    return f"{count} ▲ {builtin_tr(rating.top.band.name)}"


def scene_profile(item: QGraphicsItem) -> ScaleProfile | None:
    """The scale profile of the project an item's scene shows (None outside a scene)."""
    document = getattr(item.scene(), "document", None)
    return document.project.profile if document is not None else None


def line_scale(item: QGraphicsItem) -> float:
    """How much thicker than normal the lines are drawn (the presentation view sets it)."""
    return float(getattr(item.scene(), "line_scale", 1.0))
