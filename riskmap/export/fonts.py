"""The Unicode TTF fonts shipped in resources/fonts, registered with reportlab once."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from riskmap.resources import resource

REGULAR = "DejaVuSansCondensed"
BOLD = "DejaVuSansCondensed-Bold"
ITALIC = "DejaVuSansCondensed-Oblique"

# How SVG viewers should name the fonts (the reportlab names mean nothing to them).
SVG_FAMILY = "'DejaVu Sans Condensed', 'DejaVu Sans', 'Arial Narrow', Arial, sans-serif"


@cache
def register_fonts() -> None:
    """Register the shipped fonts (embedded, subset, in every PDF that uses them)."""
    for name in (REGULAR, BOLD, ITALIC):
        path = resource("fonts", f"{name}.ttf")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of `text` set in the report font at `size`."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))


def wrap_text(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy word wrap of plain text to `width` points; over-long words are broken."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while text_width(word, size, bold) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], size, bold) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def fit_lines(lines: list[str], max_lines: int, size: float, width: float,
              bold: bool = False) -> list[str]:
    """At most `max_lines` lines; when some are dropped the last one ends with an ellipsis."""
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = kept[-1]
    while last and text_width(last + "…", size, bold) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return kept
