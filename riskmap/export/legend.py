"""The band legend under a drawing: a swatch and a name for each colour, so greys read too."""

from __future__ import annotations

from riskmap.export.colours import INK, NO_RISK_FILL, RULE, UNSCORED_FILL
from riskmap.export.drawkit import Pen, width_of
from riskmap.i18n import Translator
from riskmap.scales import ScaleProfile

SIZE = 7.5  # points
ROW = 13.0
SWATCH = 11.0
GAP = 12.0
TOP = 6.0

Item = tuple[str, str]  # (fill, text); a fill of "" is the caption, without a swatch


def band_ranges(profile: ScaleProfile) -> list[str]:
    """The scores each band covers, e.g. "5–9", and "16–25" for the last one."""
    top = profile.max_score()
    result = []
    for index, band in enumerate(profile.bands):
        upper = profile.bands[index + 1].min_score - 1 if index + 1 < len(profile.bands) else top
        result.append(f"{band.min_score}–{upper}" if upper > band.min_score else f"{upper}")
    return result


def legend_items(profile: ScaleProfile, tr: Translator, with_greys: bool = False) -> list[Item]:
    """One item per band (name and score range), and the greys of maps when asked."""
    items = [(band.colour, f"{band.name} ({span})")
             for band, span in zip(profile.bands, band_ranges(profile), strict=True)]
    if with_greys:
        items += [(NO_RISK_FILL, tr("No risk recorded")), (UNSCORED_FILL, tr("Risks not scored"))]
    return items


def _item_width(item: Item) -> float:
    fill, text = item
    return (SWATCH + 3 if fill else 0) + width_of(text, SIZE, bold=not fill) + GAP


def _rows(items: list[Item], caption: str, width: float) -> list[list[Item]]:
    rows: list[list[Item]] = [[]]
    used = 0.0
    for item in [("", caption), *items] if caption else items:
        needed = _item_width(item)
        if rows[-1] and used + needed - GAP > width:
            rows.append([])
            used = 0.0
        rows[-1].append(item)
        used += needed
    return rows


def natural_width(items: list[Item], caption: str) -> float:
    """Width of the legend on one line."""
    return sum(_item_width(item) for item in [("", caption), *items]) - GAP


def legend_height(items: list[Item], caption: str, width: float) -> float:
    return TOP + ROW * len(_rows(items, caption, width))


def place_legend(pen: Pen, items: list[Item], caption: str, x: float, top: float,
                 width: float) -> None:
    """Draw the legend from `top` downwards, wrapping its items within `width`."""
    y = top - TOP
    for row in _rows(items, caption, width):
        y -= ROW
        cursor = x
        for fill, text in row:
            if fill:
                pen.rect(cursor, y + 1, SWATCH, SWATCH - 2, fill, stroke=RULE, stroke_width=0.4)
                cursor += SWATCH + 3
            pen.text(cursor, y + 2.5, text, SIZE, INK, bold=not fill)
            cursor += width_of(text, SIZE, bold=not fill) + GAP
