"""Excel registers in: our own workbook edited by a manager, foreign registers, hostile files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from riskmap import storage
from riskmap.checks import check_project
from riskmap.errors import FileError, LimitError, RiskmapError
from riskmap.export.options import ExportOptions
from riskmap.export.xlsx import export_xlsx
from riskmap.graph import check_graphs
from riskmap.importers import (
    apply_import,
    import_edit,
    import_foreign_register,
    import_register,
    is_riskmap_workbook,
    read_foreign_register,
    read_workbook_changes,
    safety,
)
from riskmap.model import Project
from riskmap.progress import Cancelled
from riskmap.resources import examples_dir
from riskmap.testing import generate
from riskmap.vocabulary import KeyFactor, MeasureStatus


def exported(project: Project, tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / "register.xlsx"
    export_xlsx(project, out, ExportOptions(**options))
    return out


def edit(path: Path, sheet: int, changes: dict[tuple[str, str], object]) -> None:
    """Change cells of an exported sheet by (code, header), as a manager would in Excel."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[sheet]
    headers = [c.value for c in ws[1]]
    rows = {row[0].value: row for row in ws.iter_rows(min_row=2)}
    for (code, header), value in changes.items():
        rows[code][headers.index(header)].value = value
    wb.save(path)


# -- round trip ------------------------------------------------------------------------


def test_edited_statuses_update_exactly_those_measures(tmp_path: Path) -> None:
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    path = exported(project, tmp_path)
    first, second = sorted(project.measures, key=lambda m: m.code)[:2]
    new_status = MeasureStatus.DONE if first.status is not MeasureStatus.DONE \
        else MeasureStatus.DELAYED
    edit(path, 3, {(first.code, "Status"): new_status.value.replace("_", " ").capitalize(),
                   (second.code, "Progress %"): 55 if second.progress != 55 else 60,
                   (second.code, "Notes"): "Reviewed by the DG"})
    report = read_workbook_changes(path, project)
    assert not report.problems
    assert {(c.code, c.field) for c in report.changes} == {
        (first.code, "status"), (second.code, "progress"), (second.code, "notes")}
    assert f"{first.code} status: {first.status.value} -> {new_status.value}" in report.lines()[1:][
        [c.code for c in report.changes].index(first.code)]
    updated = apply_import(project, report)
    assert updated.measure(first.id).status is new_status
    assert updated.measure(second.id).notes == "Reviewed by the DG"
    untouched = [m for m in updated.measures if m.code not in (first.code, second.code)]
    original = {m.code: m for m in project.measures}
    assert all(m == original[m.code] for m in untouched)
    assert project.measure(first.id).status is first.status, "the given project is unchanged"
    assert read_workbook_changes(path, updated).changes == []


