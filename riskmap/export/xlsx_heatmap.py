"""The "Heat map" sheet: inherent and residual grids side by side, and a legend of bands."""

from __future__ import annotations

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.analysis import HeatmapCell, HeatmapGrid, heatmap_grid
from riskmap.export.xlsx_style import (
    BOLD,
    FONT_NAME,
    HEADING_FONT,
    NOTE_FONT,
    TITLE_FONT,
    Context,
    fill_band,
    print_setup,
    put,
    readable_text,
)
from riskmap.scales import ScaleProfile, ScoreMethod
from riskmap.vocabulary import ScoreKind

CELL_WIDTH = 17
CODES_PER_LINE = 3
MAX_CODES = 36  # beyond this a cell says "+ N more"; the register lists them all
FIRST_GRID_ROW = 4
_WHITE = Side(style="medium", color="FFFFFF")
CELL_BORDER = Border(left=_WHITE, right=_WHITE, top=_WHITE, bottom=_WHITE)
AXIS_LABEL = Alignment(horizontal="right", vertical="center", wrap_text=True)
CELL_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
GRID_TITLES = {ScoreKind.INHERENT: "Inherent risk", ScoreKind.RESIDUAL: "Residual risk",
               ScoreKind.TARGET: "Target risk"}
METHOD_TEXT = {ScoreMethod.PRODUCT: "likelihood x impact", ScoreMethod.SUM: "likelihood + impact",
               ScoreMethod.LOOKUP: "lookup table"}


def _codes_text(tr_more: str, codes: list[str]) -> str:
    shown = codes[:MAX_CODES]
    lines = [", ".join(shown[i:i + CODES_PER_LINE]) for i in range(0, len(shown), CODES_PER_LINE)]
    if len(codes) > MAX_CODES:
        lines.append(tr_more)
    return "\n".join(lines)


def _cell_lines(cell: HeatmapCell) -> int:
    shown = min(cell.count, MAX_CODES)
    return 2 + -(-shown // CODES_PER_LINE) + (1 if cell.count > MAX_CODES else 0)


def _cell_value(ctx: Context, cell: HeatmapCell) -> CellRichText:
    """The band name on top (so the grid reads without colour), then the count and codes."""
    colour = readable_text(cell.band.colour)
    band = TextBlock(InlineFont(rFont=FONT_NAME, sz=8, color=colour), cell.band.name)
    if not cell.count:
        return CellRichText(band)
    more = ctx.tr("+ {count} more", count=cell.count - MAX_CODES)
    return CellRichText(
        band,
        TextBlock(InlineFont(rFont=FONT_NAME, sz=16, b=True, color=colour),
                  "\n" + str(cell.count)),
        TextBlock(InlineFont(rFont=FONT_NAME, sz=8, color=colour),
                  "\n" + _codes_text(more, cell.risk_codes)),
    )


def _grid(ws: Worksheet, ctx: Context, grid: HeatmapGrid, first_col: int) -> None:
    tr, profile = ctx.tr, grid.profile
    n_lik, n_imp = profile.size
    label_col, cells_col = first_col + 1, first_col + 2
    title = tr(GRID_TITLES[grid.kind])
    title_cell = put(ws.cell(row=FIRST_GRID_ROW - 1, column=first_col), title, HEADING_FONT)
    title_cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=FIRST_GRID_ROW - 1, start_column=first_col,
                   end_row=FIRST_GRID_ROW - 1, end_column=cells_col + n_imp - 1)
    axis = put(ws.cell(row=FIRST_GRID_ROW, column=first_col), tr("Likelihood"), BOLD)
    axis.alignment = Alignment(horizontal="center", vertical="center", text_rotation=90)
    ws.merge_cells(start_row=FIRST_GRID_ROW, start_column=first_col,
                   end_row=FIRST_GRID_ROW + n_lik - 1, end_column=first_col)
    for offset, row_cells in enumerate(grid.rows()):
        row = FIRST_GRID_ROW + offset
        lik = row_cells[0].likelihood
        label = put(ws.cell(row=row, column=label_col),
                    f"{lik}  {profile.likelihood_label(lik)}", BOLD)
        label.alignment = AXIS_LABEL
        for col_offset, cell in enumerate(row_cells):
            target = ws.cell(row=row, column=cells_col + col_offset)
            fill_band(target, cell.band.colour)
            target.value = _cell_value(ctx, cell)  # rich text: our own codes, never a formula
            target.alignment = CELL_ALIGN
            target.border = CELL_BORDER
    impact_row = FIRST_GRID_ROW + n_lik
    for imp in range(1, n_imp + 1):
        cell = put(ws.cell(row=impact_row, column=cells_col + imp - 1),
                   f"{imp}  {profile.impact_label(imp)}", BOLD)
        cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
    axis = put(ws.cell(row=impact_row + 1, column=cells_col), tr("Impact"), BOLD)
    axis.alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=impact_row + 1, start_column=cells_col,
                   end_row=impact_row + 1, end_column=cells_col + n_imp - 1)
    if grid.unscored:
        note = put(ws.cell(row=impact_row + 2, column=cells_col),
                   tr("Not scored: {codes}", codes=", ".join(grid.unscored)), NOTE_FONT)
        note.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=impact_row + 2, start_column=cells_col,
                       end_row=impact_row + 2, end_column=cells_col + n_imp - 1)


