"""Paragraph and table styles of the PDF report."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from riskmap.export.colours import ACCENT, INK, MUTED, text_colour
from riskmap.export.drawkit import colour
from riskmap.export.fonts import BOLD, ITALIC, REGULAR, register_fonts

MARKING_RED = "#B42318"
HEADER_FILL = ACCENT
ZEBRA = "#F5F7FA"
GRID = "#D0D5DD"

CELL_SIZE = 7.5
# Every table sets its cells' font, or reportlab falls back to an unembedded Helvetica.
FONT_COMMAND = ("FONT", (0, 0), (-1, -1), REGULAR, CELL_SIZE)


def _style(name: str, **values: Any) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.0, "leading": 11.5, "textColor": colour(INK)}
    base.update(values)
    return ParagraphStyle(name, **base)


class Styles:
    """The report's paragraph styles, created once fonts are registered."""

    def __init__(self) -> None:
        register_fonts()
        self.body = _style("body", spaceAfter=4)
        self.muted = _style("muted", textColor=colour(MUTED), fontSize=8, leading=10)
        self.h1 = _style("h1", fontName=BOLD, fontSize=16, leading=20, spaceBefore=2,
                         spaceAfter=8, textColor=colour(ACCENT))
        self.h2 = _style("h2", fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=10,
                         spaceAfter=5, textColor=colour(ACCENT))
        self.h3 = _style("h3", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6,
                         spaceAfter=3)
        self.cell = _style("cell", fontSize=CELL_SIZE, leading=9.2)
        self.head = _style("head", fontName=BOLD, fontSize=7.5, leading=9.2,
                           textColor=colour("#FFFFFF"))
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)
        self.caption = _style("caption", fontName=ITALIC, fontSize=7.5, leading=9.5,
                              textColor=colour(MUTED), spaceBefore=2, spaceAfter=6)
        self.cover_kicker = _style("cover_kicker", fontName=BOLD, fontSize=11, leading=14,
                                   textColor=colour(MUTED))
        self.cover_title = _style("cover_title", fontName=BOLD, fontSize=26, leading=31,
                                  textColor=colour(ACCENT), spaceAfter=10)
        self.cover_sub = _style("cover_sub", fontSize=14, leading=18, spaceAfter=3)
        self.marking = _style("marking", fontName=BOLD, fontSize=12, leading=15,
                              alignment=TA_CENTER, textColor=colour(MARKING_RED))
        self.figure = _style("figure", fontName=BOLD, fontSize=20, leading=24,
                             alignment=TA_CENTER, textColor=colour(ACCENT))
        self.figure_label = _style("figure_label", fontSize=7.5, leading=9,
                                   alignment=TA_CENTER, textColor=colour(MUTED))

        self._on: dict[tuple[str, str], ParagraphStyle] = {}

    def on(self, fill: str, base: ParagraphStyle | None = None) -> ParagraphStyle:
        """A cell style whose text reads on a `fill` colour."""
        base = base or self.cell
        key = (base.name, fill)
        if key not in self._on:
            self._on[key] = ParagraphStyle(f"{base.name}-{fill}", parent=base,
                                           textColor=colour(text_colour(fill)))
        return self._on[key]
