"""Rows of the large data sheets, appended whole with cell styles built once a sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.export.xlsx_style import (
    DEFAULT_ROW_HEIGHT,
    MAX_ROW_HEIGHT,
    chars_per_line,
    lines_height,
    storable,
    style_cell,
    wrapped_lines,
)


@dataclass(frozen=True)
class Look:
    """How a table cell looks besides its border and wrapping."""

    centred: bool = False
    colour: str | None = None
    bold: bool = False
    number_format: str | None = None


@dataclass(frozen=True)
class CellStyle:
    """The ready-made styles of one look: for any value, and for text a spreadsheet
    would take for a formula (shown with a quote prefix)."""

    plain: Any
    quoted: Any


class TableRows:
    """Appends rows under the header of a data sheet. A register of 10,000 risks has
    a third of a million cells: each costs one Cell with a ready-made style, and no
    lookup by coordinate, so the sheet takes about as long as writing bare values."""

    def __init__(self, ws: Worksheet, widths: Sequence[float]) -> None:
        self.ws = ws
        self.per_line = [chars_per_line(width) for width in widths]
        self._styles: dict[Look, CellStyle] = {}

    def style(self, look: Look) -> CellStyle:
        """The cell style of a look, built once a sheet."""
        found = self._styles.get(look)
        if found is None:
            found = self._styles[look] = CellStyle(self._array(look, False),
                                                   self._array(look, True))
        return found

    def append(self, values: Sequence[object], styles: Sequence[CellStyle]) -> int:
        """Append one row; its number. Text is stored as text, never as a formula, and
        the row is made tall enough to show every wrapped line."""
        ws = self.ws
        cells = []
        lines = 1
        for value, style, per_line in zip(values, styles, self.per_line, strict=False):
            stored, quoted = storable(value)
            cell = Cell(ws, value=stored, style_array=style.quoted if quoted else style.plain)
            if isinstance(stored, str) and stored:
                cell.data_type = "s"  # openpyxl takes text starting with "=" for a formula
                if len(stored) > per_line or "\n" in stored:
                    lines = max(lines, wrapped_lines(stored, per_line))
            cells.append(cell)
        ws.append(cells)
        row: int = cells[0].row
        height = lines_height(lines)
        if height > DEFAULT_ROW_HEIGHT:
            ws.row_dimensions[row].height = min(height, MAX_ROW_HEIGHT)
        return row

    def _array(self, look: Look, quoted: bool) -> Any:
        scratch = Cell(self.ws)  # never placed in the sheet: it only carries the style
        style_cell(scratch, look.centred, look.colour, look.bold,
                   look.number_format, quoted)
        return scratch._style

