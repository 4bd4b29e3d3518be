"""Excel, PDF and SVG exports and reading a manager's workbook back, beside their floors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl
import pytest
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from riskmap.analysis import Rater, priority_ranks
from riskmap.export.fonts import REGULAR, register_fonts
from riskmap.export.options import ExportOptions
from riskmap.export.pdf import export_pdf
from riskmap.export.svg import export_svg
from riskmap.export.xlsx import export_xlsx
from riskmap.importers import read_workbook_changes
from riskmap.model import Project
from riskmap.vocabulary import MeasureStatus, ScoreKind
from tests.bench.conftest import Figure, measure, record, timed

ROOT = Path(__file__).resolve().parents[2]
TARGET_XLSX = {"workshop": 1.0, "national": 10.0}
TARGET_PDF = {"workshop": 1.0, "national": 30.0}
ROUNDS = {"workshop": 5, "national": 3}
MAX_RATIO_XLSX = 3.0
PEAK_LIMIT_MB = 1024
DATA_SHEETS = ("Risk register", "Action plan")
# The PDF floor lays out the register in tables of this many rows, as the report does:
# one table of 10,000 rows would make reportlab re-measure the rest at every page.
FLOOR_CHUNK = 250


def _sheet_values(path: Path) -> list[list[list[object]]]:
    """Values of the register and action plan sheets of a workbook, row by row."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [[list(row) for row in workbook[name].iter_rows(values_only=True)]
                for name in DATA_SHEETS]
    finally:
        workbook.close()


def _bare_workbook(sheets: list[list[list[object]]], path: Path) -> None:
    """The Excel floor: the same values in write-only sheets, no styles, no rules."""
    workbook = Workbook(write_only=True)
    for rows in sheets:
        sheet = workbook.create_sheet()
        for row in rows:
            sheet.append(row)
    workbook.save(path)


@pytest.fixture(scope="module")
def exported(projects, tmp_path_factory) -> dict[str, list[list[list[object]]]]:
    """The values of the data sheets of each size's workbook, exported once."""
    folder = tmp_path_factory.mktemp("xlsx")
    result = {}
    for size, (project, _) in projects.items():
        path = folder / f"{size}.xlsx"
        export_xlsx(project, path)
        result[size] = _sheet_values(path)
    return result


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_excel_export(benchmark, projects, exported, size, tmp_path):
    project, _ = projects[size]
    sheets = exported[size]
    out = tmp_path / "register.xlsx"
    seconds = measure(benchmark, lambda: export_xlsx(project, out), rounds=ROUNDS[size])
    floor = timed(lambda: _bare_workbook(sheets, tmp_path / "floor.xlsx"), rounds=ROUNDS[size])
    cells = sum(len(row) for rows in sheets for row in rows)
    fig = record(Figure("Excel export", size, seconds, "write-only dump, same cells", floor,
                        TARGET_XLSX[size], note=f"{cells:,} cells in register and plan",
                        max_ratio=MAX_RATIO_XLSX if size == "national" else None))
    assert [row[0] for row in sheets[0][1:]] == sorted(r.code for r in project.risks)
    assert fig.met


def _register_text(project: Project) -> list[list[str]]:
    """The text of the PDF register: a header, then a row a risk."""
    rater, ranks, index = Rater(project.profile), priority_ranks(project), project.index
    rows = [["ID", "Stage", "Risk", "Existing controls", "Inherent", "Residual", "Target",
             "Rank", "Owner", "Measures"]]
    for risk in project.risks:
        stage = index.stage_of_risk(risk)
        scores = []
        for kind in ScoreKind:
            rating = rater(risk, kind)
            scores.append(f"{rating.likelihood}×{rating.impact} = {rating.score} "
                          f"{rating.band.name}" if rating else "–")
        rows.append([
            risk.code, f"{stage.code} {stage.name}" if stage else "–",
            f"{risk.statement} {', '.join(risk.actors)}",
            " ".join(f"• {c.description} ({c.effectiveness})" for c in risk.controls) or "–",
            *scores, str(ranks.get(risk.id, "")), risk.owner or "–",
            ", ".join(m.code for m in index.measures_by_risk.get(risk.id, [])) or "–",
        ])
    return rows


