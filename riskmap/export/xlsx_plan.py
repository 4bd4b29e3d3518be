"""The "Action plan" sheet: one row a measure, by key factor, with live overdue highlight."""

from __future__ import annotations

from collections.abc import Callable

from openpyxl.formatting.rule import CellIsRule, DataBarRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from riskmap.export.xlsx_columns import (
    PLAN_COLUMNS,
    column_number,
    key_factors_text,
    linked_risk_codes,
)
from riskmap.export.xlsx_style import (
    FONT_NAME,
    Context,
    data_sheet,
    finish_table,
)
from riskmap.export.xlsx_table import Look, TableRows
from riskmap.model import Measure
from riskmap.vocabulary import (
    MEASURE_STATUS_LABELS,
    MEASURE_TYPE_LABELS,
    MeasureStatus,
)

_CENTRED = {"ID", "Linked risks", "Type", "Start", "Deadline", "Status", "Progress %"}
OVERDUE_FILL = PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD")
OVERDUE_FONT = Font(name=FONT_NAME, color="9C0006")
DONE_FILL = PatternFill("solid", fgColor="C6EFCE", bgColor="C6EFCE")
DONE_FONT = Font(name=FONT_NAME, color="006100")


def plan_order(measure: Measure) -> tuple[int, str]:
    """By first (lowest) key factor, untagged measures last, then by code."""
    return (min(measure.key_factors) if measure.key_factors else 99, measure.code)


def _quoted(text: str) -> str:
    """A string literal inside a spreadsheet formula."""
    return '"' + text.replace('"', '""') + '"'


def status_labels(ctx: Context) -> dict[MeasureStatus, str]:
    return {status: ctx.tr(label) for status, label in MEASURE_STATUS_LABELS.items()}


def write_plan(ws: Worksheet, ctx: Context, tick: Callable[[str], None]) -> None:
    tr, project = ctx.tr, ctx.project
    headers = [name for name, _ in PLAN_COLUMNS]
    widths = [w for _, w in PLAN_COLUMNS]
    data_sheet(ws, [tr(h) for h in headers], widths, ctx)
    statuses = status_labels(ctx)
    measures = sorted(project.measures, key=plan_order)
    dates = {"Start", "Deadline"}
    rows = TableRows(ws, widths)
    styles = [rows.style(Look(centred=header in _CENTRED,
                              number_format=ctx.date_format if header in dates else None))
              for header in headers]
    for measure in measures:
        values: list[object] = [
            measure.code, measure.title, linked_risk_codes(project, measure),
            key_factors_text(tr, measure.key_factors),
            tr(MEASURE_TYPE_LABELS[measure.type]) if measure.type else "",
            measure.owner, measure.supporting_unit, measure.start, measure.deadline,
            measure.resources, measure.indicator, measure.baseline, measure.target,
            statuses[measure.status], measure.progress, measure.notes,
        ]
        rows.append(values, styles)
        tick(ws.title)
    last_row = max(len(measures) + 1, 2)
    _add_rules(ws, ctx, statuses, last_row)
    finish_table(ws, len(PLAN_COLUMNS), len(measures))


def _add_rules(ws: Worksheet, ctx: Context, statuses: dict[MeasureStatus, str],
               last_row: int) -> None:
    """Drop-down lists, validations and the conditional formats a manager keeps live."""
    tr = ctx.tr
    status_col = get_column_letter(column_number(PLAN_COLUMNS, "Status"))
    deadline_col = get_column_letter(column_number(PLAN_COLUMNS, "Deadline"))
    progress_col = get_column_letter(column_number(PLAN_COLUMNS, "Progress %"))
    last_col = get_column_letter(len(PLAN_COLUMNS))

    choices = ",".join(statuses.values())
    status_list = DataValidation(type="list", formula1=_quoted(choices), allow_blank=True)
    status_list.error = tr("Choose a status from the list.")
    status_list.errorTitle = tr("Status")
    status_list.showErrorMessage = True
    status_list.add(f"{status_col}2:{status_col}{last_row}")
    ws.add_data_validation(status_list)

    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100",
                             allow_blank=True)
    percent.error = tr("Progress is a whole number from 0 to 100.")
    percent.errorTitle = tr("Progress %")
    percent.showErrorMessage = True
    percent.add(f"{progress_col}2:{progress_col}{last_row}")
    ws.add_data_validation(percent)

    # Overdue: a deadline in the past and a status neither done nor cancelled, judged by
    # the spreadsheet on the day it is opened, so the highlight follows every edit.
    done, cancelled = statuses[MeasureStatus.DONE], statuses[MeasureStatus.CANCELLED]
    overdue = (
        f"AND(ISNUMBER(${deadline_col}2),${deadline_col}2<TODAY(),"
        f"${status_col}2<>{_quoted(done)},${status_col}2<>{_quoted(cancelled)})"
    )
    ws.conditional_formatting.add(
        f"A2:{last_col}{last_row}",
        FormulaRule(formula=[overdue], fill=OVERDUE_FILL, font=OVERDUE_FONT),
    )
    ws.conditional_formatting.add(
        f"{status_col}2:{status_col}{last_row}",
        CellIsRule(operator="equal", formula=[_quoted(done)], fill=DONE_FILL, font=DONE_FONT),
    )
    ws.conditional_formatting.add(
        f"{progress_col}2:{progress_col}{last_row}",
        DataBarRule(start_type="num", start_value=0, end_type="num", end_value=100,
                    color="5B9BD5", showValue=True),
    )
