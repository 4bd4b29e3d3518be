"""Round comparison as rows, in the workbook's Comparison sheet and the PDF's section."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from riskmap import storage
from riskmap.comparison import (
    ChangeKind,
    comparison_counts,
    comparison_rows,
    requested_comparison,
    round_grid,
)
from riskmap.edits import EntityType, Remove, SetFields, set_score
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.xlsx import export_xlsx
from riskmap.model import Project
from riskmap.resources import examples_dir
from riskmap.rounds import close_round
from riskmap.vocabulary import ScoreKind
from tests.core.test_pdf import needs_poppler, text_of

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def reviewed(project: Project) -> Project:
    """May round closed; then R-001 down, R-002 up, R-003 removed, M-001 done, closed again."""
    close_round(project, "May 2026", dt.date(2026, 5, 20)).apply(project)
    set_score(project, project.risks[0].id, ScoreKind.RESIDUAL, 2, 2).apply(project)
    set_score(project, project.risks[1].id, ScoreKind.RESIDUAL, 5, 5).apply(project)
    Remove(risk_ids=[project.risks[2].id]).apply(project)
    SetFields(EntityType.MEASURE, project.measures[0].id,
              {"status": "done", "progress": 100}).apply(project)
    close_round(project, "Nov 2026", dt.date(2026, 11, 20)).apply(project)
    return project


def test_rows_put_new_and_removed_first_then_the_largest_rise(reviewed):
    comparison = requested_comparison(reviewed, ("May 2026", "Nov 2026"))
    assert comparison is not None
    rows = comparison_rows(reviewed.profile, comparison)
    assert [(r.kind, r.code) for r in rows] == [
        (ChangeKind.REMOVED, "R-003"), (ChangeKind.UP, "R-002"), (ChangeKind.DOWN, "R-001")]
    r1 = rows[2]
    assert (r1.before.score, r1.after.score, r1.delta) == (12, 4, -8)
    assert r1.before.band.name == "High" and r1.after.band.name == "Low"
    counts = comparison_counts(comparison)
    assert (counts.removed, counts.up, counts.down, counts.measures_completed) == (1, 1, 1, 1)
    assert requested_comparison(reviewed, None) is None
    with pytest.raises(KeyError, match="May 2026"):
        requested_comparison(reviewed, ("Jan 2020", "Current"))


def test_a_rounds_heat_map_places_its_snapshot(reviewed):
    may = reviewed.rounds[0]
    grid = round_grid(reviewed.profile, may, ScoreKind.RESIDUAL)
    assert grid.cell(3, 4).risk_codes == ["R-001"]
    assert grid.cell(4, 5).risk_codes == ["R-002"]
    assert grid.unscored == ["R-004"]


def test_workbook_gets_a_comparison_sheet_only_when_asked(tmp_path: Path, reviewed):
    plain = tmp_path / "plain.xlsx"
    export_xlsx(reviewed, plain, ExportOptions(today=TODAY))
    assert "Comparison" not in openpyxl.load_workbook(plain).sheetnames
    out = tmp_path / "compared.xlsx"
    export_xlsx(reviewed, out, ExportOptions(today=TODAY, compare=("May 2026", "Current")))
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[-1] == "Comparison"
    assert workbook.sheetnames[:5] == ["Summary", "Heat map", "Risk register", "Action plan",
                                       "Stages"]
    ws = workbook["Comparison"]
    assert ws["A1"].value == "Round comparison: May 2026 → Current state"
    assert "1 measures completed" in ws["A2"].value
    headers = [c.value for c in ws[5]]
    assert headers[:4] == ["ID", "Risk statement", "Stage", "Change"]
    rows = {r[0]: dict(zip(headers, r, strict=False))
            for r in ws.iter_rows(min_row=6, max_row=8, values_only=True)}
    assert rows["R-002"]["Change"] == "Up" and rows["R-002"]["Change of score"] == 5
    assert rows["R-001"]["Before score"] == 12 and rows["R-001"]["After band"] == "Low"
    assert rows["R-003"]["Change"] == "Removed" and rows["R-003"]["After score"] is None
    # Band cells carry the band colour, as in the register.
    band_cell = next(c for c in ws[7] if c.value == "Critical")
    assert band_cell.fill.fgColor.rgb.endswith(reviewed.profile.bands[-1].colour.lstrip("#"))
    texts = [c.value for row in ws.iter_rows(min_row=9) for c in row if c.value]
    assert "M-001" in texts and "Done" in texts


def test_an_unknown_round_is_an_error_naming_the_rounds(tmp_path: Path, reviewed):
    with pytest.raises(KeyError, match="Nov 2026"):
        export_xlsx(reviewed, tmp_path / "x.xlsx", ExportOptions(compare=("Old", "Current")))
    assert not (tmp_path / "x.xlsx").exists()


@needs_poppler
def test_pdf_gets_a_comparison_section_before_the_annex(tmp_path: Path):
    project = storage.load(examples_dir() / "seaport-import.riskmap")
    out = tmp_path / "report.pdf"
    export_pdf(project, out, ExportOptions(today=TODAY,
                                           compare=("Workshop May 2025", "Review May 2026")))
    text = text_of(out)
    heading = "Round comparison: Workshop May 2025 → Review May 2026"
    assert heading in text
    assert text.index(heading) < text.rindex("Method annex")
    section = text[text.index(heading):text.rindex("Method annex")]
    assert "3 new risks, 0 removed, 17 rescored (0 up, 17 down); 10 measures completed" in section
    for words in ("Risks that changed", "Stages whose highest residual score moved",
                  "Measures whose status or progress changed", "R-024", "M-001"):
        assert words in section
    plain = tmp_path / "plain.pdf"
    export_pdf(project, plain, ExportOptions(today=TODAY))
    assert "Round comparison" not in text_of(plain)
