"""The "Stages" sheet: per process, stages in flow order with their rating and risk count."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.worksheet.worksheet import Worksheet

from riskmap.analysis import StageRating, stage_ratings
from riskmap.export.xlsx_columns import STAGE_COLUMNS
from riskmap.export.xlsx_style import (
    Context,
    data_sheet,
    finish_table,
)
from riskmap.export.xlsx_table import Look, TableRows
from riskmap.graph import flow_order
from riskmap.model import Process
from riskmap.vocabulary import ScoreKind

_CENTRED = {"Order", "Stage", "Risks", "Inherent rating", "Residual rating",
            "Highest residual score", "Highest residual risk"}


def _rows(ctx: Context, process: Process) -> list[tuple[str, str, str]]:
    """(holder id as text, code, name) of each stage in flow order, then flows with risks."""
    index = ctx.project.index
    rows = [(str(stage.id), stage.code, stage.name) for stage in flow_order(process)]
    for flow in process.flows:
        if index.risks_on(flow.id):
            source, target = index.stages.get(flow.source), index.stages.get(flow.target)
            ends = f"{source.code if source else '?'} → {target.code if target else '?'}"
            label = flow.label or ctx.tr("hand-over")
            rows.append((str(flow.id), flow.code, f"{ends}: {label}"))
    return rows


def write_stages(ws: Worksheet, ctx: Context, tick: Callable[[str], None]) -> None:
    tr, project = ctx.tr, ctx.project
    headers = [name for name, _ in STAGE_COLUMNS]
    widths = [w for _, w in STAGE_COLUMNS]
    data_sheet(ws, [tr(h) for h in headers], widths, ctx)
    inherent = {str(k): v for k, v in stage_ratings(project, ScoreKind.INHERENT).items()}
    residual = {str(k): v for k, v in stage_ratings(project, ScoreKind.RESIDUAL).items()}
    empty = StageRating(0, None)
    rows = TableRows(ws, widths)
    styles = [rows.style(Look(centred=header in _CENTRED)) for header in headers]
    # The rating cells take the colour of their band, in bold.
    by_band = {band.name: rows.style(Look(centred=True, colour=band.colour, bold=True))
               for band in project.profile.bands}
    row = 1
    for process in project.processes:
        for order, (holder, code, name) in enumerate(_rows(ctx, process), start=1):
            res, inh = residual.get(holder, empty), inherent.get(holder, empty)
            values: list[object] = [
                process.name, order, code, name, res.risk_count,
                inh.top.band.name if inh.top else "",
                res.top.band.name if res.top else "",
                res.top.score if res.top else None, res.top_code,
            ]
            row_styles = list(styles)
            for rating, column in ((inh, 5), (res, 6)):
                if rating.top:
                    row_styles[column] = by_band[rating.top.band.name]
            row = rows.append(values, row_styles)
            tick(ws.title)
    finish_table(ws, len(STAGE_COLUMNS), row - 1)
