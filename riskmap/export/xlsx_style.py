"""Look of the Excel workbook: fonts, fills, safe cell writing, widths and print setup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.export.colours import text_colour
from riskmap.export.options import ExportOptions
from riskmap.export.redact import REDACTED_MARKING
from riskmap.i18n import Translator
from riskmap.model import Project

FONT_NAME = "Calibri"
NAVY = "1F3864"
GREY_TEXT = "595959"
MARKING_RED = "C00000"
LIGHT_FILL = "F2F2F2"
BORDER_GREY = "BFBFBF"

BODY = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT_NAME, size=16, bold=True, color=NAVY)
HEADING_FONT = Font(name=FONT_NAME, size=12, bold=True, color=NAVY)
NOTE_FONT = Font(name=FONT_NAME, size=9, italic=True, color=GREY_TEXT)
MARKING_FONT = Font(name=FONT_NAME, size=12, bold=True, color=MARKING_RED)

HEADER_FILL = PatternFill("solid", fgColor=NAVY)
LIGHT = PatternFill("solid", fgColor=LIGHT_FILL)
_SIDE = Side(style="thin", color=BORDER_GREY)
GRID = Border(left=_SIDE, right=_SIDE, top=_SIDE, bottom=_SIDE)

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
CENTRE = Alignment(horizontal="center", vertical="top", wrap_text=True)
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)

MAX_CELL_TEXT = 32_767
DEFAULT_ROW_HEIGHT = 15  # points: one line of 11-point Calibri
MAX_ROW_HEIGHT = 409  # points, Excel's limit
# Excel refuses a header or footer longer than 255 characters in all.
MAX_HEADER_PART = 80
# Characters that make a spreadsheet read typed text as a formula.
_FORMULA_START = ("=", "+", "-", "@")


@dataclass(frozen=True)
class Context:
    """What every sheet writer needs: the project, the options and their translator."""

    project: Project
    options: ExportOptions
    tr: Translator
    # Cell styles already built in this workbook, by what they look like.
    styles: dict[tuple[object, ...], Any] = field(default_factory=dict)

    @property
    def date_format(self) -> str:
        return "yyyy-mm-dd" if self.tr.lang == "en" else "dd/mm/yyyy"

    @property
    def marking(self) -> str:
        return self.project.metadata.classification.strip()


def storable(value: object) -> tuple[object, bool]:
    """The value as a cell stores it, and True when it is text that a spreadsheet would
    take for a formula."""
    if value is None or value == "":
        return None, False
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(text) > MAX_CELL_TEXT:  # Excel refuses longer cells as a corrupt file
            text = text[: MAX_CELL_TEXT - 1] + "…"
        return text, text.startswith(_FORMULA_START)
    return (int(value) if isinstance(value, bool) else value), False


def _store(cell: Cell, value: object) -> bool:
    """Set the value; True when it is text that a spreadsheet would take for a formula."""
    stored, quoted = storable(value)
    if stored is None:
        return False
    cell.value = stored
    if isinstance(stored, str):
        # openpyxl turns text starting with "=" into a formula: force the text type.
        cell.data_type = "s"
    return quoted


def put(cell: Cell, value: object, font: Font = BODY) -> Cell:
    """Write a value; text is always stored as text, never read as a formula."""
    cell.font = font
    if _store(cell, value):
        # Excel keeps a quote-prefixed cell as text when someone edits it.
        cell.quotePrefix = True
    return cell


def table_cell(ctx: Context, cell: Cell, value: object, centred: bool = False,
               colour: str | None = None, bold: bool = False,
               number_format: str | None = None) -> Cell:
    """A bordered, wrapped table cell, optionally filled with a band colour. Styles are
    built once per combination and copied after that: setting them one by one is what
    makes openpyxl slow on a national register."""
    quoted = _store(cell, value)
    key = (centred, colour, bold, number_format, quoted)
    prototype = ctx.styles.get(key)
    if prototype is not None:
        cell._style = copy(prototype)
        return cell
    style_cell(cell, centred, colour, bold, number_format, quoted)
    ctx.styles[key] = copy(cell._style)
    return cell


def style_cell(cell: Cell, centred: bool, colour: str | None, bold: bool,
               number_format: str | None, quoted: bool) -> None:
    """Give a cell the look of a table cell, setting each part of its style."""
    cell.font = Font(name=FONT_NAME, size=10, bold=bold,
                     color=readable_text(colour) if colour else None)
    cell.alignment = CENTRE if centred else WRAP_TOP
    cell.border = GRID
    if colour:
        cell.fill = PatternFill("solid", fgColor=hex_colour(colour))
    if number_format:
        cell.number_format = number_format
    if quoted:
        cell.quotePrefix = True


def put_date(cell: Cell, value: dt.date | None, ctx: Context) -> Cell:
    put(cell, value)
    cell.number_format = ctx.date_format
    return cell


def hex_colour(colour: str) -> str:
    """"#RRGGBB" -> "RRGGBB" as openpyxl wants it."""
    return colour.lstrip("#").upper()


def readable_text(colour: str) -> str:
    """Black or white, whichever reads better on a fill of this colour (the same choice as
    the report and the drawings: at least 4.5:1 on any fill)."""
    return hex_colour(text_colour(colour))


def fill_band(cell: Cell, colour: str, bold: bool = False, size: float = 10) -> None:
    """Fill a cell with a band colour and write on it in a readable colour."""
    cell.fill = PatternFill("solid", fgColor=hex_colour(colour))
    cell.font = Font(name=FONT_NAME, size=size, bold=bold, color=readable_text(colour))


def header_row(ws: Worksheet, row: int, headers: Sequence[str], first_col: int = 1) -> None:
    """A dark header row with wrapped white text."""
    for offset, text in enumerate(headers):
        cell = ws.cell(row=row, column=first_col + offset)
        put(cell, text, HEADER_FONT)
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN
        cell.border = GRID


def set_widths(ws: Worksheet, widths: Sequence[float], first_col: int = 1) -> None:
    for offset, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(first_col + offset)].width = width


def _escape(text: str) -> str:
    """Header/footer text: short, one line, a literal "&" written "&&"."""
    text = " ".join(text.split())
    if len(text) > MAX_HEADER_PART:
        text = text[: MAX_HEADER_PART - 1] + "…"
    return text.replace("&", "&&")


def print_setup(ws: Worksheet, ctx: Context, title_rows: str | None = None,
                large_paper: bool = False) -> None:
    """Landscape, fit to width, repeated header rows; marking and page numbers on paper."""
    paper = ctx.options.paper
    if large_paper:
        ws.page_setup.paperSize = ws.PAPERSIZE_TABLOID if paper == "letter" else ws.PAPERSIZE_A3
    else:
        ws.page_setup.paperSize = ws.PAPERSIZE_LETTER if paper == "letter" else ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    if title_rows:
        ws.print_title_rows = title_rows
    marking = ctx.marking
    if ctx.options.redact:
        marking = f"{marking} - {ctx.tr(REDACTED_MARKING)}" if marking else ctx.tr(REDACTED_MARKING)
    if marking:
        ws.oddHeader.center.text = _escape(marking)
        ws.oddHeader.center.font = f"{FONT_NAME},Bold"
        ws.oddHeader.center.size = 10
        ws.oddHeader.center.color = MARKING_RED
    ws.oddHeader.right.text = _escape(ctx.project.metadata.title)
    ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = _escape(ws.title)
    ws.oddFooter.left.size = 8
    ws.oddFooter.right.text = ctx.tr("Page &P of &N")
    ws.oddFooter.right.size = 8


def header_widths(headers: Sequence[str], widths: Sequence[float]) -> list[float]:
    """Column widths at least as wide as the longest word of each header (bold 10 points),
    so that a translated header ("Puntuación inherente") wraps between words, never
    inside one."""
    return [max(width, max((len(word) for word in header.split()), default=0) * 0.9 + 0.8)
            for header, width in zip(headers, widths, strict=False)]


def data_sheet(ws: Worksheet, headers: Sequence[str], widths: Sequence[float],
               ctx: Context, large_paper: bool = False) -> None:
    """A table sheet: header in row 1, frozen, filtered, printed with it on every page."""
    header_row(ws, 1, headers)
    set_widths(ws, header_widths(headers, widths))
    ws.row_dimensions[1].height = 42
    ws.freeze_panes = "B2"
    ws.sheet_view.zoomScale = 90
    print_setup(ws, ctx, title_rows="1:1", large_paper=large_paper)


def finish_table(ws: Worksheet, n_cols: int, n_rows: int) -> None:
    """Auto-filter over the header and data rows."""
    last = get_column_letter(n_cols)
    ws.auto_filter.ref = f"A1:{last}{max(n_rows + 1, 2)}"


def body_cell(cell: Cell, align: Alignment = WRAP_TOP) -> None:
    cell.alignment = align
    cell.border = GRID


def chars_per_line(width: float, size: float = 10) -> int:
    """How many characters of text a line holds in a column of this width (an estimate)."""
    return max(1, int((width * 1.3 - 1) * 10 / size))


def wrapped_lines(text: str, per_line: int) -> int:
    """How many lines text takes, wrapped at `per_line` characters."""
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def text_lines(text: str, width: float, size: float = 10) -> int:
    """How many lines wrapped text takes in a column of this width (an estimate)."""
    return wrapped_lines(text, chars_per_line(width, size))


def lines_height(lines: int, size: float = 10, minimum: float = DEFAULT_ROW_HEIGHT) -> float:
    """A row height in points that shows this many lines of text."""
    return max(minimum, round(lines * size * 1.25 + 3, 1))


def row_height(texts: Iterable[tuple[object, float]], size: float = 10,
               minimum: float = DEFAULT_ROW_HEIGHT) -> float:
    """A row height in points that shows every (value, column width) pair in full."""
    lines = max((text_lines(v, w, size) for v, w in texts if isinstance(v, str) and v),
                default=1)
    return lines_height(lines, size, minimum)


def fit_row(ws: Worksheet, row: int, values: Sequence[object], widths: Sequence[float]) -> None:
    """Set the height of a table row from its values and the column widths."""
    height = row_height(zip(values, widths, strict=False))
    if height > DEFAULT_ROW_HEIGHT:
        ws.row_dimensions[row].height = min(height, MAX_ROW_HEIGHT)
