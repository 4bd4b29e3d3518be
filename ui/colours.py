"""Colours of the views: band fills with readable text, overdue and muted tones."""

from __future__ import annotations

from PySide6.QtGui import QColor

from riskmap.scales import Band

OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_TEXT = QColor("#A61B1B")
MUTED_TEXT = QColor("#5F6B7A")
UNSCORED = QColor("#E4E7EB")
CARD_BORDER = QColor("#D5DAE1")
ACCENT = QColor("#1F5FA8")


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2) of a colour, 0 for black and 1 for white."""
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with the background."""
    lum = luminance(background)
    on_black = (lum + 0.05) / 0.05
    on_white = 1.05 / (lum + 0.05)
    return QColor("#111111") if on_black >= on_white else QColor("#FFFFFF")


def band_colour(band: Band | None) -> QColor:
    """The fill of a band as the profile sets it; grey while unscored."""
    return QColor(band.colour) if band is not None else QColor(UNSCORED)


def band_text_colour(band: Band | None) -> QColor:
    return text_on(band_colour(band))
