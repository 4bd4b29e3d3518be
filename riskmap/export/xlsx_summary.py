"""The "Summary" sheet: metadata, marking, counts by band, top risks, the plan at a glance."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.analysis import (
    band_counts,
    key_factor_coverage,
    measures_by_status,
    overdue_measures,
    ranking,
)
from riskmap.export.redact import REDACTED_MARKING
from riskmap.export.xlsx_columns import holder_text, key_factor_label
from riskmap.export.xlsx_style import (
    BODY,
    BOLD,
    CENTRE,
    HEADING_FONT,
    LEFT_TOP,
    LIGHT,
    MARKING_FONT,
    NOTE_FONT,
    TITLE_FONT,
    WRAP_TOP,
    Context,
    body_cell,
    fill_band,
    header_row,
    print_setup,
    put,
    row_height,
    set_widths,
)
from riskmap.vocabulary import MEASURE_STATUS_LABELS, ScoreKind

WIDTHS = (7, 10, 34, 11, 11, 11, 64)
LAST_COL = len(WIDTHS)
UNSCORED = "Unscored"
TOP = 10


class _Writer:
    """Writes blocks one under the other, keeping track of the next free row."""

    def __init__(self, ws: Worksheet, ctx: Context) -> None:
        self.ws, self.ctx, self.tr = ws, ctx, ctx.tr
        self.row = 1

    def line(self, text: str, font: Font = BOLD, height: float | None = None,
             first: int = 1, last: int = LAST_COL) -> None:
        cell = put(self.ws.cell(row=self.row, column=first), text, font)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        if last > first:
            self.ws.merge_cells(start_row=self.row, start_column=first,
                                end_row=self.row, end_column=last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def heading(self, text: str) -> None:
        self.row += 1
        self.line(self.tr(text), HEADING_FONT, height=20)

    def table_header(self, spans: Sequence[tuple[str, int, int]]) -> None:
        for text, first, last in spans:
            header_row(self.ws, self.row, [self.tr(text)], first_col=first)
            for col in range(first + 1, last + 1):
                header_row(self.ws, self.row, [""], first_col=col)
            if last > first:
                self.ws.merge_cells(start_row=self.row, start_column=first,
                                    end_row=self.row, end_column=last)
        self.ws.row_dimensions[self.row].height = 30
        self.row += 1

    def cells(self, spans: Sequence[tuple[object, int, int]], label_bold: bool = False,
              align_left: bool = False) -> None:
        texts = [(value, sum(WIDTHS[first - 1:last])) for value, first, last in spans]
        height = row_height(texts)
        if height > 15:
            self.ws.row_dimensions[self.row].height = height
        for n, (value, first, last) in enumerate(spans):
            for col in range(first, last + 1):
                body_cell(self.ws.cell(row=self.row, column=col))
            cell = put(self.ws.cell(row=self.row, column=first), value,
                       BOLD if label_bold and n == 0 else BODY)
            left = align_left or last > first or (n == 0 and isinstance(value, str))
            body_cell(cell, LEFT_TOP if left else CENTRE)
            if last > first:
                self.ws.merge_cells(start_row=self.row, start_column=first,
                                    end_row=self.row, end_column=last)
        self.row += 1


def write_summary(ws: Worksheet, ctx: Context) -> None:
    set_widths(ws, WIDTHS)
    print_setup(ws, ctx)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToHeight = 1  # the summary is one page, whatever it holds
    ws.sheet_view.showGridLines = False
    w = _Writer(ws, ctx)
    tr, meta = ctx.tr, ctx.project.metadata
    w.line(meta.title, TITLE_FONT, height=30)
    if ctx.marking:
        w.line(ctx.marking, MARKING_FONT, height=20)
    if ctx.options.redact:
        w.line(tr(REDACTED_MARKING) + " - " + tr(
            "names of people replaced by [redacted]; sources of evidence removed"),
            MARKING_FONT, height=20)
    _metadata(w)
    _bands(w)
    _top_risks(w)
    _measures(w)


def _metadata(w: _Writer) -> None:
    ctx, tr = w.ctx, w.tr
    meta = ctx.project.metadata
    period = " - ".join(tr.date(d) for d in (meta.start_date, meta.end_date) if d)
    rows = [
        ("Administration", meta.administration), ("Office", meta.office),
        ("Scope", meta.scope), ("Period", period),
        ("Scale profile", ctx.project.profile.name),
        ("Participants", len(meta.participants)),
        ("Processes", len(ctx.project.processes)),
        ("Risks", len(ctx.project.risks)), ("Measures", len(ctx.project.measures)),
        ("Assessment rounds", len(ctx.project.rounds)),
        ("Exported on", tr.date(ctx.options.as_of())),
    ]
    w.heading("Project")
    for label, value in rows:
        if value == "":
            continue
        w.cells([(tr(label), 1, 3), (value, 4, LAST_COL)], label_bold=True, align_left=True)
        w.ws.cell(row=w.row - 1, column=1).fill = LIGHT


def _bands(w: _Writer) -> None:
    ctx, tr = w.ctx, w.tr
    kinds = (ScoreKind.INHERENT, ScoreKind.RESIDUAL, ScoreKind.TARGET)
    counts = {kind: band_counts(ctx.project, kind) for kind in kinds}
    names = [band.name for band in ctx.project.profile.bands]
    if any(UNSCORED in c for c in counts.values()):
        names.append(UNSCORED)
    w.heading("Risks by band")
    w.table_header([("Band", 1, 3), ("Inherent", 4, 4), ("Residual", 5, 5), ("Target", 6, 6)])
    colours = {band.name: band.colour for band in ctx.project.profile.bands}
    for name in reversed(names):
        label = tr(name) if name == UNSCORED else name  # band names: the profile's words
        w.cells([(label, 1, 3), *((counts[k].get(name, 0), 4 + i, 4 + i)
                                     for i, k in enumerate(kinds))])
        if name in colours:
            fill_band(w.ws.cell(row=w.row - 1, column=1), colours[name], bold=True)
    totals = [sum(counts[k].values()) for k in kinds]
    w.cells([(tr("Total"), 1, 3), *((t, 4 + i, 4 + i) for i, t in enumerate(totals))],
            label_bold=True)


def _top_risks(w: _Writer) -> None:
    ctx, tr = w.ctx, w.tr
    top = [item for item in ranking(ctx.project, ScoreKind.RESIDUAL) if item.rating][:TOP]
    w.heading("Top 10 residual risks")
    if not top:
        w.line(tr("No risk has a residual score yet."), NOTE_FONT)
        return
    w.table_header([("Rank", 1, 1), ("ID", 2, 2), ("Stage", 3, 3), ("Residual score", 4, 4),
                    ("Residual band", 5, 5), ("L x I", 6, 6), ("Risk statement", 7, 7)])
    for item in top:
        rating = item.rating
        assert rating is not None
        w.cells([(item.rank, 1, 1), (item.risk.code, 2, 2),
                 (holder_text(ctx.project, item.risk), 3, 3), (rating.score, 4, 4),
                 (rating.band.name, 5, 5), (f"{rating.likelihood} x {rating.impact}", 6, 6),
                 (item.risk.statement, 7, 7)])
        for col in (3, 7):
            w.ws.cell(row=w.row - 1, column=col).alignment = WRAP_TOP
        fill_band(w.ws.cell(row=w.row - 1, column=5), rating.band.colour, bold=True)
        fill_band(w.ws.cell(row=w.row - 1, column=4), rating.band.colour)


def _measures(w: _Writer) -> None:
    ctx, tr = w.ctx, w.tr
    w.heading("Measures by status")
    w.table_header([("Status", 1, 3), ("Measures", 4, 4)])
    for status, count in measures_by_status(ctx.project).items():
        w.cells([(tr(MEASURE_STATUS_LABELS[status]), 1, 3), (count, 4, 4)])
    w.heading("Measures by key factor")
    w.table_header([("Key factor", 1, 3), ("Measures", 4, 4), ("Completed", 5, 5),
                    ("Risks covered", 6, 6)])
    for item in key_factor_coverage(ctx.project):
        w.cells([(key_factor_label(tr, item.factor), 1, 3), (item.measures, 4, 4),
                 (item.done, 5, 5), (item.risks, 6, 6)])
    overdue = overdue_measures(ctx.project, ctx.options.as_of())
    w.heading("Overdue measures")
    w.cells([(tr("Overdue on {date}", date=tr.date(ctx.options.as_of())), 1, 3),
             (len(overdue), 4, 4), (", ".join(m.code for m in overdue), 5, LAST_COL)],
            label_bold=True)
    w.row += 1
    w.line(tr("Overdue: past the deadline and neither done nor cancelled. The Action plan "
              "sheet highlights overdue measures as the file is edited."), NOTE_FONT)