def band_ranges(profile: ScaleProfile) -> list[tuple[str, str, int, int]]:
    """(name, colour, lowest score, highest score) of each band, lowest band first."""
    top = max(profile.score(lik, imp) for lik in range(1, profile.size[0] + 1)
              for imp in range(1, profile.size[1] + 1))
    result = []
    for n, band in enumerate(profile.bands):
        high = profile.bands[n + 1].min_score - 1 if n + 1 < len(profile.bands) else top
        result.append((band.name, band.colour, band.min_score, high))
    return result


def _legend(ws: Worksheet, ctx: Context, row: int, first_col: int) -> None:
    tr = ctx.tr
    put(ws.cell(row=row, column=first_col + 1), tr("Bands"), HEADING_FONT)
    for offset, (name, colour, low, high) in enumerate(reversed(band_ranges(ctx.project.profile))):
        swatch = put(ws.cell(row=row + 1 + offset, column=first_col + 2), name)
        fill_band(swatch, colour, bold=True)
        swatch.alignment = Alignment(horizontal="center", vertical="center")
        span = str(low) if low == high else f"{low} - {high}"
        put(ws.cell(row=row + 1 + offset, column=first_col + 3),
            tr("Score {range}", range=span)).alignment = Alignment(vertical="center")
        ws.row_dimensions[row + 1 + offset].height = 18
    note_row = row + 2 + len(ctx.project.profile.bands)
    note = put(ws.cell(row=note_row, column=first_col + 1),
               tr("Each cell shows its band, the number of risks in it and their codes. "
                  "Score method: {method}.",
                  method=tr(METHOD_TEXT[ctx.project.profile.method])), NOTE_FONT)
    note.alignment = Alignment(vertical="top")


def write_heatmap(ws: Worksheet, ctx: Context) -> None:
    tr, profile = ctx.tr, ctx.project.profile
    n_lik, n_imp = profile.size
    ws.sheet_view.showGridLines = False
    print_setup(ws, ctx)
    title = put(ws.cell(row=1, column=1), f"{tr('Heat map')} - {ctx.project.metadata.title}",
                TITLE_FONT)
    title.alignment = Alignment(vertical="center")
    ws.row_dimensions[1].height = 28
    grids = [heatmap_grid(ctx.project, kind) for kind in (ScoreKind.INHERENT, ScoreKind.RESIDUAL)]
    span = 2 + n_imp + 1  # axis title, level labels, cells, a gap
    for number, grid in enumerate(grids):
        first = 1 + number * span
        ws.column_dimensions[get_column_letter(first)].width = 4
        ws.column_dimensions[get_column_letter(first + 1)].width = 16
        for imp in range(n_imp):
            ws.column_dimensions[get_column_letter(first + 2 + imp)].width = CELL_WIDTH
        _grid(ws, ctx, grid, first)
    ws.column_dimensions[get_column_letter(span)].width = 4
    for offset in range(n_lik):
        lines = max(_cell_lines(g.rows()[offset][i]) for g in grids for i in range(n_imp))
        ws.row_dimensions[FIRST_GRID_ROW + offset].height = max(54, 21 + 11 * lines)
    ws.row_dimensions[FIRST_GRID_ROW + n_lik].height = 30
    _legend(ws, ctx, FIRST_GRID_ROW + n_lik + 4, 0)
    ws.print_area = f"A1:{get_column_letter(2 * span - 1)}{FIRST_GRID_ROW + n_lik + 12}"
