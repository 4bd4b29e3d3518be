"""Small drawing vocabulary over reportlab.graphics, shared by maps and heat maps."""

from __future__ import annotations

from functools import cache

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor

from riskmap.export.fonts import BOLD, REGULAR, register_fonts, text_width, wrap_text


@cache
def colour(value: str) -> Color:
    """A reportlab colour from "#RRGGBB" (shared: reportlab never changes a colour)."""
    return HexColor(value)


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose default font is the shipped one (never a stray Helvetica)."""
    register_fonts()
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


class Pen:
    """Draws into a Group in drawing points, y up (reportlab's convention)."""

    def __init__(self, group: Group) -> None:
        register_fonts()
        self.group = group

    def rect(self, x: float, y: float, width: float, height: float, fill: str | None,
             stroke: str | None = None, stroke_width: float = 0.5, radius: float = 0.0,
             dash: list[float] | None = None, svg_class: str = "",
             svg_id: str = "") -> Rect:
        shape = Rect(x, y, width, height, rx=radius, ry=radius,
                     fillColor=colour(fill) if fill else None,
                     strokeColor=colour(stroke) if stroke else None,
                     strokeWidth=stroke_width if stroke else 0,
                     strokeDashArray=dash)
        attrs = {}
        if svg_class:
            attrs["class"] = svg_class
        if svg_id:
            attrs["id"] = svg_id
        if attrs:
            shape._svgAttrs = attrs  # read by reportlab.graphics.renderSVG
        self.group.add(shape)
        return shape

    def text(self, x: float, y: float, text: str, size: float, fill: str = "#000000",
             bold: bool = False, anchor: str = "start") -> None:
        """One line of plain text; `y` is its baseline."""
        if text:
            self.group.add(String(x, y, text, fontName=BOLD if bold else REGULAR,
                                  fontSize=size, fillColor=colour(fill), textAnchor=anchor))

    def lines(self, x: float, top: float, lines: list[str], size: float,
              fill: str = "#000000", bold: bool = False, anchor: str = "start",
              leading: float | None = None) -> float:
        """Lines of text from `top` downwards; returns the y under the last line."""
        leading = leading or size * 1.2
        y = top
        for line in lines:
            y -= leading
            self.text(x, y + (leading - size) / 2 + size * 0.22, line, size, fill, bold, anchor)
        return y

    def line(self, x1: float, y1: float, x2: float, y2: float, stroke: str,
             width: float = 0.75, dash: list[float] | None = None) -> None:
        self.group.add(Line(x1, y1, x2, y2, strokeColor=colour(stroke), strokeWidth=width,
                            strokeDashArray=dash))

    def polyline(self, points: list[tuple[float, float]], stroke: str,
                 width: float = 0.75, dash: list[float] | None = None) -> None:
        flat = [value for point in points for value in point]
        self.group.add(PolyLine(flat, strokeColor=colour(stroke), strokeWidth=width,
                                strokeDashArray=dash, strokeLineJoin=1))

    def arrow_head(self, tip: tuple[float, float], direction: tuple[float, float],
                   size: float, fill: str) -> None:
        """A filled triangle pointing along `direction` (a unit vector) with its tip at `tip`."""
        (x, y), (dx, dy) = tip, direction
        back_x, back_y = x - dx * size, y - dy * size
        half = size * 0.45
        points = [x, y, back_x - dy * half, back_y + dx * half,
                  back_x + dy * half, back_y - dx * half]
        self.group.add(Polygon(points, fillColor=colour(fill), strokeColor=None,
                               strokeWidth=0))


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Plain-text lines of at most `width` points."""
    return wrap_text(text, size, width, bold)


def width_of(text: str, size: float, bold: bool = False) -> float:
    return text_width(text, size, bold)


def codes_lines(codes: list[str], size: float, width: float, max_lines: int,
                more: str = "+{n}") -> list[str]:
    """Codes laid out in lines of `width` points; what does not fit ends as "+N"."""
    lines: list[str] = []
    current = ""
    for index, code in enumerate(codes):
        candidate = f"{current}  {code}" if current else code
        if width_of(candidate, size) <= width:
            current = candidate
            continue
        lines.append(current)
        current = code
        if len(lines) == max_lines:
            return _with_more(lines, codes[index:], size, width, more)
    if current:
        lines.append(current)
    return lines


def _with_more(lines: list[str], rest: list[str], size: float, width: float,
               more: str) -> list[str]:
    """Replace trailing codes of the last line by "+N" until it fits."""
    last = lines[-1].split("  ")
    hidden = len(rest)
    while True:
        tail = more.format(n=hidden)
        candidate = "  ".join([*last, tail])
        if width_of(candidate, size) <= width or not last:
            lines[-1] = candidate if last else tail
            return lines
        last.pop()
        hidden += 1
