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
from riskmap.importers.safety import Rows, declared_rows, open_workbook, reported, sheet_rows
from riskmap.model import Assessment, Measure, Project, Risk
from riskmap.progress import ProgressCallback, no_progress
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


def _columns(path: Path, sheet: Any, wanted: dict[str, str], rows: Rows
             ) -> tuple[dict[str, int], Rows]:
    """Locate the header row (its first cell "ID"); map field -> column; return the rows
    after it (read as they are used)."""
    forms = {key: cells.translations(header) for key, header in wanted.items()}
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
        return found, rows
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


def _read_sheet(report: ImportReport, sheet: Any, rows: Rows, fields: dict[str, str],
                entities: dict[str, Measure | Risk], kind: EntityType,
                readers: dict[str, Reader]) -> tuple[int, int]:
    """Add the sheet's changes and problems to the report; (codes read, codes known)."""
    path = report.source
    columns, rows = _columns(path, sheet, fields, rows)
    seen: set[str] = set()
    known = 0
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
        known += 1
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
    return len(seen), known


_SKIP = object()


def _owner(raw: Any) -> object:
    value = cells.text(raw)
    return _SKIP if value == REDACTED else value  # a redacted export keeps the real owner


def read_workbook_changes(path: Path | str, project: Project,
                          progress: ProgressCallback = no_progress) -> ImportReport:
    """Compare our own exported workbook with `project`: the changes a manager made to
    measures (status, progress, owner, deadline, notes) and to residual scores. A
    workbook exported from another project is refused (its project id, or else none of
    its codes in `project`). `progress` may raise riskmap.progress.Cancelled to stop."""
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
        _refuse_other_project(path, workbook, project)
        total = sum(declared_rows(sheet) for sheet in (register, plan) if sheet is not None)
        before, read, known = 0, 0, 0
        if register is not None:
            risks: dict[str, Measure | Risk] = {r.code: r for r in project.risks}
            rows = reported(sheet_rows(path, register), progress, total, register.title)
            counts = _read_sheet(report, register, rows, REGISTER_FIELDS, risks,
                                 EntityType.RISK, register_readers)
            read, known = read + counts[0], known + counts[1]
            before = declared_rows(register)
            report.risks_read = len(risks)
        if plan is not None:
            measures: dict[str, Measure | Risk] = {m.code: m for m in project.measures}
            rows = reported(sheet_rows(path, plan), progress, total, plan.title, before)
            counts = _read_sheet(report, plan, rows, PLAN_FIELDS, measures,
                                 EntityType.MEASURE, plan_readers)
            read, known = read + counts[0], known + counts[1]
            report.measures_read = len(measures)
    if read and not known:
        raise FileError(path, "none of its {count} codes is in this project: the workbook "
                        "was exported from another project", count=read)
    return report


def _refuse_other_project(path: Path, workbook: Any, project: Project) -> None:
    """Our workbooks carry the id of their project (docProps/core.xml, dc:identifier):
    one from another project would otherwise update the risks that share its codes."""
    identifier = getattr(workbook.properties, "identifier", None)
    if isinstance(identifier, str) and identifier.strip() and \
            identifier.strip() != str(project.id):
        title = getattr(workbook.properties, "title", None)
        raise FileError(path, "exported from another project ({title}); open that project "
                        "to import it", title=title if isinstance(title, str) and title
                        else identifier.strip())


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
