"""The "Risk register" sheet: one row a risk, in code order, scores as numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.analysis import Rater, Rating, priority_ranks
from riskmap.export.xlsx_columns import (
    REGISTER_COLUMNS,
    VOTE_SPREAD,
    consequences_text,
    controls_text,
    enabling_text,
    holder_text,
    key_factors_text,
    linked_measures,
    process_text,
    risk_type_text,
)
from riskmap.export.xlsx_style import (
    Context,
    data_sheet,
    finish_table,
)
from riskmap.export.xlsx_table import CellStyle, Look, TableRows
from riskmap.i18n import Translator
from riskmap.model import Risk
from riskmap.vocabulary import ScoreKind
from riskmap.workshop import vote_spread

# Columns holding a short value that reads best centred.
_CENTRED = {"ID", "Inherent L", "Inherent I", "Inherent score", "Inherent band",
            "Residual L", "Residual I", "Residual score", "Residual band", "Target L",
            "Target I", "Priority rank", "Linked measures", "Last reviewed"}
_BANDS = {"Inherent band", "Residual band"}


def vote_text(risk: Risk, tr: Translator) -> str:
    """How far apart the participants' residual votes were, e.g. "L 2-4, I 3-5 (6 votes)"."""
    spread = vote_spread(risk, ScoreKind.RESIDUAL)
    if spread is None:
        return ""
    lik, imp = spread.likelihood, spread.impact
    return tr("L {l_low}-{l_high}, I {i_low}-{i_high} ({count} votes)", l_low=lik.low,
              l_high=lik.high, i_low=imp.low, i_high=imp.high, count=spread.count)


def _rating_cells(rating: Rating | None, with_band: bool) -> list[object]:
    """Levels, and score and band name when asked. Band names are the profile's own words
    (a built-in profile's are already in the export language): never translated here."""
    if rating is None:
        return [None, None, None, None] if with_band else [None, None]
    if with_band:
        return [rating.likelihood, rating.impact, rating.score, rating.band.name]
    return [rating.likelihood, rating.impact]


def write_register(ws: Worksheet, ctx: Context, tick: Callable[[str], None]) -> None:
    tr, project = ctx.tr, ctx.project
    with_votes = any(risk.votes for risk in project.risks)
    columns = list(REGISTER_COLUMNS) + ([VOTE_SPREAD] if with_votes else [])
    headers = [name for name, _ in columns]
    widths = [w for _, w in columns]
    data_sheet(ws, [tr(h) for h in headers], widths, ctx, large_paper=True)
    ranks = priority_ranks(project)
    rows = TableRows(ws, widths)
    styles = [rows.style(Look(centred=header in _CENTRED, bold=header in _BANDS,
                              number_format=ctx.date_format if header == "Last reviewed"
                              else None))
              for header in headers]
    # Score and band cells take the colour of their band: (column, kind, style by band).
    coloured: list[tuple[int, ScoreKind, dict[str, CellStyle]]] = []
    for kind, prefix in ((ScoreKind.INHERENT, "Inherent"), (ScoreKind.RESIDUAL, "Residual")):
        for column in (headers.index(f"{prefix} score"), headers.index(f"{prefix} band")):
            look = Look(centred=True, bold=headers[column] in _BANDS)
            coloured.append((column, kind, {
                band.name: rows.style(replace(look, colour=band.colour))
                for band in project.profile.bands}))
    risks = sorted(project.risks, key=lambda r: r.code)
    rater = Rater(project.profile)
    for risk in risks:
        ratings = {kind: rater(risk, kind) for kind in ScoreKind}
        residual = ratings[ScoreKind.RESIDUAL]
        measures = linked_measures(project, risk)
        values: list[object] = [
            risk.code, process_text(project, risk), holder_text(project, risk),
            risk.statement, risk_type_text(tr, risk), "\n".join(risk.actors),
            enabling_text(tr, risk), consequences_text(tr, risk), controls_text(tr, risk),
            *_rating_cells(ratings[ScoreKind.INHERENT], True),
            *_rating_cells(residual, True),
            *_rating_cells(ratings[ScoreKind.TARGET], False),
            ranks.get(risk.id) if residual is not None else None,
            risk.owner, ", ".join(m.code for m in measures),
            key_factors_text(tr, (f for m in measures for f in m.key_factors)),
            risk.evidence, risk.last_reviewed,
        ]
        if with_votes:
            values.append(vote_text(risk, tr))
        row_styles = list(styles)
        for column, kind, by_band in coloured:
            rating = ratings[kind]
            if rating is not None:
                row_styles[column] = by_band[rating.band.name]
        rows.append(values, row_styles)
        tick(ws.title)
    _level_validation(ws, ctx, headers, max(len(risks) + 1, 2))
    finish_table(ws, len(columns), len(risks))


def _level_validation(ws: Worksheet, ctx: Context, headers: list[str], last_row: int) -> None:
    """A manager may re-score residual risks in the file: only levels of the profile."""
    n_lik, n_imp = ctx.project.profile.size
    for header, top in (("Residual L", n_lik), ("Residual I", n_imp)):
        letter = get_column_letter(headers.index(header) + 1)
        levels = DataValidation(type="whole", operator="between", formula1="1",
                                formula2=str(top), allow_blank=True)
        levels.errorTitle = ctx.tr(header)
        levels.error = ctx.tr("A whole number from 1 to {top}.", top=top)
        levels.showErrorMessage = True
        levels.add(f"{letter}2:{letter}{last_row}")
        ws.add_data_validation(levels)
