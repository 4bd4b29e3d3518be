"""Foreign registers: someone else's Excel risk register (en/fr/es headers) -> a new project."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

from riskmap.base import MAX_NAME, MAX_TEXT
from riskmap.errors import FileError
from riskmap.export.xlsx_columns import RISK_REGISTER
from riskmap.importers import cells
from riskmap.importers.cells import InvalidValue, normalise
from riskmap.importers.own import find_sheet
from riskmap.importers.report import ImportReport
from riskmap.importers.safety import Rows, declared_rows, open_workbook, reported, sheet_rows
from riskmap.importers.synonyms import map_headers
from riskmap.model import (
    Assessment,
    Control,
    Flow,
    Measure,
    Metadata,
    Process,
    Project,
    Risk,
    Stage,
)
from riskmap.progress import ProgressCallback, no_progress
from riskmap.scales import builtin_profile
from riskmap.vocabulary import (
    CORRUPTION_TYPE_LABELS,
    EFFECTIVENESS_LABELS,
    ENABLING_FACTOR_LABELS,
    KEY_FACTOR_LABELS,
    MEASURE_STATUS_LABELS,
    Effectiveness,
    KeyFactor,
    MeasureStatus,
    ScoreKind,
)

HEADER_SEARCH = 20
NO_STAGE = "Stage not given"
# What a cell that is not taken says (one sentence a column, so that each translates whole).
UNSCORED = {
    axis: f"{axis} {{problem}} (profile {{profile}}: 1 to {{top}}); left unscored"
    for axis in ("likelihood", "impact")
}
NOT_KNOWN = {
    "corruption_type": "corruption type {part!r} is not known; left out",
    "enabling": "enabling {part!r} is not known; left out",
    "key_factor": "key factor {part!r} is not known; left out",
}
_SPLIT = re.compile(r"\s*(?:\n|;|\|)\s*")
_CONTROL = re.compile(r"^(?P<text>.*?)\s*\((?P<eff>[^()]*)\)\s*$", re.DOTALL)


def _alternatives(labels: dict[Any, str]) -> dict[str, Any]:
    """Labels, their translations and their parts: "Bribery / facilitation payment" is also
    "Bribery" and "facilitation payment"."""
    found = cells.choices(labels)
    for form, member in list(found.items()):
        for part in re.split(r"\s*(?:/|\(|\))\s*", form):
            if len(part) >= 4:
                found.setdefault(normalise(part), member)
    return found


CORRUPTION_TYPES = _alternatives(CORRUPTION_TYPE_LABELS)
ENABLING = _alternatives(ENABLING_FACTOR_LABELS)
EFFECTIVENESS = cells.choices(EFFECTIVENESS_LABELS)
# Besides the labels in three languages, the words registers commonly use for a status.
_STATUS_WORDS = {
    MeasureStatus.PLANNED: ("prevu", "prevue", "planifie", "planifiee", "a faire", "a venir",
                            "not started", "to do", "todo", "previsto", "prevista",
                            "planificado", "planificada", "pendiente", "no iniciado"),
    MeasureStatus.IN_PROGRESS: ("ongoing", "started", "en cours", "commence", "en curso",
                                "en progreso", "en proceso", "iniciado"),
    MeasureStatus.DONE: ("completed", "complete", "finished", "implemented", "closed",
                         "termine", "terminee", "realise", "realisee", "fait", "acheve",
                         "mis en oeuvre", "terminado", "terminada", "realizado",
                         "realizada", "hecho", "completado", "implementado", "cerrado"),
    MeasureStatus.DELAYED: ("late", "overdue", "behind", "en retard", "retarde", "retardee",
                            "retrasado", "retrasada", "atrasado", "atrasada", "demorado"),
    MeasureStatus.CANCELLED: ("canceled", "dropped", "abandoned", "annule", "annulee",
                              "abandonne", "abandonnee", "cancelado", "cancelada",
                              "anulado", "anulada"),
}
STATUSES = {
    **{cells.normalise(word): status for status, words in _STATUS_WORDS.items()
       for word in words},
    **cells.choices(MEASURE_STATUS_LABELS),
}
KEY_FACTORS: dict[str, KeyFactor] = {
    **cells.choices(KEY_FACTOR_LABELS),
    **{f"{int(f)} {form}": f for form, f in cells.choices(KEY_FACTOR_LABELS).items()},
}


def _find_table(path: Path, workbook: Any) -> tuple[Any, dict[str, int], Rows]:
    """The sheet, its header columns and the rows after the header."""
    register = find_sheet(workbook, RISK_REGISTER)
    sheets = ([register] if register is not None else []) + [
        s for s in workbook.worksheets if s is not register]
    for sheet in sheets:
        rows = sheet_rows(path, sheet)
        for row_number, row in rows:
            if row_number > HEADER_SEARCH:
                break
            columns = map_headers([c.value for c in row])
            if "risk" in columns and len(columns) >= 2:
                return sheet, columns, rows
    raise FileError(path, "no header row with a risk column (Risk / Risque / Riesgo) and "
                    "another known column in the first {rows} rows of any sheet",
                    rows=HEADER_SEARCH)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Builder:
    """Turns register rows into stages, risks and measures, reporting what it cannot read."""

    def __init__(self, path: Path, sheet: str, columns: dict[str, int],
                 report: ImportReport) -> None:
        self.path, self.sheet, self.columns, self.report = path, sheet, columns, report
        self.profile = builtin_profile()
        self.levels = {
            "likelihood": {normalise(lv.label): lv.value for lv in self.profile.likelihood},
            "impact": {normalise(lv.label): lv.value for lv in self.profile.impact},
        }
        self.stages: dict[str, Stage] = {}
        self.risks: list[Risk] = []
        self.given_codes: dict[int, str] = {}  # index in self.risks -> code from the file
        self.by_code: dict[str, Risk] = {}
        self.by_text: dict[tuple[str, str], Risk] = {}
        self.measures: dict[str, Measure] = {}
        self.process_name = ""
        self.last_stage = ""
        self.last_risk: Risk | None = None
        # The owner column belongs to the measures when the register has measures.
        self.owner_of_measure = "measure" in columns

    # -- cells -------------------------------------------------------------------------
    def _value(self, key: str, row_number: int, row: tuple[Any, ...]) -> Any:
        col = self.columns.get(key)
        if col is None or col - 1 >= len(row):
            return None
        cell = row[col - 1]
        cells.refuse_formula(self.path, self.sheet, row_number, col, cell)
        return cells.value_of(cell)

    def _where(self, key: str, row_number: int) -> str:
        return cells.place(self.sheet, row_number, self.columns.get(key, 1))

    def _level(self, key: str, raw: Any, row_number: int) -> int | None:
        axis = key.split(".")[1]
        top = len(getattr(self.profile, axis))
        label = self.levels[axis].get(normalise(raw)) if isinstance(raw, str) else None
        if label is not None:
            return label
        try:
            return cells.integer(raw, 1, top)
        except InvalidValue as exc:
            self.report.problem(self._where(key, row_number), UNSCORED[axis], problem=exc,
                                profile=self.profile.name, top=top)
            return None

    def _pick(self, key: str, raw: Any, lookup: dict[str, Any], row_number: int) -> list[Any]:
        found = []
        for part in _SPLIT.split(cells.text(raw)):
            if not part:
                continue
            member = lookup.get(normalise(part))
            if member is None:
                self.report.problem(self._where(key, row_number), NOT_KNOWN[key], part=part)
            elif member not in found:
                found.append(member)
        return found

    # -- rows --------------------------------------------------------------------------
    def row(self, row_number: int, row: tuple[Any, ...]) -> None:
        def get(key: str) -> Any:
            return self._value(key, row_number, row)

        statement = _cut(cells.text(get("risk")), MAX_TEXT)
        title = _cut(cells.text(get("measure")), MAX_TEXT)
        if not statement and not title:
            return
        stage_name = _cut(cells.text(get("stage")), MAX_NAME) or self.last_stage
        self.last_stage = stage_name
        self.process_name = self.process_name or _cut(cells.text(get("process")), MAX_NAME)
        if statement:
            risk = self._risk(row_number, get, stage_name or NO_STAGE, statement)
        elif self.last_risk is not None:
            risk = self.last_risk  # a further measure of the risk above (merged cells)
        else:
            self.report.problem(self._where("measure", row_number),
                                "a measure with no risk above it; row ignored")
            return
        self.last_risk = risk
        if title:
            self._measure(row_number, get, risk, title)

    def _risk(self, row_number: int, get: Any, stage_name: str, statement: str) -> Risk:
        stage = self.stages.get(normalise(stage_name))
        if stage is None:
            stage = Stage(code=f"S-{len(self.stages) + 1:02d}", name=stage_name)
            self.stages[normalise(stage_name)] = stage
        code = cells.text(get("code"))
        # A row repeating a risk (to list a further measure) has its code or its words.
        same = self.by_code.get(code) if code else self.by_text.get(
            (stage.code, normalise(statement)))
        if same is not None and same.statement == statement:
            return same
        scores: dict[ScoreKind, dict[str, int | None]] = {
            kind: {"likelihood": None, "impact": None} for kind in ScoreKind}
        for kind in ScoreKind:
            for axis in ("likelihood", "impact"):
                key = f"{kind.value}.{axis}"
                raw = get(key)
                if raw is not None and cells.text(raw):
                    scores[kind][axis] = self._level(key, raw, row_number)
        types = self._pick("corruption_type", get("corruption_type"), CORRUPTION_TYPES,
                           row_number)
        owner = get("risk_owner") if "risk_owner" in self.columns or self.owner_of_measure \
            else get("owner")
        risk = Risk(
            code="R-TEMP", stage_id=stage.id, statement=statement,
            corruption_type=types[0] if types else None,
            actors=[_cut(a, MAX_NAME) for a in _SPLIT.split(cells.text(get("actors"))) if a],
            enabling_factors=self._pick("enabling", get("enabling"), ENABLING, row_number),
            consequences=_cut(cells.text(get("consequences")), MAX_TEXT),
            controls=self._controls(cells.text(get("controls"))),
            inherent=Assessment(**scores[ScoreKind.INHERENT]),
            residual=Assessment(**scores[ScoreKind.RESIDUAL]),
            target=Assessment(**scores[ScoreKind.TARGET]),
            owner=_cut(cells.text(owner), MAX_NAME),
            evidence=_cut(cells.text(get("evidence")), MAX_TEXT),
        )
        if code:
            if len(code) > 40 or code in self.by_code:
                self.report.problem(self._where("code", row_number),
                                    "risk code {code!r} is too long or used twice; a new "
                                    "code is given", code=code[:40])
            else:
                self.given_codes[len(self.risks)] = code
                self.by_code[code] = risk
        self.by_text[(stage.code, normalise(statement))] = risk
        self.risks.append(risk)
        return risk

    def _controls(self, text: str) -> list[Control]:
        controls = []
        for line in _SPLIT.split(text):
            if not line:
                continue
            match = _CONTROL.match(line)
            effectiveness = EFFECTIVENESS.get(normalise(match["eff"])) if match else None
            description = match["text"] if match and effectiveness else line
            controls.append(Control(description=_cut(description, MAX_TEXT),
                                    effectiveness=effectiveness or Effectiveness.NOT_TESTED))
        return controls

    def _measure(self, row_number: int, get: Any, risk: Risk, title: str) -> None:
        measure = self.measures.get(normalise(title))
        if measure is None:
            measure = Measure(code=f"M-{len(self.measures) + 1:03d}", title=title)
            self.measures[normalise(title)] = measure
            self._measure_fields(row_number, get, measure)
        if risk.id not in measure.risk_ids:
            measure.risk_ids = [*measure.risk_ids, risk.id]

    def _measure_fields(self, row_number: int, get: Any, measure: Measure) -> None:
        if self.owner_of_measure:
            measure.owner = _cut(cells.text(get("owner")), MAX_NAME)
        measure.key_factors = self._pick("key_factor", get("key_factor"), KEY_FACTORS,
                                         row_number)
        for key, read in (
            ("deadline", cells.date),
            ("status", lambda v: cells.choice(v, STATUSES, "{value!r} is not a known status")),
            ("progress", lambda v: cells.integer(v, 0, 100)),
        ):
            try:
                value = read(get(key))
            except InvalidValue as exc:
                self.report.problem(self._where(key, row_number), "{problem}; left empty",
                                    problem=exc)
                continue
            if value is not None:
                setattr(measure, key, value)

    # -- result ------------------------------------------------------------------------
    def project(self, title: str) -> Project:
        used = set(self.given_codes.values())
        number = 0
        for index, risk in enumerate(self.risks):
            if index in self.given_codes:
                risk.code = self.given_codes[index]
                continue
            while True:
                number += 1
                if f"R-{number:03d}" not in used:
                    break
            risk.code = f"R-{number:03d}"
        stages = list(self.stages.values())
        flows = [Flow(code=f"F-{n:02d}", source=a.id, target=b.id)
                 for n, (a, b) in enumerate(itertools.pairwise(stages), start=1)]
        process = Process(code="P-01", name=self.process_name or "Imported process",
                          stages=stages, flows=flows)
        metadata = Metadata(title=_cut(title, MAX_NAME),
                            sources=f"Imported from {self.path.name}")
        return Project(metadata=metadata, profile=self.profile, processes=[process],
                       risks=self.risks, measures=list(self.measures.values()))


def read_foreign_register(path: Path | str,
                          progress: ProgressCallback = no_progress) -> ImportReport:
    """Read someone else's register into a new project (report.project), with one process
    whose stages come from the stage column in order of first appearance. `progress` may
    raise riskmap.progress.Cancelled to stop."""
    path = Path(path)
    report = ImportReport(path, "foreign")
    with open_workbook(path) as workbook:
        sheet, columns, rows = _find_table(path, workbook)
        builder = _Builder(path, sheet.title, columns, report)
        for row_number, row in reported(rows, progress, declared_rows(sheet), sheet.title):
            builder.row(row_number, row)
    if not builder.risks:
        raise FileError(path, "the register has a header row but no risk below it",
                        "sheet {sheet!r}", sheet=sheet.title)
    report.project = builder.project(path.stem)
    report.risks_read, report.measures_read = len(builder.risks), len(builder.measures)
    return report


def import_foreign_register(path: Path | str) -> Project:
    """A new project from someone else's register (problems: see read_foreign_register)."""
    project = read_foreign_register(path).project
    assert project is not None
    return project