def test_residual_scores_owner_and_deadline_round_trip(project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    edit(path, 2, {("R-001", "Residual L"): 1, ("R-001", "Residual I"): 2})
    edit(path, 3, {("M-002", "Owner"): "Head of Enforcement",
                   ("M-002", "Deadline"): dt.datetime(2027, 1, 15)})
    report = read_workbook_changes(path, project)
    lines = [str(c) for c in report.changes]
    assert "R-001 residual likelihood: 3 -> 1" in lines
    assert "M-002 deadline: 2027-06-30 -> 2027-01-15" in lines
    updated = apply_import(project, report)
    r001 = next(r for r in updated.risks if r.code == "R-001")
    assert (r001.residual.likelihood, r001.residual.impact) == (1, 2)
    assert next(m for m in updated.measures if m.code == "M-002").owner == "Head of Enforcement"


def test_import_edit_is_one_undoable_step(project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    edit(path, 3, {("M-001", "Status"): "Done", ("M-002", "Progress %"): 90})
    report = read_workbook_changes(path, project)
    before = project.model_dump()
    applied = import_edit(project, report).apply(project)
    assert project.measures[0].status is MeasureStatus.DONE
    applied.inverse.apply(project)
    assert project.model_dump() == before


def test_unknown_codes_and_invalid_values_are_reported_not_guessed(
        project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    edit(path, 3, {("M-001", "Status"): "finished", ("M-002", "Progress %"): 150,
                   ("M-002", "ID"): "M-999"})
    edit(path, 2, {("R-001", "Residual L"): 9, ("R-002", "Residual I"): "high"})
    report = read_workbook_changes(path, project)
    assert report.changes == []
    problems = [str(p) for p in report.problems]
    assert any(p.startswith("Action plan!N2: M-001 status: 'finished'") for p in problems)
    assert "Action plan!A3: unknown measure code M-999; row ignored" in problems
    assert any(p.startswith("Risk register!N2: R-001 residual likelihood: 9 is outside 1 to 5")
               for p in problems)
    assert any(p.startswith("Risk register!O3: R-002 residual impact") for p in problems)


def test_redacted_export_does_not_erase_owners(project: Project, tmp_path: Path) -> None:
    project.measures[0].owner = "Director of Audit"
    path = exported(project, tmp_path, redact=True)
    assert read_workbook_changes(path, project).changes == []


def test_french_workbook_reads_back(project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path, lang="fr")
    edit(path, 3, {("M-002", "Statut"): "Réalisée"})
    report = read_workbook_changes(path, project)
    assert [str(c) for c in report.changes] == ["M-002 status: planned -> done"]
    assert is_riskmap_workbook(path)


def test_import_register_dispatches_on_the_workbook(project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    assert import_register(path, project).kind == "riskmap"
    fresh = import_register(path)
    assert fresh.kind == "foreign" and fresh.project is not None
    assert sorted(r.code for r in fresh.project.risks) == sorted(r.code for r in project.risks)


def test_workbook_of_another_project_is_refused(project: Project, tmp_path: Path) -> None:
    # The seaport workbook shares the codes R-001... with the small project: without the
    # project id it carries, its edits would land on unrelated risks.
    seaport = storage.load(examples_dir() / "seaport-import.riskmap")
    path = exported(seaport, tmp_path)
    with pytest.raises(FileError, match=r"exported from another project .*Port of Sabaki"):
        read_workbook_changes(path, project)
    assert read_workbook_changes(path, seaport).changes == []


def test_workbook_without_the_project_id_and_with_none_of_its_codes(
        project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    wb = openpyxl.load_workbook(path)
    wb.properties.identifier = None  # as an older riskmap wrote it
    for ws in wb.worksheets[2:4]:
        for row in ws.iter_rows(min_row=2):
            row[0].value = f"Z-{row[0].row:03d}"
    wb.save(path)
    with pytest.raises(FileError, match="none of its 6 codes is in this project"):
        read_workbook_changes(path, project)


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    project = generate(stages=20, risks=300, measures=120)
    path = exported(project, tmp_path)
    seen: list[tuple[int, int, str]] = []
    report = read_workbook_changes(path, project, lambda *step: seen.append(step))
    assert report.changes == [] and len(seen) >= 3
    assert all(0 < done <= total for done, total, _ in seen)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert {what for _, _, what in seen} == {"Risk register", "Action plan"}

    def stop(done: int, total: int, what: str) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        read_workbook_changes(path, project, stop)
    with pytest.raises(Cancelled):
        read_foreign_register(path, stop)


# -- foreign registers -----------------------------------------------------------------


def register(tmp_path: Path, headers: list[str], rows: list[list[object]],
             title_rows: int = 0, name: str = "register.xlsx") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for n in range(title_rows):
        ws.append([f"Title line {n + 1}"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


ROWS: list[list[object]] = [
    ["Arrival", "Officer ignores undeclared manifest lines", 4, 3, "Audit trail on manifests",
     "Head of IT", dt.date(2027, 3, 31), "{planned}"],
    [None, "Broker pays to speed up the file", "2", "5", "Random allocation of files",
     "Head of HR", "30/06/2027", "{in_progress}"],
    ["Physical examination", "Examiner skips the inspection", 5, 4, None, None, None, None],
    ["Release", "Release without payment", 3, 3, "Audit trail on manifests", None, None, None],
]
HEADERS = {
    "en": ["STAGE", "Risk", "Likelihood", "Impact", "Measure", "Owner", "Deadline", "Status"],
    "fr": ["Étape", "Risque", "Probabilité", "Gravité", "Mesure", "Responsable", "Échéance",
           "Statut"],
    "es": ["etapa", "RIESGO", "Probabilidad", "Impacto", "Medida", "Responsable", "Plazo",
           "Estado"],
}
STATUS_WORDS = {"en": ("Planned", "In progress"), "fr": ("Prevue", "EN COURS"),
                "es": ("Prevista", "En curso")}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_foreign_register_becomes_a_valid_project(tmp_path: Path, lang: str) -> None:
    planned, in_progress = STATUS_WORDS[lang]
    rows = [[str(v).format(planned=planned, in_progress=in_progress) if isinstance(v, str)
             else v for v in row] for row in ROWS]
    path = register(tmp_path, HEADERS[lang], rows, title_rows=2)
    report = read_foreign_register(path)
    project = report.project
    assert project is not None and not report.problems, report.lines()
    assert check_project(project) == [] and check_graphs(project) == []
    process = project.processes[0]
    assert [s.name for s in process.stages] == ["Arrival", "Physical examination", "Release"]
    assert [(project.stage(f.source).name, project.stage(f.target).name)
            for f in process.flows] == [("Arrival", "Physical examination"),
                                        ("Physical examination", "Release")]
    risks = {r.statement: r for r in project.risks}
    assert len(risks) == 4
    broker = risks["Broker pays to speed up the file"]
    assert project.stage(broker.stage_id).name == "Arrival"  # blank stage cell: the one above
    assert (broker.residual.likelihood, broker.residual.impact) == (2, 5)
    audit = next(m for m in project.measures if m.title == "Audit trail on manifests")
    assert {project.risk(r).statement for r in audit.risk_ids} == {
        "Officer ignores undeclared manifest lines", "Release without payment"}
    assert audit.deadline == dt.date(2027, 3, 31) and audit.owner == "Head of IT"
    allocation = next(m for m in project.measures if m.title == "Random allocation of files")
    assert allocation.status is MeasureStatus.IN_PROGRESS
    assert allocation.deadline == dt.date(2027, 6, 30)
    assert [r.code for r in project.risks] == ["R-001", "R-002", "R-003", "R-004"]
    storage.loads(storage.dumps(project))  # saves and loads as a .riskmap file


def test_french_register_with_qualified_scores_codes_and_key_factors(tmp_path: Path) -> None:
    headers = ["N°", "Processus", "Étape du processus", "Description du risque",
               "Probabilité brute", "Impact brut", "Probabilité résiduelle (1-5)",
               "Gravité résiduelle", "Mesures d'atténuation", "Facteur clé", "Avancement %"]
    rows = [["RC-01", "Dédouanement", "Contrôle physique", "Visite de complaisance", 5, 4, 3, 4,
             "Affectation aléatoire des vérificateurs", "8; Automatisation", 40],
            ["RC-02", "Dédouanement", "Paiement", "Fausse quittance", 4, 5, 7, 2, None, None,
             None]]
    report = read_foreign_register(register(tmp_path, headers, rows))
    project = report.project
    assert project is not None
    assert project.processes[0].name == "Dédouanement"
    first, second = project.risks
    assert first.code == "RC-01" and (first.inherent.likelihood, first.inherent.impact) == (5, 4)
    assert (first.residual.likelihood, first.residual.impact) == (3, 4)
    measure = project.measures[0]
    assert measure.key_factors == [KeyFactor.HUMAN_RESOURCES, KeyFactor.AUTOMATION]
    assert measure.progress == 40
    assert second.residual.likelihood is None, "7 is outside the 5-level profile"
    assert [str(p) for p in report.problems] == [
        "Sheet!G3: likelihood 7 is outside 1 to 5 (profile WCO default (5 x 5): 1 to 5); "
        "left unscored"]
    assert check_project(project) == []


def test_register_without_a_risk_column_is_refused(tmp_path: Path) -> None:
    path = register(tmp_path, ["Name", "Amount"], [["a", 1]])
    with pytest.raises(FileError, match="no header row with a risk column"):
        import_foreign_register(path)


# -- hostile and broken files ----------------------------------------------------------


def one_line(error: RiskmapError) -> str:
    text = str(error)
    assert "\n" not in text
    return text


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("ID;Risk\nR-1;bribes\n")
    with pytest.raises(FileError) as caught:
        import_register(path)
    assert "not an Excel workbook" in one_line(caught.value) and str(path) in str(caught.value)


def test_missing_empty_and_truncated_files(project: Project, tmp_path: Path) -> None:
    with pytest.raises(FileError, match="no such file"):
        import_register(tmp_path / "nothing.xlsx")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    with pytest.raises(FileError, match="empty"):
        import_register(tmp_path / "empty.xlsx")
    data = exported(project, tmp_path).read_bytes()
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(FileError):
        import_register(truncated)


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.xlsx", {
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet1.xml": b" " * (8 * 1024 * 1024),
    })
    assert bomb.stat().st_size < 100_000
    with pytest.raises(LimitError, match="possible zip bomb") as caught:
        import_register(bomb)
    one_line(caught.value)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Risk</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>Stage</t></is></c></row>'
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
    b'</sheetData></worksheet>'
)


def _with_part(source: Path, target: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == name else old.read(info))
        if name not in old.namelist():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("prescan", [True, False])
def test_xml_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             prescan: bool) -> None:
    source = register(tmp_path, ["Stage", "Risk"], [["Arrival", "text"]])
    bomb = _with_part(source, tmp_path / "laughs.xlsx", "xl/worksheets/sheet1.xml",
                      BILLION_LAUGHS)
    if not prescan:  # defusedxml inside openpyxl is the second line of defence
        monkeypatch.setattr(safety, "_DTD_MARKERS", ())
    with pytest.raises(FileError, match="XML") as caught:
        import_register(bomb)
    one_line(caught.value)


def test_huge_sheet_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_ROWS", 50)
    path = register(tmp_path, ["Stage", "Risk"], [["Arrival", f"risk {n}"] for n in range(80)])
    with pytest.raises(LimitError, match="more than 50 rows"):
        import_register(path)


def test_formula_where_a_number_belongs(project: Project, tmp_path: Path) -> None:
    path = register(tmp_path, ["Stage", "Risk", "Likelihood", "Impact"],
                    [["Arrival", "bribes", "=2+2", 3]])
    with pytest.raises(FileError) as caught:
        import_register(path)
    assert "Sheet!C2" in one_line(caught.value) and "formula" in str(caught.value)
    ours = exported(project, tmp_path)
    edit(ours, 3, {("M-001", "Progress %"): "=50+10"})
    with pytest.raises(FileError, match=r"Action plan!O2: a formula"):
        read_workbook_changes(ours, project)


def test_every_refusal_is_a_riskmap_error(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(RiskmapError):
        import_register(path)
    with pytest.raises(FileError, match="folder"):
        import_register(tmp_path)


def test_progress_typed_as_a_percentage(project: Project, tmp_path: Path) -> None:
    path = exported(project, tmp_path)
    wb = openpyxl.load_workbook(path)
    cell = wb["Action plan"]["O2"]
    cell.value, cell.number_format = 0.6, "0%"
    wb.save(path)
    assert [str(c) for c in read_workbook_changes(path, project).changes] == [
        "M-001 progress: 40 -> 60"]


def test_merged_cells_give_one_risk_with_several_measures(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Etapa", "Riesgo", "Probabilidad", "Impacto", "Medida", "Estado"])
    ws.append(["Aforo físico", "Inspección de complacencia", 4, 4, "Rotación del personal",
               "En curso"])
    ws.append([None, None, None, None, "Asignación aleatoria", "Realizada"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    path = tmp_path / "registro.xlsx"
    wb.save(path)
    project = import_foreign_register(path)
    assert len(project.risks) == 1 and len(project.measures) == 2
    assert all(m.risk_ids == [project.risks[0].id] for m in project.measures)
    assert [m.status for m in project.measures] == [MeasureStatus.IN_PROGRESS,
                                                    MeasureStatus.DONE]
