"""Tables of the PDF report: header repeated on every page, wrapped text, band-coloured cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import LongTable

from riskmap.analysis import Rating
from riskmap.export.colours import UNSCORED_FILL
from riskmap.export.drawkit import colour
from riskmap.export.pdf_context import Report
from riskmap.export.pdf_styles import (
    FONT_COMMAND,
    GRID,
    HEADER_FILL,
    ZEBRA,
    Para,
    esc,
    markup,
    para,
)

# Rows per table object: a long register is several tables that follow each other, so
# that splitting across pages stays linear in the number of rows.
CHUNK = 250

Cell = Any  # a Flowable or a plain string (reportlab is untyped)


@dataclass
class Rows:
    """Rows of one table with the fills and highlights of some of their cells."""

    cells: list[list[Cell]] = field(default_factory=list)
    fills: list[tuple[int, int, str]] = field(default_factory=list)  # (column, row, colour)
    alert_rows: list[int] = field(default_factory=list)

    def add(self, row: list[Cell], fills: Sequence[tuple[int, str]] = (),
            alert: bool = False) -> None:
        index = len(self.cells)
        self.cells.append(row)
        self.fills += [(col, index, fill) for col, fill in fills]
        if alert:
            self.alert_rows.append(index)


def tables(report: Report, columns: Sequence[tuple[str, float]], rows: Rows, width: float,
           numeric: Sequence[int] = ()) -> list[LongTable]:
    """The rows as tables `width` points wide; columns are (title, relative width), and
    the titles of `numeric` columns are set flush right, over their figures."""
    total = sum(weight for _, weight in columns)
    widths = [width * weight / total for _, weight in columns]
    styles = report.styles
    header: list[Cell] = [
        markup(esc(title), styles.head_right if n in numeric else styles.head)
        for n, (title, _) in enumerate(columns)
    ]
    result = []
    for start in range(0, len(rows.cells), CHUNK):
        chunk = rows.cells[start:start + CHUNK]
        commands: list[tuple[object, ...]] = [
            FONT_COMMAND,
            ("BACKGROUND", (0, 0), (-1, 0), colour(HEADER_FILL)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, colour(GRID)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colour("#FFFFFF"), colour(ZEBRA)]),
        ]
        end = start + len(chunk)
        commands += [
            ("BACKGROUND", (col, row - start + 1), (col, row - start + 1), colour(fill))
            for col, row, fill in rows.fills if start <= row < end
        ]
        commands += [
            ("LINEBEFORE", (0, row - start + 1), (0, row - start + 1), 2.5, colour("#B42318"))
            for row in rows.alert_rows if start <= row < end
        ]
        result.append(LongTable([header, *chunk], colWidths=widths, repeatRows=1,
                                style=commands, hAlign="LEFT"))
    return result


def score_cell(report: Report, rating: Rating | None) -> tuple[Cell, str]:
    """A score as "L×I = S" over its band name, and the fill of its cell."""
    styles = report.styles
    if rating is None:
        return para("–", styles.on(UNSCORED_FILL)), UNSCORED_FILL
    fill = rating.band.colour
    text = f"{rating.likelihood}×{rating.impact} = {rating.score}\n{rating.band.name}"
    return para(text, styles.on(fill)), fill


def cell(text: object, report: Report, small: bool = False) -> Para:
    """A cell of user text, wrapped."""
    return para(text, report.styles.cell_small if small else report.styles.cell)
