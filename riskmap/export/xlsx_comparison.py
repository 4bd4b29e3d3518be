"""The "Comparison" sheet: what moved between two rounds (risks, stages, measures)."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.comparison import (
    CHANGE_LABELS,
    ChangeKind,
    ScorePoint,
    comparison_counts,
    comparison_rows,
)
from riskmap.export.xlsx_style import (
    BOLD,
    FONT_NAME,
    HEADING_FONT,
    NOTE_FONT,
    TITLE_FONT,
    Context,
    fit_row,
    header_row,
    print_setup,
    put,
    set_widths,
    table_cell,
)
from riskmap.rounds import CURRENT, Comparison, Direction
from riskmap.vocabulary import MEASURE_STATUS_LABELS, MeasureStatus

COMPARISON = "Comparison"
# Column A is the risk code, as in the register; the measures table below reuses A-F.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("ID", 9), ("Risk statement", 52), ("Stage", 13), ("Change", 12),
    ("Before L", 8), ("Before I", 8), ("Before score", 8), ("Before band", 11),
    ("After L", 8), ("After I", 8), ("After score", 8), ("After band", 11),
    ("Change of score", 9),
)
CHANGE_COL, DELTA_COL, STATEMENT_COL = 4, 13, 2
MEASURE_COLUMNS = ("ID", "Measure", "Status before", "Status after", "Progress before %",
                   "Progress after %")
WORSE, BETTER = "C62828", "2E7D32"


def _point(point: ScorePoint | None) -> list[object]:
    if point is None:
        return [None, None, None, ""]
    return [point.likelihood, point.impact, point.score, point.band.name]


def write_comparison(ws: Worksheet, ctx: Context, comparison: Comparison) -> None:
    """Title and counts, then one row a risk that changed, the stages that moved, and the
    measures whose status changed. Residual scores, on the project's profile."""
    tr, profile = ctx.tr, ctx.project.profile
    set_widths(ws, [w for _, w in COLUMNS])
    before, after = (tr("Current state") if name == CURRENT else name
                     for name in (comparison.before_name, comparison.after_name))
    put(ws.cell(row=1, column=1), tr("Round comparison: {before} → {after}",
                                     before=before, after=after), TITLE_FONT)
    counts = comparison_counts(comparison)
    summary = tr("{new} new risks, {removed} removed, {rescored} rescored ({up} up, {down} "
                 "down); {done} measures completed.", new=counts.new, removed=counts.removed,
                 rescored=counts.rescored, up=counts.up, down=counts.down,
                 done=counts.measures_completed)
    put(ws.cell(row=2, column=1), summary, BOLD)
    put(ws.cell(row=3, column=1), tr("Residual scores, on the scale profile {profile}.",
                                     profile=profile.name), NOTE_FONT)
    top = 5
    header_row(ws, top, [tr(name) for name, _ in COLUMNS])
    ws.row_dimensions[top].height = 32
    ws.freeze_panes = f"B{top + 1}"
    widths = [w for _, w in COLUMNS]
    row = top
    for item in comparison_rows(profile, comparison):
        row += 1
        colour = {ChangeKind.UP: WORSE, ChangeKind.DOWN: BETTER}.get(item.kind)
        values: list[object] = [item.code, item.statement, item.stage_code,
                                tr(CHANGE_LABELS[item.kind]), *_point(item.before),
                                *_point(item.after), item.delta]
        bands = {8: item.before, 12: item.after}
        for col, value in enumerate(values, start=1):
            point = bands.get(col)
            cell = table_cell(ctx, ws.cell(row=row, column=col),
                              value,
                              centred=col != STATEMENT_COL, bold=col in (CHANGE_COL, DELTA_COL),
                              colour=point.band.colour if point is not None else None)
            if colour and col in (CHANGE_COL, DELTA_COL):
                cell.font = Font(name=FONT_NAME, size=10, bold=True, color=colour)
        fit_row(ws, row, values, widths)
    if row > top:
        ws.auto_filter.ref = f"A{top}:{get_column_letter(len(COLUMNS))}{row}"
    row = _stages(ws, ctx, comparison, row + 2)
    _measures(ws, ctx, comparison, row + 2)
    print_setup(ws, ctx, title_rows=f"{top}:{top}")


def _stages(ws: Worksheet, ctx: Context, comparison: Comparison, row: int) -> int:
    tr = ctx.tr
    moved = [(code, d) for code, d in comparison.stages.items() if d is not Direction.SAME]
    put(ws.cell(row=row, column=1), tr("Stages whose highest residual score moved"),
        HEADING_FONT)
    if not moved:
        put(ws.cell(row=row + 1, column=1), tr("None."), NOTE_FONT)
        return row + 1
    header_row(ws, row + 1, [tr("Stage"), tr("Stage name"), tr("Direction")])
    names = {s.code: s.name for s in ctx.project.all_stages()}
    for offset, (code, direction) in enumerate(moved, start=2):
        up = direction is Direction.UP
        table_cell(ctx, ws.cell(row=row + offset, column=1), code, centred=True)
        table_cell(ctx, ws.cell(row=row + offset, column=2), names.get(code, ""))
        cell = table_cell(ctx, ws.cell(row=row + offset, column=3),
                          tr("▲ Up") if up else tr("▼ Down"), centred=True, bold=True)
        cell.font = Font(name=FONT_NAME, size=10, bold=True, color=WORSE if up else BETTER)
    return row + len(moved) + 1


def _measures(ws: Worksheet, ctx: Context, comparison: Comparison, row: int) -> int:
    tr = ctx.tr
    put(ws.cell(row=row, column=1), tr("Measures whose status or progress changed"),
        HEADING_FONT)
    changes = sorted(comparison.status_changes,
                     key=lambda c: (c.after is not MeasureStatus.DONE, c.code))
    if not changes:
        put(ws.cell(row=row + 1, column=1), tr("None."), NOTE_FONT)
        return row + 1
    header_row(ws, row + 1, [tr(h) for h in MEASURE_COLUMNS])
    ws.row_dimensions[row + 1].height = 32
    widths = [w for _, w in COLUMNS[:len(MEASURE_COLUMNS)]]
    for offset, change in enumerate(changes, start=2):
        done = change.after is MeasureStatus.DONE
        values: list[object] = [change.code, change.title,
                                tr(MEASURE_STATUS_LABELS[change.before]),
                                tr(MEASURE_STATUS_LABELS[change.after]),
                                change.progress_before, change.progress_after]
        for col, value in enumerate(values, start=1):
            table_cell(ctx, ws.cell(row=row + offset, column=col), value,
                       centred=col != STATEMENT_COL, bold=done and col == 4)
        fit_row(ws, row + offset, values, widths)
    return row + len(changes) + 1
