"""The Excel workbook a manager reads: every risk and measure, right numbers, safe text."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from riskmap import storage
from riskmap.analysis import heatmap_grid, rate
from riskmap.export.options import ExportOptions
from riskmap.export.redact import REDACTED, redact_project
from riskmap.export.xlsx import export_xlsx
from riskmap.model import Control, Participant, Project, Vote
from riskmap.progress import Cancelled
from riskmap.resources import examples_dir
from riskmap.testing import generate
from riskmap.vocabulary import KeyFactor, MeasureStatus, ScoreKind

SHEETS = ["Summary", "Heat map", "Risk register", "Action plan", "Stages"]
TODAY = dt.date(2026, 6, 1)


def export(project: Project, tmp_path: Path, **options: Any) -> openpyxl.Workbook:
    out = tmp_path / "register.xlsx"
    export_xlsx(project, out, ExportOptions(today=TODAY, **options))
    return openpyxl.load_workbook(out)


def table(ws: Any) -> list[dict[str, Any]]:
    """Rows of a data sheet as dicts keyed by the header of row 1."""
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, (c.value for c in row), strict=True))
            for row in ws.iter_rows(min_row=2)]


def fill_of(cell: Any) -> str:
    return str(cell.fill.fgColor.rgb)[-6:].upper()


def test_sheets_in_contract_order(project: Project, tmp_path: Path) -> None:
    assert export(project, tmp_path).sheetnames == SHEETS


def test_register_has_every_risk_with_numbers_and_band_colours(
        project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Risk register"]
    rows = {row["ID"]: row for row in table(ws)}
    assert sorted(rows) == sorted(r.code for r in project.risks)
    assert [c.value for c in ws["A"][1:]] == sorted(r.code for r in project.risks)
    for risk in project.risks:
        row = rows[risk.code]
        assert row["Risk statement"] == risk.statement
        for kind, prefix in ((ScoreKind.INHERENT, "Inherent"), (ScoreKind.RESIDUAL, "Residual")):
            rating = rate(risk, kind, project.profile)
            if rating is None:
                assert row[f"{prefix} score"] is None
                continue
            assert row[f"{prefix} L"] == rating.likelihood
            assert row[f"{prefix} I"] == rating.impact
            assert row[f"{prefix} score"] == rating.score
            assert isinstance(row[f"{prefix} score"], int)
            assert row[f"{prefix} band"] == rating.band.name
    band_col = [c.value for c in ws[1]].index("Residual band") + 1
    r002 = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "R-002")
    critical = next(b for b in project.profile.bands if b.name == "Critical")
    assert fill_of(r002[band_col - 1]) == critical.colour.lstrip("#").upper()


def test_register_shows_flow_risks_controls_and_rank(project: Project, tmp_path: Path) -> None:
    rows = {row["ID"]: row for row in table(export(project, tmp_path)["Risk register"])}
    assert rows["R-003"]["Stage"] == "S-03 → S-04: red channel"
    assert rows["R-001"]["Existing controls (with effectiveness)"] == (
        "Supervisor review (Partially effective)")
    assert rows["R-002"]["Priority rank"] == 1
    assert rows["R-004"]["Priority rank"] is None  # unscored
    assert rows["R-002"]["Linked measures"] == "M-001"
    assert rows["R-002"]["Key factors"] == "4. Automation\n6. Audit and Investigation"


def test_register_prints_well(project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Risk register"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert "RESTRICTED" in ws.oddHeader.center.text
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    assert ws.cell(row=2, column=4).alignment.wrap_text


def test_action_plan_dates_dropdown_and_live_overdue_rule(
        project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Action plan"]
    rows = {row["ID"]: row for row in table(ws)}
    assert sorted(rows) == ["M-001", "M-002"]
    assert rows["M-001"]["Deadline"].date() == dt.date(2026, 3, 1)
    assert rows["M-001"]["Status"] == "In progress"
    assert rows["M-001"]["Progress %"] == 40
    assert rows["M-001"]["Key factor(s)"] == "4. Automation\n6. Audit and Investigation"
    validations = ws.data_validations.dataValidation
    status_list = next(v for v in validations if v.type == "list")
    assert "N2" in str(status_list.sqref)
    for label in ("Planned", "In progress", "Done", "Delayed", "Cancelled"):
        assert label in status_list.formula1
    formulas = [rule.formula[0] for rng in ws.conditional_formatting for rule in rng.rules
                if rule.formula]
    overdue = next(f for f in formulas if "TODAY()" in f)
    assert "$I2<TODAY()" in overdue and '"Done"' in overdue and '"Cancelled"' in overdue


def test_action_plan_sorted_by_key_factor_then_code(tmp_path: Path) -> None:
    project = generate(stages=8, risks=20, measures=25, seed=3)
    rows = table(export(project, tmp_path)["Action plan"])
    by_code = {m.code: m for m in project.measures}
    keys = [(min(by_code[r["ID"]].key_factors, default=99), r["ID"]) for r in rows]
    assert keys == sorted(keys)
    assert len(rows) == len(project.measures)


def test_heat_map_cells_hold_counts_codes_and_band_colours(
        project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Heat map"]
    grid = heatmap_grid(project, ScoreKind.RESIDUAL)
    texts = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
    assert "Inherent risk" in texts and "Residual risk" in texts
    # Residual grid: R-002 is at likelihood 4, impact 5, top row is likelihood 5.
    cell = grid.cell(4, 5)
    assert cell.risk_codes == ["R-002"]
    found = [c for row in ws.iter_rows() for c in row
             if c.value is not None and "R-002" in str(c.value)]
    assert found, "the heat map names the risk codes"
    assert any(fill_of(c) == cell.band.colour.lstrip("#").upper() for c in found)
    labels = [c.value for c in ws["B"] if c.value]
    assert labels.index("5  Almost certain") < labels.index("1  Rare")


def test_summary_shows_marking_band_counts_and_top_risks(
        project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Summary"]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert values[0] == project.metadata.title
    assert "RESTRICTED" in values
    assert "Top 10 residual risks" in values and "Measures by key factor" in values
    assert "REDACTED" not in " ".join(map(str, values))
    row = next(r for r in ws.iter_rows() if r[0].value == "Critical")
    assert [c.value for c in row[3:6]] == [2, 1, 0]  # inherent, residual, target
    top = [r[1].value for r in ws.iter_rows() if isinstance(r[0].value, int)
           and r[1].value and str(r[1].value).startswith("R-")]
    assert top[:3] == ["R-002", "R-001", "R-003"]


@pytest.mark.parametrize("statement", [
    '=HYPERLINK("http://evil.example","click")', "+1+2", "-3", "@SUM(A1)", "=1+1"])
def test_user_text_never_becomes_a_formula(
        project: Project, tmp_path: Path, statement: str) -> None:
    project.risks[0].statement = statement
    project.measures[0].notes = statement
    out = tmp_path / "x.xlsx"
    export_xlsx(project, out)
    ws = openpyxl.load_workbook(out)["Risk register"]
    cell = next(r[3] for r in ws.iter_rows(min_row=2) if r[0].value == "R-001")
    assert cell.value == statement and cell.data_type == "s"
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name


def test_redacted_export_hides_names_and_evidence(project: Project, tmp_path: Path) -> None:
    project.risks[0].owner = "Jane Officer"
    project.risks[0].actors = ["Inspector K. Mensah"]
    project.risks[0].evidence = "Interview with informant 7"
    project.measures[0].owner = "John Director"
    project.metadata.participants.append(Participant(code="P1", name="Ama Boateng"))
    wb = export(project, tmp_path, redact=True)
    everything = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row)
    for secret in ("Jane Officer", "Mensah", "informant", "John Director", "Ama Boateng"):
        assert secret not in everything
    assert REDACTED in everything
    summary = [str(c.value) for row in wb["Summary"].iter_rows() for c in row if c.value]
    assert any(v.startswith("REDACTED") for v in summary)
    assert project.risks[0].owner == "Jane Officer", "the project itself is untouched"


def test_redact_project_keeps_structure(project: Project) -> None:
    project.risks[1].owner = "Somebody"
    copy = redact_project(project)
    assert copy.risks[1].owner == REDACTED and copy.risks[0].owner == ""
    assert [r.code for r in copy.risks] == [r.code for r in project.risks]


def test_french_export_translates_sheets_headers_and_statuses(
        project: Project, tmp_path: Path) -> None:
    wb = export(project, tmp_path, lang="fr")
    assert wb.sheetnames[2] == "Registre des risques"
    plan = wb.worksheets[3]
    headers = [c.value for c in plan[1]]
    assert headers[0] == "ID" and "Échéance" in headers and "Statut" in headers
    assert plan.cell(row=2, column=headers.index("Statut") + 1).value in (
        "En cours", "Prévue")
    assert plan.cell(row=2, column=headers.index("Échéance") + 1).number_format == "dd/mm/yyyy"


def test_vote_spread_column_when_participants_voted(project: Project, tmp_path: Path) -> None:
    voters = [Participant(code=f"P{n}") for n in range(3)]
    project.metadata.participants.extend(voters)
    project.risks[0].votes = [Vote(participant_id=p.id, likelihood=n + 2, impact=3)
                              for n, p in enumerate(voters)]
    rows = {r["ID"]: r for r in table(export(project, tmp_path)["Risk register"])}
    assert rows["R-001"]["Vote spread"] == "L 2-4, I 3-3 (3 votes)"
    assert rows["R-002"]["Vote spread"] is None


def test_stages_sheet_in_flow_order_with_ratings(project: Project, tmp_path: Path) -> None:
    rows = table(export(project, tmp_path)["Stages"])
    assert [r["Stage"] for r in rows][:5] == ["S-01", "S-02", "S-03", "S-04", "S-05"]
    s03 = next(r for r in rows if r["Stage"] == "S-03")
    assert s03["Risks"] == 1 and s03["Residual rating"] == "Critical"
    assert s03["Highest residual risk"] == "R-002"
    assert any(r["Stage"] == "F-04" and r["Risks"] == 1 for r in rows), "flows with risks"


def test_cancelled_export_leaves_the_old_file_whole(project: Project, tmp_path: Path) -> None:
    out = tmp_path / "register.xlsx"
    out.write_bytes(b"previous version")

    def cancel(done: int, total: int, what: str) -> None:
        if what == "Risk register":
            raise Cancelled

    with pytest.raises(Cancelled):
        export_xlsx(project, out, ExportOptions(progress=cancel))
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_progress_reaches_the_end(project: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export_xlsx(project, tmp_path / "x.xlsx",
                ExportOptions(progress=lambda d, t, w: seen.append((d, t))))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]


def test_seaport_example_has_every_risk_and_measure(tmp_path: Path) -> None:
    path = examples_dir() / "seaport-import.riskmap"
    project = storage.load(path)
    wb = export(project, tmp_path)
    register = {r["ID"]: r for r in table(wb["Risk register"])}
    plan = {r["ID"]: r for r in table(wb["Action plan"])}
    assert set(register) == {r.code for r in project.risks}
    assert set(plan) == {m.code for m in project.measures}
    for measure in project.measures:
        row = plan[measure.code]
        assert row["Progress %"] == measure.progress
        assert (row["Deadline"].date() if row["Deadline"] else None) == measure.deadline
    statuses = {row["Status"] for row in plan.values()}
    assert statuses <= {"Planned", "In progress", "Done", "Delayed", "Cancelled"}
    assert any(m.status is MeasureStatus.DONE for m in project.measures)
    assert any(KeyFactor.AUTOMATION in m.key_factors for m in project.measures)


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice not installed")
def test_libreoffice_converts_the_seaport_workbook(tmp_path: Path) -> None:
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    out = tmp_path / "seaport.xlsx"
    export_xlsx(project, out)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    pdf = tmp_path / "seaport.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 10_000
    assert "repair" not in (result.stdout + result.stderr).lower()
    assert "error" not in result.stderr.lower()


def test_long_texts_stay_within_excel_limits(project: Project, tmp_path: Path) -> None:
    project.metadata.title = "Corruption risk map & action plan " * 14
    project.risks[0].controls = [Control(description="x" * 20_000) for _ in range(2)]
    wb = export(project, tmp_path, redact=True)
    for ws in wb:
        header = ws.oddHeader
        assert sum(len(part.text or "") for part in (header.left, header.center,
                                                     header.right)) <= 255
    assert "REDACTED" in wb["Risk register"].oddHeader.center.text
    row = next(r for r in wb["Risk register"].iter_rows(min_row=2) if r[0].value == "R-001")
    assert len(row[8].value) <= 32_767


def test_residual_levels_are_validated_for_editing_managers(
        project: Project, tmp_path: Path) -> None:
    ws = export(project, tmp_path)["Risk register"]
    ranges = {str(v.sqref).split(":")[0]: (v.formula1, v.formula2)
              for v in ws.data_validations.dataValidation}
    assert ranges["N2"] == ("1", "5") and ranges["O2"] == ("1", "5")
