"""Paragraphs and table cells built from text runs, never parsed as markup: literal, fast."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paraparser import ParaParser

from riskmap.export.colours import MUTED
from riskmap.export.drawkit import colour
from riskmap.export.fonts import BOLD, ITALIC

ALERT = "#B42318"
SMALL = 0.88  # size of "small" runs relative to the paragraph's font

# C0 control characters other than tab and newline cannot be set in a PDF.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# A run is (text, look): look is "" (plain), "b" (bold), "i" (italic), "small" (smaller,
# muted) or "alert" (bold, red). A "\n" in the text starts a new line.
Run = tuple[str, str]


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its last wrap, so long tables lay out in linear time."""

    _wrapped_for: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # split() drops blPara: wrap again then.
        if self._wrapped_for == avail_width and hasattr(self, "blPara"):
            return self._wrapped
        result: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped_for, self._wrapped = avail_width, result
        return result


_prototypes: dict[int, Any] = {}


def _prototype(style: ParagraphStyle) -> Any:
    """A text fragment carrying the style's font, size and colour (parsed once a style)."""
    key = id(style)
    if key not in _prototypes:
        _, frags, _ = ParaParser().parse("x", style)
        _prototypes[key] = (style, frags[0])  # keep the style alive while its id is a key
    return _prototypes[key][1]


def _look(proto: Any, look: str) -> dict[str, Any]:
    if look == "b":
        return {"fontName": BOLD, "bold": 1}
    if look == "i":
        return {"fontName": ITALIC, "italic": 1}
    if look == "alert":
        return {"fontName": BOLD, "bold": 1, "textColor": colour(ALERT)}
    if look == "small":
        return {"fontSize": proto.fontSize * SMALL, "textColor": colour(MUTED)}
    return {}


def clean(text: object) -> str:
    """Text without the control characters a PDF cannot hold."""
    return _CONTROL.sub("", str(text))


def runs_para(runs: Sequence[Run], style: ParagraphStyle) -> Para:
    """A paragraph of runs of literal text: nothing in them is read as markup."""
    proto = _prototype(style)
    frags = []
    for text, look in runs:
        extra = _look(proto, look)
        for number, line in enumerate(clean(text).split("\n")):
            if number:
                frags.append(proto.clone(text="", lineBreak=True))
            if line:
                frags.append(proto.clone(text=line, **extra))
    if not frags:
        frags.append(proto.clone(text=""))
    return Para("".join(text for text, _ in runs), style, frags=frags)


def text_para(text: object, style: ParagraphStyle) -> Para:
    """A paragraph of literal text."""
    return runs_para([(str(text), "")], style)


_widths: dict[tuple[str, str], float] = {}


def word_width(word: str, font: str) -> float:
    """Width of `word` at 1 point; words repeat a lot in a register, so it is remembered."""
    key = (word, font)
    found = _widths.get(key)
    if found is None:
        if len(_widths) > 200_000:
            _widths.clear()
        found = _widths[key] = float(stringWidth(word, font, 1.0))
    return found


Segment = tuple[str, str, float, Any]  # text, font, size, colour


class TextCell(Flowable):  # type: ignore[misc]
    """Wrapped text for a table cell, laid out and drawn without reportlab's Paragraph.

    Greedy word wrap (over-long words are broken) with the style's font, size, leading,
    colour and alignment; runs may be bold, italic, small or alert. Ten times faster
    than a Paragraph, which matters for registers of thousands of risks.
    """

    def __init__(self, runs: Sequence[Run], style: ParagraphStyle) -> None:
        super().__init__()
        self.runs = [(clean(text), look) for text, look in runs]
        self.style = style
        self._lines: list[list[Segment]] = []
        self._for: float | None = None

    def _looks(self, look: str) -> tuple[str, float, Any]:
        style = self.style
        base = style.fontName
        if look == "b":
            return BOLD, style.fontSize, style.textColor
        if look == "i":
            return ITALIC, style.fontSize, style.textColor
        if look == "alert":
            return BOLD, style.fontSize, colour(ALERT)
        if look == "small":
            return base, style.fontSize * SMALL, colour(MUTED)
        return base, style.fontSize, style.textColor

    def _layout(self, width: float) -> list[list[Segment]]:
        lines: list[list[Segment]] = [[]]
        used = 0.0
        for text, look in self.runs:
            font, size, ink = self._looks(look)
            space = word_width(" ", font) * size
            for number, part in enumerate(text.split("\n")):
                if number:
                    lines.append([])
                    used = 0.0
                for word in part.split():
                    w = word_width(word, font) * size
                    if lines[-1] and used + space + w > width:
                        lines.append([])
                        used = 0.0
                    while w > width and len(word) > 1:  # a word wider than the cell
                        cut = max(1, int(len(word) * width / w))
                        while cut > 1 and word_width(word[:cut], font) * size > width:
                            cut -= 1
                        if lines[-1]:
                            lines.append([])
                        lines[-1].append((word[:cut], font, size, ink))
                        lines.append([])
                        word = word[cut:]
                        w = word_width(word, font) * size
                    gap = " " if lines[-1] else ""
                    lines[-1].append((gap + word, font, size, ink))
                    used += (space if gap else 0.0) + w
        return [_merge(line) for line in lines] if any(lines) else [[]]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._for != avail_width:
            self._lines = self._layout(avail_width)
            self._for = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def pieces(self, width: float, height: float) -> list[TextCell]:
        """This text cut into cells no taller than `height` (for a row taller than a page)."""
        self.wrap(width, height)
        fit = max(1, int(height // self.style.leading))
        return [self._part(self._lines[start:start + fit], width)
                for start in range(0, len(self._lines), fit)]

    def _part(self, lines: list[list[Segment]], width: float) -> TextCell:
        part = TextCell([], self.style)
        part._lines, part._for = lines, width
        if lines and lines[0] and lines[0][0][0].startswith(" "):
            first = lines[0][0]
            lines[0] = [(first[0].lstrip(), *first[1:]), *lines[0][1:]]
        return part

    def draw(self) -> None:
        style, canvas = self.style, self.canv
        text = canvas.beginText()
        text.setTextOrigin(0.0, self.height - style.fontSize)
        aligned = style.alignment in (TA_CENTER, TA_RIGHT)
        current: tuple[str, float] | None = None
        ink_now: Any = None
        for number, line in enumerate(self._lines):
            if aligned:
                width = sum(word_width(t, f) * size for t, f, size, _ in line)
                x = self.width - width if style.alignment == TA_RIGHT else (self.width - width) / 2
                text.setTextOrigin(x, self.height - style.fontSize - number * style.leading)
            for index, (chunk, font, size, ink) in enumerate(line):
                if (font, size) != current:
                    text.setFont(font, size, style.leading)
                    current = (font, size)
                if ink is not ink_now:
                    text.setFillColor(ink)
                    ink_now = ink
                if index == len(line) - 1 and not aligned:
                    text.textLine(chunk)  # and down to the next line
                else:
                    text.textOut(chunk)
            if not line and not aligned:
                text.textLine()
        canvas.drawText(text)


def _merge(line: list[Segment]) -> list[Segment]:
    """Neighbouring segments of one look made one, so a line is drawn in few strings."""
    merged: list[Segment] = []
    for segment in line:
        if merged and merged[-1][1:] == segment[1:]:
            merged[-1] = (merged[-1][0] + segment[0], *segment[1:])
        else:
            merged.append(segment)
    return merged
