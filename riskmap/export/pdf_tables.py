"""Tables of the PDF report: header repeated on every page, wrapped text, band-coloured cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable

from riskmap.analysis import Rating
from riskmap.export.colours import UNSCORED_FILL, text_colour
from riskmap.export.drawkit import colour
from riskmap.export.fonts import BOLD, REGULAR
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_styles import CELL_SIZE, FONT_COMMAND, GRID, HEADER_FILL, ZEBRA
from riskmap.export.pdf_text import Run, TextCell, clean, text_para, word_width

# Rows per table object: a long register is several tables that follow each other, so
# that splitting across pages stays linear in the number of rows.
CHUNK = 250
PADDING = 3.0
# The cover's table of facts splits a row across pages only when both parts are at least
# this tall (points): ordinary rows move whole, a row taller than a page still prints.
SPLIT_IN_ROW = 160
# Header type is made smaller, down to this size, to fit a long word in a narrow column.
MIN_HEAD_SIZE = 5.5

Cell = Any  # a Flowable, or a plain string drawn as is (one line per "\n", no wrapping)


@dataclass
class Rows:
    """Rows of one table with the fill and ink of some of their cells."""

    cells: list[list[Cell]] = field(default_factory=list)
    fills: list[tuple[int, int, str]] = field(default_factory=list)  # (column, row, colour)
    inks: list[tuple[int, int, str]] = field(default_factory=list)
    alert_rows: list[int] = field(default_factory=list)

    def add(self, row: list[Cell], fills: Sequence[tuple[int, str]] = (),
            alert: bool = False, inks: Sequence[tuple[int, str]] = ()) -> None:
        index = len(self.cells)
        self.cells.append(row)
        self.fills += [(col, index, fill) for col, fill in fills]
        self.inks += [(col, index, ink) for col, ink in inks]
        if alert:
            self.alert_rows.append(index)


@dataclass(frozen=True)
class Column:
    """A column: its title, relative width, alignment and whether its strings are bold."""

    title: str
    weight: float
    align: str = "LEFT"  # LEFT, CENTER or RIGHT
    bold: bool = False


def tables(report: Report, columns: Sequence[Column], rows: Rows,
           width: float) -> list[LongTable]:
    """The rows as tables `width` points wide, the header repeated on every page."""
    total = sum(c.weight for c in columns)
    widths = [width * c.weight / total for c in columns]
    header: list[Cell] = [
        text_para(c.title, _head_style(report, c, w)) for c, w in zip(columns, widths, strict=True)
    ]
    base: list[tuple[Any, ...]] = [
        FONT_COMMAND,
        ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(GRID)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colour("#FFFFFF"), colour(ZEBRA)]),
    ]
    for number, column in enumerate(columns):
        if column.align != "LEFT":
            base.append(("ALIGN", (number, 1), (number, -1), column.align))
        if column.bold:
            base.append(("FONT", (number, 1), (number, -1), BOLD, CELL_SIZE))
    rows = _fit_rows(rows, [w - 2 * PADDING for w in widths], report.row_limit())
    result = []
    for start in range(0, len(rows.cells), CHUNK):
        chunk = rows.cells[start:start + CHUNK]
        end = start + len(chunk)
        commands = list(base)
        commands += [("BACKGROUND", (col, row - start + 1), (col, row - start + 1), colour(f))
                     for col, row, f in rows.fills if start <= row < end]
        commands += [("TEXTCOLOR", (col, row - start + 1), (col, row - start + 1), colour(ink))
                     for col, row, ink in rows.inks if start <= row < end]
        commands += [("LINEBEFORE", (0, row - start + 1), (0, row - start + 1), 2.5,
                      colour("#B42318")) for row in rows.alert_rows if start <= row < end]
        result.append(LongTable([header, *chunk], colWidths=widths, repeatRows=1,
                                style=commands, hAlign="LEFT"))
    return result


def _head_style(report: Report, column: Column, width: float) -> ParagraphStyle:
    """The header style, in smaller type when one word of the title is wider than the
    column ("Avancement" over a column of percentages): a word is never broken."""
    styles = report.styles
    style = styles.head_right if column.align == "RIGHT" else styles.head
    room = width - 2 * PADDING
    widest = max((word_width(w, BOLD) for w in column.title.split()), default=0.0)
    if widest * style.fontSize <= room:
        return style
    size = max(MIN_HEAD_SIZE, round(room / widest - 0.05, 1))
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size,
                          leading=size * 1.2)


def _fit_rows(rows: Rows, widths: list[float], limit: float) -> Rows:
    """Rows no taller than `limit`: the text of a taller row goes on in the rows below it
    (reportlab cannot move a row taller than a page, and would stop)."""
    heights = [
        max((c.wrap(w, limit)[1] for c, w in zip(row, widths, strict=True)
             if isinstance(c, TextCell)), default=0.0)
        for row in rows.cells
    ]
    if max(heights, default=0.0) <= limit:
        return rows
    fills: dict[int, list[tuple[int, str]]] = {}
    inks: dict[int, list[tuple[int, str]]] = {}
    for col, number, value in rows.fills:
        fills.setdefault(number, []).append((col, value))
    for col, number, value in rows.inks:
        inks.setdefault(number, []).append((col, value))
    alerts = set(rows.alert_rows)
    fitted = Rows()
    for index, (cells, height) in enumerate(zip(rows.cells, heights, strict=True)):
        fill, ink, alert = fills.get(index, []), inks.get(index, []), index in alerts
        if height <= limit:
            fitted.add(cells, fill, alert, ink)
            continue
        pieces = [c.pieces(w, limit) if isinstance(c, TextCell) else [c]
                  for c, w in zip(cells, widths, strict=True)]
        for number in range(max(len(p) for p in pieces)):
            part = [p[number] if number < len(p) else "" for p in pieces]
            fitted.add(part, fill, alert, ink)
    return fitted


def score_cell(rating: Rating | None) -> tuple[str, str, str]:
    """A score as "L×I = S" over its band name: (text, fill, ink) of its cell."""
    if rating is None:
        return "–", UNSCORED_FILL, text_colour(UNSCORED_FILL)
    fill = rating.band.colour
    text = f"{rating.likelihood}×{rating.impact} = {rating.score}\n{rating.band.name}"
    return text, fill, text_colour(fill)


def cell(text: object, report: Report, style: ParagraphStyle | None = None) -> TextCell:
    """A cell of user text, wrapped."""
    return TextCell([(str(text), "")], style or report.styles.cell)


def cell_runs(runs: Sequence[Run], report: Report,
              style: ParagraphStyle | None = None) -> TextCell:
    """A cell of runs of user text (bold, small, alert...), wrapped."""
    return TextCell(runs, style or report.styles.cell)


def short(text: object, report: Report, width: float, bold: bool = False) -> Cell:
    """Short text as a plain string (fast), or wrapped when it is too wide for `width`."""
    value = clean(text)
    font = BOLD if bold else REGULAR
    fits = "\n" not in value and word_width(value, font) * CELL_SIZE <= width - 2 * PADDING
    if fits:
        return value
    return TextCell([(value, "b" if bold else "")], report.styles.cell)


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    total = sum(c.weight for c in columns)
    return [width * c.weight / total for c in columns]
