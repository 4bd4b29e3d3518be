"""Round trip: read our own workbook back and list what a manager changed, by code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from riskmap.edits import Batch, Edit, EntityType, SetFields
from riskmap.errors import FileError
from riskmap.export.redact import REDACTED
from riskmap.export.xlsx_columns import ACTION_PLAN, RISK_REGISTER
from riskmap.importers import cells
from riskmap.importers.cells import InvalidValue, normalise
from riskmap.importers.report import FieldChange, ImportReport
from riskmap.importers.safety import open_workbook, sheet_rows
from riskmap.model import Assessment, Measure, Project, Risk
from riskmap.vocabulary import MEASURE_STATUS_LABELS

HEADER_SEARCH = 10
Reader = Callable[[Any], object]


def find_sheet(workbook: Any, english: str) -> Any | None:
    """The sheet with this name in any export language, or None."""
    names = cells.translations(english)
    for sheet in workbook.worksheets:
        if normalise(sheet.title) in names:
            return sheet
    return None


def is_riskmap_workbook(path: Path | str) -> bool:
    """True for a workbook riskmap exported (in any language)."""
    with open_workbook(path) as workbook:
        return any(find_sheet(workbook, name) is not None for name in (ACTION_PLAN, RISK_REGISTER))


def _columns(path: Path, sheet: Any, wanted: dict[str, str]
             ) -> tuple[dict[str, int], list[tuple[int, tuple[Any, ...]]]]:
    """Locate the header row (its first cell "ID"); map field -> column; return data rows."""
    forms = {key: cells.translations(header) for key, header in wanted.items()}
    rows = sheet_rows(path, sheet)
    for row_number, row in rows:
        if row_number > HEADER_SEARCH:
            break
        headers = [normalise(c.value) if c.value is not None else "" for c in row]
        if not headers or headers[0] not in forms["code"]:
            continue
        found = {}
        for key, names in forms.items():
            for col, header in enumerate(headers, start=1):
                if header in names:
                    found[key] = col
                    break
        return found, list(rows)
    raise FileError(path, 'no header row starting with "ID" in the first {rows} rows',
                    "sheet {sheet!r}", rows=HEADER_SEARCH, sheet=sheet.title)


PLAN_FIELDS = {"code": "ID", "status": "Status", "progress": "Progress %", "owner": "Owner",
               "deadline": "Deadline", "notes": "Notes"}
REGISTER_FIELDS = {"code": "ID", "residual.likelihood": "Residual L",
                   "residual.impact": "Residual I"}
# What a row or a cell that is not taken says (one sentence a kind of entity).
TWICE = {
    EntityType.RISK: "risk {code} appears twice; only the first row is read",
    EntityType.MEASURE: "measure {code} appears twice; only the first row is read",
}
UNKNOWN = {
    EntityType.RISK: "unknown risk code {code}; row ignored",
    EntityType.MEASURE: "unknown measure code {code}; row ignored",
}
NOT_CHANGED = "{code} {field}: {problem}; not changed"


def _old(entity: Measure | Risk, key: str) -> object:
    if key.startswith("residual."):
        assert isinstance(entity, Risk)
        return getattr(entity.residual, key.split(".")[1])
    return getattr(entity, key)


def _read_sheet(report: ImportReport, sheet: Any, fields: dict[str, str],
                entities: dict[str, Measure | Risk], kind: EntityType,
                readers: dict[str, Reader]) -> None:
    path = report.source
    columns, rows = _columns(path, sheet, fields)
    seen: set[str] = set()
    for row_number, row in rows:
        def value(key: str, row: tuple[Any, ...] = row, row_number: int = row_number) -> Any:
            col = columns[key]
            cell = row[col - 1] if col - 1 < len(row) else None
            if cell is None:
                return None
            cells.refuse_formula(path, sheet.title, row_number, col, cell)
            return cells.value_of(cell)

        code = cells.text(value("code"))
        if not code:
            continue
        where = cells.place(sheet.title, row_number, columns["code"])
        if code in seen:
            report.problem(where, TWICE[kind], code=code)
            continue
        seen.add(code)
        entity = entities.get(code)
        if entity is None:
            report.problem(where, UNKNOWN[kind], code=code)
            continue
        for key, read in readers.items():
            if key not in columns:
                continue
            raw = value(key)
            try:
                new = read(raw)
            except InvalidValue as exc:
                report.problem(cells.place(sheet.title, row_number, columns[key]),
                               NOT_CHANGED, code=code, field=key.replace(".", " "),
                               problem=exc)
                continue
            if new is _SKIP:
                continue
            old = _old(entity, key)
            if new != old:
                report.changes.append(FieldChange(kind, entity.id, code, key, old, new))


_SKIP = object()


def _owner(raw: Any) -> object:
    value = cells.text(raw)
    return _SKIP if value == REDACTED else value  # a redacted export keeps the real owner


def read_workbook_changes(path: Path | str, project: Project) -> ImportReport:
    """Compare our own exported workbook with `project`: the changes a manager made to
    measures (status, progress, owner, deadline, notes) and to residual scores."""
    path = Path(path)
    report = ImportReport(path, "riskmap")
    statuses = cells.choices(MEASURE_STATUS_LABELS)
    allowed = ", ".join(MEASURE_STATUS_LABELS.values())
    n_lik, n_imp = project.profile.size
    plan_readers: dict[str, Reader] = {
        "status": lambda v: cells.choice(v, statuses, "{value!r} is not a known status "
                                         "({allowed})", allowed=allowed)
        or _required("status is empty"),
        "progress": lambda v: cells.integer(v, 0, 100) or 0,
        "owner": _owner,
        "deadline": cells.date,
        "notes": cells.text,
    }
    register_readers: dict[str, Reader] = {
        "residual.likelihood": lambda v: cells.integer(v, 1, n_lik),
        "residual.impact": lambda v: cells.integer(v, 1, n_imp),
    }
    with open_workbook(path) as workbook:
        plan, register = find_sheet(workbook, ACTION_PLAN), find_sheet(workbook, RISK_REGISTER)
        if plan is None and register is None:
            raise FileError(path, 'not a riskmap workbook: no "Action plan" or '
                                  '"Risk register" sheet')
        if register is not None:
            risks: dict[str, Measure | Risk] = {r.code: r for r in project.risks}
            _read_sheet(report, register, REGISTER_FIELDS, risks, EntityType.RISK,
                        register_readers)
            report.risks_read = len(risks)
        if plan is not None:
            measures: dict[str, Measure | Risk] = {m.code: m for m in project.measures}
            _read_sheet(report, plan, PLAN_FIELDS, measures, EntityType.MEASURE, plan_readers)
            report.measures_read = len(measures)
    return report


def _required(problem: str) -> object:
    raise InvalidValue(problem)


def import_edit(project: Project, report: ImportReport) -> Batch:
    """The report's changes as one edit (one undo step in the desktop app)."""
    edits: list[Edit] = []
    by_entity: dict[tuple[EntityType, Any], dict[str, object]] = {}
    for change in report.changes:
        by_entity.setdefault((change.entity, change.id), {})[change.field] = change.new
    for (entity, entity_id), values in by_entity.items():
        fields: dict[str, object] = {k: v for k, v in values.items() if "." not in k}
        if entity is EntityType.RISK and any(k.startswith("residual.") for k in values):
            current = project.risk(entity_id).residual
            fields["residual"] = Assessment(
                likelihood=values.get("residual.likelihood", current.likelihood),
                impact=values.get("residual.impact", current.impact),
            )
        edits.append(SetFields(entity, entity_id, fields))
    return Batch(edits, f"Import {report.source.name}")


def apply_import(project: Project, report: ImportReport) -> Project:
    """The project after the import: a new project for a foreign register, otherwise an
    updated copy of `project` (which is left unchanged)."""
    if report.project is not None:
        return report.project
    updated = project.model_copy(deep=True)
    updated.touch()
    import_edit(updated, report).apply(updated)
    return updated
