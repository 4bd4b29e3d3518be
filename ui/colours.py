"""Colours of the views: band fills in the chosen palette with readable text and optional
patterns, overdue and muted tones."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap

from riskmap import palettes
from riskmap.export.colours import mix, text_colour
from riskmap.scales import Band, ScaleProfile

OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_TEXT = QColor("#A61B1B")
MUTED_TEXT = QColor("#5F6B7A")
UNSCORED = QColor("#E4E7EB")
CARD_BORDER = QColor("#D5DAE1")
ACCENT = QColor("#1F5FA8")
# Selected rows and text: Fusion's light blue gives white text only 3.7:1.
SELECTION_HIGHLIGHT = QColor("#1D5FD1")


def readable_palette(palette: QPalette) -> QPalette:
    """The style's palette with every text colour at 4.5:1 or better on its background:
    a darker selection blue, and placeholders in the muted grey rather than half-faded
    text."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Highlight, SELECTION_HIGHLIGHT)
        result.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
        result.setColor(group, QPalette.ColorRole.PlaceholderText, MUTED_TEXT)
    return result


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2) of a colour, 0 for black and 1 for white."""
    r, g, b = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_on(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with the background: the ink of the
    exports (riskmap.export.colours.text_colour), at 4.5:1 or better on every built-in
    band colour. Pure black, not a softer dark grey: on a mid-tone fill such as the
    colour-blind palette's orange-red, a dark grey falls below 4.5:1."""
    return QColor(text_colour(QColor(background).name()))


def band_colour(band: Band | None, profile: ScaleProfile | None = None) -> QColor:
    """The fill of a band in the chosen palette (with the profile it belongs to; without
    one, the band's own colour); grey while unscored."""
    if band is None:
        return QColor(UNSCORED)
    if profile is None:
        return QColor(band.colour)
    return band_palette().fill(band, profile)


def band_tint(band: Band, profile: ScaleProfile) -> QColor:
    """A pale tint of a band, under ordinary dark text (a list row in the band's hue)."""
    return QColor(mix(band_colour(band, profile).name(), "#FFFFFF", 0.7))


def band_text_colour(band: Band | None, profile: ScaleProfile | None = None) -> QColor:
    return text_on(band_colour(band, profile))


# --- band palette: the one place that turns a band into the colour the views paint -------
SETTINGS_PALETTE = "view/band_palette"
SETTINGS_PATTERNS = "view/band_patterns"


class BandPalette(QObject):
    """The band colours of every view: the profile's own or the colour-blind-safe ramp
    (riskmap.palettes), and whether bands also carry a hatching pattern. One per
    application (band_palette()); views repaint on `changed`."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = palettes.DEFAULT
        self.patterns = False
        self._cache: dict[tuple[str, tuple[str, ...]], list[str]] = {}

    def set_name(self, name: str) -> None:
        if name not in palettes.PALETTES:
            name = palettes.DEFAULT
        if name != self.name:
            self.name = name
            self.changed.emit()

    def set_patterns(self, on: bool) -> None:
        if on != self.patterns:
            self.patterns = on
            self.changed.emit()

    def colours(self, profile: ScaleProfile) -> list[str]:
        """The "#RRGGBB" colour of each band of a profile, lowest band first."""
        own = tuple(band.colour for band in profile.bands)
        key = (self.name, own)
        if key not in self._cache:
            self._cache[key] = palettes.palette_colours(len(own), self.name) or list(own)
        return self._cache[key]

    def fill(self, band: Band, profile: ScaleProfile) -> QColor:
        rank = band_rank(band, profile)
        return QColor(self.colours(profile)[rank]) if rank is not None else QColor(band.colour)

    def hatch(self, band: Band | None, profile: ScaleProfile | None,
              ink: QColor) -> QBrush | None:
        """The pattern over a band's fill, denser the higher the band (None when patterns
        are off, for the lowest band, or for an unscored holder). `ink` is the colour of
        the text on the fill: the lines go the other way (light under dark text, dark under
        light text), so that they never lower the text's contrast."""
        if not self.patterns or band is None or profile is None:
            return None
        rank = band_rank(band, profile)
        if not rank:
            return None
        lines = QColor("#FFFFFF") if luminance(ink) < 0.5 else QColor("#000000")
        return hatch_brush(rank, len(profile.bands), lines)


_PALETTE: BandPalette | None = None


def band_palette() -> BandPalette:
    """The application's band palette (created on first use)."""
    global _PALETTE
    if _PALETTE is None:
        _PALETTE = BandPalette()
    return _PALETTE


def band_rank(band: Band, profile: ScaleProfile) -> int | None:
    """0 for the lowest band of the profile; None for a band it does not have."""
    return next((i for i, b in enumerate(profile.bands)
                 if b.name == band.name and b.min_score == band.min_score), None)


def hatch_brush(rank: int, count: int, colour: QColor) -> QBrush:
    """Diagonal lines, closer together for higher bands; the top band of a profile with
    three or more bands is cross-hatched. Thin and translucent."""
    level = rank / max(count - 1, 1)
    spacing = max(5, round(15 - 9 * level))
    tile = QPixmap(spacing * 4, spacing * 4)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(colour)
    colour.setAlpha(110)
    painter.setPen(QPen(colour, 1.5))
    size = tile.width()
    for start in range(-size, size * 2, spacing):
        painter.drawLine(QPointF(start, size), QPointF(start + size, 0))
        if level >= 1 and count >= 3:
            painter.drawLine(QPointF(start, 0), QPointF(start + size, size))
    painter.end()
    return QBrush(tile)