def _bare_pdf(rows: list[list[str]], path: Path) -> None:
    """The PDF floor: the register's text as Paragraphs in plain tables, nothing else."""
    register_fonts()
    style = ParagraphStyle("cell", fontName=REGULAR, fontSize=7.5, leading=9.2)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    weights = [5.5, 11, 27, 18, 7, 7, 7, 4, 7.5, 6]
    widths = [doc.width * w / sum(weights) for w in weights]
    header = [Paragraph(escape(text), style) for text in rows[0]]
    story = []
    for start in range(1, len(rows), FLOOR_CHUNK):
        chunk = [[Paragraph(escape(text), style) for text in row]
                 for row in rows[start:start + FLOOR_CHUNK]]
        story.append(Table([header, *chunk], colWidths=widths, repeatRows=1))
    doc.build(story)


@pytest.mark.parametrize("size", ["workshop", "national"])
def test_pdf_export(benchmark, projects, size, tmp_path):
    project, _ = projects[size]
    out = tmp_path / "report.pdf"
    steps: list[tuple[int, int]] = []
    options = ExportOptions(progress=lambda done, total, what: steps.append((done, total)))
    rounds = ROUNDS[size] if size == "workshop" else 1

    def export() -> None:
        steps.clear()  # keep the last run's progress only
        export_pdf(project, out, options)

    seconds = measure(benchmark, export, rounds=rounds)
    text = _register_text(project)
    floor = timed(lambda: _bare_pdf(text, tmp_path / "floor.pdf"), rounds=rounds)
    fig = record(Figure("PDF report (full register)", size, seconds,
                        "Paragraph tables, same text", floor, TARGET_PDF[size],
                        note=f"{len(steps)} progress reports"))
    # Progress goes forward, reaches the end, and comes often enough to show movement.
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[-1][0] == steps[-1][1]
    assert len(steps) >= (50 if size == "national" else 5)
    assert fig.met


def test_svg_export(benchmark, projects, tmp_path):
    project, _ = projects["workshop"]
    folder = tmp_path / "svg"
    seconds = measure(benchmark, lambda: export_svg(project, folder), rounds=ROUNDS["workshop"])
    fig = record(Figure("SVG maps and heat maps", "workshop", seconds, target=1.0,
                        note=f"{len(list(folder.glob('*.svg')))} files"))
    assert fig.met


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_peak_memory(projects, kind, tmp_path):
    """The national export in a fresh process: its peak resident memory stays under 1 GB."""
    _, path = projects["national"]
    result = subprocess.run(
        [sys.executable, "-m", "tests.bench.export_peak", kind, str(path),
         str(tmp_path / f"out.{kind}")],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    peak = figures["process_peak_mb"]
    fig = record(Figure(f"peak memory, {'Excel' if kind == 'xlsx' else 'PDF'} export",
                        "national", figures["seconds"],
                        note=f"{figures['export_peak_mb']:.0f} MB RSS at most while exporting, "
                             f"{figures['before_mb']:.0f} MB before; process peak {peak:.0f} MB "
                             f"< {PEAK_LIMIT_MB} MB {'ok' if peak < PEAK_LIMIT_MB else 'MISSED'}"))
    assert fig.seconds > 0
    assert peak < PEAK_LIMIT_MB


def test_read_managers_workbook(benchmark, projects, tmp_path):
    """A manager's copy of the national workbook (2% of measures and risks changed) read
    back against the project, beside a bare read-only pass over the same sheets."""
    project, _ = projects["national"]
    edited = project.model_copy(deep=True)
    for plan_item in edited.measures[::50]:
        plan_item.status, plan_item.progress = MeasureStatus.DONE, 100
    for risk in edited.risks[::50]:
        risk.residual.likelihood = 1
    path = tmp_path / "manager.xlsx"
    export_xlsx(edited, path)
    report = read_workbook_changes(path, project)
    seconds = measure(benchmark, lambda: read_workbook_changes(path, project), rounds=3)
    floor = timed(lambda: _sheet_values(path), rounds=3)
    # For information: reading back has no target of its own.
    record(Figure("read a manager's workbook back", "national", seconds,
                  "read-only pass, same sheets", floor,
                  note=f"{len(report.changes)} changes found"))
    assert not report.problems
    expected = ({m.code for m in project.measures[::50]
                 if (m.status, m.progress) != (MeasureStatus.DONE, 100)}
                | {r.code for r in project.risks[::50] if r.residual.likelihood != 1})
    assert {c.code for c in report.changes} == expected
